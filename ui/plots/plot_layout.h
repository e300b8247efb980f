// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QString>

class QCPAxis;
class QCustomPlot;

namespace cropmap::ui {

/**
 * Widens the right margin of \a axis's rectangle (a bottom axis with a text ticker) so the
 * last category labels fit in the widget: QCustomPlot drops a tick label that would cross
 * the widget's border, which cost the rightmost class its name. Call after setting the
 * ticker; labels rotated by a positive angle run to the right of their tick.
 */
void reserveTickLabelRoom(QCPAxis *axis);

/**
 * Moves \a plot's legend out of the axis rectangle into a row above it, entries side by
 * side, so it never covers bars or curves.
 */
void placeLegendAbove(QCustomPlot *plot);

/**
 * Shows \a text in the middle of \a plot in place of its (empty) axes, e.g. what to run to
 * get data; an empty \a text shows the axes again.
 */
void setPlotHint(QCustomPlot *plot, const QString &text);
//! The hint now shown on \a plot (empty while the plot shows data).
QString plotHint(const QCustomPlot *plot);

} // namespace cropmap::ui
