// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <memory>
#include <mutex>
#include <optional>
#include <vector>

#include <QMap>
#include <QString>
#include <QStringList>

#include "io/atomic_output.h"
#include "io/block_windows.h"
#include "io/gdal_handles.h"
#include "io/tile_grid.h"

namespace cropmap::core {
class Feedback;
}

namespace cropmap::core::io {

/** \brief One entry of a colour table (also used for class legends). */
struct ColourEntry
{
    int value = 0;
    unsigned char red = 0;
    unsigned char green = 0;
    unsigned char blue = 0;
    unsigned char alpha = 255;
};

/** \brief How a GeoTIFF is laid out, described and finished. */
struct RasterWriteOptions
{
    GDALDataType dataType = GDT_Float32;
    int bandCount = 1;
    std::optional<double> nodata;
    QStringList bandDescriptions;           //!< one per band, e.g. "B02"…"B12"
    QMap<QString, QString> metadata;        //!< dataset metadata (default domain)
    std::vector<ColourEntry> colourTable;   //!< band 1 palette (byte/uint16 class maps)
    QString compression = QStringLiteral("DEFLATE");
    int compressionLevel = 0;               //!< DEFLATE level 1…9; 0 = GDAL's default (6)
    int blockSize = 256;                    //!< internal tile size
    bool cloudOptimized = false;            //!< write through GDAL's COG driver
    /** COG only: stage with ZSTD level 1 (less disk); false stages uncompressed, which
     *  skips an encode and two decodes of every block but needs the raw size on disk. */
    bool compressStaging = true;
    bool overviews = false;                 //!< build overviews (always on for COG)
    QString overviewResampling = QStringLiteral("AVERAGE"); //!< "NEAREST"/"MODE" for classes
};

/**
 * \brief Writes a tiled GeoTIFF (or COG) under a temporary name; commit() makes it appear.
 *
 * writeWindow() may be called from several threads (writes are serialised internally).
 * commit() flushes, builds overviews, converts to COG if asked and renames onto the final
 * path; without commit() (an exception, a cancel) the previous file at path stays intact.
 */
class RasterWriter
{
public:
    RasterWriter(const QString &path, const TileGrid &grid, const RasterWriteOptions &options);
    ~RasterWriter();
    RasterWriter(const RasterWriter &) = delete;
    RasterWriter &operator=(const RasterWriter &) = delete;

    const QString &path() const { return m_output.path(); }
    const TileGrid &grid() const { return m_grid; }

    /** Writes \a data (window.pixelCount() values of \a type, row-major) into 1-based \a band. */
    void writeWindow(int band, const Window &window, const void *data, GDALDataType type);
    void writeWindow(int band, const Window &window, const float *data)
    {
        writeWindow(band, window, data, GDT_Float32);
    }
    /**
     * Writes the blocks that \a window covers whole (clipped at the raster's edge) to disk and
     * drops them from GDAL's block cache. Call it once every band of the window is written:
     * a writer streaming a tile window by window then holds only the windows in flight, so
     * its memory does not grow with the tile (without it, dirty blocks pile up to
     * GDAL_CACHEMAX).
     */
    void flushWindow(const Window &window);
    /** Sets a metadata item on a band (e.g. a month's date). */
    void setBandMetadata(int band, const QString &key, const QString &value);

    /**
     * Finishes the file under its temporary name: flushes, builds overviews, converts to COG.
     * The long part of commit(), which \a feedback can cancel (Canceled) before any file of a
     * set is renamed.
     */
    void finish(Feedback *feedback = nullptr);
    /** Finishes the file if finish() was not called, and renames it onto path(); throws
     *  Error naming the file on failure. */
    void commit(Feedback *feedback = nullptr);

private:
    //! Overview factors: 2, 4, … until a level fits one block (COG) or is about 256 px.
    std::vector<int> overviewFactors() const;
    //! Fills the overview levels (AVERAGE or NEAREST) each from the one above; false when
    //! GDAL must build them (other resampling, levels that are not halvings).
    bool buildOwnOverviews(const std::vector<int> &factors, Feedback *feedback);

    RasterWriteOptions m_options;
    TileGrid m_grid;
    AtomicOutput m_output;
    std::unique_ptr<AtomicOutput> m_stage; //!< plain GTiff before COG conversion
    DatasetPtr m_dataset;
    bool m_finished = false;
    std::mutex m_mutex;
};

/** Writes a whole small raster in one call (tests, masks, split rasters). */
void writeRaster(const QString &path, const TileGrid &grid, const RasterWriteOptions &options,
                 const std::vector<std::vector<float>> &bands);

} // namespace cropmap::core::io
