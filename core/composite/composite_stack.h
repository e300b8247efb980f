// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <vector>

#include <QString>
#include <QStringList>

#include "io/block_windows.h"
#include "io/raster_source.h"
#include "io/tile_grid.h"

namespace cropmap::core::composite {

/**
 * \brief Reads a tile's monthly composites as per-pixel time series (what classify and
 * sampling consume).
 *
 * Opens `<TILE>_composites.vrt` (or the tile folder holding it). A window comes back as
 * steps × bands floats per pixel in time-major order, value (p, t, b) at
 * `p * stepCount() * bandCount() + t * bandCount() + b`, NaN where the composite is nodata.
 * Values are as stored: reflectance × 10000 for int16 composites, indices as they are.
 *
 * \note Not thread-safe: open one CompositeStack per worker thread.
 */
class CompositeStack
{
public:
    /** Opens a composite VRT or a tile folder with one; throws Error naming the path. */
    static CompositeStack open(const QString &path);

    const QString &path() const { return m_path; }
    const QString &tileId() const { return m_tile; }
    const QStringList &steps() const { return m_steps; }  //!< "2017-09", …
    const QStringList &bands() const { return m_bands; }  //!< "B02", …, "NDVI"
    int stepCount() const { return int(m_steps.size()); }
    int bandCount() const { return int(m_bands.size()); }
    const io::TileGrid &grid() const { return m_source.grid(); }
    //! The valid-count layer next to the VRT (one band per step, 0 = filled).
    QString countPath() const;

    /** Reads \a window into \a out (window.pixelCount() × stepCount() × bandCount() floats). */
    void readWindow(const io::Window &window, float *out) const;
    std::vector<float> readWindow(const io::Window &window) const;

private:
    CompositeStack(QString path, io::RasterSource source);

    QString m_path;
    QString m_tile;
    QStringList m_steps;
    QStringList m_bands;
    QString m_countFile;
    io::RasterSource m_source;
    mutable std::vector<float> m_plane;
};

} // namespace cropmap::core::composite
