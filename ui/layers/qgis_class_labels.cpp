// SPDX-License-Identifier: GPL-3.0-or-later
#include "layers/qgis_class_labels.h"

#include <QFile>
#include <QXmlStreamReader>

#include "thematic/qgis_style.h"

namespace cropmap::ui {

QMap<int, QString> readQgisClassLabels(const QString &rasterPath)
{
    QMap<int, QString> labels;
    QFile file(core::thematic::qgisStylePathFor(rasterPath));
    if (!file.open(QIODevice::ReadOnly))
        return labels;
    QXmlStreamReader xml(&file);
    while (!xml.atEnd()) {
        xml.readNext();
        if (!xml.isStartElement() || xml.name() != QLatin1String("paletteEntry"))
            continue;
        bool ok = false;
        const int value = xml.attributes().value(QLatin1String("value")).toInt(&ok);
        const QString label = xml.attributes().value(QLatin1String("label")).toString();
        if (ok && !label.isEmpty())
            labels.insert(value, label);
    }
    // A malformed style is only a missing legend: the raster still shows its colours.
    if (xml.hasError())
        labels.clear();
    return labels;
}

} // namespace cropmap::ui
