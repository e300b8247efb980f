// SPDX-License-Identifier: GPL-3.0-or-later
#include "parcels/parcel_series_plot.h"

#include <cmath>

#include <QDate>
#include <QLocale>
#include <QVBoxLayout>

#include "plots/export_actions.h"
#include "plots/qcustomplot_wrapper.h"

namespace cropmap::ui {

namespace {

void setFinite(QCPGraph *graph, const QVector<double> &values)
{
    QVector<double> x, y;
    for (qsizetype i = 0; i < values.size(); ++i) {
        if (std::isfinite(values[i])) {
            x << double(i);
            y << values[i];
        }
    }
    graph->setData(x, y);
}

} // namespace

ParcelSeriesPlot::ParcelSeriesPlot(QWidget *parent)
    : QWidget(parent)
{
    m_plot = new QCustomPlot(this);
    m_plot->setObjectName(QStringLiteral("parcelSeriesPlot"));
    m_plot->setMinimumHeight(200);
    m_plot->legend->setVisible(true);
    QFont font = m_plot->legend->font();
    font.setPointSizeF(font.pointSizeF() * 0.85);
    m_plot->legend->setFont(font);
    m_plot->axisRect()->insetLayout()->setInsetAlignment(0, Qt::AlignTop | Qt::AlignLeft);
    m_plot->xAxis->setLabel(tr("Month"));
    addPlotExport(m_plot, QStringLiteral("parcel_series"));
    m_hint = new QCPItemText(m_plot);
    m_hint->position->setType(QCPItemPosition::ptAxisRectRatio);
    m_hint->position->setCoords(0.5, 0.5);
    m_hint->setPositionAlignment(Qt::AlignCenter);
    m_hint->setTextAlignment(Qt::AlignCenter);
    m_hint->setColor(palette().color(QPalette::PlaceholderText));
    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addWidget(m_plot);
    showHint(tr("Select a parcel to plot its months."));
}

void ParcelSeriesPlot::showHint(const QString &hint)
{
    m_plot->clearGraphs();
    m_plot->legend->setVisible(false);
    m_hint->setText(hint);
    m_hint->setVisible(true);
    m_plot->xAxis->setTickLabels(false);
    m_plot->yAxis->setTickLabels(false);
    m_plot->yAxis->setLabel({});
    m_plot->replot();
}

QString ParcelSeriesPlot::hint() const
{
    return m_hint->visible() ? m_hint->text() : QString();
}

void ParcelSeriesPlot::addEnvelope(const Curve &curve, const QColor &colour, Qt::PenStyle style)
{
    if (curve.envelope.isEmpty())
        return;
    QCPGraph *low = m_plot->addGraph();
    low->setPen(Qt::NoPen);
    low->removeFromLegend();
    setFinite(low, curve.envelope.p10);
    QCPGraph *high = m_plot->addGraph();
    high->setPen(Qt::NoPen);
    QColor fill = colour;
    fill.setAlpha(55);
    high->setBrush(fill);
    high->setChannelFillGraph(low);
    high->setName(tr("%1: 10–90 %").arg(curve.label));
    setFinite(high, curve.envelope.p90);
    QCPGraph *median = m_plot->addGraph();
    median->setPen(QPen(colour, 2, style));
    median->setName(tr("%1: median of %L2 samples").arg(curve.label).arg(curve.envelope.pixels));
    setFinite(median, curve.envelope.median);
}

void ParcelSeriesPlot::showSeries(const QStringList &stepLabels, const QString &seriesName,
                                  const QVector<double> &parcel, const QString &parcelLabel,
                                  const Curve &declared, const Curve &proposed)
{
    m_plot->clearGraphs();
    m_hint->setVisible(false);
    m_plot->legend->setVisible(true);
    // Blue for what the farmer declared, orange for what the map says: the colours of the
    // two readings, whatever the classes.
    addEnvelope(declared, QColor(31, 119, 180), Qt::SolidLine);
    addEnvelope(proposed, QColor(230, 110, 0), Qt::DashLine);
    QCPGraph *own = m_plot->addGraph();
    own->setPen(QPen(Qt::black, 2.5));
    own->setScatterStyle(QCPScatterStyle(QCPScatterStyle::ssDisc, 6));
    own->setName(parcelLabel);
    setFinite(own, parcel);

    auto ticker = QSharedPointer<QCPAxisTickerText>::create();
    for (qsizetype i = 0; i < stepLabels.size(); ++i) {
        const QDate month = QDate::fromString(stepLabels[i], QStringLiteral("yyyy-MM"));
        ticker->addTick(double(i), month.isValid() ? QLocale().toString(month, QStringLiteral("MMM")) : stepLabels[i]);
    }
    m_plot->xAxis->setTicker(ticker);
    m_plot->xAxis->setTickLabels(true);
    m_plot->yAxis->setTickLabels(true);
    m_plot->xAxis->setTickLabelRotation(stepLabels.size() > 6 ? 60 : 0);
    m_plot->xAxis->setRange(-0.5, std::max<double>(0.5, double(stepLabels.size()) - 0.5));
    m_plot->yAxis->setLabel(seriesName);
    bool found = false;
    QCPRange range;
    for (int i = 0; i < m_plot->graphCount(); ++i) {
        bool ok = false;
        const QCPRange r = m_plot->graph(i)->data()->valueRange(ok);
        if (ok) {
            range = found ? QCPRange(std::min(range.lower, r.lower), std::max(range.upper, r.upper)) : r;
            found = true;
        }
    }
    if (found) {
        const double pad = std::max(0.05 * range.size(), 1e-3);
        // Room at the top for the legend.
        m_plot->yAxis->setRange(range.lower - pad, range.upper + 0.35 * range.size() + pad);
    }
    m_plot->replot();
}

QStringList ParcelSeriesPlot::curveLabels() const
{
    QStringList labels;
    for (int i = 0; i < m_plot->graphCount(); ++i)
        if (m_plot->legend->itemWithPlottable(m_plot->graph(i)))
            labels << m_plot->graph(i)->name();
    return labels;
}

} // namespace cropmap::ui
