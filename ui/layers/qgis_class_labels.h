// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QMap>
#include <QString>

namespace cropmap::ui {

/**
 * The class names of a class raster from the QGIS style beside it ("<name>.qml", the
 * paletteEntry labels core's rasterize and classify steps write): value → name. Empty
 * when there is no such style or it has no labels.
 */
QMap<int, QString> readQgisClassLabels(const QString &rasterPath);

} // namespace cropmap::ui
