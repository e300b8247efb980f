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
    if (steps < 1)
        fail(QStringLiteral("steps"), QString::number(steps));
    if (fineTuneSteps < 0)
        fail(QStringLiteral("fine-tune steps"), QString::number(fineTuneSteps));
    if (epochs == 0 || epochs < -1)
        fail(QStringLiteral("epochs (≥ 1, or −1 for no cap)"), QString::number(epochs));
    if (fineTuneEpochs < -1)
        fail(QStringLiteral("fine-tune epochs"), QString::number(fineTuneEpochs));
    if (patience < 1)
        fail(QStringLiteral("patience"), QString::number(patience));
    if (evalEvery < 0)
        fail(QStringLiteral("eval-every"), QString::number(evalEvery));
    if (warmupSteps < 0)
        fail(QStringLiteral("warm-up steps"), QString::number(warmupSteps));
    if (!(minRateFactor >= 0.0 && minRateFactor <= 1.0))
        fail(QStringLiteral("minimum rate factor"), QString::number(minRateFactor));
    if (!(learningRate > 0.0))
        fail(QStringLiteral("learning rate"), QString::number(learningRate));
    if (!(fineTuneLearningRateFactor >= 0.0))
        fail(QStringLiteral("fine-tune learning-rate factor"),
             QString::number(fineTuneLearningRateFactor));
    if (!(weightDecay >= 0.0))
        fail(QStringLiteral("weight decay"), QString::number(weightDecay));
    if (!(clipNorm >= 0.0))
        fail(QStringLiteral("clip norm"), QString::number(clipNorm));
    if (!(averaging >= 0.0 && averaging < 1.0))
        fail(QStringLiteral("averaging"), QString::number(averaging));
    if (!(inputNoise >= 0.0 || inputNoise == -1.0))
        fail(QStringLiteral("input noise (-1 for the architecture's default)"), QString::number(inputNoise));
    if (!(labelSmoothing >= 0.0 && labelSmoothing < 1.0))
        fail(QStringLiteral("label smoothing (0 to below 1)"), QString::number(labelSmoothing));
    if (!(mixup >= 0.0 && mixup <= 100.0))
        fail(QStringLiteral("mixup α (0 for none, at most 100)"), QString::number(mixup));
    if (batchSize < 0)
        fail(QStringLiteral("batch size"), QString::number(batchSize));
    if (threads < 0)
        fail(QStringLiteral("threads"), QString::number(threads));
    if (members < 0 || members > kMaxMembers)
        fail(QStringLiteral("members (0 for auto, 1 to %1)").arg(kMaxMembers), QString::number(members));
    if (spec.dropout >= 1.0)
        fail(QStringLiteral("dropout"), QString::number(spec.dropout));
}

double defaultInputNoise(ModelKind kind)
{
    return kind == ModelKind::Lstm ? 0.4 : 0.2;
}

QJsonObject TrainOptions::toJson() const
{
    QJsonObject json{{QStringLiteral("model"), spec.toJson()},
            {QStringLiteral("steps"), steps},
            {QStringLiteral("fine_tune_steps"), fineTuneSteps},
            {QStringLiteral("epochs"), epochs},
            {QStringLiteral("fine_tune_epochs"), fineTuneEpochs},
            {QStringLiteral("patience"), patience},
            {QStringLiteral("eval_every"), evalEvery},
            {QStringLiteral("warmup_steps"), warmupSteps},
            {QStringLiteral("min_rate_factor"), minRateFactor},
            {QStringLiteral("learning_rate"), learningRate},
            {QStringLiteral("fine_tune_learning_rate_factor"), fineTuneLearningRateFactor},
            {QStringLiteral("weight_decay"), weightDecay},
            {QStringLiteral("clip_norm"), clipNorm},
            {QStringLiteral("averaging"), averaging},
            {QStringLiteral("criterion"), checkpointCriterionName(criterion)},
            {QStringLiteral("batch_size"), batchSize},
            {QStringLiteral("seed"), QString::number(seed)},
            {QStringLiteral("optimizer"), QStringLiteral("RMSprop")}};
    json.insert(QStringLiteral("input_noise"), effectiveInputNoise());
    if (labelSmoothing > 0.0)
        json.insert(QStringLiteral("label_smoothing"), labelSmoothing);
    if (mixup > 0.0)
        json.insert(QStringLiteral("mixup"), mixup);
    if (refit)
        json.insert(QStringLiteral("refit"), true);
    if (members != 0) // the default, auto, is left out as before it was one network
        json.insert(QStringLiteral("members"), members);
    return json;
}

CheckpointCriterion checkpointCriterionFromName(const QString &name)
{
    if (name == QStringLiteral("loss"))
        return CheckpointCriterion::Loss;
    if (name == QStringLiteral("f1") || name == QStringLiteral("macro_f1"))
        return CheckpointCriterion::MacroF1;
    if (name == QStringLiteral("posterior"))
        return CheckpointCriterion::Posterior;
    throw Error(QCoreApplication::translate("cropmap::core::model",
                                            "Unknown checkpoint criterion \"%1\" (use loss, f1 or posterior)")
                    .arg(name));
}

QString checkpointCriterionName(CheckpointCriterion criterion)
{
    switch (criterion) {
    case CheckpointCriterion::Loss: return QStringLiteral("loss");
    case CheckpointCriterion::MacroF1: return QStringLiteral("f1");
    case CheckpointCriterion::Posterior: return QStringLiteral("posterior");
    }
    return QStringLiteral("loss");
}

} // namespace cropmap::core::model
