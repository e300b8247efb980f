// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <optional>

#include <QFutureWatcher>
#include <QJsonObject>
#include <QTemporaryDir>
#include <QWidget>

#include "experiment/experiment_options.h"
#include "pipeline/project.h"
#include "util/job.h"

class QComboBox;
class QCPBarsGroup;
class QCustomPlot;
class QLabel;
class QListWidget;
class QPlainTextEdit;
class QPushButton;
class QSpinBox;
class QTableWidget;

namespace cropmap::ui {

class JobProgressWidget;
class PipelineFeedback;

/**
 * \brief The Experiments dock: reruns one of the seed's tables (`cropmap experiment`) on the
 * open method project and shows it side by side.
 *
 * A run is a core ExperimentRunner on a pool thread with a snapshot of the project and the
 * options chosen here (table, target tile, repeats, a subset of the columns), with progress,
 * elapsed and remaining time and Cancel; the runner resumes from the columns it finished,
 * so a canceled run loses at most the column in progress. The table JSON the runner writes
 * (<output>/experiments/<table>.json, also read when a project opens) is shown as a table —
 * OA, kappa, macro F1, min F1, training seconds, then the F1 of each class present, one
 * column per experiment column, "mean ± sd" over repeats — and as grouped per-class F1 bars.
 * Double-clicking a column header names that column's model file and scores (signal
 * columnActivated) and turns the confusion matrix its first run stored into an accuracy
 * report for the Results dock (signal columnReportReady); a column computed before columns
 * stored matrices says it must be computed again.
 */
class ExperimentsPanel : public QWidget
{
    Q_OBJECT

public:
    using ExperimentTable = core::experiment::ExperimentTable;

    explicit ExperimentsPanel(QWidget *parent = nullptr);
    ~ExperimentsPanel() override;

    /** Lists the project's tiles and shows the current table's JSON if it was computed. */
    void setProject(const core::pipeline::Project &project);
    void setTable(ExperimentTable table);
    ExperimentTable table() const;
    //! The options a run would use now.
    core::experiment::ExperimentOptions options() const;

    /** Starts the experiment on a worker thread; false when no project or one is running. */
    bool run();
    void cancel();
    //! True from run() until the panel has taken the result.
    bool isRunning() const { return m_feedback != nullptr; }
    PipelineFeedback *currentFeedback() const { return m_feedback; }
    const QString &lastError() const { return m_lastError; }

    /** Shows a table JSON written by ExperimentRunner; false after telling the user. */
    bool showReport(const QString &path);
    void clearReport();
    const QJsonObject &report() const { return m_report; }
    //! "truth" or "declarations" (only those the report has are offered).
    void setReference(const QString &reference);
    QString reference() const;
    //! "final" or "weak" (weak only in table 3).
    void setModel(const QString &model);
    QString model() const;

    QTableWidget *tableWidget() const { return m_table; }
    QCustomPlot *plot() const { return m_plot; }
    //! The number of bars drawn: columns × classes present.
    int barCount() const;
    //! The model file of table column \a index (first seed) and its scores' JSON.
    QString modelPath(int index) const;
    QString columnReportPath(int index) const;
    /** What double-clicking the header of column \a index does. */
    void activateColumn(int index);
    /** Writes the accuracy report of column \a index (first seed; the model and reference
     *  chosen) and emits columnReportReady(); false after telling the user why not. */
    bool openColumnResults(int index);

Q_SIGNALS:
    void runFinished(core::JobResult::Status status);
    void columnActivated(const QString &title, const QString &modelPath, const QString &reportPath);
    //! An accuracy report (JSON, with .html beside it) of a column, for the Results dock.
    void columnReportReady(const QString &path, const QString &label);

private:
    void fillColumns();
    void tableChanged();
    void updateButtons();
    void jobFinished();
    void refresh();
    void fillTable();
    void drawBars();
    QString reportFolder() const; //!< <report path without .json>: the columns' folder
    QJsonObject metricsOf(const QJsonObject &column) const;
    QList<int> presentClasses() const;

    std::optional<core::pipeline::Project> m_project;
    QJsonObject m_report;
    QString m_reportPath;
    QLabel *m_projectLabel = nullptr;
    QComboBox *m_tableChoice = nullptr;
    QComboBox *m_targetTile = nullptr;
    QSpinBox *m_repeats = nullptr;
    QListWidget *m_columns = nullptr;
    QPushButton *m_run = nullptr;
    JobProgressWidget *m_job = nullptr;
    QPlainTextEdit *m_log = nullptr;
    QComboBox *m_reference = nullptr;
    QComboBox *m_model = nullptr;
    QLabel *m_summary = nullptr;
    QTableWidget *m_table = nullptr;
    QCustomPlot *m_plot = nullptr;
    QCPBarsGroup *m_group = nullptr;
    PipelineFeedback *m_feedback = nullptr;
    QString m_lastError;
    QFutureWatcher<core::JobResult> m_watcher;
    QTemporaryDir m_columnReports;
};

} // namespace cropmap::ui
