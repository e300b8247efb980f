// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QString>

namespace cropmap::ui {

class MapCanvas;

/**
 * Writes what \a canvas shows (the map with the highlighted field, the class legend and the
 * scale bar, as toggled on the canvas) to \a path as PNG or PDF, chosen by the suffix. A
 * render in flight is waited for, so the file holds the current view rather than the last
 * one. PNG at \a scale × the canvas's size in pixels; PDF one page of the canvas's size
 * in points, the legend and scale bar as vectors. Atomic ("<path>.tmp", renamed). Throws
 * core::Error naming the file and the problem (also for another suffix).
 */
void exportMap(MapCanvas &canvas, const QString &path, double scale = 1.0);

//! The file-dialog filter of the map formats ("PNG image (*.png);;PDF document (*.pdf)").
QString mapExportFilter();

} // namespace cropmap::ui
