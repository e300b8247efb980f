// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QJsonObject>
#include <QString>

#include "experiment/experiment_options.h"
#include "pipeline/pipeline_runner.h"
#include "pipeline/project.h"

namespace cropmap::core {
class Feedback;
}
namespace cropmap::core::sampling {
class SampleSet;
}

namespace cropmap::core::experiment {

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
    sampling::SampleSet targetTestSet(const QString &tile) const;
    static sampling::SampleSet targetTestSetOf(const pipeline::Project &project, const QString &tile);
    QJsonObject runColumn(const QString &column, int seed, const sampling::SampleSet &test,
                          Feedback &feedback);
    QJsonObject trainColumn(const QString &column, int seed, const QString &modelPath,
                            const sampling::SampleSet &test, Feedback &feedback);
    QJsonObject ruleColumn(const QString &rule, int seed, const QString &folder,
                           const sampling::SampleSet &test, Feedback &feedback);
    QString weakModelFor(int seed, Feedback &feedback);
    //! Throws Error naming the first of the project's steps up to \a last that is out of date.
    void requireProjectStepsUpTo(pipeline::PipelineStep last) const;

    pipeline::Project m_project;
    ExperimentOptions m_options;
    QString m_targetTile;
};

} // namespace cropmap::core::experiment
