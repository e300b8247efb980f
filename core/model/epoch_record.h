// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QJsonObject>
#include <QString>
#include <functional>
#include <vector>

namespace cropmap::core::model {

/**
 * \brief One line of the training log (one validation check): what the GUI plots and the
 * CSV/JSON log holds.
 *
 * "epoch" counts the validation checks of a stage (every TrainingSchedule::evalEvery steps;
 * about one pass over the data), "step" the optimiser steps done. Stage 1 losses are the
 * weighted cross-entropy, stage 2 losses the plain one. The training loss and OA are
 * averaged over the interval's mini-batches in training mode (dropout on); the validation
 * figures are those of the checked (averaged) weights. Check 0 of stage 2 is the evaluation
 * of stage 1's kept weights under the stage-2 loss.
 */
struct EpochRecord
{
    int stage = 1;
    int epoch = 0;
    double trainLoss = 0.0;
    double valLoss = 0.0;
    double trainOa = 0.0;
    double valOa = 0.0;
    double valMacroF1 = 0.0;
    double valPosterior = 0.0; //!< mean posterior of the true class, averaged over the classes
    double seconds = 0.0;
    int step = 0;              //!< optimiser steps of the stage done at this check
    double learningRate = 0.0; //!< the rate of the interval's last step
    bool improved = false;     //!< this check beat the stage's best so far (the last such is kept)

    QJsonObject toJson() const;
    static EpochRecord fromJson(const QJsonObject &object);
    static QString csvHeader();
    QString csvRow() const;
};

/** Called after every epoch (on the training thread). */
using EpochObserver = std::function<void(const EpochRecord &)>;

/** Writes \a log as "<basePath>.csv" and "<basePath>.json", each atomically. */
void writeEpochLog(const std::vector<EpochRecord> &log, const QString &basePath);

} // namespace cropmap::core::model
