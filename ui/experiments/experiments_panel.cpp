// SPDX-License-Identifier: GPL-3.0-or-later
// ExperimentsPanel: the options, the run on a worker thread and its progress. The table and
// the bars of a finished experiment are drawn in experiments_panel_table.cpp.
#include "experiments/experiments_panel.h"

#include <QComboBox>
#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QFormLayout>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QJsonArray>
#include <QJsonDocument>
#include <QLabel>
#include <QListWidget>
#include <QPlainTextEdit>
#include <QProgressBar>
#include <QPushButton>
#include <QSpinBox>
#include <QSplitter>
#include <QTableWidget>
#include <QTime>
#include <QTimer>
#include <QVBoxLayout>
#include <QtConcurrent/QtConcurrentRun>

#include "app/error_reporter.h"
#include "experiment/experiment_report.h"
#include "experiment/experiment_runner.h"
#include "io/sentinel2_archive.h"
#include "pipeline/job_progress_widget.h"
#include "pipeline/pipeline_feedback.h"
#include "pipeline/pipeline_runner.h"
#include "plots/export_actions.h"
#include "plots/qcustomplot_wrapper.h"
#include "util/error.h"

namespace cropmap::ui {

using core::JobResult;
using core::experiment::ExperimentOptions;
using core::experiment::ExperimentRunner;
using core::pipeline::Project;

namespace {

// The runner as a Job, so errors and cancellation come back as a JobResult.
class ExperimentJob : public core::Job
{
public:
    ExperimentJob(Project project, ExperimentOptions options)
        : m_runner(std::move(project), std::move(options))
    {}
    QString name() const override { return ExperimentOptions::tableName(m_runner.options().table); }

protected:
    void execute(core::Feedback &feedback) override { m_runner.run(feedback); }

private:
    ExperimentRunner m_runner;
};

} // namespace

ExperimentsPanel::ExperimentsPanel(QWidget *parent)
    : QWidget(parent)
{
    m_projectLabel = new QLabel(tr("No method project: open one with Project ▸ Open project…"), this);
    m_projectLabel->setWordWrap(true);
    m_tableChoice = new QComboBox(this);
    m_tableChoice->setObjectName(QStringLiteral("experimentTable"));
    m_tableChoice->addItem(tr("Table 1: whole series vs composites, local vs all tiles"), int(ExperimentTable::Table1));
    m_tableChoice->addItem(tr("Table 2: LSTM against other networks and the random forest"), int(ExperimentTable::Table2));
    m_tableChoice->addItem(tr("Table 3: reliable-sample rules"), int(ExperimentTable::Table3));
    // The long table titles must not widen the dock: the box elides them.
    m_tableChoice->setSizeAdjustPolicy(QComboBox::AdjustToMinimumContentsLengthWithIcon);
    m_tableChoice->setMinimumContentsLength(20);
    m_targetTile = new QComboBox(this);
    m_targetTile->setObjectName(QStringLiteral("experimentTargetTile"));
    m_repeats = new QSpinBox(this);
    m_repeats->setObjectName(QStringLiteral("experimentRepeats"));
    m_repeats->setRange(1, 20);
    m_repeats->setToolTip(tr("Runs with seeds project seed, +1, …: the table shows mean ± standard deviation"));
    m_columns = new QListWidget(this);
    m_columns->setObjectName(QStringLiteral("experimentColumns"));
    m_columns->setMaximumHeight(90);
    m_columns->setToolTip(tr("The columns to compute; a column already computed with the same options is reused"));
    m_run = new QPushButton(tr("Run experiment"), this);
    m_run->setObjectName(QStringLiteral("runExperimentButton"));
    m_job = new JobProgressWidget(this);
    m_job->cancelButton()->setObjectName(QStringLiteral("cancelExperimentButton"));
    m_job->messageLabel()->setObjectName(QStringLiteral("experimentMessage"));
    // The runner's log says which columns were reused and which target tile was chosen.
    m_log = new QPlainTextEdit(this);
    m_log->setObjectName(QStringLiteral("experimentLog"));
    m_log->setReadOnly(true);
    m_log->setMaximumBlockCount(500);
    m_log->setMaximumHeight(80);
    m_log->setPlaceholderText(tr("Run log"));
    // Shown from the first run on: before it the table needs the room.
    m_log->hide();

    m_reference = new QComboBox(this);
    m_reference->setObjectName(QStringLiteral("experimentReference"));
    m_model = new QComboBox(this);
    m_model->setObjectName(QStringLiteral("experimentModel"));
    m_summary = new QLabel(this);
    m_summary->setWordWrap(true);
    m_table = new QTableWidget(this);
    m_table->setObjectName(QStringLiteral("experimentTableView"));
    m_table->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_table->horizontalHeader()->setToolTip(tr("Double-click a column to locate its model and scores"));
    m_plot = new QCustomPlot(this);
    m_plot->setMinimumHeight(320);
    m_plot->yAxis->setLabel(tr("F1 (%)"));
    m_plot->xAxis->setTickLabelRotation(45);
    // The rotated class names run right of their bars: room for the last one.
    m_plot->axisRect()->setMinimumMargins(QMargins(0, 0, 70, 0));
    m_plot->legend->setVisible(true);
    m_plot->legend->setFont(QFont(m_plot->font().family(), int(m_plot->font().pointSize() * 0.85)));
    // The legend in a row above the axes: bars reach 100 % in every corner of the plot.
    m_plot->axisRect()->insetLayout()->take(m_plot->legend);
    m_plot->plotLayout()->insertRow(0);
    m_plot->plotLayout()->addElement(0, 0, m_plot->legend);
    m_plot->plotLayout()->setRowStretchFactor(0, 0.001);
    m_plot->legend->setFillOrder(QCPLayoutGrid::foColumnsFirst);
    // Three titles a row: the legend must not widen the dock beyond the screen.
    m_plot->legend->setWrap(3);
    m_group = new QCPBarsGroup(m_plot);
    addPlotExport(m_plot, QStringLiteral("experiment_f1"));
    addTableExport(m_table, QStringLiteral("experiment_table"));

    auto *form = new QFormLayout;
    form->addRow(tr("Table"), m_tableChoice);
    form->addRow(tr("Target tile"), m_targetTile);
    form->addRow(tr("Repeats"), m_repeats);
    form->addRow(tr("Columns"), m_columns);
    auto *buttons = new QHBoxLayout;
    buttons->addWidget(m_run);
    buttons->addStretch();
    auto *choices = new QHBoxLayout;
    choices->addWidget(new QLabel(tr("Reference"), this));
    choices->addWidget(m_reference, 1);
    choices->addWidget(new QLabel(tr("Model"), this));
    choices->addWidget(m_model, 1);
    auto *top = new QWidget(this);
    auto *topLayout = new QVBoxLayout(top);
    topLayout->setContentsMargins(0, 0, 0, 0);
    topLayout->addWidget(m_projectLabel);
    topLayout->addLayout(form);
    topLayout->addLayout(buttons);
    topLayout->addWidget(m_job);
    topLayout->addWidget(m_log);
    topLayout->addLayout(choices);
    topLayout->addWidget(m_summary);
    auto *splitter = new QSplitter(Qt::Vertical, this);
    splitter->addWidget(top);
    splitter->addWidget(m_table);
    splitter->addWidget(m_plot);
    splitter->setStretchFactor(0, 0);
    splitter->setStretchFactor(1, 2);
    splitter->setStretchFactor(2, 2);
    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(2, 2, 2, 2);
    layout->addWidget(splitter);

    connect(m_run, &QPushButton::clicked, this, &ExperimentsPanel::run);
    connect(m_tableChoice, &QComboBox::currentIndexChanged, this, &ExperimentsPanel::tableChanged);
    connect(m_reference, &QComboBox::currentIndexChanged, this, &ExperimentsPanel::refresh);
    connect(m_model, &QComboBox::currentIndexChanged, this, &ExperimentsPanel::refresh);
    connect(m_table->horizontalHeader(), &QHeaderView::sectionDoubleClicked, this, &ExperimentsPanel::activateColumn);
    connect(&m_watcher, &QFutureWatcher<JobResult>::finished, this, &ExperimentsPanel::jobFinished);
    m_tableChoice->setCurrentIndex(int(ExperimentTable::Table2));
    fillColumns();
    updateButtons();
}

ExperimentsPanel::~ExperimentsPanel()
{
    // The job holds a pointer to the feedback: stop it before the feedback goes.
    if (m_feedback)
        m_feedback->cancel();
    m_watcher.waitForFinished();
}

void ExperimentsPanel::setProject(const Project &project)
{
    if (isRunning())
        return;
    m_project = project;
    m_projectLabel->setText(tr("%1 — output in %2")
                                .arg(project.name, QDir::toNativeSeparators(project.outputDir())));
    m_targetTile->clear();
    m_targetTile->addItem(tr("Most acquisitions"), QString());
    try {
        QStringList tiles = core::pipeline::PipelineRunner(project).tiles();
        if (tiles.isEmpty() && !project.archive.isEmpty()) {
            // Before the first composite the archive's folders name the tiles; the files are
            // checked by the run, not here on the UI thread.
            core::io::ArchiveOptions archive;
            archive.verifyFiles = false;
            archive.flatTileId = project.flatTileId;
            const auto found = core::io::Sentinel2Archive::open(project.resolve(project.archive), archive);
            for (const auto &tile : found.tiles())
                tiles << tile.id;
        }
        for (const QString &tile : tiles)
            m_targetTile->addItem(tile, tile);
        // Tables 2 and 3 on every tile's test parcels: more parcels, steadier scores.
        if (tiles.size() > 1)
            m_targetTile->addItem(tr("All tiles (tables 2 and 3)"), core::experiment::ExperimentOptions::allTiles());
    } catch (const core::Error &) {
        // An archive that cannot be listed leaves the default; a run names the problem.
    }
    m_repeats->setValue(1);
    // The table computed last is what one wants to see: the current one, else the first found.
    const QString experiments = project.outputDir() + QStringLiteral("/experiments/");
    if (!QFileInfo::exists(experiments + ExperimentOptions::tableName(table()) + QStringLiteral(".json"))) {
        for (ExperimentTable t : {ExperimentTable::Table1, ExperimentTable::Table2, ExperimentTable::Table3}) {
            if (QFileInfo::exists(experiments + ExperimentOptions::tableName(t) + QStringLiteral(".json"))) {
                setTable(t);
                break;
            }
        }
    }
    tableChanged();
    updateButtons();
}

void ExperimentsPanel::setTable(ExperimentTable table)
{
    m_tableChoice->setCurrentIndex(m_tableChoice->findData(int(table)));
}

ExperimentsPanel::ExperimentTable ExperimentsPanel::table() const
{
    return ExperimentTable(m_tableChoice->currentData().toInt());
}

void ExperimentsPanel::fillColumns()
{
    m_columns->clear();
    for (const QString &column : ExperimentOptions::allColumns(table())) {
        auto *item = new QListWidgetItem(core::experiment::columnTitle(table(), column), m_columns);
        item->setData(Qt::UserRole, column);
        item->setFlags(item->flags() | Qt::ItemIsUserCheckable);
        item->setCheckState(Qt::Checked);
    }
}

void ExperimentsPanel::tableChanged()
{
    fillColumns();
    const QString path = m_project ? m_project->outputDir() + QStringLiteral("/experiments/")
                                         + ExperimentOptions::tableName(table()) + QStringLiteral(".json")
                                   : QString();
    if (!path.isEmpty() && QFileInfo::exists(path))
        showReport(path);
    else
        clearReport();
}

ExperimentOptions ExperimentsPanel::options() const
{
    ExperimentOptions options;
    options.table = table();
    options.targetTile = m_targetTile->currentData().toString();
    options.repeats = m_repeats->value();
    QStringList columns;
    for (int row = 0; row < m_columns->count(); ++row) {
        if (m_columns->item(row)->checkState() == Qt::Checked)
            columns << m_columns->item(row)->data(Qt::UserRole).toString();
    }
    // All of them is the table as the CLI runs it by default.
    if (columns.size() < m_columns->count())
        options.columns = columns;
    return options;
}

void ExperimentsPanel::updateButtons()
{
    const bool idle = !isRunning() && m_project.has_value();
    m_run->setEnabled(idle);
    for (QWidget *w : {static_cast<QWidget *>(m_tableChoice), static_cast<QWidget *>(m_targetTile),
                       static_cast<QWidget *>(m_repeats), static_cast<QWidget *>(m_columns)})
        w->setEnabled(!isRunning());
}

bool ExperimentsPanel::run()
{
    if (!m_project || isRunning())
        return false;
    const ExperimentOptions chosen = options();
    if (chosen.columns.isEmpty() && m_columns->count() > 0
        && m_columns->item(0)->checkState() == Qt::Unchecked) {
        m_job->setMessage(tr("Choose at least one column"));
        return false;
    }
    m_lastError.clear();
    std::shared_ptr<ExperimentJob> job;
    try {
        job = std::make_shared<ExperimentJob>(*m_project, chosen);
    } catch (const core::Error &error) {
        m_lastError = error.message();
        ErrorReporter::report(this, tr("Cannot start the experiment"), error.message());
        return false;
    }
    m_feedback = new PipelineFeedback(this);
    connect(m_feedback, &PipelineFeedback::logged, m_log, &QPlainTextEdit::appendPlainText);
    m_log->clear();
    m_log->show();
    m_job->start(m_feedback, tr("Starting %1…").arg(ExperimentOptions::tableName(chosen.table)));
    PipelineFeedback *feedback = m_feedback;
    m_watcher.setFuture(QtConcurrent::run([job, feedback] { return job->run(*feedback); }));
    updateButtons();
    return true;
}

void ExperimentsPanel::cancel()
{
    m_job->cancel();
}

void ExperimentsPanel::jobFinished()
{
    const JobResult result = m_watcher.result();
    m_job->finish(result, tr("Canceled after %1; the finished columns are kept and reused"));
    m_feedback->deleteLater();
    m_feedback = nullptr;
    if (result.status == JobResult::Status::Succeeded) {
        showReport(m_project->outputDir() + QStringLiteral("/experiments/") + ExperimentOptions::tableName(table())
                   + QStringLiteral(".json"));
    } else if (result.status == JobResult::Status::Failed) {
        m_lastError = result.message;
        m_log->appendPlainText(result.message);
        ErrorReporter::report(this, tr("The experiment failed"), result.message);
    }
    updateButtons();
    Q_EMIT runFinished(result.status);
}

} // namespace cropmap::ui
