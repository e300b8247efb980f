// SPDX-License-Identifier: GPL-3.0-or-later
#include "app/map_project.h"

#include <QCoreApplication>
#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QJsonArray>
#include <QJsonDocument>

#include "io/atomic_output.h"
#include "util/error.h"
#include "util/json_syntax_error.h"

namespace cropmap::ui {

MapProject MapProject::read(const QString &path)
{
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly)) {
        throw core::Error(QCoreApplication::translate("cropmap::ui", "Cannot open project \"%1\": %2")
                              .arg(path, file.errorString()));
    }
    const QJsonDocument json = core::JsonSyntaxError::parse(file.readAll(), path);
    if (!json.isObject()) {
        throw core::Error(QCoreApplication::translate("cropmap::ui", "Project \"%1\" is not a JSON object")
                              .arg(path));
    }
    MapProject project;
    project.document = json.object();
    const QDir folder = QFileInfo(path).absoluteDir();
    for (const QJsonValue &value : project.document.value(QStringLiteral("layers")).toArray()) {
        const QJsonObject entry = value.toObject();
        ProjectLayer layer;
        layer.type = entry.value(QStringLiteral("type")).toString();
        layer.source = QDir::cleanPath(folder.absoluteFilePath(entry.value(QStringLiteral("source")).toString()));
        layer.name = entry.value(QStringLiteral("name")).toString();
        layer.visible = entry.value(QStringLiteral("visible")).toBool(true);
        layer.opacity = entry.value(QStringLiteral("opacity")).toDouble(1.0);
        layer.style = entry.value(QStringLiteral("style")).toObject();
        if (layer.type != QLatin1String("raster") && layer.type != QLatin1String("vector")) {
            throw core::Error(QCoreApplication::translate(
                                  "cropmap::ui", "Project \"%1\": layer \"%2\" has unknown type \"%3\"")
                                  .arg(path, layer.source, layer.type));
        }
        project.layers << layer;
    }
    const QJsonObject view = project.document.value(QStringLiteral("view")).toObject();
    if (view.contains(QStringLiteral("mapUnitsPerPixel"))) {
        const QJsonArray centre = view.value(QStringLiteral("centre")).toArray();
        project.view = ProjectView{QPointF(centre.at(0).toDouble(), centre.at(1).toDouble()),
                                   view.value(QStringLiteral("mapUnitsPerPixel")).toDouble(1.0)};
    }
    return project;
}

void MapProject::write(const QString &path) const
{
    const QDir folder = QFileInfo(path).absoluteDir();
    QJsonObject root = document;
    QJsonArray layerArray;
    for (const ProjectLayer &layer : layers) {
        QJsonObject entry;
        entry[QStringLiteral("type")] = layer.type;
        entry[QStringLiteral("source")] = folder.relativeFilePath(layer.source);
        entry[QStringLiteral("name")] = layer.name;
        entry[QStringLiteral("visible")] = layer.visible;
        entry[QStringLiteral("opacity")] = layer.opacity;
        entry[QStringLiteral("style")] = layer.style;
        layerArray.append(entry);
    }
    root[QStringLiteral("layers")] = layerArray;
    if (view) {
        QJsonObject viewObject;
        viewObject[QStringLiteral("centre")] = QJsonArray{view->centre.x(), view->centre.y()};
        viewObject[QStringLiteral("mapUnitsPerPixel")] = view->mapUnitsPerPixel;
        root[QStringLiteral("view")] = viewObject;
    }
    core::io::writeFileAtomically(path, QJsonDocument(root).toJson(QJsonDocument::Indented));
}

} // namespace cropmap::ui
