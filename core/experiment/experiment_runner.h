// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QJsonObject>
#include <QString>

#include <vector>

#include "experiment/experiment_options.h"
#include "pipeline/pipeline_runner.h"
#include "pipeline/project.h"
#include "sampling/sample_set.h"
#include "util/memory_budget.h"

namespace cropmap::core {
class Feedback;
}
namespace cropmap::core::experiment {

/**
 * \brief The labelled test pixels of an experiment's target tile: their places and classes in
 * memory (18 bytes a pixel), their values left in the test sample file and read part by part,
 * within a share of the project's memory budget, whenever a model predicts them (issue 17,
 * item 5: a full tile's test set is several GiB).
 */
struct TestPixels
{
    QString path;                //!< the project's test sample file
    std::vector<qint64> indices; //!< the target tile's samples in it, ascending
    sampling::SampleSet labels;  //!< their places and classes, without values
    MemoryBudget memory;
};

/**
 * \brief Runs one of the seed's tables on a project and writes it as JSON, CSV and HTML.
 *
 * The project's own pipeline runs first up to the step the table needs: steps not run yet
 * run, up-to-date ones are skipped, and an out-of-date one is an error, so that an
 * experiment never re-runs (and re-stamps) the project's own steps. Each column × repeat
 * then trains in `<output>/experiments/<table>/<column>-s<seed>` and is scored on the labelled test-patch pixels of the target tile, against the
 * declarations and, on synthetic scenes, the truth. A finished column stores its scores with
 * a fingerprint of its options and inputs, so an interrupted experiment resumes and a rerun
 * reuses what is still valid. Table 3 runs the pipeline's select and train_final steps per
 * rule in a folder that links the project's composites, thematic rasters and samples.
 */
class ExperimentRunner
{
public:
    ExperimentRunner(pipeline::Project project, ExperimentOptions options);

    /** Runs or resumes the experiment; returns the report also written to reportPath(). */
    QJsonObject run(Feedback &feedback);

    QString folder() const;                          //!< <output>/experiments/<table>
    QString reportPath(const QString &suffix) const; //!< <output>/experiments/<table>.<suffix>
    const ExperimentOptions &options() const { return m_options; }

private:
    QString chooseTargetTile() const;
    TestPixels targetTestSet(const QString &tile) const;
    static TestPixels targetTestSetOf(const pipeline::Project &project, const QString &tile);
    QJsonObject runColumn(const QString &column, int seed, const TestPixels &test, Feedback &feedback);
    QJsonObject trainColumn(const QString &column, int seed, const QString &modelPath, const TestPixels &test,
                            Feedback &feedback);
    QJsonObject ruleColumn(const QString &rule, int seed, const QString &folder, const TestPixels &test,
                           Feedback &feedback);
    QString weakModelFor(int seed, Feedback &feedback);
    //! The weak model of \a seed when \a column is it (see trainColumn), else empty.
    QString reusableWeakModel(const QString &column, int seed, Feedback &feedback);
    //! Throws Error naming the first of the project's steps up to \a last that is out of date.
    void requireProjectStepsUpTo(pipeline::PipelineStep last) const;

    pipeline::Project m_project;
    ExperimentOptions m_options;
    QString m_targetTile;
};

} // namespace cropmap::core::experiment
