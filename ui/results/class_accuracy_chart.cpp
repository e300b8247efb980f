// SPDX-License-Identifier: GPL-3.0-or-later
#include "results/class_accuracy_chart.h"

#include <cmath>

#include <QVBoxLayout>

#include "plots/plot_layout.h"
#include "plots/qcustomplot_wrapper.h"

namespace cropmap::ui {

namespace {
constexpr double kGroupWidth = 0.8;
} // namespace

ClassAccuracyChart::ClassAccuracyChart(QWidget *parent)
    : QWidget(parent)
{
    m_plot = new QCustomPlot(this);
    m_plot->setObjectName(QStringLiteral("classAccuracyPlot"));
    m_plot->setMinimumHeight(240);
    m_plot->yAxis->setLabel(tr("PA / UA / F1"));
    m_plot->xAxis->setTickLabelRotation(45);
    m_plot->legend->setVisible(true);
    m_plot->legend->setFont(QFont(m_plot->font().family(), int(m_plot->font().pointSize() * 0.85)));
    auto *group = new QCPBarsGroup(m_plot);
    group->setSpacingType(QCPBarsGroup::stAbsolute);
    group->setSpacing(1);
    const struct
    {
        const char *name;
        QColor colour;
    } series[] = {{QT_TR_NOOP("PA (producer's accuracy)"), QColor(31, 119, 180)},
                  {QT_TR_NOOP("UA (user's accuracy)"), QColor(255, 127, 14)},
                  {QT_TR_NOOP("F1"), QColor(44, 160, 44)}};
    for (const auto &s : series) {
        auto *bars = new QCPBars(m_plot->xAxis, m_plot->yAxis);
        bars->setName(tr(s.name));
        bars->setBrush(s.colour);
        bars->setPen(QPen(s.colour.darker(130)));
        bars->setWidth(kGroupWidth / double(SeriesCount));
        bars->setBarsGroup(group);
    }
    placeLegendAbove(m_plot);
    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addWidget(m_plot);
    showReport(nullptr);
}

void ClassAccuracyChart::showReport(const core::evaluate::AccuracyReport *report)
{
    QSharedPointer<QCPAxisTickerText> ticks(new QCPAxisTickerText);
    for (int s = 0; s < SeriesCount; ++s)
        qobject_cast<QCPBars *>(m_plot->plottable(s))->data()->clear();
    const int u = report ? report->classes.size() : 0;
    if (report) {
        const core::evaluate::AccuracyMetrics metrics = report->metrics();
        for (int i = 0; i < u; ++i) {
            const auto &accuracy = metrics.perClass[std::size_t(i)];
            ticks->addTick(i + 1, report->classes.at(i).name);
            const double values[SeriesCount] = {accuracy.producersAccuracy, accuracy.usersAccuracy, accuracy.f1};
            // An undefined figure (class absent) is drawn as no bar rather than a zero that reads as a result.
            for (int s = 0; s < SeriesCount; ++s)
                qobject_cast<QCPBars *>(m_plot->plottable(s))->addData(i + 1, std::isnan(values[s]) ? 0.0 : values[s]);
        }
    }
    m_plot->xAxis->setTicker(ticks);
    m_plot->xAxis->setRange(0.4, std::max(u, 1) + 0.6);
    m_plot->yAxis->setRange(0, 1.05);
    reserveTickLabelRoom(m_plot->xAxis);
    setPlotHint(m_plot, u > 0 ? QString() : tr("No accuracy report yet: run the Evaluate step."));
    m_plot->replot(QCustomPlot::rpQueuedReplot);
}

QVector<double> ClassAccuracyChart::barHeights(Series series) const
{
    QVector<double> heights;
    auto *bars = qobject_cast<QCPBars *>(m_plot->plottable(int(series)));
    for (auto it = bars->data()->constBegin(); it != bars->data()->constEnd(); ++it)
        heights << it->value;
    return heights;
}

} // namespace cropmap::ui
