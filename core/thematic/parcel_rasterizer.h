// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <cstdint>
#include <vector>

#include "io/block_windows.h"
#include "io/tile_grid.h"
#include "thematic/parcel_layer.h"

namespace cropmap::core::thematic {

/**
 * \brief Burns parcel ids into windows of a tile grid with GDAL's rasterizer.
 *
 * GDALRasterizeGeometries with its defaults (ALL_TOUCHED off: a pixel belongs to the polygon
 * that holds its centre), so the rasters match what `gdal_rasterize` gives. Works window by
 * window, so memory stays bounded by the window size; rasterizeWindow() may run on several
 * threads at once (the geometries are only read).
 */
class ParcelRasterizer
{
public:
    /** \a parcels must already be in the grid's CRS and outlive the rasterizer. */
    ParcelRasterizer(const io::TileGrid &grid, const std::vector<Parcel> &parcels);

    /** Parcel ids of \a window (row-major, 0 where no parcel); later parcels win overlaps. */
    /**
     * Parcel ids of \a window (0: none); where parcels overlap, the one read last wins. With
     * \a coverage, also how many parcels cover each pixel (saturating at 255).
     */
    std::vector<std::uint32_t> rasterizeWindow(const io::Window &window,
                                               std::vector<std::uint8_t> *coverage = nullptr) const;

    /** \a window grown by \a margin pixels on every side, clipped to the grid. */
    io::Window padded(const io::Window &window, int margin) const;

private:
    io::TileGrid m_grid;
    const std::vector<Parcel> &m_parcels;
    std::vector<double> m_envelopes; //!< minX, minY, maxX, maxY per parcel
};

} // namespace cropmap::core::thematic
