// SPDX-License-Identifier: GPL-3.0-or-later
#include "io/raster_writer.h"

#include <cmath>
#include <limits>
#include <optional>

#include <QCoreApplication>
#include <QFileInfo>
#include <QStorageInfo>

#include "util/error.h"
#include "util/feedback.h"

namespace cropmap::core::io {

namespace {

QString tr(const char *text)
{
    return QCoreApplication::translate("cropmap::core::io", text);
}

GDALDriver &driver(const char *name)
{
    ensureGdalRegistered();
    GDALDriver *d = GetGDALDriverManager()->GetDriverByName(name);
    if (!d)
        throw Error(tr("The GDAL driver %1 is not available").arg(QString::fromUtf8(name)));
    return *d;
}

// A failed write of \a path: GDAL's last message (libtiff's "Write error at scanline 0" on a full
// disk, its cause in an earlier message), and the disk's state when it is full.
Error writeFailure(const QString &path, const QString &reason)
{
    const QStorageInfo disk(QFileInfo(path).absolutePath());
    if (disk.isValid() && disk.bytesAvailable() >= 0 && disk.bytesAvailable() < (qint64(1) << 20)) {
        return Error(tr("Cannot write \"%1\": %2 (the disk is full: %3 bytes free on %4)")
                         .arg(path, reason)
                         .arg(disk.bytesAvailable())
                         .arg(disk.rootPath()));
    }
    return Error(tr("Cannot write \"%1\": %2").arg(path, reason));
}

// Halves \a src (w × h) into \a dst ((w + 1) / 2 × (h + 1) / 2): the mean of the valid pixels
// of each 2 × 2 cell, nodata (\a missing) where none is valid, or, for classes, the cell's
// top-left pixel (as GDAL's NEAREST). An odd last row or column pairs with itself.
enum class Halving { Nearest, Average, Mode };

// The most frequent of the valid values among \a v[0..3] (ties: the first in reading order),
// or \a missing when none is valid.
float modeOfFour(const float v[4], const bool ok[4], float missing)
{
    float best = missing;
    int bestCount = 0;
    for (int i = 0; i < 4; ++i) {
        if (!ok[i])
            continue;
        int count = 0;
        for (int j = 0; j < 4; ++j)
            count += ok[j] && v[j] == v[i];
        if (count > bestCount) {
            best = v[i];
            bestCount = count;
        }
    }
    return best;
}

void halve(const float *src, int w, int h, Halving how, float missing, float *dst)
{
    const int hw = (w + 1) / 2;
    const int hh = (h + 1) / 2;
    const bool nanMissing = std::isnan(missing);
    const auto valid = [&](float v) { return nanMissing ? !std::isnan(v) : v == v && v != missing; };
    for (int y = 0; y < hh; ++y) {
        const float *r0 = src + std::size_t(2 * y) * std::size_t(w);
        const float *r1 = 2 * y + 1 < h ? r0 + w : r0;
        float *out = dst + std::size_t(y) * std::size_t(hw);
        if (how == Halving::Nearest) {
            for (int x = 0; x < hw; ++x)
                out[x] = r0[2 * x];
            continue;
        }
        for (int x = 0; x < hw; ++x) {
            const int x1 = std::min(2 * x + 1, w - 1);
            const float v[4] = {r0[2 * x], r0[x1], r1[2 * x], r1[x1]};
            const bool ok[4] = {valid(v[0]), valid(v[1]), valid(v[2]), valid(v[3])};
            if (how == Halving::Mode) {
                out[x] = modeOfFour(v, ok, missing);
                continue;
            }
            const int n = int(ok[0]) + int(ok[1]) + int(ok[2]) + int(ok[3]);
            const float sum = (ok[0] ? v[0] : 0.f) + (ok[1] ? v[1] : 0.f) + (ok[2] ? v[2] : 0.f) + (ok[3] ? v[3] : 0.f);
            out[x] = n > 0 ? sum / float(n) : missing;
        }
    }
}

} // namespace

RasterWriter::RasterWriter(const QString &path, const TileGrid &grid,
                           const RasterWriteOptions &options)
    : m_options(options)
    , m_grid(grid)
    , m_output(path)
{
    if (!grid.isValid())
        throw Error(tr("Cannot write \"%1\": the grid is empty").arg(path));
    if (options.cloudOptimized)
        m_stage = std::make_unique<AtomicOutput>(path, QStringLiteral(".stage.tmp"));
    const QString target = m_stage ? m_stage->tempPath() : m_output.tempPath();

    const QByteArray blockSize = QByteArray::number(options.blockSize);
    const QByteArray compression = options.compression.toUtf8();
    CPLStringList createOptions;
    createOptions.SetNameValue("TILED", "YES");
    createOptions.SetNameValue("BLOCKXSIZE", blockSize.constData());
    createOptions.SetNameValue("BLOCKYSIZE", blockSize.constData());
    createOptions.SetNameValue("BIGTIFF", "IF_SAFER");
    if (m_stage) {
        // The COG driver compresses the final file; the staging file is read back (for the
        // overviews and the copy) and deleted. ZSTD at level 1 keeps it smaller on disk at a
        // fraction of DEFLATE's cost; uncompressed is faster still.
        if (options.compressStaging && options.compression != QStringLiteral("NONE")) {
            createOptions.SetNameValue("COMPRESS", "ZSTD");
            createOptions.SetNameValue("ZSTD_LEVEL", "1");
        }
    } else {
        createOptions.SetNameValue("COMPRESS", compression.constData());
        const QByteArray level = QByteArray::number(options.compressionLevel);
        if (options.compressionLevel > 0 && options.compression == QStringLiteral("DEFLATE"))
            createOptions.SetNameValue("ZLEVEL", level.constData());
        if (options.dataType == GDT_Float32 && options.compression == QStringLiteral("DEFLATE"))
            createOptions.SetNameValue("PREDICTOR", "3");
    }

    CPLErrorReset();
    m_dataset.reset(driver("GTiff").Create(target.toUtf8().constData(), grid.width(),
                                           grid.height(), options.bandCount, options.dataType,
                                           createOptions.List()));
    if (!m_dataset)
        throw Error(tr("Cannot create \"%1\": %2").arg(path, lastGdalError()));
    // Every header call is checked: a map without its georeferencing, nodata or palette is
    // wrong in QGIS without a word, so it is a failed write like any other.
    const auto check = [&](CPLErr result, const char *what) {
        if (result != CE_None)
            throw Error(tr("Cannot write the %1 of \"%2\": %3")
                            .arg(QString::fromUtf8(what), path, lastGdalError()));
    };
    check(m_dataset->SetGeoTransform(const_cast<double *>(grid.geoTransform().data())),
          "geotransform");
    if (!grid.crsWkt().isEmpty())
        check(m_dataset->SetProjection(grid.crsWkt().toUtf8().constData()), "projection");
    for (auto it = options.metadata.cbegin(); it != options.metadata.cend(); ++it)
        check(m_dataset->SetMetadataItem(it.key().toUtf8().constData(),
                                         it.value().toUtf8().constData()),
              "metadata");
    for (int b = 1; b <= options.bandCount; ++b) {
        GDALRasterBand *band = m_dataset->GetRasterBand(b);
        if (options.nodata)
            check(band->SetNoDataValue(*options.nodata), "nodata value");
        if (b - 1 < options.bandDescriptions.size())
            band->SetDescription(options.bandDescriptions[b - 1].toUtf8().constData());
    }
    if (!options.colourTable.empty()) {
        GDALColorTable table;
        for (const ColourEntry &e : options.colourTable) {
            const GDALColorEntry entry{e.red, e.green, e.blue, e.alpha};
            table.SetColorEntry(e.value, &entry);
        }
        check(m_dataset->GetRasterBand(1)->SetColorTable(&table), "colour table");
        check(m_dataset->GetRasterBand(1)->SetColorInterpretation(GCI_PaletteIndex),
              "colour interpretation");
    }
}

RasterWriter::~RasterWriter()
{
    // Closing before the AtomicOutputs remove the temporary files.
    m_dataset.reset();
}

void RasterWriter::writeWindow(int band, const Window &window, const void *data, GDALDataType type)
{
    std::lock_guard lock(m_mutex);
    if (!m_dataset)
        throw Error(tr("\"%1\" is already committed").arg(path()));
    if (band < 1 || band > m_options.bandCount)
        throw Error(tr("Cannot write band %1 of \"%2\": it has %3 bands")
                        .arg(band)
                        .arg(path())
                        .arg(m_options.bandCount));
    CPLErrorReset();
    const CPLErr err = m_dataset->GetRasterBand(band)->RasterIO(
        GF_Write, window.x, window.y, window.width, window.height, const_cast<void *>(data),
        window.width, window.height, type, 0, 0, nullptr);
    if (err != CE_None)
        throw writeFailure(path(), lastGdalError());
}

void RasterWriter::flushWindow(const Window &window)
{
    std::lock_guard lock(m_mutex);
    if (!m_dataset)
        throw Error(tr("\"%1\" is already committed").arg(path()));
    const int size = m_options.blockSize;
    const int width = m_dataset->GetRasterXSize();
    const int height = m_dataset->GetRasterYSize();
    // Blocks wholly inside the window; a block cut by the raster's edge counts as whole.
    const int firstX = (window.x + size - 1) / size;
    const int firstY = (window.y + size - 1) / size;
    const int right = window.x + window.width;
    const int bottom = window.y + window.height;
    const int endX = right >= width ? (width + size - 1) / size : right / size;
    const int endY = bottom >= height ? (height + size - 1) / size : bottom / size;
    CPLErrorReset();
    for (int band = 1; band <= m_options.bandCount; ++band) {
        GDALRasterBand *raster = m_dataset->GetRasterBand(band);
        for (int by = firstY; by < endY; ++by)
            for (int bx = firstX; bx < endX; ++bx)
                if (raster->FlushBlock(bx, by) != CE_None)
                    throw writeFailure(path(), lastGdalError());
    }
}

void RasterWriter::setBandMetadata(int band, const QString &key, const QString &value)
{
    std::lock_guard lock(m_mutex);
    m_dataset->GetRasterBand(band)->SetMetadataItem(key.toUtf8().constData(),
                                                    value.toUtf8().constData());
}

std::vector<int> RasterWriter::overviewFactors() const
{
    std::vector<int> factors;
    const int longest = std::max(m_grid.width(), m_grid.height());
    if (m_options.cloudOptimized) {
        // The COG driver's rule: halve until a level fits in one block.
        for (int f = 2, size = longest; size > m_options.blockSize && factors.size() < 16; f *= 2) {
            size = (longest + f - 1) / f;
            factors.push_back(f);
        }
    } else {
        for (int f = 2; factors.size() < 8 && longest / f >= 256; f *= 2)
            factors.push_back(f);
    }
    return factors;
}

bool RasterWriter::buildOwnOverviews(const std::vector<int> &factors, Feedback *feedback)
{
    const auto is = [&](const char *name) {
        return m_options.overviewResampling.compare(QLatin1String(name), Qt::CaseInsensitive) == 0;
    };
    if (!is("AVERAGE") && !is("NEAREST") && !is("MODE"))
        return false;
    const Halving how = is("AVERAGE") ? Halving::Average : is("MODE") ? Halving::Mode : Halving::Nearest;
    // Empty levels, then each level halved from the one above, destination block by block:
    // GDAL's own AVERAGE on int16 with nodata ran at ~150 MB/s, two thirds of a composite
    // month's conversion. AVERAGE and NEAREST match GDAL 3.6's pixel for pixel (checked on the
    // composite bench's months and count layer, every level). MODE (class maps) is ours too:
    // GDAL's, from the second level on, reads a level of its own that has lost the colour
    // table, and warned "Computing overviews on palette index raster bands without a palette"
    // on every full-size tile; each of our levels is the mode of 2 × 2 of the level above.
    if (m_dataset->BuildOverviews("NONE", int(factors.size()), const_cast<int *>(factors.data()),
                                  0, nullptr, nullptr, nullptr)
        != CE_None) {
        throw Error(tr("Cannot build overviews of \"%1\": %2").arg(path(), lastGdalError()));
    }
    const int bands = m_dataset->GetRasterCount();
    GDALRasterBand *first = m_dataset->GetRasterBand(1);
    if (first->GetOverviewCount() != int(factors.size()))
        return false;
    double work = 0;
    for (std::size_t k = 0; k < factors.size(); ++k)
        work += double(first->GetOverview(int(k))->GetXSize()) * first->GetOverview(int(k))->GetYSize();
    const float missing = m_options.nodata ? float(*m_options.nodata)
                                           : std::numeric_limits<float>::quiet_NaN();
    std::vector<float> in;
    std::vector<float> out;
    double done = 0;
    for (std::size_t k = 0; k < factors.size(); ++k) {
        const auto source = [&](int b) {
            GDALRasterBand *band = m_dataset->GetRasterBand(b);
            return k == 0 ? band : band->GetOverview(int(k) - 1);
        };
        GDALRasterBand *level = first->GetOverview(int(k));
        const int sw = source(1)->GetXSize();
        const int sh = source(1)->GetYSize();
        const int ow = level->GetXSize();
        const int oh = level->GetYSize();
        if (ow != (sw + 1) / 2 || oh != (sh + 1) / 2)
            return false; // not a halving: leave it to GDAL
        int bx = 0;
        int by = 0;
        level->GetBlockSize(&bx, &by);
        for (int y = 0; y < oh; y += by) {
            for (int x = 0; x < ow; x += bx) {
                const int w = std::min(bx, ow - x);
                const int h = std::min(by, oh - y);
                const Window from{2 * x, 2 * y, std::min(2 * w, sw - 2 * x), std::min(2 * h, sh - 2 * y)};
                in.resize(std::size_t(from.pixelCount()));
                out.resize(std::size_t(w) * std::size_t(h));
                // Every band of one block in turn: a pixel-interleaved file reads and writes
                // each block once for all of them.
                for (int b = 1; b <= bands; ++b) {
                    CPLErrorReset();
                    CPLErr err = source(b)->RasterIO(GF_Read, from.x, from.y, from.width,
                                                     from.height, in.data(), from.width,
                                                     from.height, GDT_Float32, 0, 0, nullptr);
                    if (err == CE_None) {
                        halve(in.data(), from.width, from.height, how, missing, out.data());
                        err = m_dataset->GetRasterBand(b)->GetOverview(int(k))->RasterIO(
                            GF_Write, x, y, w, h, out.data(), w, h, GDT_Float32, 0, 0, nullptr);
                    }
                    if (err != CE_None) {
                        throw Error(tr("Cannot build overviews of \"%1\": %2")
                                        .arg(path(), lastGdalError()));
                    }
                }
                done += double(w) * h;
                if (feedback) {
                    feedback->throwIfCanceled();
                    feedback->setProgress(done / work);
                }
            }
        }
    }
    return true;
}

void RasterWriter::commit(Feedback *feedback)
{
    if (!m_finished)
        finish(feedback);
    std::lock_guard lock(m_mutex);
    if (m_output.isCommitted())
        throw Error(tr("\"%1\" is already committed").arg(path()));
    m_output.commit();
}

void RasterWriter::finish(Feedback *feedback)
{
    std::lock_guard lock(m_mutex);
    if (!m_dataset)
        throw Error(tr("\"%1\" is already committed").arg(path()));
    CPLErrorReset();
    // A COG's overviews are built here too, on the staging file: the COG driver then copies
    // them instead of building them in a temporary file of its own, which it compresses and
    // decompresses once more (a fifth of a composite month's conversion time, measured).
    std::optional<ScopedFeedback> overviewPart;
    std::optional<ScopedFeedback> copyPart;
    if (feedback && m_options.cloudOptimized) {
        overviewPart.emplace(*feedback, 0.0, 0.3);
        copyPart.emplace(*feedback, 0.3, 1.0);
    }
    if (m_options.overviews || m_options.cloudOptimized) {
        const std::vector<int> levels = overviewFactors();
        Feedback *progress = overviewPart ? &*overviewPart : feedback;
        const QByteArray resampling = m_options.overviewResampling.toUtf8();
        if (!levels.empty() && !buildOwnOverviews(levels, progress)
            && m_dataset->BuildOverviews(resampling.constData(), int(levels.size()),
                                         const_cast<int *>(levels.data()), 0, nullptr,
                                         progress ? gdalProgressBridge : nullptr, progress)
                   != CE_None) {
            if (feedback && feedback->isCanceled())
                throw Canceled();
            throw Error(tr("Cannot build overviews of \"%1\": %2").arg(path(), lastGdalError()));
        }
    }
    m_dataset->FlushCache();
    if (CPLGetLastErrorType() >= CE_Failure) {
        const QString reason = lastGdalError();
        m_dataset.reset();
        throw writeFailure(path(), reason);
    }
    m_dataset.reset(); // closes: everything is on disk now
    if (CPLGetLastErrorType() >= CE_Failure)
        throw writeFailure(path(), lastGdalError());

    if (m_options.cloudOptimized) {
        DatasetPtr staged = openRaster(m_stage->tempPath());
        CPLStringList cogOptions;
        cogOptions.SetNameValue("COMPRESS", m_options.compression.toUtf8().constData());
        cogOptions.SetNameValue("BLOCKSIZE", QByteArray::number(m_options.blockSize).constData());
        cogOptions.SetNameValue("OVERVIEW_RESAMPLING",
                                m_options.overviewResampling.toUtf8().constData());
        cogOptions.SetNameValue("BIGTIFF", "IF_SAFER");
        const bool entropyCoded = m_options.compression == QStringLiteral("DEFLATE")
                                  || m_options.compression == QStringLiteral("ZSTD");
        if (m_options.compressionLevel > 0 && entropyCoded)
            cogOptions.SetNameValue("LEVEL", QByteArray::number(m_options.compressionLevel).constData());
        // Differencing neighbours helps DEFLATE and ZSTD on continuous values (reflectance,
        // indices), not on class ids.
        if (m_options.dataType != GDT_Byte && entropyCoded)
            cogOptions.SetNameValue("PREDICTOR", "YES");
        CPLErrorReset();
        DatasetPtr cog(driver("COG").CreateCopy(m_output.tempPath().toUtf8().constData(),
                                                staged.get(), FALSE, cogOptions.List(),
                                                copyPart ? gdalProgressBridge : nullptr,
                                                copyPart ? &*copyPart : nullptr));
        staged.reset();
        if (!cog) {
            if (feedback && feedback->isCanceled())
                throw Canceled();
            throw Error(tr("Cannot write the COG \"%1\": %2").arg(path(), lastGdalError()));
        }
        cog.reset();
        m_stage->discard();
    }
    m_finished = true;
}

void writeRaster(const QString &path, const TileGrid &grid, const RasterWriteOptions &options,
                 const std::vector<std::vector<float>> &bands)
{
    RasterWriter writer(path, grid, options);
    const Window all{0, 0, grid.width(), grid.height()};
    for (std::size_t b = 0; b < bands.size(); ++b)
        writer.writeWindow(static_cast<int>(b) + 1, all, bands[b].data());
    writer.commit();
}

} // namespace cropmap::core::io
