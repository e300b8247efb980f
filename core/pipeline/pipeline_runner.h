// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <functional>

#include <QJsonObject>
#include <QString>
#include <QStringList>

#include "pipeline/project.h"
#include "pipeline/step_record.h"
#include "util/job.h"

namespace cropmap::core {
class Feedback;
}

namespace cropmap::core::pipeline {

/** \brief The steps of the method, in the order the data flows (DESIGN.md §1). */
enum class PipelineStep {
    Composite,   //!< monthly cloud-free median composites per tile
    Rasterize,   //!< declarations → class and parcel rasters, border erosion
    Sample,      //!< spatial split, weak training/validation/test sets and the train pool
    TrainWeak,   //!< two-stage training on the weak set
    Select,      //!< reliable samples and the final training set
    TrainFinal,  //!< two-stage retraining on the final set
    Classify,    //!< class and posterior maps of every tile
    Evaluate,    //!< confusion matrix, PA/UA/F1, kappa, areas; weak vs final
    Check,       //!< every declared parcel against the map: check/parcels.gpkg
};

/** \brief Where a step stands for the current project. */
enum class StepState { NotRun, UpToDate, OutOfDate };

/** \brief A step's state and, unless up to date, why (a changed option or input, a missing
 *  output, an earlier step that is out of date). */
struct StepStatus
{
    StepState state = StepState::NotRun;
    QString reason;
};

/**
 * \brief Runs the whole method for a project, skipping steps whose outputs are up to date.
 *
 * Each step reads the files the previous ones wrote under the project's output folder and
 * writes its own atomically; a step is re-run when its options or the content of its inputs
 * changed (see StepRecord), so an interrupted run resumes where it stopped, and a copied
 * project with its outputs stays up to date. Progress of all steps goes
 * to one Feedback; a line per step goes to Feedback::log and to `<output>/run.log`.
 *
 * Output layout: composites/<TILE>/, thematic/, thematic_truth/ (when the project names a
 * truth field), samples/ (weak sets), samples/pool/ (every train-parcel pixel), models/,
 * select/, maps/, reports/, check/.
 */
class PipelineRunner
{
public:
    explicit PipelineRunner(Project project);

    static QList<PipelineStep> steps();
    static QString stepName(PipelineStep step);      //!< "composite", "train_weak", …
    static PipelineStep stepFromName(const QString &name); //!< throws Error listing the names
    static QString stepTitle(PipelineStep step);     //!< translated, for the GUI and the log

    const Project &project() const { return m_project; }
    StepState state(PipelineStep step) const { return status(step).state; }
    /**
     * \a step's state with its reason. A step whose own record holds is still out of date
     * while an earlier step is out of date: it would run again after that one.
     */
    StepStatus status(PipelineStep step) const;
    QList<StepStatus> statuses() const; //!< of every step, in the order of steps()

    /** Runs the steps from \a first to \a last (inclusive); \a force re-runs up-to-date ones. */
    void run(Feedback &feedback, PipelineStep first = PipelineStep::Composite,
             PipelineStep last = PipelineStep::Check, bool force = false);

    //! Called after each step with its name and its summary (on the running thread).
    void setStepObserver(std::function<void(PipelineStep, const QJsonObject &)> observer)
    {
        m_observer = std::move(observer);
    }

    // Paths of the outputs, for the GUI and the tests.
    QString compositeFolder() const;
    QString compositeStack(const QString &tile) const;
    QString thematicFolder() const;
    QString truthFolder() const;
    QString sampleFolder() const;
    QString poolFolder() const;
    QString modelPath(bool final) const;
    QString selectFolder() const;
    QString mapFolder() const;
    QString reportFolder() const;
    QString checkFolder() const;
    QStringList tiles() const; //!< the project's tiles, or those found by the composite step

private:
    struct StepIo
    {
        QJsonObject options;
        QStringList inputs;
        QStringList outputs;
    };
    StepIo stepIo(PipelineStep step) const;
    StepCheck checkRecord(PipelineStep step) const; //!< the step's own record only
    InputSnapshot::Folders folders() const;
    QJsonObject runStep(PipelineStep step, Feedback &feedback);
    QJsonObject runComposite(Feedback &feedback);
    QJsonObject runRasterize(Feedback &feedback);
    QJsonObject runSample(Feedback &feedback);
    QJsonObject runTrain(bool final, Feedback &feedback);
    QJsonObject runSelect(Feedback &feedback);
    QJsonObject runClassify(Feedback &feedback);
    QJsonObject runEvaluate(Feedback &feedback);
    QJsonObject runCheck(Feedback &feedback);
    StepIo checkStepIo() const;
    void appendLog(const QString &line) const;

    Project m_project;
    std::function<void(PipelineStep, const QJsonObject &)> m_observer;
};

/** \brief A PipelineRunner run as a Job, for the GUI. */
class PipelineJob : public Job
{
public:
    PipelineJob(Project project, PipelineStep first, PipelineStep last, bool force = false)
        : m_runner(std::move(project))
        , m_first(first)
        , m_last(last)
        , m_force(force)
    {}
    QString name() const override;
    PipelineRunner &runner() { return m_runner; }

protected:
    void execute(Feedback &feedback) override { m_runner.run(feedback, m_first, m_last, m_force); }

private:
    PipelineRunner m_runner;
    PipelineStep m_first;
    PipelineStep m_last;
    bool m_force;
};

} // namespace cropmap::core::pipeline
