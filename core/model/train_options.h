// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QJsonObject>
#include <QString>

#include "model/model_spec.h"

namespace cropmap::core::model {

/**
 * \brief Options of the seed's two-stage training (DESIGN.md §2 Model).
 *
 * Stage 1 minimises the cross-entropy weighted by w_u = n_max / n_u with RMSprop and stops
 * early on the validation loss (keeping the best weights); stage 2 starts from those
 * weights and fine-tunes with the unweighted cross-entropy, again with early stopping.
 * batchSize is the global mini-batch: data-parallel ranks each take their share of it.
 */
struct TrainOptions
{
    ModelSpec spec;
    int epochs = 100;            //!< most epochs of stage 1
    int fineTuneEpochs = 100;    //!< most epochs of stage 2; 0 skips it
    int patience = 10;           //!< epochs without a better validation loss before stopping
    double learningRate = 1e-3;  //!< RMSprop
    double fineTuneLearningRateFactor = 1.0; //!< stage 2 rate = learningRate × this
    int batchSize = 256;
    quint64 seed = 42;
    int threads = 0;             //!< LibTorch intra-op threads; 0: every core
    QString checkpointPath;      //!< written atomically after every epoch; empty: none
    QString logPath;             //!< base path of the epoch log (.csv, .json); empty: none
    bool resume = false;         //!< continue from checkpointPath if it exists

    /** Throws Error naming the offending option. */
    void validate() const;
    QJsonObject toJson() const;
};

} // namespace cropmap::core::model
