// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QString>
#include <vector>

#include "model/epoch_record.h"
#include "model/hyperparameter_grid.h"
#include "model/train_options.h"

namespace cropmap::core {
class Feedback;
}
namespace cropmap::core::sampling {
class SampleSet;
}

namespace cropmap::core::model {

class DistributedContext;

/**
 * \brief Trains one model per grid point and keeps the one with the best validation
 * macro F1 (DESIGN.md §2: hyperparameters by grid search on the validation patches).
 *
 * Writes, next to \a modelPath ("<dir>/<name>.pt"): the table "<name>.grid.csv/.json"
 * after every point, "<name>.grid-<k>.checkpoint/.log.*" per point, and the best model so
 * far to \a modelPath. With options.resume, points the table marks done are skipped and an
 * interrupted point continues from its checkpoint.
 */
class GridSearch
{
public:
    GridSearch(TrainOptions base, HyperparameterGrid grid, QString modelPath,
               DistributedContext *distributed = nullptr);

    void setEpochObserver(EpochObserver observer) { m_observer = std::move(observer); }

    struct Result
    {
        std::vector<GridPoint> points;
        int bestIndex = -1;
    };

    /** Runs the search; throws Error or Canceled like ModelTrainer::train(). */
    Result run(const sampling::SampleSet &train, const sampling::SampleSet &validation,
               Feedback &feedback, const QString &trainName = QString(),
               const QString &validationName = QString());

    /** "<dir>/<name>" of a model path "<dir>/<name>.<ext>": the prefix of its side files. */
    static QString outputBase(const QString &modelPath);

private:
    void writeTable(const Result &result) const;

    TrainOptions m_base;
    HyperparameterGrid m_grid;
    QString m_modelPath;
    DistributedContext *m_distributed;
    EpochObserver m_observer;
};

} // namespace cropmap::core::model
