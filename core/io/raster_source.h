// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <cstdint>
#include <functional>
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
 * stay window by window). Nodata and non-finite values come back as NaN. A file that declares
 * no nodata may be given one (DN 0 of Sentinel-2 band files): reads then map it to NaN, and the
 * warper leaves it out of every resampled pixel instead of blending it in.
 *
 * \note Not thread-safe: open one RasterSource per worker thread.
 */
class RasterSource
{
public:
    /** Opens \a path as it is; throws Error naming the file if it cannot be read. */
    static RasterSource open(const QString &path);
    /**
     * Opens \a path resampled onto \a grid (no warping when the grids already coincide).
     * \a knownGrid, the file's own grid read earlier (an archive scan), saves reading its
     * CRS again: with many files opened on every thread, that was a tenth of a composite.
     * \a assumedNodata is the nodata of the file's bands where it declares none.
     */
    static RasterSource openOnGrid(const QString &path, const TileGrid &grid,
                                   Resampling resampling, const TileGrid *knownGrid = nullptr,
                                   std::optional<double> assumedNodata = std::nullopt);

    RasterSource(RasterSource &&) noexcept = default;
    RasterSource &operator=(RasterSource &&) noexcept = default;
    ~RasterSource();

    const QString &path() const { return m_path; }
    const TileGrid &grid() const { return m_grid; }
    //! Grid of the file itself (differs from grid() when warped).
    const TileGrid &nativeGrid() const { return m_nativeGrid; }
    int bandCount() const;
    //! The band's nodata: the file's own, else the one assumed at opening.
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
    /**
     * Reads \a window of a Byte \a band (class or mask rasters) into \a out as it is stored,
     * nodata included (see nodata()): a quarter of the memory traffic of the float read.
     * Throws Error if the band is not of type Byte or cannot be read.
     */
    void readWindowBytes(int band, const Window &window, std::uint8_t *out) const;
    //! Reads the whole band (small rasters and tests only).
    std::vector<float> readAll(int band = 1) const;

private:
    RasterSource() = default;
    static RasterSource openFile(const QString &path, const TileGrid *knownGrid);
    GDALRasterBand &band(int index) const;
    //! One block read straight from the file: its values (rows \a stride apart) and the part
    //! of the window it fills (\a x, \a y relative to the window, \a width × \a height).
    using BlockVisitor = std::function<void(const void *block, int stride, int x, int y,
                                            int width, int height)>;
    //! Reads \a window block by block without GDAL's block cache when it is made of whole
    //! blocks of the file (cut at the raster's edge); false, reading nothing, otherwise or
    //! when the raster is warped.
    bool readWholeBlocks(GDALRasterBand &band, const Window &window,
                         const BlockVisitor &visit) const;

    QString m_path;
    DatasetPtr m_file;
    DatasetPtr m_warped;
    TileGrid m_grid;
    TileGrid m_nativeGrid;
    std::optional<double> m_assumedNodata;
};

} // namespace cropmap::core::io
