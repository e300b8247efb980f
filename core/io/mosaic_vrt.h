// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QString>
#include <QStringList>

namespace cropmap::core::io {

/**
 * \brief One virtual raster (GDAL VRT) over the maps of several tiles, for the GUI and QGIS.
 *
 * Writes \a vrtPath over \a rasters (same band count and type, e.g. every tile's class map),
 * in the CRS of the first raster: a raster in another CRS (tiles of the next UTM zone) enters
 * through a warped VRT beside the mosaic (<name>.warped.vrt, nearest neighbour). Where rasters
 * overlap, the *first* one given that has data there shows (the rule by which the evaluate
 * step counts each place once); \a nodata marks "no data" in every source (0 in class and
 * posterior maps). Source paths are written relative to the VRT when they lie beside or below
 * it, so the folder can be moved or copied as a whole. Colour tables and band descriptions of
 * the first raster are kept. Throws Error naming the raster or the VRT that failed.
 */
void writeMosaicVrt(const QStringList &rasters, const QString &vrtPath, double nodata);

} // namespace cropmap::core::io
