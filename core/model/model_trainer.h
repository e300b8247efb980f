// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <vector>

#include "model/band_statistics.h"
#include "model/class_weights.h"
#include "model/crop_model.h"
#include "model/epoch_record.h"
#include "model/train_options.h"

namespace cropmap::core {
class Feedback;
}
namespace cropmap::core::sampling {
class SampleSet;
}

namespace cropmap::core::model {

class DistributedContext;

/** \a path with ".memberN" before its suffix (\a hasSuffix) or at its end, for ensemble
 *  members after the first (member 0 and "" stay as they are): each member's checkpoint and
 *  check log. */
QString memberPath(const QString &path, int member, bool hasSuffix);

/** \brief What a training run produced: the model (stage 2's best weights) and its log. */
struct TrainingResult
{
    CropModel model;
    std::vector<EpochRecord> log;
    ClassWeights classWeights;
    double valLoss = 0.0;     //!< unweighted cross-entropy of the returned model
    double valOa = 0.0;
    double valMacroF1 = 0.0;
    qint64 trainSamples = 0;
    qint64 valSamples = 0;
};

/**
 * \brief Trains a crop classifier the seed's way (see TrainOptions), optionally
 * data-parallel, checkpointing after every epoch.
 *
 * Reproducible: epoch e of stage s shuffles with, and seeds LibTorch's generator
 * (dropout) from, a value derived from (seed, s, e) only, so a resumed run replays the
 * same batches and gives the same weights as an uninterrupted one (on one thread count).
 * With a DistributedContext, every rank holds both sample sets, takes its share of each
 * global mini-batch and of the validation set, the gradients are summed over ranks every
 * step, and only rank 0 writes the checkpoint and the log.
 */
class ModelTrainer
{
public:
    explicit ModelTrainer(TrainOptions options, DistributedContext *distributed = nullptr);

    void setEpochObserver(EpochObserver observer) { m_observer = std::move(observer); }
    /** Standardises with \a statistics instead of the training set's own (members of one
     *  ensemble trained on different sets must share one normalisation). */
    void setNormalisation(const BandStatistics &statistics)
    {
        m_normalisation = statistics;
        m_fixedNormalisation = true;
    }

    /**
     * Trains on \a train, selecting on \a validation. Samples without a class (index −1)
     * are left out. Throws Error for empty or mismatching sets (naming \a trainName /
     * \a validationName), Canceled when \a feedback is canceled (the last checkpoint stays).
     */
    TrainingResult train(const sampling::SampleSet &train, const sampling::SampleSet &validation,
                         Feedback &feedback, const QString &trainName = QString(),
                         const QString &validationName = QString());

private:
    TrainOptions m_options;
    DistributedContext *m_distributed;
    EpochObserver m_observer;
    BandStatistics m_normalisation;
    bool m_fixedNormalisation = false;
};

} // namespace cropmap::core::model
