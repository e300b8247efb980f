// SPDX-License-Identifier: GPL-3.0-or-later
#include "model/training_schedule.h"

#include <algorithm>
#include <cmath>

#include "model/train_options.h"

namespace cropmap::core::model {

qint64 TrainingSchedule::batchBegin(int step) const
{
    return qint64(step % stepsPerEpoch) * batchSize;
}

qint64 TrainingSchedule::batchLength(int step, qint64 samples) const
{
    const qint64 begin = batchBegin(step);
    return step % stepsPerEpoch == stepsPerEpoch - 1 ? samples - begin
                                                     : std::min<qint64>(batchSize, samples - begin);
}

int TrainingSchedule::autoBatchSize(qint64 samples)
{
    int batch = 32;
    while (batch < 256 && qint64(batch) * 2 * 32 <= samples)
        batch *= 2;
    return batch;
}

int TrainingSchedule::autoMembers(qint64 samples, bool ownValidationGroups)
{
    return ownValidationGroups && samples <= kAutoMembersUpTo ? kAutoMembers : 1;
}

TrainingSchedule TrainingSchedule::forStage(const TrainOptions &options, int stage,
                                            qint64 trainSamples)
{
    TrainingSchedule schedule;
    schedule.batchSize = options.batchSize > 0 ? options.batchSize : autoBatchSize(trainSamples);
    const qint64 n = std::max<qint64>(trainSamples, 1);
    // ⌊n / batch⌋ steps a pass, the last of them taking the remainder too: no pass ends on a
    // batch of one or two samples (a BatchNorm layer cannot train on one sample).
    schedule.stepsPerEpoch = int(std::max<qint64>(1, n / schedule.batchSize));
    const int steps = stage == 1 ? options.steps : options.fineTuneSteps;
    const int epochCap = stage == 1 ? options.epochs : options.fineTuneEpochs;
    qint64 budget = steps;
    if (epochCap >= 0)
        budget = std::min<qint64>(budget, qint64(epochCap) * schedule.stepsPerEpoch);
    schedule.budget = int(budget);
    schedule.evalEvery = options.evalEvery > 0 ? options.evalEvery
                                               : std::clamp(schedule.stepsPerEpoch, 25, 250);
    schedule.evalEvery = std::max(1, std::min(schedule.evalEvery, std::max(schedule.budget, 1)));
    schedule.warmup = std::min(options.warmupSteps, schedule.budget / 10);
    schedule.peakRate = stage == 1 ? options.learningRate
                                   : options.learningRate * options.fineTuneLearningRateFactor;
    schedule.floorRate = schedule.peakRate * options.minRateFactor;
    return schedule;
}

double TrainingSchedule::rate(int step) const
{
    if (step < warmup)
        return peakRate * double(step + 1) / double(warmup);
    const int span = std::max(1, budget - warmup);
    const double progress = std::clamp(double(step - warmup) / double(span), 0.0, 1.0);
    return floorRate + (peakRate - floorRate) * 0.5 * (1.0 + std::cos(M_PI * progress));
}

} // namespace cropmap::core::model
