// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QString>

class QCustomPlot;

namespace cropmap::ui {

/**
 * Writes \a plot to \a path as PNG, PDF or SVG, chosen by the file's suffix, \a width ×
 * \a height pixels (0: the plot's size on screen). Atomic: written to "<path>.tmp" and
 * renamed, so a failed export leaves what stood at \a path. Throws core::Error naming the
 * file and the problem (also for an unknown suffix).
 */
void exportPlot(QCustomPlot *plot, const QString &path, int width = 0, int height = 0);

//! The file-dialog filter of the plot formats ("PNG image (*.png);;…").
QString plotExportFilter();

} // namespace cropmap::ui
