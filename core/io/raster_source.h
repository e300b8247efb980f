// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <optional>
#include <vector>

#include <QString>

#include "io/block_windows.h"
#include "io/gdal_handles.h"
#include "io/tile_grid.h"

namespace cropmap::core::io {

enum class Resampling { Nearest, Bilinear };

/**
 * \brief A raster opened for reading windows as float, optionally warped onto another grid.
 *
 * openOnGrid() puts a band of another resolution (a 20 m Sentinel-2 band, the 20 m SCL) or
 * another CRS onto a target grid through GDAL's warper (a virtual warped dataset, so reads
 * stay window by window). Nodata and non-finite values come back as NaN.
 *
 * \note Not thread-safe: open one RasterSource per worker thread.
 */
class RasterSource
{
public:
    /** Opens \a path as it is; throws Error naming the file if it cannot be read. */
    static RasterSource open(const QString &path);
    /** Opens \a path resampled onto \a grid (no warping when the grids already coincide). */
    static RasterSource openOnGrid(const QString &path, const TileGrid &grid,
                                   Resampling resampling);

    RasterSource(RasterSource &&) noexcept = default;
    RasterSource &operator=(RasterSource &&) noexcept = default;
    ~RasterSource();

    const QString &path() const { return m_path; }
    const TileGrid &grid() const { return m_grid; }
    //! Grid of the file itself (differs from grid() when warped).
    const TileGrid &nativeGrid() const { return m_nativeGrid; }
    int bandCount() const;
    std::optional<double> nodata(int band) const;
    GDALDataType dataType(int band) const;
    QString bandDescription(int band) const;
    QString metadataItem(const QString &key, const QString &domain = {}) const;

    /**
     * Reads \a window of 1-based \a band into \a out (window.pixelCount() floats, row-major).
     * Nodata and non-finite values become NaN. Throws Error naming the file on a read error
     * (a truncated or corrupt file).
     */
    void readWindow(int band, const Window &window, float *out) const;
    std::vector<float> readWindow(int band, const Window &window) const;
    //! Reads the whole band (small rasters and tests only).
    std::vector<float> readAll(int band = 1) const;

private:
    RasterSource() = default;
    GDALRasterBand &band(int index) const;

    QString m_path;
    DatasetPtr m_file;
    DatasetPtr m_warped;
    TileGrid m_grid;
    TileGrid m_nativeGrid;
};

} // namespace cropmap::core::io
