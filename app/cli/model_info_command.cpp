// SPDX-License-Identifier: GPL-3.0-or-later
#include <cstdio>

#include <QCoreApplication>
#include <QJsonDocument>

#include "cli/cli_command.h"
#include "model/crop_model.h"
#include "util/error.h"

namespace cropmap::app {

namespace {

QString describe(const core::model::ModelMetadata &meta)
{
    QString text;
    const QJsonObject spec = meta.spec.toJson();
    text += tr("model:      %1 %2\n")
                .arg(core::model::modelKindName(meta.spec.kind),
                     QString::fromUtf8(QJsonDocument(spec).toJson(QJsonDocument::Compact)));
    if (meta.members > 1)
        text += tr("ensemble:   %1 networks, their class probabilities averaged\n").arg(meta.members);
    text += tr("input:      T = %1 steps × B = %2 bands\n").arg(meta.stepCount()).arg(meta.bandCount());
    text += tr("steps:      %1\n").arg(meta.steps.join(QStringLiteral(", ")));
    text += tr("period:     %1\n").arg(meta.period.isEmpty() ? tr("(not recorded)") : meta.period);
    text += tr("bands:      mean ± std (training samples)\n");
    for (int b = 0; b < meta.bandCount(); ++b)
        text += QStringLiteral("  %1  %2 ± %3\n")
                    .arg(meta.bands[b], -6)
                    .arg(meta.normalisation.mean[std::size_t(b)], 0, 'g', 6)
                    .arg(meta.normalisation.std[std::size_t(b)], 0, 'g', 6);
    text += tr("classes:    %1 (index id name)\n").arg(meta.classCount());
    for (int u = 0; u < meta.classCount(); ++u)
        text += QStringLiteral("  %1  %2  %3\n").arg(u, 2).arg(meta.classes.at(u).id, 3).arg(meta.classes.at(u).name);
    text += tr("training:   %1\n")
                .arg(QString::fromUtf8(QJsonDocument(meta.training).toJson(QJsonDocument::Indented)));
    return text;
}

} // namespace

int runModelInfo(const QStringList &arguments)
{
    QCommandLineParser parser;
    parser.addPositionalArgument(QStringLiteral("model"), tr("Model file"));
    const QCommandLineOption json(QStringLiteral("json"), tr("Print the metadata as JSON"));
    parser.addOption(json);
    const int early = parseCommandLine(
        parser, arguments,
        tr("Print what a model file holds besides its weights: architecture and "
           "hyperparameters, steps, bands and their normalisation, class table, training "
           "options and validation scores."));
    if (early >= 0)
        return early;
    if (parser.positionalArguments().size() != 1)
        return failWith(tr("model-info needs exactly one model file"));
    try {
        const auto meta = core::model::CropModel::readMetadata(parser.positionalArguments().constFirst());
        if (parser.isSet(json))
            std::fputs(QJsonDocument(meta.toJson()).toJson().constData(), stdout);
        else
            std::fputs(qPrintable(describe(meta)), stdout);
        return 0;
    } catch (const core::Error &e) {
        return failWith(e.message());
    }
}

} // namespace cropmap::app
