// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QByteArray>
#include <QJsonObject>
#include <QString>
#include <limits>
#include <vector>

#include "model/epoch_record.h"

namespace cropmap::core::model {

/**
 * \brief Where a training run stands, written after every epoch (DESIGN.md §3).
 *
 * Holds the stage and the epochs done in it, the best validation loss so far and since when,
 * the log, the current and best weights and the optimizer state (RMSprop's running
 * averages). No random-generator state is needed: each epoch derives its own seeds.
 */
struct TrainingCheckpoint
{
    QJsonObject fingerprint; //!< options and data sizes that must match on resume
    int stage = 1;
    int epoch = 0;           //!< validation checks completed in stage
    int step = 0;            //!< optimiser steps completed in stage
    double bestValLoss = std::numeric_limits<double>::infinity();
    int bestEpoch = 0;
    int epochsSinceBest = 0;
    std::vector<EpochRecord> log;
    QByteArray weights;
    QByteArray bestWeights;
    QByteArray averageWeights; //!< the weight average (EMA); empty when averaging is off
    QByteArray optimizer;    //!< empty at the start of a stage

    void write(const QString &path) const;
    /** Reads a checkpoint; throws Error naming \a path when it is not one. */
    static TrainingCheckpoint read(const QString &path);
};

} // namespace cropmap::core::model
