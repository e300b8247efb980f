// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QtGlobal>

namespace cropmap::core::model {

struct TrainOptions;

/**
 * \brief One stage's plan in optimiser steps: batch size, budget, check interval and the
 * learning rate of every step (docs/training.md, "The schedule").
 *
 * Counting in steps rather than epochs makes the same defaults fit any table: 333 samples
 * at batch 256 are two steps an epoch, so "100 epochs, patience 10" stopped after ~24 steps,
 * while 300 000 samples are 1 200 steps an epoch. The batch size shrinks on small tables so
 * that an epoch has at least 32 steps (never below 32 samples, never above 256; a pass is
 * ⌊n / batch⌋ steps, the last one taking the remainder), the checks
 * come once a pass but within [25, 250] steps, and the rate follows a linear warm-up and a
 * cosine decay over the budget:
 *
 *   rate(s) = peak · (s + 1) / W                                      for s < W
 *   rate(s) = floor + (peak − floor) · ½ (1 + cos(π (s − W) / (S − W)))  for s ≥ W
 *
 * with s the 0-based step, S the budget, W = min(warm-up, S / 10) and floor = peak ·
 * minRateFactor.
 */
struct TrainingSchedule
{
    int batchSize = 32;
    int stepsPerEpoch = 1;
    int budget = 1;      //!< optimiser steps of the stage
    int evalEvery = 1;   //!< steps between validation checks
    int warmup = 0;      //!< warm-up steps
    double peakRate = 1e-3;
    double floorRate = 1e-5;

    /** The largest power of two ≤ samples / 32, clamped to [32, 256]. */
    static int autoBatchSize(qint64 samples);
    /** Ensemble members for members = 0 (auto, the default): kAutoMembers where each member
     *  holds out its own validation groups (\a ownValidationGroups: a table with groups,
     *  trainGroupEnsemble) and the table has up to kAutoMembersUpTo training samples, where a
     *  network trains in minutes, the seeds and splits differ most and together the members
     *  learn from every group; 1 otherwise. Members that share one validation set (a project,
     *  a table without groups) moved the sits-matogrosso folds by 0.2 points for three times
     *  the training, so auto trains one network there; members = n asks for n anyway. */
    static int autoMembers(qint64 samples, bool ownValidationGroups);
    static constexpr int kAutoMembers = 3;
    static constexpr qint64 kAutoMembersUpTo = 10000;
    /** The plan of \a stage (1 or 2) for \a trainSamples samples; budget 0 skips the stage. */
    static TrainingSchedule forStage(const TrainOptions &options, int stage, qint64 trainSamples);

    /** First sample (in the pass's shuffled order) of step \a step's batch. */
    qint64 batchBegin(int step) const;
    /** Samples in step \a step's batch: batchSize, the last step of a pass takes the rest. */
    qint64 batchLength(int step, qint64 samples) const;
    /** Learning rate of the 0-based step \a step. */
    double rate(int step) const;
    /** Validation checks of a stage that runs its whole budget. */
    int checks() const { return (budget + evalEvery - 1) / evalEvery; }
};

} // namespace cropmap::core::model
