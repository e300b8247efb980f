// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QString>

#include "thematic/class_table.h"

namespace cropmap::core::thematic {

/**
 * Writes a QGIS layer style (.qml) with a paletted renderer that shows each class id of band 1
 * in its colour, labelled with its name. QGIS loads "<raster>.qml" next to "<raster>.tif"
 * automatically, so class rasters open coloured and with a legend.
 */
void writeQgisPalettedStyle(const QString &path, const ClassTable &classes);

/** "<folder>/<name>.tif" → "<folder>/<name>.qml". */
QString qgisStylePathFor(const QString &rasterPath);

} // namespace cropmap::core::thematic
