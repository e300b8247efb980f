// SPDX-License-Identifier: GPL-3.0-or-later
#include "plots/plot_layout.h"

#include <cmath>

#include "plots/qcustomplot_wrapper.h"

namespace cropmap::ui {

namespace {

const QString kHintName = QStringLiteral("plotHint");

QCPItemText *hintItem(const QCustomPlot *plot)
{
    for (int i = 0; i < plot->itemCount(); ++i) {
        if (plot->item(i)->objectName() == kHintName)
            return qobject_cast<QCPItemText *>(plot->item(i));
    }
    return nullptr;
}

} // namespace

void reserveTickLabelRoom(QCPAxis *axis)
{
    const auto ticker = qSharedPointerDynamicCast<QCPAxisTickerText>(axis->ticker());
    QCPAxisRect *rect = axis->axisRect();
    if (!ticker || !rect)
        return;
    const QFontMetricsF metrics(axis->tickLabelFont());
    const double radians = axis->tickLabelRotation() * M_PI / 180.0;
    const QCPRange range = axis->range();
    const int currentRight = rect->margins().right();
    // The margin shrinks the axis and so the room right of the last tick: settle in a few
    // rounds. Before the first layout the rectangle is empty and the room counts as nothing.
    double needed = 0;
    for (int round = 0; round < 3; ++round) {
        const double axisWidth = rect->width() + currentRight - std::max(needed + 4.0, 15.0);
        const double pixelsPerKey = rect->width() > 0 && range.size() > 0 ? std::max(axisWidth, 0.0) / range.size() : 0.0;
        double next = 0;
        for (auto it = ticker->ticks().constBegin(); it != ticker->ticks().constEnd(); ++it) {
            if (!range.contains(it.key()))
                continue;
            const double width = metrics.horizontalAdvance(it.value());
            // How far the label reaches right of its tick: half of it unrotated, else its
            // rotated width plus half the rotated line height (QCPAxisPainterPrivate's offsets).
            const double reach = radians > 0 ? std::cos(radians) * width + std::sin(radians) * metrics.height() / 2
                                             : (radians < 0 ? std::sin(-radians) * metrics.height() / 2 : width / 2);
            next = std::max(next, reach - (range.upper - it.key()) * pixelsPerKey);
        }
        needed = next;
    }
    QMargins margins = rect->minimumMargins();
    margins.setRight(int(std::ceil(std::max(needed + 4.0, 15.0))));
    rect->setMinimumMargins(margins);
}

void placeLegendAbove(QCustomPlot *plot)
{
    QCPLegend *legend = plot->legend;
    if (legend->layout() == plot->plotLayout())
        return;
    // Take it out of the axis rectangle's inset layout, into a row of the plot's layout.
    if (QCPLayoutInset *inset = plot->axisRect()->insetLayout())
        inset->take(legend);
    plot->plotLayout()->insertRow(0);
    plot->plotLayout()->addElement(0, 0, legend);
    legend->setFillOrder(QCPLegend::foColumnsFirst);
    legend->setWrap(4);
    legend->setBorderPen(Qt::NoPen);
    legend->setMargins(QMargins(4, 2, 4, 0));
    // The legend row takes only the height its entries need.
    plot->plotLayout()->setRowStretchFactor(0, 0.001);
    legend->setMaximumSize(QWIDGETSIZE_MAX, QWIDGETSIZE_MAX);
}

void setPlotHint(QCustomPlot *plot, const QString &text)
{
    QCPItemText *hint = hintItem(plot);
    if (!hint && !text.isEmpty()) {
        hint = new QCPItemText(plot);
        hint->setObjectName(kHintName);
        hint->position->setType(QCPItemPosition::ptViewportRatio);
        hint->position->setCoords(0.5, 0.5);
        hint->setPositionAlignment(Qt::AlignCenter);
        hint->setTextAlignment(Qt::AlignCenter);
        hint->setClipToAxisRect(false);
        hint->setColor(plot->palette().color(QPalette::PlaceholderText));
    }
    if (hint) {
        hint->setText(text);
        hint->setVisible(!text.isEmpty());
    }
    const bool empty = !text.isEmpty();
    plot->xAxis->setVisible(!empty);
    plot->yAxis->setVisible(!empty);
    // A legend the plot showed comes back with its data.
    const char *legendShown = "cropmapLegendShown";
    if (empty && !plot->property(legendShown).isValid())
        plot->setProperty(legendShown, plot->legend->visible());
    if (plot->property(legendShown).isValid())
        plot->legend->setVisible(!empty && plot->property(legendShown).toBool());
    if (!empty)
        plot->setProperty(legendShown, QVariant());
    plot->replot(QCustomPlot::rpQueuedReplot);
}

QString plotHint(const QCustomPlot *plot)
{
    const QCPItemText *hint = hintItem(plot);
    return hint && hint->visible() ? hint->text() : QString();
}

} // namespace cropmap::ui
