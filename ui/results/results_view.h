// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <optional>

#include <QFutureWatcher>
#include <QTemporaryDir>
#include <QWidget>

#include "evaluate/accuracy_report.h"
#include "pipeline/project.h"

class QComboBox;
class QCPColorMap;
class QCustomPlot;
class QLabel;
class QMouseEvent;
class QPushButton;
class QTableWidget;

namespace cropmap::ui {

class ClassAccuracyChart;

/**
 * \brief The results of the evaluate step: the confusion matrix as a heat map (rows: the
 * reference, columns: the map; colour: the share of the row), counts in the cells and row
 * and column percentages on hover, per-class PA / UA / F1 as a sortable table, and OA,
 * kappa, macro and minimum F1 with the weak model's figures beside them; per-class PA / UA /
 * F1 also as grouped bars. Plots export to PNG / PDF / SVG, the table and the matrix to CSV
 * (context menus), the evaluate step's HTML report through "Export report…".
 *
 * Reads the reports `cropmap evaluate` writes (<output>/reports/accuracy*.json) through
 * core's AccuracyReport, so every figure is the core's.
 */
class ResultsView : public QWidget
{
    Q_OBJECT

public:
    explicit ResultsView(QWidget *parent = nullptr);
    ~ResultsView() override;

    /** Lists the reports in \a folder and shows the first (declarations) one. */
    void setReportFolder(const QString &folder);
    //! Re-reads the folder (after an evaluate step).
    void reload();
    /** Shows the report \a path; false after telling the user when it cannot be read. */
    bool showReport(const QString &path);
    /** Shows a report from outside the folder (an experiment column) as \a label in the list;
     *  its cells have no class map to look pixels up in. */
    bool showExternalReport(const QString &path, const QString &label);

    const std::optional<core::evaluate::AccuracyReport> &report() const { return m_report; }
    QCustomPlot *plot() const { return m_plot; }
    QTableWidget *classTable() const { return m_table; }
    QLabel *summary() const { return m_summary; }
    //! The "Areas" tab: per class the mapped area, the estimated area and UA / PA with their
    //! 95 % intervals (core's AreaEstimate), and below it how the errors were computed.
    QTableWidget *areaTable() const { return m_areas; }
    QLabel *areaNote() const { return m_areaNote; }
    ClassAccuracyChart *classChart() const { return m_bars; }
    //! The report file shown ("…/accuracy.json"); empty when none.
    QString reportPath() const { return m_reportPath; }
    //! The HTML page the evaluate step wrote beside the report shown.
    QString htmlReportPath() const;
    /** Writes the confusion matrix as CSV (rows: reference, columns: map); throws core::Error. */
    void exportMatrixCsv(const QString &path) const;
    /** Copies the HTML report to \a path atomically; throws core::Error. */
    void exportHtmlReport(const QString &path) const;
    //! The colour value drawn for (reference row, map column): the row share in [0, 1].
    double cellShare(int reference, int predicted) const;
    //! What hovering the cell shows: count and row / column percentages.
    QString cellText(int reference, int predicted) const;

    /** The project whose test samples and class maps a clicked cell is looked up in. */
    void setProject(const core::pipeline::Project &project);
    /**
     * Finds the test pixels of the cell (reference row, map column) on a worker thread and
     * emits confusionPixelsReady(); what clicking the cell does. False when there is nothing
     * to look up (no project, an empty cell, a search already running).
     */
    bool selectCell(int reference, int predicted);
    bool isSelecting() const { return m_selecting.isRunning(); }

Q_SIGNALS:
    //! A GeoPackage of the \a count pixel squares of a clicked cell, to show as a layer.
    void confusionPixelsReady(const QString &path, const QString &label, qint64 count);

private:
    void redraw();
    void fillTable();
    void fillAreas();
    void showCellTip(QMouseEvent *event);
    //! The cell under \a event, or false.
    bool cellAt(QMouseEvent *event, int *reference, int *predicted) const;

    QString m_folder;
    QString m_reportPath;
    QStringList m_external;
    std::optional<core::evaluate::AccuracyReport> m_report;
    QComboBox *m_reports = nullptr;
    QLabel *m_summary = nullptr;
    QCustomPlot *m_plot = nullptr;
    QCPColorMap *m_map = nullptr;
    QTableWidget *m_table = nullptr;
    QTableWidget *m_areas = nullptr;
    QLabel *m_areaNote = nullptr;
    ClassAccuracyChart *m_bars = nullptr;
    QPushButton *m_exportReport = nullptr;
    std::optional<core::pipeline::Project> m_project;
    QTemporaryDir m_selections;
    struct Selected
    {
        QString path;
        QString label;
        qint64 count = 0;
        QString error;
    };
    QFutureWatcher<Selected> m_selecting;
};

} // namespace cropmap::ui
