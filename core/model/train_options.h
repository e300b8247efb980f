// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QJsonObject>
#include <QString>

#include "model/model_spec.h"

namespace cropmap::core::model {

/** \brief Which validation figure picks the kept weights of a stage. */
enum class CheckpointCriterion {
    Loss,   //!< the lowest validation loss (weighted in stage 1, plain in stage 2)
    MacroF1, //!< the highest validation macro F1; ties go to the lower loss
    /** The highest mean posterior of the true class, averaged over the classes: smooth like
     *  the loss, bounded and class-balanced like macro F1. */
    Posterior
};

/** The most networks one ensemble model may hold. */
inline constexpr int kMaxMembers = 16;

/**
 * The input noise of an architecture when the options do not set one: σ = 0.4 for the seed's
 * LSTM, 0.2 for the others (docs/training.md: on the sits-matogrosso folds 0.4 lifted the LSTM
 * by a point and cost TempCNN and InceptionTime half a point to a point).
 */
double defaultInputNoise(ModelKind kind);

/**
 * \brief Options of the seed's two-stage training (DESIGN.md §2 Model, docs/training.md).
 *
 * Stage 1 minimises the cross-entropy weighted by w_u = n_max / n_u with RMSprop; stage 2
 * starts from stage 1's kept weights and fine-tunes with the unweighted cross-entropy.
 * Every stage is a budget of optimiser steps with a validation check every evalEvery steps;
 * it stops after patience checks without a better criterion and keeps the best check's
 * weights. The learning rate warms up linearly and then decays on a cosine to
 * minRateFactor × rate at the end of the budget. The same defaults hold for tables of a few
 * hundred samples and for hundreds of thousands: the batch size and the check interval
 * follow the table size (see TrainingSchedule). batchSize is the global mini-batch:
 * data-parallel ranks each take their share of it.
 */
struct TrainOptions
{
    ModelSpec spec;
    int steps = 3000;            //!< optimiser-step budget of stage 1
    int fineTuneSteps = 1000;    //!< optimiser-step budget of stage 2; 0 skips it
    int epochs = -1;             //!< optional cap of stage 1 in passes over the data; −1: none
    int fineTuneEpochs = -1;     //!< the same for stage 2; 0 skips it; −1: none
    int patience = 10;           //!< validation checks without a better criterion before stopping
    int evalEvery = 0;           //!< steps between validation checks; 0: one pass, within [25, 250]
    int warmupSteps = 100;       //!< linear warm-up of the rate (capped at a tenth of the budget)
    double minRateFactor = 0.01; //!< the cosine decay ends at rate × this
    double learningRate = 1e-3;  //!< RMSprop
    double fineTuneLearningRateFactor = 0.3; //!< stage 2 rate = learningRate × this
    double weightDecay = 0.0;    //!< RMSprop's L2 penalty
    double clipNorm = 1.0;       //!< gradient-norm clipping; 0: off
    double averaging = 0.995;    //!< weight average (EMA) decay of the checked weights; 0: off
    /** σ of Gaussian noise added to the standardised inputs in training; −1: the
     *  architecture's default (defaultInputNoise), what effectiveInputNoise() returns. */
    double inputNoise = -1.0;
    /** ε of label smoothing in training: the target puts 1 − ε on the declared class and ε
     *  spread evenly over all classes (a bound on how sure a wrongly declared sample can make
     *  the network); 0: off. The validation loss is never smoothed. */
    double labelSmoothing = 0.0;
    /** α of mixup: each training batch is mixed with a shuffled copy of itself,
     *  x = λ x + (1 − λ) x', loss = λ L(y) + (1 − λ) L(y'), λ ~ Beta(α, α); 0: off. */
    double mixup = 0.0;
    /** After both stages, train afresh on training + validation samples for the steps each
     *  stage kept (the validation set chose how long; then it trains too). */
    bool refit = false;
    /** Networks trained with seeds seed, seed + 1, …; their class probabilities are averaged
     *  at inference (one model file holds them all). 0 (auto, the default): three on a table
     *  with groups of up to 10 000 training samples, each holding out its own groups, else
     *  one (TrainingSchedule::autoMembers). */
    int members = 0;
    CheckpointCriterion criterion = CheckpointCriterion::Posterior;
    int batchSize = 0;           //!< 0: from the table size (TrainingSchedule::autoBatchSize)
    quint64 seed = 42;
    int threads = 0;             //!< LibTorch intra-op threads; 0: every core
    QString checkpointPath;      //!< written atomically after every check; empty: none
    QString logPath;             //!< base path of the check log (.csv, .json); empty: none
    bool resume = false;         //!< continue from checkpointPath if it exists

    /** Throws Error naming the offending option. */
    void validate() const;
    /** The input noise training uses: inputNoise, or the architecture's default. */
    double effectiveInputNoise() const { return inputNoise >= 0.0 ? inputNoise : defaultInputNoise(spec.kind); }
    QJsonObject toJson() const;
};

/** "loss" / "f1" (also "macro_f1") / "posterior"; throws Error on anything else. */
CheckpointCriterion checkpointCriterionFromName(const QString &name);
QString checkpointCriterionName(CheckpointCriterion criterion);

} // namespace cropmap::core::model
