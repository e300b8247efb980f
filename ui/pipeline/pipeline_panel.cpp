// SPDX-License-Identifier: GPL-3.0-or-later
#include "pipeline/pipeline_panel.h"

#include <algorithm>

#include <QCheckBox>
#include <QDir>
#include <QFileInfo>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QMenu>
#include <QPainter>
#include <QPlainTextEdit>
#include <QProgressBar>
#include <QPushButton>
#include <QSplitter>
#include <QTime>
#include <QTimer>
#include <QTreeWidget>
#include <QVBoxLayout>
#include <QtConcurrent/QtConcurrentRun>

#include "app/error_reporter.h"
#include "pipeline/job_progress_widget.h"
#include "pipeline/pipeline_feedback.h"
#include "pipeline/input_snapshot.h"
#include "pipeline/step_options_editor.h"
#include "thematic/rasterize_job.h"
#include "util/error.h"

namespace cropmap::ui {

using core::JobResult;
using core::pipeline::PipelineJob;
using core::pipeline::PipelineRunner;
using core::pipeline::Project;
using core::pipeline::StepState;

namespace {

QIcon stateIcon(PipelinePanel::State state)
{
    QColor colour;
    switch (state) {
    case PipelinePanel::State::NotRun: colour = QColor(170, 170, 170); break;
    case PipelinePanel::State::UpToDate: colour = QColor(46, 160, 67); break;
    case PipelinePanel::State::OutOfDate: colour = QColor(230, 160, 20); break;
    case PipelinePanel::State::Running: colour = QColor(40, 110, 220); break;
    case PipelinePanel::State::Failed: colour = QColor(210, 40, 40); break;
    case PipelinePanel::State::Checking: colour = QColor(120, 170, 230); break;
    }
    QPixmap pixmap(14, 14);
    pixmap.fill(Qt::transparent);
    QPainter painter(&pixmap);
    painter.setRenderHint(QPainter::Antialiasing);
    painter.setBrush(colour);
    painter.setPen(colour.darker(130));
    painter.drawEllipse(QRectF(1.5, 1.5, 11, 11));
    return QIcon(pixmap);
}

} // namespace

PipelinePanel::PipelinePanel(QWidget *parent)
    : QWidget(parent)
{
    m_projectLabel = new QLabel(tr("No method project: open one with Project ▸ Open project…"), this);
    m_projectLabel->setWordWrap(true);
    m_steps = new QTreeWidget(this);
    m_steps->setObjectName(QStringLiteral("pipelineSteps"));
    m_steps->setColumnCount(2);
    m_steps->setHeaderLabels({tr("Step"), tr("State")});
    m_steps->setRootIsDecorated(false);
    // Both columns as wide as their longest text (header included): a narrow dock scrolls
    // sideways instead of cutting step names short.
    m_steps->header()->setStretchLastSection(false);
    m_steps->header()->setSectionResizeMode(0, QHeaderView::ResizeToContents);
    m_steps->header()->setSectionResizeMode(1, QHeaderView::ResizeToContents);
    m_steps->setContextMenuPolicy(Qt::CustomContextMenu);
    for (PipelineStep step : PipelineRunner::steps()) {
        auto *item = new QTreeWidgetItem(m_steps, {PipelineRunner::stepTitle(step), QString()});
        item->setData(0, Qt::UserRole, int(step));
    }
    m_options = new StepOptionsEditor(this);
    m_runStep = new QPushButton(tr("Run step"), this);
    m_runStep->setObjectName(QStringLiteral("runStepButton"));
    m_runFrom = new QPushButton(tr("Run from here"), this);
    m_runFrom->setObjectName(QStringLiteral("runFromButton"));
    m_runAll = new QPushButton(tr("Run all"), this);
    m_runAll->setObjectName(QStringLiteral("runAllButton"));
    m_force = new QCheckBox(tr("Force"), this);
    m_force->setObjectName(QStringLiteral("forceCheck"));
    m_force->setToolTip(tr("Run the chosen steps even when they are up to date"));
    m_job = new JobProgressWidget(this);
    m_job->cancelButton()->setObjectName(QStringLiteral("cancelButton"));
    m_job->messageLabel()->setObjectName(QStringLiteral("pipelineMessage"));
    m_log = new QPlainTextEdit(this);
    m_log->setReadOnly(true);
    m_log->setMaximumBlockCount(500);
    m_log->setPlaceholderText(tr("Run log"));

    auto *buttons = new QHBoxLayout;
    buttons->addWidget(m_runStep);
    buttons->addWidget(m_runFrom);
    buttons->addWidget(m_runAll);
    buttons->addWidget(m_force);
    buttons->addStretch();
    // Steps, their options and the log in a splitter: the analyst gives the room to the
    // options table while editing (the training section holds two dozen keys) and to the log
    // while a run goes on.
    auto *top = new QWidget(this);
    auto *topLayout = new QVBoxLayout(top);
    topLayout->setContentsMargins(0, 0, 0, 0);
    topLayout->addWidget(m_projectLabel);
    topLayout->addWidget(m_steps, 1);
    topLayout->addLayout(buttons);
    auto *bottom = new QWidget(this);
    auto *bottomLayout = new QVBoxLayout(bottom);
    bottomLayout->setContentsMargins(0, 0, 0, 0);
    bottomLayout->addWidget(m_job);
    bottomLayout->addWidget(m_log, 1);
    auto *splitter = new QSplitter(Qt::Vertical, this);
    splitter->setObjectName(QStringLiteral("pipelineSplitter"));
    splitter->setChildrenCollapsible(false);
    splitter->addWidget(top);
    splitter->addWidget(m_options);
    splitter->addWidget(bottom);
    splitter->setStretchFactor(0, 0);
    splitter->setStretchFactor(1, 2);
    splitter->setStretchFactor(2, 1);
    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(2, 2, 2, 2);
    layout->addWidget(splitter);

    connect(m_runStep, &QPushButton::clicked, this, &PipelinePanel::runSelectedStep);
    connect(m_runFrom, &QPushButton::clicked, this, &PipelinePanel::runFromSelectedStep);
    connect(m_runAll, &QPushButton::clicked, this, &PipelinePanel::runAll);
    connect(m_steps, &QWidget::customContextMenuRequested, this, &PipelinePanel::showStepMenu);
    connect(m_steps, &QTreeWidget::currentItemChanged, this, [this] {
        updateButtons();
        if (const auto step = selectedStep())
            m_options->setStep(*step);
    });
    // The editor has saved the project file: its steps may be out of date now.
    connect(m_options, &StepOptionsEditor::projectChanged, this, [this](const Project &project) {
        m_project = project;
        refreshStates();
    });
    connect(&m_watcher, &QFutureWatcher<JobResult>::finished, this, &PipelinePanel::jobFinished);
    refreshStates();
}

PipelinePanel::~PipelinePanel()
{
    // The job holds a pointer to the feedback: stop it before the feedback goes.
    if (m_feedback)
        m_feedback->cancel();
    m_watcher.waitForFinished();
}

bool PipelinePanel::openProject(const QString &path)
{
    try {
        setProject(Project::load(path));
    } catch (const core::Error &error) {
        ErrorReporter::report(this, tr("Cannot open the method project"), error.message());
        return false;
    }
    return true;
}

void PipelinePanel::setProject(const Project &project)
{
    if (isRunning())
        return;
    m_project = project;
    m_projectLabel->setText(tr("%1 — output in %2")
                                .arg(project.name, QDir::toNativeSeparators(project.outputDir())));
    m_log->clear();
    m_options->setProject(project);
    refreshStates();
}

std::optional<PipelinePanel::PipelineStep> PipelinePanel::selectedStep() const
{
    const QTreeWidgetItem *item = m_steps->currentItem();
    if (!item)
        return std::nullopt;
    return PipelineStep(item->data(0, Qt::UserRole).toInt());
}

void PipelinePanel::selectStep(PipelineStep step)
{
    m_steps->setCurrentItem(m_steps->topLevelItem(int(PipelineRunner::steps().indexOf(step))));
}

PipelinePanel::State PipelinePanel::state(PipelineStep step) const
{
    return m_states.value(step, State::NotRun);
}

QString PipelinePanel::stateText(State state)
{
    switch (state) {
    case State::NotRun: return tr("not run");
    case State::UpToDate: return tr("up to date");
    case State::OutOfDate: return tr("out of date");
    case State::Running: return tr("running");
    case State::Failed: return tr("failed");
    case State::Checking: return tr("checking…");
    }
    return {};
}

void PipelinePanel::refreshStates()
{
    const int generation = ++m_statesGeneration;
    m_checking = false;
    if (!m_project) {
        applyStatuses({});
        return;
    }
    // The same records `cropmap run` reads, so the panel and the CLI agree.
    try {
        const core::pipeline::InputSnapshot::NoHashing quick(m_hashingBudget);
        applyStatuses(PipelineRunner(*m_project).statuses());
        return;
    } catch (const core::pipeline::InputSnapshot::HashingNeeded &) {
        // Inputs unknown by size and time (a copied project) and too big to read here.
    } catch (const core::Error &) {
        // Reported by the full check below, like any other failure to read an input.
    }
    m_checking = true;
    for (PipelineStep step : PipelineRunner::steps()) {
        if (m_states.value(step) != State::Failed)
            m_states[step] = State::Checking;
        m_reasons[step] = tr("reading the inputs to compare them with the last run");
        updateRow(step);
    }
    updateButtons();
    struct Checked
    {
        QList<core::pipeline::StepStatus> statuses;
        QString error;
    };
    auto *watcher = new QFutureWatcher<Checked>(this);
    connect(watcher, &QFutureWatcherBase::finished, this, [this, watcher, generation] {
        watcher->deleteLater();
        if (generation != m_statesGeneration)
            return; // a later refresh answers instead
        m_checking = false;
        const Checked checked = watcher->result();
        if (!checked.error.isEmpty())
            ErrorReporter::report(this, tr("Cannot check the steps"), checked.error);
        applyStatuses(checked.statuses);
    });
    watcher->setFuture(QtConcurrent::run([project = *m_project] {
        try {
            return Checked{PipelineRunner(project).statuses(), {}};
        } catch (const core::Error &error) {
            return Checked{{}, error.message()};
        }
    }));
}

void PipelinePanel::applyStatuses(const QList<core::pipeline::StepStatus> &statuses)
{
    const QList<PipelineStep> steps = PipelineRunner::steps();
    for (int i = 0; i < steps.size(); ++i) {
        const PipelineStep step = steps[i];
        State state = State::NotRun;
        m_reasons[step] = statuses.value(i).reason;
        if (m_project && i < statuses.size()) {
            switch (statuses.value(i).state) {
            case StepState::NotRun: state = State::NotRun; break;
            case StepState::UpToDate: state = State::UpToDate; break;
            case StepState::OutOfDate: state = State::OutOfDate; break;
            }
        }
        // A failure stays visible until the step runs again.
        if (m_states.value(step) == State::Failed && state != State::UpToDate)
            state = State::Failed;
        m_states[step] = state;
        updateRow(step);
    }
    fitStepList();
    updateButtons();
}

void PipelinePanel::fitStepList()
{
    // The list asks for the width of its columns and the height of all nine steps, so the
    // dock opens wide enough for the longest step name and its state.
    int width = 2 * m_steps->frameWidth();
    for (int c = 0; c < m_steps->columnCount(); ++c) {
        m_steps->resizeColumnToContents(c);
        width += std::max(m_steps->columnWidth(c), m_steps->header()->sectionSizeHint(c));
    }
    m_steps->setMinimumWidth(width);
    const int rows = m_steps->topLevelItemCount();
    const int rowHeight = rows > 0 ? m_steps->sizeHintForRow(0) : 0;
    m_steps->setMinimumHeight(m_steps->header()->sizeHint().height() + rows * rowHeight
                              + 2 * m_steps->frameWidth());
}

void PipelinePanel::updateRow(PipelineStep step)
{
    QTreeWidgetItem *item = m_steps->topLevelItem(int(PipelineRunner::steps().indexOf(step)));
    item->setText(1, stateText(state(step)));
    item->setIcon(1, stateIcon(state(step)));
    QString tip = QStringLiteral("<b>%1</b> (%2)<br>%3")
                      .arg(PipelineRunner::stepTitle(step).toHtmlEscaped(), PipelineRunner::stepName(step),
                           stateText(state(step)).toHtmlEscaped());
    if (const QString reason = m_reasons.value(step); !reason.isEmpty()
        && (state(step) == State::OutOfDate || state(step) == State::Failed || state(step) == State::Checking))
        tip += QStringLiteral(": ") + reason.toHtmlEscaped();
    item->setToolTip(0, tip);
    item->setToolTip(1, tip);
}

void PipelinePanel::updateButtons()
{
    const bool idle = !isRunning() && m_project.has_value();
    m_runStep->setEnabled(idle && selectedStep().has_value());
    m_runFrom->setEnabled(idle && selectedStep().has_value());
    m_runAll->setEnabled(idle);
    // A run works on a snapshot of the project; edits wait until it is over.
    m_options->setEnabled(idle);
}

void PipelinePanel::runSelectedStep()
{
    if (const auto step = selectedStep())
        run(*step, *step, m_force->isChecked());
}

void PipelinePanel::runSelectedStepAgain()
{
    if (const auto step = selectedStep())
        run(*step, *step, true);
}

void PipelinePanel::showStepMenu(const QPoint &position)
{
    QTreeWidgetItem *item = m_steps->itemAt(position);
    if (!item)
        return;
    m_steps->setCurrentItem(item);
    const bool idle = !isRunning() && m_project.has_value();
    QMenu menu(this);
    QAction *again = menu.addAction(tr("Run again"), this, &PipelinePanel::runSelectedStepAgain);
    again->setToolTip(tr("Run this step even if it is up to date"));
    again->setEnabled(idle);
    QAction *from = menu.addAction(tr("Run from here"), this, &PipelinePanel::runFromSelectedStep);
    from->setEnabled(idle);
    menu.exec(m_steps->viewport()->mapToGlobal(position));
}

void PipelinePanel::runFromSelectedStep()
{
    if (const auto step = selectedStep())
        run(*step, PipelineStep::Check, m_force->isChecked());
}

void PipelinePanel::runAll()
{
    run(PipelineStep::Composite, PipelineStep::Check, m_force->isChecked());
}

bool PipelinePanel::run(PipelineStep first, PipelineStep last, bool force)
{
    if (!m_project || isRunning())
        return false;
    m_lastError.clear();
    m_feedback = new PipelineFeedback(this);
    connect(m_feedback, &PipelineFeedback::logged, m_log, &QPlainTextEdit::appendPlainText);
    m_running = first;
    m_last = last;
    m_states[first] = State::Running;
    updateRow(first);
    m_job->start(m_feedback, PipelineRunner::stepTitle(first));
    // A snapshot of the project: the worker never touches the panel.
    auto job = std::make_shared<PipelineJob>(*m_project, first, last, force);
    job->runner().setStepObserver([this](PipelineStep step, const QJsonObject &) {
        QMetaObject::invokeMethod(this, [this, step] { stepFinished(step); }, Qt::QueuedConnection);
    });
    PipelineFeedback *feedback = m_feedback;
    m_watcher.setFuture(QtConcurrent::run([job, feedback] { return job->run(*feedback); }));
    updateButtons();
    Q_EMIT stepStarted(first);
    return true;
}

void PipelinePanel::cancel()
{
    m_job->cancel();
}

void PipelinePanel::stepFinished(PipelineStep step)
{
    if (!m_running)
        return;
    m_states[step] = State::UpToDate;
    updateRow(step);
    const QStringList outputs = outputRasters(step);
    if (!outputs.isEmpty())
        Q_EMIT outputsReady(outputs);
    const QList<PipelineStep> steps = PipelineRunner::steps();
    const qsizetype next = steps.indexOf(step) + 1;
    if (step != m_last && next < steps.size()) {
        m_running = steps[next];
        m_states[*m_running] = State::Running;
        updateRow(*m_running);
        Q_EMIT stepStarted(*m_running);
    }
}

void PipelinePanel::jobFinished()
{
    const JobResult result = m_watcher.result();
    m_job->finish(result);
    const std::optional<PipelineStep> running = m_running;
    m_running.reset();
    m_feedback->deleteLater();
    m_feedback = nullptr;
    if (running)
        m_states[*running] = result.status == JobResult::Status::Failed ? State::Failed : State::NotRun;
    refreshStates();
    if (result.status == JobResult::Status::Failed) {
        m_lastError = result.message;
        m_log->appendPlainText(result.message);
        ErrorReporter::report(this, tr("The step failed"), result.message);
    }
    updateButtons();
    Q_EMIT runFinished(result.status);
}

QStringList PipelinePanel::outputRasters(PipelineStep step) const
{
    if (!m_project)
        return {};
    const PipelineRunner runner(*m_project);
    QStringList paths;
    for (const QString &tile : runner.tiles()) {
        switch (step) {
        case PipelineStep::Composite:
            paths << runner.compositeStack(tile);
            break;
        case PipelineStep::Rasterize:
            paths << core::thematic::RasterizeJob::erodedClassRasterPath(runner.thematicFolder(), tile);
            break;
        case PipelineStep::Select:
            // 1 kept, 2 prediction disagrees, 3 low confidence, with their colour table.
            paths << runner.selectFolder() + u'/' + tile + QStringLiteral("_reliable.tif");
            break;
        case PipelineStep::Classify:
            // The posterior first, so the class map lands on top of it.
            paths << runner.mapFolder() + u'/' + tile + QStringLiteral("_posterior.tif")
                  << runner.mapFolder() + u'/' + tile + QStringLiteral("_classes.tif");
            break;
        default:
            break;
        }
    }
    QStringList existing;
    for (const QString &path : paths) {
        if (QFileInfo::exists(path))
            existing << path;
    }
    return existing;
}

} // namespace cropmap::ui
