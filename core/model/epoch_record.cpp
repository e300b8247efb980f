// SPDX-License-Identifier: GPL-3.0-or-later
#include "model/epoch_record.h"

#include <QJsonArray>
#include <QJsonDocument>

#include "io/atomic_output.h"

namespace cropmap::core::model {

QJsonObject EpochRecord::toJson() const
{
    return {{QStringLiteral("stage"), stage},
            {QStringLiteral("epoch"), epoch},
            {QStringLiteral("train_loss"), trainLoss},
            {QStringLiteral("val_loss"), valLoss},
            {QStringLiteral("train_oa"), trainOa},
            {QStringLiteral("val_oa"), valOa},
            {QStringLiteral("val_macro_f1"), valMacroF1},
            {QStringLiteral("seconds"), seconds},
            {QStringLiteral("step"), step},
            {QStringLiteral("learning_rate"), learningRate},
            {QStringLiteral("improved"), improved},
            {QStringLiteral("val_posterior"), valPosterior}};
}

EpochRecord EpochRecord::fromJson(const QJsonObject &object)
{
    EpochRecord record;
    record.stage = object.value(QStringLiteral("stage")).toInt();
    record.epoch = object.value(QStringLiteral("epoch")).toInt();
    record.trainLoss = object.value(QStringLiteral("train_loss")).toDouble();
    record.valLoss = object.value(QStringLiteral("val_loss")).toDouble();
    record.trainOa = object.value(QStringLiteral("train_oa")).toDouble();
    record.valOa = object.value(QStringLiteral("val_oa")).toDouble();
    record.valMacroF1 = object.value(QStringLiteral("val_macro_f1")).toDouble();
    record.seconds = object.value(QStringLiteral("seconds")).toDouble();
    record.step = object.value(QStringLiteral("step")).toInt();
    record.learningRate = object.value(QStringLiteral("learning_rate")).toDouble();
    record.improved = object.value(QStringLiteral("improved")).toBool();
    record.valPosterior = object.value(QStringLiteral("val_posterior")).toDouble();
    return record;
}

QString EpochRecord::csvHeader()
{
    return QStringLiteral("stage,epoch,train_loss,val_loss,train_oa,val_oa,val_macro_f1,seconds,step,learning_rate,improved,val_posterior");
}

QString EpochRecord::csvRow() const
{
    return QStringLiteral("%1,%2,%3,%4,%5,%6,%7,%8,%9,%10,%11,%12")
        .arg(stage)
        .arg(epoch)
        .arg(trainLoss, 0, 'g', 9)
        .arg(valLoss, 0, 'g', 9)
        .arg(trainOa, 0, 'g', 6)
        .arg(valOa, 0, 'g', 6)
        .arg(valMacroF1, 0, 'g', 6)
        .arg(seconds, 0, 'f', 3)
        .arg(step)
        .arg(learningRate, 0, 'g', 6)
        .arg(improved ? 1 : 0)
        .arg(valPosterior, 0, 'g', 6);
}

void writeEpochLog(const std::vector<EpochRecord> &log, const QString &basePath)
{
    QString csv = EpochRecord::csvHeader() + u'\n';
    QJsonArray json;
    for (const EpochRecord &record : log) {
        csv += record.csvRow() + u'\n';
        json.append(record.toJson());
    }
    io::writeFileAtomically(basePath + QStringLiteral(".csv"), csv.toUtf8());
    io::writeFileAtomically(basePath + QStringLiteral(".json"), QJsonDocument(json).toJson());
}

} // namespace cropmap::core::model
