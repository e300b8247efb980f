// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <vector>

#include <QPoint>
#include <QString>
#include <QStringList>

#include "io/raster_source.h"

namespace cropmap::core {
class Feedback;
}

namespace cropmap::core::sampling {

/**
 * \brief A tile's stack of monthly composites read at chosen pixels, for sample sets.
 *
 * The stack is one multi-band raster (the compositor's "<TILE>_composites.vrt", or a GeoTIFF
 * "<TILE>_composites.tif") with bands month-major: band k holds step k / B, band k mod B.
 * Steps and bands come from the band descriptions "YYYY-MM Bxx"; without them every band is a
 * step of one band "value". Read through io::RasterSource on the thematic grid (warped only if
 * the grids differ), so sampling does not depend on the composite module's code.
 */
class CompositeSeries
{
public:
    /** Finds and opens the stack of \a tile in \a folder; throws Error listing where it looked. */
    static CompositeSeries open(const QString &folder, const QString &tile, const io::TileGrid &grid);
    /** Opens a stack file directly. */
    static CompositeSeries openFile(const QString &path, const io::TileGrid &grid);

    const QString &path() const { return m_source.path(); }
    const QStringList &steps() const { return m_steps; }
    const QStringList &bands() const { return m_bands; }
    int featureCount() const { return int(m_steps.size() * m_bands.size()); }

    /**
     * Values of \a pixels (column, row on the grid) into \a out, featureCount() floats per pixel
     * in time-major order; NaN where the stack has no data. Reads only the blocks that hold a
     * pixel, each band once per block.
     */
    void read(const std::vector<QPoint> &pixels, std::vector<float> &out, Feedback &feedback) const;

private:
    explicit CompositeSeries(io::RasterSource source);

    io::RasterSource m_source;
    QStringList m_steps;
    QStringList m_bands;
};

} // namespace cropmap::core::sampling
