// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <optional>

#include <QFutureWatcher>
#include <QWidget>

#include "pipeline/pipeline_runner.h"
#include "pipeline/project.h"
#include "util/job.h"

class QCheckBox;
class QLabel;
class QPlainTextEdit;
class QPushButton;
class QTreeWidget;

namespace cropmap::ui {

class JobProgressWidget;
class PipelineFeedback;
class StepOptionsEditor;

/**
 * \brief The pipeline dock: the steps of the method with their state, and buttons to run one
 * step, run from a step on, or run everything, with progress, elapsed and remaining time
 * and Cancel.
 *
 * States come from the same step records as `cropmap run` (PipelineRunner::statuses, the
 * records in <output>/.state/); a step's tooltip says why it is out of date. "Run again"
 * (the steps' context menu, or the Force box for the buttons) runs up-to-date steps too. A run is a core PipelineJob on a pool thread with a
 * snapshot of the project; the UI thread only receives queued progress, so the map stays
 * usable. Cancelling stops at the job's next check and its outputs are written atomically,
 * so nothing partial is left. Failures show the core's message and leave the project as is.
 */
class PipelinePanel : public QWidget
{
    Q_OBJECT

public:
    using PipelineStep = core::pipeline::PipelineStep;
    enum class State { NotRun, UpToDate, OutOfDate, Running, Failed, Checking };

    explicit PipelinePanel(QWidget *parent = nullptr);
    ~PipelinePanel() override;

    /** Loads a project file (Project::load); false after telling the user. */
    bool openProject(const QString &path);
    void setProject(const core::pipeline::Project &project);
    const std::optional<core::pipeline::Project> &project() const { return m_project; }

    /** Starts the steps \a first … \a last on a worker thread; false if one is running.
     *  \a force runs up-to-date steps again (as `cropmap run --force`). */
    bool run(PipelineStep first, PipelineStep last, bool force = false);
    void runSelectedStep();
    void runFromSelectedStep();
    void runAll();
    //! Runs the selected step even when it is up to date (the steps' context menu).
    void runSelectedStepAgain();
    void cancel();
    //! True from run() until the panel has taken the job's result (not only until the
    //! worker returns), so states and signals are final once it is false.
    bool isRunning() const { return m_feedback != nullptr; }

    State state(PipelineStep step) const;
    //! Why \a step is not up to date (its tooltip); empty when it is.
    QString stateReason(PipelineStep step) const { return m_reasons.value(step); }
    /** Re-reads every step's state (after an input such as the legend file changed). At once
     *  when no input file must be read for it; otherwise the steps show "checking" and a pool
     *  thread reads and compares them (isChecking()), so the GUI thread never hashes files. */
    void refreshStates();
    bool isChecking() const { return m_checking; }
    //! Bytes of unknown inputs refreshStates() may still read on the GUI thread (16 MiB).
    void setHashingBudget(qint64 bytes) { m_hashingBudget = bytes; }
    static QString stateText(State state);
    void selectStep(PipelineStep step);
    //! The message of the last failure (empty after a success).
    const QString &lastError() const { return m_lastError; }
    //! The feedback of the run in progress (nullptr when idle), e.g. to cancel from a test.
    PipelineFeedback *currentFeedback() const { return m_feedback; }
    //! Raster outputs of \a step that exist, for adding them to the map.
    QStringList outputRasters(PipelineStep step) const;
    StepOptionsEditor *optionsEditor() const { return m_options; }

Q_SIGNALS:
    //! A step finished: its raster outputs (class maps, posteriors, composites) to show.
    void outputsReady(const QStringList &paths);
    void runFinished(core::JobResult::Status status);
    //! \a step began to run (or to be checked: up-to-date steps are skipped at once).
    void stepStarted(core::pipeline::PipelineStep step);

private:
    void updateRow(PipelineStep step);
    void updateButtons();
    void stepFinished(PipelineStep step);
    void jobFinished();
    std::optional<PipelineStep> selectedStep() const;
    void showStepMenu(const QPoint &position);
    void fitStepList();
    void applyStatuses(const QList<core::pipeline::StepStatus> &statuses);

    std::optional<core::pipeline::Project> m_project;
    QMap<PipelineStep, State> m_states;
    QMap<PipelineStep, QString> m_reasons;
    QLabel *m_projectLabel = nullptr;
    QTreeWidget *m_steps = nullptr;
    StepOptionsEditor *m_options = nullptr;
    QPushButton *m_runStep = nullptr;
    QPushButton *m_runFrom = nullptr;
    QPushButton *m_runAll = nullptr;
    QCheckBox *m_force = nullptr;
    JobProgressWidget *m_job = nullptr;
    QPlainTextEdit *m_log = nullptr;
    PipelineFeedback *m_feedback = nullptr;
    std::optional<PipelineStep> m_running;
    PipelineStep m_last = PipelineStep::Check;
    QString m_lastError;
    QFutureWatcher<core::JobResult> m_watcher;
    int m_statesGeneration = 0; //!< a state check answering an older refreshStates() is dropped
    bool m_checking = false;
    qint64 m_hashingBudget = 16 * 1024 * 1024;
};

} // namespace cropmap::ui
