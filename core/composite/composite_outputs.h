// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <memory>
#include <vector>

#include <QString>
#include <QStringList>

#include <gdal.h>

#include "composite/composite_plan.h"
#include "io/block_windows.h"
#include "io/raster_writer.h"

namespace cropmap::core {
class Feedback;
}

namespace cropmap::core::composite {

class BlockCompositor;

/** Nodata of int16 composites (reflectance × 10000). */
constexpr double kInt16Nodata = -9999.0;

/**
 * \brief The files of one tile's composite, staged until the whole set is complete.
 *
 * Writes `<TILE>_<YYYY-MM>.tif` (one COG per month, bands B02…B12 and indices), `<TILE>_count.tif`
 * (valid observations per month, 0 = filled) and `<TILE>_composites.vrt` (the months stacked
 * month-major, what later steps read) into a hidden staging folder of the tile folder. commit()
 * finishes every file there (the slow part: COG conversion) and only then renames them into
 * the tile folder, so a cancel, a full disk or a crash leaves the previous set intact and no
 * partial file behind.
 */
class CompositeOutputs
{
public:
    CompositeOutputs(const QString &tileFolder, const CompositePlan &plan,
                     const QStringList &outputBands, GDALDataType valueType);
    ~CompositeOutputs();
    CompositeOutputs(const CompositeOutputs &) = delete;
    CompositeOutputs &operator=(const CompositeOutputs &) = delete;

    /** Writes a composited and gap-filled window (thread-safe); \a thread is the worker's
     *  index, which spreads the workers over the files. */
    void writeBlock(const io::Window &window, BlockCompositor &block, int thread = 0);
    /** Finishes all files, \a threads at a time (0 = all cores), and moves them into the
     *  tile folder; throws Error or Canceled. */
    void commit(Feedback &feedback, int threads = 0);

    /** Whether the staged files are ZSTD-compressed: only when the disk lacks room for them
     *  uncompressed (see stageUncompressed()). */
    bool stagingCompressed() const { return m_stagingCompressed; }
    /** Free space, in multiples of the raw size, to stage uncompressed: the staged set and
     *  the finished COGs side by side, with room to spare. */
    static constexpr int kStagingRoom = 3;
    /** Whether \a freeBytes leave room to stage \a rawBytes uncompressed. */
    static bool stageUncompressed(qint64 rawBytes, qint64 freeBytes)
    {
        return freeBytes / kStagingRoom >= rawBytes;
    }
    /** Bytes the staged files take uncompressed (months and count layer). */
    qint64 rawBytes() const;

    QString vrtPath() const;
    QString countPath() const;
    QStringList monthPaths() const;

private:
    QString finalPath(const QString &fileName) const;
    QString stagedPath(const QString &fileName) const;
    QString monthFileName(int step) const;
    QString countFileName() const;
    QString vrtFileName() const;
    QByteArray vrtXml() const;
    GDALDataType countType() const;
    void removeStaging();

    const CompositePlan &m_plan;
    QString m_tileFolder;
    QString m_staging;
    QStringList m_bands;
    GDALDataType m_valueType;
    bool m_stagingCompressed = false;
    std::vector<std::unique_ptr<io::RasterWriter>> m_months;
    std::unique_ptr<io::RasterWriter> m_count;
    bool m_committed = false;
};

} // namespace cropmap::core::composite
