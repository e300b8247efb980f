// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QString>

#include "model/epoch_record.h"
#include "model/hyperparameter_grid.h"
#include "model/train_options.h"
#include "util/job.h"

namespace cropmap::core::model {

/** \brief What a TrainJob reads and writes (a snapshot, taken by value). */
struct TrainJobSettings
{
    QString trainPath;       //!< training sample set (.samples)
    QString validationPath;  //!< validation sample set
    QString modelPath;       //!< the model file written
    TrainOptions options;    //!< checkpoint and log paths are derived from modelPath
    HyperparameterGrid grid; //!< empty: one training run with options
    /** Data-parallel when the environment names a world (MASTER_ADDR, RANK, …). */
    bool useDistributedEnvironment = true;
    /** Ranks other than 0 also write their model, to "<modelPath>.rank<r>" (for checks). */
    bool everyRankWritesModel = false;
    /** > 0: trainPath is a whole table with groups and validationPath is empty; this share of
     *  the groups is held out, stratified by class (StratifiedGroupSplit, groupSplitSeed), and
     *  each network of an ensemble holds out its own (trainGroupEnsemble). A grid search or a
     *  data-parallel run uses the first split. */
    double groupValidationFraction = 0.0;
    quint64 groupSplitSeed = 0;
};

/** \brief The figures of a finished TrainJob, for the CLI and the GUI. */
struct TrainJobSummary
{
    double valLoss = 0.0;
    double valOa = 0.0;
    double valMacroF1 = 0.0;
    int epochs = 0;
    int rank = 0;
    int worldSize = 1;
    QString gridSummary; //!< "best point k: lr …, dropout …, batch …" for a grid search
};

/**
 * \brief Loads the sample sets and trains (or grid-searches) a model, as a Job.
 *
 * Writes "<name>.pt" (the model), "<name>.log.csv/.json" (the epoch log) and
 * "<name>.checkpoint" next to modelPath; a grid search writes its table and per-point
 * files instead (see GridSearch). The old model file stays until the new one is complete.
 */
class TrainJob : public Job
{
    Q_DECLARE_TR_FUNCTIONS(cropmap::core::model::TrainJob)

public:
    explicit TrainJob(TrainJobSettings settings);

    QString name() const override;
    void setEpochObserver(EpochObserver observer) { m_observer = std::move(observer); }
    const TrainJobSummary &summary() const { return m_summary; }

protected:
    void execute(Feedback &feedback) override;

private:
    TrainJobSettings m_settings;
    EpochObserver m_observer;
    TrainJobSummary m_summary;
};

} // namespace cropmap::core::model
