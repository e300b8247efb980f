// SPDX-License-Identifier: GPL-3.0-or-later
#include "model/train_options.h"

#include <QCoreApplication>

#include "util/error.h"

namespace cropmap::core::model {

void TrainOptions::validate() const
{
    auto fail = [](const QString &option, const QString &value) {
        throw Error(QCoreApplication::translate("cropmap::core::model",
                                                "Invalid training option %1 = %2")
                        .arg(option, value));
    };
    if (epochs < 0)
        fail(QStringLiteral("epochs"), QString::number(epochs));
    if (fineTuneEpochs < 0)
        fail(QStringLiteral("fine-tune epochs"), QString::number(fineTuneEpochs));
    if (patience < 1)
        fail(QStringLiteral("patience"), QString::number(patience));
    if (!(learningRate > 0.0))
        fail(QStringLiteral("learning rate"), QString::number(learningRate));
    if (!(fineTuneLearningRateFactor >= 0.0))
        fail(QStringLiteral("fine-tune learning-rate factor"),
             QString::number(fineTuneLearningRateFactor));
    if (batchSize < 1)
        fail(QStringLiteral("batch size"), QString::number(batchSize));
    if (threads < 0)
        fail(QStringLiteral("threads"), QString::number(threads));
    if (spec.dropout >= 1.0)
        fail(QStringLiteral("dropout"), QString::number(spec.dropout));
}

QJsonObject TrainOptions::toJson() const
{
    return {{QStringLiteral("model"), spec.toJson()},
            {QStringLiteral("epochs"), epochs},
            {QStringLiteral("fine_tune_epochs"), fineTuneEpochs},
            {QStringLiteral("patience"), patience},
            {QStringLiteral("learning_rate"), learningRate},
            {QStringLiteral("fine_tune_learning_rate_factor"), fineTuneLearningRateFactor},
            {QStringLiteral("batch_size"), batchSize},
            {QStringLiteral("seed"), QString::number(seed)},
            {QStringLiteral("optimizer"), QStringLiteral("RMSprop")}};
}

} // namespace cropmap::core::model
