// SPDX-License-Identifier: GPL-3.0-or-later
// The project file the pipeline and experiment tests write beside a synthetic scene made in
// <folder>/scene (cropmap synth): declarations, truth and the synthetic legend, with each
// test's own split, sampling budget and training settings.
#pragma once

#include <QFile>
#include <QJsonDocument>
#include <QJsonObject>
#include <QString>

namespace cropmap::tests {

struct SyntheticProjectSettings
{
    QString name = {};  //!< the project's display name; empty: none
    int patches = 0;    //!< spatial-split patches per tile; 0: the project default
    int budget = 1200;  //!< weak-sample budget
    int epochs = 2;
    int stage2Epochs = 1;
    int patience = 2;
    int batchSize = 128;
};

/** Writes <folder>/project.json for the scene in <folder>/scene; returns its path, or an
 *  empty string when the file cannot be written. */
inline QString writeSyntheticProject(const QString &folder, const SyntheticProjectSettings &s)
{
    QJsonObject project{
        {QStringLiteral("archive"), QStringLiteral("scene/archive")},
        {QStringLiteral("parcels"), QStringLiteral("scene/parcels.gpkg")},
        {QStringLiteral("field"), QStringLiteral("SNAR_BEZEICHNUNG")},
        {QStringLiteral("truth_field"), QStringLiteral("TRUE_BEZEICHNUNG")},
        {QStringLiteral("legend"), QStringLiteral(CROPMAP_SOURCE_DIR "/resources/legends/synthetic.json")},
        {QStringLiteral("output"), QStringLiteral("run")},
        {QStringLiteral("seed"), 1},
        {QStringLiteral("sampling"), QJsonObject{{QStringLiteral("budget"), s.budget}}},
        {QStringLiteral("train"), QJsonObject{{QStringLiteral("epochs"), s.epochs},
                                              {QStringLiteral("stage2_epochs"), s.stage2Epochs},
                                              {QStringLiteral("patience"), s.patience},
                                              {QStringLiteral("batch_size"), s.batchSize}}},
    };
    if (!s.name.isEmpty())
        project.insert(QStringLiteral("name"), s.name);
    if (s.patches > 0)
        project.insert(QStringLiteral("split"), QJsonObject{{QStringLiteral("patches"), s.patches}});
    const QString path = folder + QStringLiteral("/project.json");
    QFile file(path);
    if (!file.open(QIODevice::WriteOnly) || file.write(QJsonDocument(project).toJson()) < 0)
        return {};
    return path;
}

} // namespace cropmap::tests
