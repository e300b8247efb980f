// SPDX-License-Identifier: GPL-3.0-or-later
#include "training/training_monitor.h"

#include <algorithm>

#include <QComboBox>
#include <QFile>
#include <QHBoxLayout>
#include <QJsonArray>
#include <QJsonDocument>
#include <QLabel>
#include <QTabWidget>
#include <QTimer>
#include <QVBoxLayout>

#include "plots/export_actions.h"
#include "plots/plot_layout.h"
#include "plots/qcustomplot_wrapper.h"
#include "training/grid_search_table.h"

namespace cropmap::ui {

using core::model::EpochRecord;

namespace {

struct Curve
{
    TrainingMonitor::Metric metric;
    const char *name;
    QColor colour;
};

// Loss curves on the upper plot, accuracy curves on the lower one, in graph order per stage.
const Curve kLossCurves[] = {{TrainingMonitor::Metric::TrainLoss, QT_TRANSLATE_NOOP("cropmap::ui::TrainingMonitor", "train loss"), QColor(31, 119, 180)},
                             {TrainingMonitor::Metric::ValLoss, QT_TRANSLATE_NOOP("cropmap::ui::TrainingMonitor", "validation loss"), QColor(214, 39, 40)}};
const Curve kAccuracyCurves[] = {{TrainingMonitor::Metric::TrainOa, QT_TRANSLATE_NOOP("cropmap::ui::TrainingMonitor", "train OA"), QColor(31, 119, 180)},
                                 {TrainingMonitor::Metric::ValOa, QT_TRANSLATE_NOOP("cropmap::ui::TrainingMonitor", "validation OA"), QColor(214, 39, 40)},
                                 {TrainingMonitor::Metric::ValMacroF1, QT_TRANSLATE_NOOP("cropmap::ui::TrainingMonitor", "validation macro F1"), QColor(44, 160, 44)}};

double valueOf(const EpochRecord &r, TrainingMonitor::Metric metric)
{
    switch (metric) {
    case TrainingMonitor::Metric::TrainLoss: return r.trainLoss;
    case TrainingMonitor::Metric::ValLoss: return r.valLoss;
    case TrainingMonitor::Metric::TrainOa: return r.trainOa;
    case TrainingMonitor::Metric::ValOa: return r.valOa;
    case TrainingMonitor::Metric::ValMacroF1: return r.valMacroF1;
    }
    return 0;
}

bool isLoss(TrainingMonitor::Metric metric)
{
    return metric == TrainingMonitor::Metric::TrainLoss || metric == TrainingMonitor::Metric::ValLoss;
}

QCustomPlot *makePlot(QWidget *parent, const QString &yLabel)
{
    auto *plot = new QCustomPlot(parent);
    plot->setMinimumHeight(140);
    plot->yAxis->setLabel(yLabel);
    plot->legend->setVisible(true);
    plot->legend->setFont(QFont(plot->font().family(), int(plot->font().pointSize() * 0.85)));
    // Validation checks are counted: whole numbers only.
    QSharedPointer<QCPAxisTickerFixed> checks(new QCPAxisTickerFixed);
    checks->setTickStep(1.0);
    checks->setScaleStrategy(QCPAxisTickerFixed::ssMultiples);
    plot->xAxis->setTicker(checks);
    return plot;
}

} // namespace

TrainingMonitor::TrainingMonitor(QWidget *parent)
    : QWidget(parent)
{
    m_model = new QComboBox(this);
    m_model->addItem(tr("Weak model (stage 1 and 2)"));
    m_model->addItem(tr("Final model (stage 1 and 2)"));
    connect(m_model, &QComboBox::activated, this, [this](int index) { showFinalModel(index == 1); });
    m_status = new QLabel(this);
    m_status->setObjectName(QStringLiteral("trainingStatus"));
    m_lossPlot = makePlot(this, tr("loss"));
    m_accuracyPlot = makePlot(this, tr("OA / macro F1"));
    m_accuracyPlot->xAxis->setLabel(tr("validation check (stage 1, then stage 2)"));
    for (int stage = 1; stage <= 2; ++stage) {
        for (const auto &[curves, plot] : {std::pair{std::begin(kLossCurves), m_lossPlot},
                                           std::pair{std::begin(kAccuracyCurves), m_accuracyPlot}}) {
            const int count = plot == m_lossPlot ? 2 : 3;
            for (int i = 0; i < count; ++i) {
                QCPGraph *g = plot->addGraph();
                g->setName(tr(curves[i].name));
                // Stage 2 dashed, so the two stages read apart without more colours.
                g->setPen(QPen(curves[i].colour, 1.6, stage == 1 ? Qt::SolidLine : Qt::DashLine));
                g->setScatterStyle(QCPScatterStyle(QCPScatterStyle::ssDisc, 4));
                if (stage == 2)
                    g->removeFromLegend();
            }
        }
    }
    placeLegendAbove(m_lossPlot);
    placeLegendAbove(m_accuracyPlot);
    auto *top = new QHBoxLayout;
    top->addWidget(m_model);
    top->addWidget(m_status, 1);
    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(2, 2, 2, 2);
    layout->addLayout(top);
    auto *curves = new QWidget(this);
    auto *curvesLayout = new QVBoxLayout(curves);
    curvesLayout->setContentsMargins(0, 0, 0, 0);
    curvesLayout->addWidget(m_lossPlot, 1);
    curvesLayout->addWidget(m_accuracyPlot, 1);
    m_grid = new GridSearchTable(this);
    addPlotExport(m_lossPlot, QStringLiteral("training_loss"));
    addPlotExport(m_accuracyPlot, QStringLiteral("training_accuracy"));
    addTableExport(m_grid->view(), QStringLiteral("grid_search"));
    m_tabs = new QTabWidget(this);
    m_tabs->addTab(curves, tr("Curves"));
    m_tabs->addTab(m_grid, tr("Grid search"));
    layout->addWidget(m_tabs, 1);
    m_poll = new QTimer(this);
    m_poll->setInterval(kPollMs);
    connect(m_poll, &QTimer::timeout, this, &TrainingMonitor::reload);
    redraw();
}

void TrainingMonitor::setModelFolder(const QString &folder)
{
    m_folder = folder;
    m_lastLog.clear();
    m_records.clear();
    redraw();
    reload();
    if (folder.isEmpty())
        m_poll->stop();
    else
        m_poll->start();
}

void TrainingMonitor::showFinalModel(bool final)
{
    m_final = final;
    m_model->setCurrentIndex(final ? 1 : 0);
    m_lastLog.clear();
    m_records.clear();
    redraw();
    reload();
}

QString TrainingMonitor::logPath() const
{
    if (m_folder.isEmpty())
        return {};
    return m_folder + (m_final ? QStringLiteral("/final_log.json") : QStringLiteral("/weak_log.json"));
}

QString TrainingMonitor::gridPath() const
{
    if (m_folder.isEmpty())
        return {};
    return m_folder + (m_final ? QStringLiteral("/final.grid.json") : QStringLiteral("/weak.grid.json"));
}

void TrainingMonitor::reload()
{
    m_grid->showTable(gridPath());
    QFile file(logPath());
    QByteArray log;
    if (!logPath().isEmpty() && file.open(QIODevice::ReadOnly))
        log = file.readAll();
    // The log is a few kB, rewritten once per epoch: comparing it is cheaper than parsing.
    if (log == m_lastLog)
        return;
    m_lastLog = log;
    m_records.clear();
    for (const QJsonValue &value : QJsonDocument::fromJson(log).array())
        m_records.push_back(EpochRecord::fromJson(value.toObject()));
    redraw();
    Q_EMIT logUpdated();
}

QCPGraph *TrainingMonitor::graph(Metric metric, int stage) const
{
    if (isLoss(metric))
        return m_lossPlot->graph((stage - 1) * 2 + (metric == Metric::ValLoss ? 1 : 0));
    const int offset = metric == Metric::TrainOa ? 0 : metric == Metric::ValOa ? 1 : 2;
    return m_accuracyPlot->graph((stage - 1) * 3 + offset);
}

void TrainingMonitor::redraw()
{
    m_boundary = -1;
    m_kept[0] = m_kept[1] = -1;
    double best[2] = {0, 0};
    for (const Metric metric : {Metric::TrainLoss, Metric::ValLoss, Metric::TrainOa, Metric::ValOa, Metric::ValMacroF1}) {
        for (int stage = 1; stage <= 2; ++stage)
            graph(metric, stage)->data()->clear();
    }
    // Logs that mark the improving checks say which one each stage kept (by its criterion);
    // older logs kept the lowest validation loss.
    const bool marked = std::any_of(m_records.begin(), m_records.end(),
                                    [](const EpochRecord &r) { return r.improved; });
    for (std::size_t i = 0; i < m_records.size(); ++i) {
        const EpochRecord &r = m_records[i];
        const int stage = r.stage == 2 ? 2 : 1;
        const double key = double(i + 1);
        // Check 0 of stage 2 only evaluates stage 1's weights: it has no training figures.
        const bool trained = !(stage == 2 && r.epoch == 0);
        for (const Metric metric : {Metric::TrainLoss, Metric::ValLoss, Metric::TrainOa, Metric::ValOa, Metric::ValMacroF1}) {
            if (trained || (metric != Metric::TrainLoss && metric != Metric::TrainOa))
                graph(metric, stage)->addData(key, valueOf(r, metric));
        }
        if (stage == 2 && m_boundary < 0)
            m_boundary = key - 0.5;
        if (marked ? r.improved : (m_kept[stage - 1] < 0 || r.valLoss < best[stage - 1])) {
            m_kept[stage - 1] = key;
            best[stage - 1] = r.valLoss;
        }
    }
    for (QCustomPlot *plot : {m_lossPlot, m_accuracyPlot}) {
        plot->clearItems();
        if (m_boundary > 0) {
            auto *line = new QCPItemStraightLine(plot);
            line->point1->setCoords(m_boundary, 0);
            line->point2->setCoords(m_boundary, 1);
            line->setPen(QPen(Qt::gray, 1.2));
        }
        for (double kept : m_kept) {
            if (kept < 0)
                continue;
            auto *line = new QCPItemStraightLine(plot);
            line->point1->setCoords(kept, 0);
            line->point2->setCoords(kept, 1);
            line->setPen(QPen(QColor(120, 60, 160), 1.2, Qt::DotLine));
        }
        plot->rescaleAxes();
        plot->xAxis->setRange(0.5, std::max<double>(double(m_records.size()) + 0.5, 2.5));
    }
    // Room above the highest loss, so no point sits on the border (or under the legend).
    m_lossPlot->yAxis->setRange(0, std::max(m_lossPlot->yAxis->range().upper * 1.08, 0.1));
    m_accuracyPlot->yAxis->setRange(0, 1.02);
    for (QCustomPlot *plot : {m_lossPlot, m_accuracyPlot})
        setPlotHint(plot, m_records.empty() ? tr("No validation checks yet: run the Train step.") : QString());
    m_status->setText(m_records.empty()
                          ? tr("No validation checks yet")
                          : tr("%n validation checks; dotted: the kept check of each stage",
                               nullptr, int(m_records.size())));
    m_lossPlot->replot(QCustomPlot::rpQueuedReplot);
    m_accuracyPlot->replot(QCustomPlot::rpQueuedReplot);
}

QVector<double> TrainingMonitor::keys(Metric metric, int stage) const
{
    QVector<double> result;
    for (auto it = graph(metric, stage)->data()->constBegin(); it != graph(metric, stage)->data()->constEnd(); ++it)
        result << it->key;
    return result;
}

QVector<double> TrainingMonitor::values(Metric metric, int stage) const
{
    QVector<double> result;
    for (auto it = graph(metric, stage)->data()->constBegin(); it != graph(metric, stage)->data()->constEnd(); ++it)
        result << it->value;
    return result;
}

double TrainingMonitor::keptEpochKey(int stage) const
{
    return stage == 1 || stage == 2 ? m_kept[stage - 1] : -1;
}

} // namespace cropmap::ui
