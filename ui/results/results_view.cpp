// SPDX-License-Identifier: GPL-3.0-or-later
#include "results/results_view.h"

#include <cmath>

#include <QComboBox>
#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QJsonDocument>
#include <QLabel>
#include <QLocale>
#include <QPushButton>
#include <QSplitter>
#include <QTabWidget>
#include <QTableWidget>
#include <QToolTip>
#include <QVBoxLayout>

#include <QtConcurrent/QtConcurrentRun>

#include "app/error_reporter.h"
#include "pipeline/pipeline_runner.h"
#include "plots/export_actions.h"
#include "plots/plot_layout.h"
#include "plots/qcustomplot_wrapper.h"
#include "plots/table_export.h"
#include "results/class_accuracy_chart.h"
#include "results/confusion_pixels.h"
#include "sampling/training_set_job.h"
#include "util/error.h"

namespace cropmap::ui {

using core::evaluate::AccuracyMetrics;
using core::evaluate::AccuracyReport;

namespace {

enum TableColumn { ClassColumn, ReferenceColumn, MapColumn, PaColumn, UaColumn, F1Column, ColumnCount };

/** \brief A table cell that sorts by its number (undefined values, "n/a", sort first). */
class NumberItem : public QTableWidgetItem
{
public:
    NumberItem(double value, int decimals)
        : QTableWidgetItem(std::isnan(value) ? ResultsView::tr("n/a") : QLocale().toString(value, 'f', decimals))
        , m_value(std::isnan(value) ? -1.0 : value)
    {
        setTextAlignment(Qt::AlignRight | Qt::AlignVCenter);
        setFlags(Qt::ItemIsEnabled | Qt::ItemIsSelectable);
    }
    bool operator<(const QTableWidgetItem &other) const override
    {
        const auto *number = dynamic_cast<const NumberItem *>(&other);
        return number ? m_value < number->m_value : QTableWidgetItem::operator<(other);
    }

private:
    double m_value;
};

// The report stores core's English labels ("declarations (eroded)", "weak model", …): shown
// in the GUI's language through core's translations, as they are when the GUI wrote them.
QString reportLabel(const QString &label)
{
    return QCoreApplication::translate("cropmap::core::pipeline", label.toUtf8().constData());
}

QString figure(double value)
{
    return std::isnan(value) ? ResultsView::tr("n/a") : QLocale().toString(value, 'f', 3);
}

} // namespace

ResultsView::ResultsView(QWidget *parent)
    : QWidget(parent)
{
    m_reports = new QComboBox(this);
    m_reports->setObjectName(QStringLiteral("reportCombo"));
    connect(m_reports, &QComboBox::activated, this,
            [this] { showReport(m_reports->currentData().toString()); });
    m_summary = new QLabel(tr("No accuracy report yet: run the Evaluate step."), this);
    m_summary->setObjectName(QStringLiteral("resultsSummary"));
    m_summary->setWordWrap(true);
    m_summary->setTextInteractionFlags(Qt::TextSelectableByMouse);

    m_plot = new QCustomPlot(this);
    m_plot->setObjectName(QStringLiteral("confusionPlot"));
    m_plot->setMinimumHeight(360);
    m_plot->setMouseTracking(true);
    m_plot->xAxis->setLabel(tr("map"));
    m_plot->yAxis->setLabel(tr("reference"));
    m_plot->yAxis->setRangeReversed(true); // the first class at the top, as in the tables
    m_plot->xAxis->setTickLabelRotation(60);
    m_plot->xAxis->grid()->setVisible(false);
    m_plot->yAxis->grid()->setVisible(false);
    m_map = new QCPColorMap(m_plot->xAxis, m_plot->yAxis);
    QCPColorGradient gradient;
    gradient.setColorStopAt(0, Qt::white);
    gradient.setColorStopAt(1, QColor(8, 69, 148));
    m_map->setGradient(gradient);
    m_map->setInterpolate(false);
    m_map->setDataRange(QCPRange(0, 1));
    connect(m_plot, &QCustomPlot::mouseMove, this, &ResultsView::showCellTip);
    connect(m_plot, &QCustomPlot::mousePress, this, [this](QMouseEvent *event) {
        int reference = -1, predicted = -1;
        // The right button opens the export menu, not a pixel search.
        if (event->button() == Qt::LeftButton && cellAt(event, &reference, &predicted))
            selectCell(reference, predicted);
    });
    connect(&m_selecting, &QFutureWatcher<Selected>::finished, this, [this] {
        const Selected selected = m_selecting.result();
        if (!selected.error.isEmpty())
            ErrorReporter::report(this, tr("Cannot select the pixels"), selected.error);
        else
            Q_EMIT confusionPixelsReady(selected.path, selected.label, selected.count);
    });

    m_table = new QTableWidget(0, ColumnCount, this);
    m_table->setObjectName(QStringLiteral("accuracyTable"));
    m_table->setHorizontalHeaderLabels({tr("Class"), tr("Reference px"), tr("Map px"), tr("PA"), tr("UA"), tr("F1")});
    m_table->verticalHeader()->hide();
    // Class-table order until the user sorts by a column.
    m_table->horizontalHeader()->setSortIndicator(-1, Qt::AscendingOrder);
    m_table->setSortingEnabled(true);
    m_table->setEditTriggers(QAbstractItemView::NoEditTriggers);

    m_bars = new ClassAccuracyChart(this);
    addPlotExport(m_plot, QStringLiteral("confusion_matrix"));
    addExportAction(m_plot, tr("Export matrix as CSV…"), csvExportFilter(), QStringLiteral("confusion_matrix"),
                    [this](const QString &path) { exportMatrixCsv(path); });
    addPlotExport(m_bars->plot(), QStringLiteral("class_accuracy"));
    addTableExport(m_table, QStringLiteral("class_accuracy"));
    m_exportReport = new QPushButton(tr("Export report…"), this);
    m_exportReport->setObjectName(QStringLiteral("exportReportButton"));
    m_exportReport->setToolTip(tr("Save a copy of the evaluate step's HTML report"));
    addExportAction(m_exportReport, tr("Export report…"), tr("HTML page (*.html)"), QStringLiteral("accuracy.html"),
                    [this](const QString &path) { exportHtmlReport(path); });
    // The button runs the same action its context menu holds.
    connect(m_exportReport, &QPushButton::clicked, m_exportReport->actions().constFirst(), &QAction::trigger);
    m_exportReport->setContextMenuPolicy(Qt::NoContextMenu);

    m_areas = new QTableWidget(0, 5, this);
    m_areas->setObjectName(QStringLiteral("areaTable"));
    m_areas->verticalHeader()->hide();
    m_areas->horizontalHeader()->setSortIndicator(-1, Qt::AscendingOrder);
    m_areas->setSortingEnabled(true);
    m_areas->setEditTriggers(QAbstractItemView::NoEditTriggers);
    addTableExport(m_areas, QStringLiteral("class_areas"));
    m_areaNote = new QLabel(this);
    m_areaNote->setObjectName(QStringLiteral("areaNote"));
    m_areaNote->setWordWrap(true);
    m_areaNote->setTextInteractionFlags(Qt::TextSelectableByMouse);
    auto *areas = new QWidget(this);
    auto *areaLayout = new QVBoxLayout(areas);
    areaLayout->setContentsMargins(0, 0, 0, 0);
    areaLayout->addWidget(m_areas, 1);
    areaLayout->addWidget(m_areaNote);

    auto *tabs = new QTabWidget(this);
    tabs->addTab(m_plot, tr("Confusion matrix"));
    tabs->addTab(m_bars, tr("PA, UA, F1"));
    tabs->addTab(areas, tr("Areas"));
    auto *splitter = new QSplitter(Qt::Vertical, this);
    splitter->addWidget(tabs);
    splitter->addWidget(m_table);
    splitter->setStretchFactor(0, 5);
    splitter->setStretchFactor(1, 2);
    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(2, 2, 2, 2);
    auto *top = new QHBoxLayout;
    top->addWidget(m_reports, 1);
    top->addWidget(m_exportReport);
    layout->addLayout(top);
    layout->addWidget(m_summary);
    layout->addWidget(splitter, 1);
}

ResultsView::~ResultsView()
{
    // The search writes into m_selections, which goes with this view.
    m_selecting.waitForFinished();
}

void ResultsView::setReportFolder(const QString &folder)
{
    m_folder = folder;
    reload();
}

void ResultsView::reload()
{
    const QString current = m_reports->currentData().toString();
    m_reports->clear();
    const QFileInfoList files = QDir(m_folder).entryInfoList({QStringLiteral("accuracy*.json")}, QDir::Files, QDir::Name);
    for (const QFileInfo &file : files) {
        // accuracy.json scores against the declarations, accuracy_truth.json against the truth.
        const QString label = file.completeBaseName() == QLatin1String("accuracy")
                                  ? tr("Against the declarations")
                                  : tr("Against %1").arg(file.completeBaseName().section(u'_', 1));
        m_reports->addItem(label, file.absoluteFilePath());
    }
    const int at = std::max(0, m_reports->findData(current));
    if (m_reports->count() > 0) {
        m_reports->setCurrentIndex(at);
        showReport(m_reports->itemData(at).toString());
    } else {
        m_report.reset();
        m_reportPath.clear();
        redraw();
    }
}

bool ResultsView::showReport(const QString &path)
{
    try {
        QFile file(path);
        if (!file.open(QIODevice::ReadOnly))
            throw core::Error(tr("Cannot read the report \"%1\": %2").arg(path, file.errorString()));
        m_report = AccuracyReport::fromJson(QJsonDocument::fromJson(file.readAll()).object(), path);
        m_reportPath = path;
    } catch (const core::Error &error) {
        ErrorReporter::report(this, tr("Cannot show the results"), error.message());
        return false;
    }
    redraw();
    return true;
}

double ResultsView::cellShare(int reference, int predicted) const
{
    if (!m_report || reference < 0 || predicted < 0 || reference >= m_report->classes.size()
        || predicted >= m_report->classes.size())
        return std::nan("");
    return m_map->data()->cell(predicted, reference);
}

QString ResultsView::cellText(int reference, int predicted) const
{
    if (!m_report)
        return {};
    const auto &m = m_report->matrix;
    const qint64 count = m.at(reference, predicted);
    const auto percent = [](qint64 part, qint64 whole) {
        return whole > 0 ? QLocale().toString(100.0 * double(part) / double(whole), 'f', 1) : tr("n/a");
    };
    return tr("reference %1, map %2: %L3 px\n%4 % of the reference row, %5 % of the map column")
        .arg(m_report->classes.at(reference).name, m_report->classes.at(predicted).name)
        .arg(count)
        .arg(percent(count, m.referenceTotal(reference)), percent(count, m.predictedTotal(predicted)));
}

bool ResultsView::cellAt(QMouseEvent *event, int *reference, int *predicted) const
{
    if (!m_report || !m_plot->axisRect()->rect().contains(event->position().toPoint()))
        return false;
    m_map->data()->coordToCell(m_plot->xAxis->pixelToCoord(event->position().x()),
                               m_plot->yAxis->pixelToCoord(event->position().y()), predicted, reference);
    const int u = m_report->classes.size();
    return *predicted >= 0 && *reference >= 0 && *predicted < u && *reference < u;
}

void ResultsView::showCellTip(QMouseEvent *event)
{
    int reference = -1, predicted = -1;
    if (cellAt(event, &reference, &predicted))
        QToolTip::showText(event->globalPosition().toPoint(),
                           cellText(reference, predicted) + tr("\nClick to show these pixels on the map."), m_plot);
    else
        QToolTip::hideText();
}

void ResultsView::setProject(const core::pipeline::Project &project)
{
    m_project = project;
}

bool ResultsView::selectCell(int reference, int predicted)
{
    if (!m_project || !m_report || isSelecting() || !m_selections.isValid() || m_external.contains(m_reportPath)
        || m_report->matrix.at(reference, predicted) == 0)
        return false;
    const core::pipeline::PipelineRunner runner(*m_project);
    const QString samples = core::sampling::TrainingSetJob::setPath(runner.sampleFolder(),
                                                                    core::sampling::SplitSet::Test);
    const QString maps = runner.mapFolder();
    const bool truth = m_reports->currentData().toString().endsWith(QLatin1String("_truth.json"));
    const QString path = m_selections.filePath(QStringLiteral("confusion_%1_%2.gpkg").arg(reference).arg(predicted));
    const QString label = tr("%1 mapped as %2").arg(m_report->classes.at(reference).name,
                                                    m_report->classes.at(predicted).name);
    m_selecting.setFuture(QtConcurrent::run([=] {
        Selected selected{path, label, 0, {}};
        try {
            const ConfusionSelection selection = ConfusionPixels::find(
                samples, [maps](const QString &tile) -> QString { return maps + u'/' + tile + QStringLiteral("_classes.tif"); },
                truth, reference, predicted);
            ConfusionPixels::write(selection, path);
            selected.count = qint64(selection.pixels.size());
        } catch (const core::Error &error) {
            selected.error = error.message();
        } catch (const std::exception &error) {
            // Nothing may cross the thread boundary as an exception (STYLE rule 4).
            selected.error = QString::fromUtf8(error.what());
        }
        return selected;
    }));
    return true;
}

void ResultsView::redraw()
{
    m_plot->clearItems();
    const int u = m_report ? m_report->classes.size() : 0;
    m_map->data()->setSize(std::max(u, 1), std::max(u, 1));
    m_map->data()->setRange(QCPRange(0, std::max(u - 1, 0)), QCPRange(0, std::max(u - 1, 0)));
    m_map->data()->fill(0);
    QSharedPointer<QCPAxisTickerText> xTicks(new QCPAxisTickerText), yTicks(new QCPAxisTickerText);
    for (int r = 0; r < u; ++r) {
        xTicks->addTick(r, m_report->classes.at(r).name);
        yTicks->addTick(r, m_report->classes.at(r).name);
        const qint64 rowTotal = m_report->matrix.referenceTotal(r);
        for (int c = 0; c < u; ++c) {
            const qint64 count = m_report->matrix.at(r, c);
            const double share = rowTotal > 0 ? double(count) / double(rowTotal) : 0.0;
            m_map->data()->setCell(c, r, share);
            // Counts in the cells while they stay readable.
            if (count > 0 && u <= 20) {
                auto *text = new QCPItemText(m_plot);
                text->position->setCoords(c, r);
                text->setText(QString::number(count));
                QFont font = text->font();
                font.setPointSizeF(font.pointSizeF() * (u > 10 ? 0.65 : 0.85));
                text->setFont(font);
                text->setColor(share > 0.5 ? Qt::white : Qt::black);
            }
        }
    }
    m_plot->xAxis->setTicker(xTicks);
    m_plot->yAxis->setTicker(yTicks);
    m_plot->xAxis->setRange(-0.5, std::max(u, 1) - 0.5);
    m_plot->yAxis->setRange(-0.5, std::max(u, 1) - 0.5);
    reserveTickLabelRoom(m_plot->xAxis);
    setPlotHint(m_plot, u > 0 ? QString() : tr("No accuracy report yet: run the Evaluate step."));
    m_plot->replot(QCustomPlot::rpQueuedReplot);
    fillTable();
    fillAreas();
    m_bars->showReport(m_report ? &*m_report : nullptr);
    m_exportReport->setEnabled(QFileInfo::exists(htmlReportPath()));
    if (!m_report) {
        m_summary->setText(tr("No accuracy report yet: run the Evaluate step."));
        return;
    }
    const AccuracyMetrics metrics = m_report->metrics();
    QString text = tr("%1 (%L2 test pixels): OA %3, kappa %4, macro F1 %5, min F1 %6 (%7)")
                       .arg(reportLabel(m_report->referenceLabel))
                       .arg(metrics.total)
                       .arg(figure(metrics.overallAccuracy), figure(metrics.kappa), figure(metrics.macroF1),
                            figure(metrics.minF1),
                            metrics.minF1Class >= 0 ? m_report->classes.at(metrics.minF1Class).name : tr("none"));
    for (const auto &comparison : m_report->comparisons) {
        const AccuracyMetrics other = AccuracyMetrics::compute(comparison.matrix);
        text += tr("\n%1: OA %2, macro F1 %3").arg(reportLabel(comparison.label), figure(other.overallAccuracy), figure(other.macroF1));
    }
    m_summary->setText(text);
}

void ResultsView::fillTable()
{
    m_table->setSortingEnabled(false);
    m_table->setRowCount(0);
    if (m_report) {
        const AccuracyMetrics metrics = m_report->metrics();
        for (int i = 0; i < m_report->classes.size(); ++i) {
            const auto &accuracy = metrics.perClass[std::size_t(i)];
            m_table->insertRow(i);
            auto *name = new QTableWidgetItem(m_report->classes.at(i).name);
            name->setData(Qt::DecorationRole, QColor(m_report->classes.at(i).colour));
            m_table->setItem(i, ClassColumn, name);
            m_table->setItem(i, ReferenceColumn, new NumberItem(double(accuracy.referenceCount), 0));
            m_table->setItem(i, MapColumn, new NumberItem(double(accuracy.predictedCount), 0));
            m_table->setItem(i, PaColumn, new NumberItem(accuracy.producersAccuracy, 3));
            m_table->setItem(i, UaColumn, new NumberItem(accuracy.usersAccuracy, 3));
            m_table->setItem(i, F1Column, new NumberItem(accuracy.f1, 3));
        }
    }
    m_table->setSortingEnabled(true);
    m_table->resizeColumnsToContents();
}

void ResultsView::fillAreas()
{
    m_areas->setSortingEnabled(false);
    m_areas->setRowCount(0);
    std::optional<core::evaluate::AreaEstimate> area;
    QString problem;
    try {
        if (m_report)
            area = m_report->areaEstimate();
    } catch (const core::Error &e) {
        problem = e.message();
    }
    const QString unit = area ? area->unit : QStringLiteral("ha");
    m_areas->setHorizontalHeaderLabels({tr("Class"), tr("Mapped (%1)").arg(unit), tr("Estimated (%1), 95 %").arg(unit),
                                        tr("UA, 95 %"), tr("PA, 95 %")});
    if (!area) {
        m_areaNote->setText(!problem.isEmpty() ? problem
                            : m_report      ? tr("This report has no mapped areas (evaluate with the class maps).")
                                            : tr("No accuracy report yet: run the Evaluate step."));
        m_areas->setSortingEnabled(true);
        return;
    }
    const auto plusMinus = [](double value, double half, int decimals) {
        if (std::isnan(value))
            return tr("n/a");
        const QString centre = QLocale().toString(value, 'f', decimals);
        return std::isnan(half) ? centre : tr("%1 ± %2").arg(centre, QLocale().toString(half, 'f', decimals));
    };
    for (int i = 0; i < m_report->classes.size() && std::size_t(i) < area->perClass.size(); ++i) {
        const core::evaluate::ClassAreaEstimate &c = area->perClass[std::size_t(i)];
        m_areas->insertRow(i);
        auto *name = new QTableWidgetItem(m_report->classes.at(i).name);
        name->setData(Qt::DecorationRole, QColor(m_report->classes.at(i).colour));
        m_areas->setItem(i, 0, name);
        m_areas->setItem(i, 1, new NumberItem(c.mappedArea, 1));
        // Sorted by the estimate, shown with its interval.
        auto *estimate = new NumberItem(c.area, 1);
        estimate->setText(plusMinus(c.area, c.areaCI95, 1));
        m_areas->setItem(i, 2, estimate);
        auto *ua = new NumberItem(c.usersAccuracy, 3);
        ua->setText(plusMinus(c.usersAccuracy, 1.96 * c.usersSE, 3));
        m_areas->setItem(i, 3, ua);
        auto *pa = new NumberItem(c.producersAccuracy, 3);
        pa->setText(plusMinus(c.producersAccuracy, 1.96 * c.producersSE, 3));
        m_areas->setItem(i, 4, pa);
    }
    m_areas->setSortingEnabled(true);
    m_areas->resizeColumnsToContents();
    QString note = tr("Stratified estimates (Olofsson et al. 2014), overall accuracy %1. ")
                       .arg(plusMinus(area->overallAccuracy, 1.96 * area->overallSE, 3));
    note += area->clusterCount > 0 ? tr("Standard errors at parcel level: %L1 test parcels, each one cluster.")
                                         .arg(area->clusterCount)
                                   : tr("Standard errors at pixel level (pixels taken as independent: too narrow "
                                        "when the test pixels are whole parcels).");
    if (!m_report->areaNote.isEmpty())
        note += u' ' + m_report->areaNote;
    m_areaNote->setText(note);
}

} // namespace cropmap::ui
