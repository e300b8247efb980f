// SPDX-License-Identifier: GPL-3.0-or-later
#include "model/training_checkpoint.h"

#include <QCoreApplication>
#include <QJsonArray>
#include <cmath>

#include "model/model_file.h"
#include "util/error.h"

namespace cropmap::core::model {

namespace {

const QString kFormat = QStringLiteral("cropmap-checkpoint");

} // namespace

void TrainingCheckpoint::write(const QString &path) const
{
    QJsonArray records;
    for (const EpochRecord &record : log)
        records.append(record.toJson());
    ModelFile file;
    // JSON has no infinity; a stage that has not evaluated yet stores null.
    const QJsonValue best = std::isfinite(bestValLoss) ? QJsonValue(bestValLoss) : QJsonValue();
    file.header = {{QStringLiteral("format"), kFormat},
                   {QStringLiteral("fingerprint"), fingerprint},
                   {QStringLiteral("stage"), stage},
                   {QStringLiteral("epoch"), epoch},
                   {QStringLiteral("step"), step},
                   {QStringLiteral("best_val_loss"), best},
                   {QStringLiteral("best_epoch"), bestEpoch},
                   {QStringLiteral("epochs_since_best"), epochsSinceBest},
                   {QStringLiteral("log"), records}};
    file.sections.emplace_back(QStringLiteral("weights"), weights);
    file.sections.emplace_back(QStringLiteral("best_weights"), bestWeights);
    if (!optimizer.isEmpty())
        file.sections.emplace_back(QStringLiteral("optimizer"), optimizer);
    if (!averageWeights.isEmpty())
        file.sections.emplace_back(QStringLiteral("average_weights"), averageWeights);
    file.write(path);
}

TrainingCheckpoint TrainingCheckpoint::read(const QString &path)
{
    const ModelFile file = ModelFile::read(path);
    if (file.header.value(QStringLiteral("format")).toString() != kFormat)
        throw Error(QCoreApplication::translate("cropmap::core::model",
                                                "\"%1\" is not a training checkpoint")
                        .arg(path));
    TrainingCheckpoint checkpoint;
    checkpoint.fingerprint = file.header.value(QStringLiteral("fingerprint")).toObject();
    checkpoint.stage = file.header.value(QStringLiteral("stage")).toInt(1);
    checkpoint.epoch = file.header.value(QStringLiteral("epoch")).toInt();
    checkpoint.step = file.header.value(QStringLiteral("step")).toInt();
    checkpoint.bestValLoss = file.header.value(QStringLiteral("best_val_loss"))
                                 .toDouble(std::numeric_limits<double>::infinity());
    checkpoint.bestEpoch = file.header.value(QStringLiteral("best_epoch")).toInt();
    checkpoint.epochsSinceBest = file.header.value(QStringLiteral("epochs_since_best")).toInt();
    for (const QJsonValue &value : file.header.value(QStringLiteral("log")).toArray())
        checkpoint.log.push_back(EpochRecord::fromJson(value.toObject()));
    checkpoint.weights = file.section(QStringLiteral("weights"), path);
    checkpoint.bestWeights = file.section(QStringLiteral("best_weights"), path);
    if (file.hasSection(QStringLiteral("optimizer")))
        checkpoint.optimizer = file.section(QStringLiteral("optimizer"), path);
    if (file.hasSection(QStringLiteral("average_weights")))
        checkpoint.averageWeights = file.section(QStringLiteral("average_weights"), path);
    return checkpoint;
}

} // namespace cropmap::core::model
