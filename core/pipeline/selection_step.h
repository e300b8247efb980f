// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <functional>
#include <optional>

#include <QJsonObject>
#include <QString>

#include "model/train_options.h"
#include "select/reliable_sample_selector.h"
#include "select/selection_options.h"
#include "util/memory_budget.h"

namespace cropmap::core {
class Feedback;
}
namespace cropmap::core::model {
class CropModel;
}
namespace cropmap::core::sampling {
class SampleReader;
class SampleSet;
}

namespace cropmap::core::pipeline {

/** \brief The files the reliable-sample selection reads and where it writes. */
struct SelectionFiles
{
    QString weakModel;    //!< the weak model that judges the pool
    QString pool;         //!< every eroded labelled pixel of the train patches (.samples)
    QString weakTrain;    //!< the weak training set: its n_u per class, and cross-fitting
    QString validation;   //!< validation set (cross-fitting only)
    QString outputFolder; //!< selection.json, final_train.samples, <TILE>_reliable.tif
    //! The composite stack of a tile, for the grids of the reliable-pixel rasters; empty: none.
    std::function<QString(const QString &tile)> stackOf;
    //! How the weak model was trained (the project's "train" options): the cross-fitted fold
    //! models train alike (see crossfitTrainOptions()). Unset (`cropmap select`, no project):
    //! TrainOptions' defaults with the weak model's architecture.
    std::optional<model::TrainOptions> weakTrainOptions;
    //! Sets the part size the pool is judged in (the pool is never read whole).
    MemoryBudget memory;
};

/**
 * The training options of cross-fitting fold \a fold's weak model (0-based): \a weak's own
 * (architecture, budgets, patience, learning rates, batch size, threads, …), so a fold model
 * differs from the weak model only in the data it does not see, with seed weak.seed + 1 + fold:
 * each fold its own initialisation and batch order, reproducible from the project seed. No
 * checkpoint, log or resume: those files belong to the weak model's own run.
 */
model::TrainOptions crossfitTrainOptions(const model::TrainOptions &weak, int fold);

/**
 * The pool's declared classes, parcels and, on synthetic data, true classes as a selection
 * input whose predictions are still to come (SelectionInput::judge), for \a classCount classes.
 */
select::SelectionInput unjudgedPool(const sampling::SampleSet &pool, int classCount);

/**
 * Judges every pixel of \a pool with \a model (the fused LSTM where it applies), reading at
 * most \a part samples at a time; reports "Judging the pool: i of n pixels" and stops at the
 * next part when canceled. The select step and the GUI's reliable-sample view judge alike.
 */
void judgePool(const model::CropModel &model, const sampling::SampleReader &pool, qint64 part,
               select::SelectionInput &input, Feedback &feedback);

/**
 * The select step (DESIGN.md §2 "Reliable samples"): judges the pool with the weak model (or
 * cross-fitted fold models), keeps the reliable candidates by the rule of \a options, draws
 * the final training set with the weak set's n_u capped by the pool, and writes
 * final_train.samples, selection.json and the rasters, each atomically. Returns the summary
 * (per-class counts, r_u, on synthetic data the cleaning's precision/recall). Used by
 * `cropmap run` and by `cropmap select`.
 */
QJsonObject runSelection(const SelectionFiles &files, const select::SelectionOptions &options, Feedback &feedback);

} // namespace cropmap::core::pipeline
