// SPDX-License-Identifier: GPL-3.0-or-later
#include "io/raster_source.h"

#include <cmath>
#include <cstdint>
#include <cstring>
#include <limits>
#include <type_traits>

#include <QByteArray>
#include <QCoreApplication>

#include <gdal_utils.h>

#include "util/error.h"

namespace cropmap::core::io {

namespace {

QString tr(const char *text)
{
    return QCoreApplication::translate("cropmap::core::io", text);
}

struct WarpOptionsDeleter
{
    void operator()(GDALWarpAppOptions *options) const noexcept { GDALWarpAppOptionsFree(options); }
};

} // namespace

RasterSource::~RasterSource()
{
    // The warped view references the file: close it first.
    m_warped.reset();
    m_file.reset();
}

RasterSource RasterSource::openFile(const QString &path, const TileGrid *knownGrid)
{
    RasterSource source;
    source.m_path = path;
    source.m_file = openRaster(path);
    if (knownGrid && knownGrid->width() == source.m_file->GetRasterXSize()
        && knownGrid->height() == source.m_file->GetRasterYSize()) {
        source.m_nativeGrid = *knownGrid;
    } else {
        source.m_nativeGrid = TileGrid::fromDataset(*source.m_file);
    }
    source.m_grid = source.m_nativeGrid;
    return source;
}

RasterSource RasterSource::open(const QString &path)
{
    return openFile(path, nullptr);
}

RasterSource RasterSource::openOnGrid(const QString &path, const TileGrid &grid,
                                      Resampling resampling, const TileGrid *knownGrid,
                                      std::optional<double> assumedNodata)
{
    RasterSource source = openFile(path, knownGrid);
    int declared = FALSE;
    source.m_file->GetRasterBand(1)->GetNoDataValue(&declared);
    if (!declared)
        source.m_assumedNodata = assumedNodata;
    if (source.m_nativeGrid.isAlignedWith(grid))
        return source;
    if (source.m_nativeGrid.crsWkt().isEmpty()) {
        throw Error(tr("Raster \"%1\" has no CRS, so it cannot be put onto the grid %2")
                        .arg(path, grid.describe()));
    }

    const QRectF e = grid.extent();
    QList<QByteArray> args = {
        "-of", "VRT",
        "-t_srs", grid.crsWkt().toUtf8(),
        "-te", QByteArray::number(e.left(), 'f', 8), QByteArray::number(e.top(), 'f', 8),
        QByteArray::number(e.right(), 'f', 8), QByteArray::number(e.bottom(), 'f', 8),
        "-ts", QByteArray::number(grid.width()), QByteArray::number(grid.height()),
        "-r", resampling == Resampling::Bilinear ? "bilinear" : "near",
    };
    // The warper skips source nodata in its kernels (and copies it to the output), so a pixel
    // next to a swath edge takes its valid neighbours only, never a blend with DN 0.
    if (source.m_assumedNodata)
        args << "-srcnodata" << QByteArray::number(*source.m_assumedNodata, 'g', 17);
    std::vector<char *> argv;
    for (QByteArray &a : args)
        argv.push_back(a.data());
    argv.push_back(nullptr);
    std::unique_ptr<GDALWarpAppOptions, WarpOptionsDeleter> options(
        GDALWarpAppOptionsNew(argv.data(), nullptr));
    GDALDatasetH sourceHandle = GDALDataset::ToHandle(source.m_file.get());
    int usageError = FALSE;
    CPLErrorReset();
    GDALDatasetH warped = GDALWarp("", nullptr, 1, &sourceHandle, options.get(), &usageError);
    if (!warped) {
        throw Error(tr("Cannot resample \"%1\" onto the grid %2: %3")
                        .arg(path, grid.describe(), lastGdalError()));
    }
    source.m_warped.reset(GDALDataset::FromHandle(warped));
    source.m_grid = TileGrid::fromDataset(*source.m_warped);
    return source;
}

int RasterSource::bandCount() const
{
    return (m_warped ? m_warped : m_file)->GetRasterCount();
}

GDALRasterBand &RasterSource::band(int index) const
{
    GDALDataset &ds = m_warped ? *m_warped : *m_file;
    if (index < 1 || index > ds.GetRasterCount()) {
        throw Error(tr("Raster \"%1\" has no band %2 (it has %3)")
                        .arg(m_path)
                        .arg(index)
                        .arg(ds.GetRasterCount()));
    }
    return *ds.GetRasterBand(index);
}

std::optional<double> RasterSource::nodata(int index) const
{
    int has = FALSE;
    const double value = band(index).GetNoDataValue(&has);
    if (!has)
        return m_warped ? std::nullopt : m_assumedNodata;
    return value;
}

GDALDataType RasterSource::dataType(int index) const
{
    return band(index).GetRasterDataType();
}

QString RasterSource::bandDescription(int index) const
{
    return QString::fromUtf8(band(index).GetDescription());
}

QString RasterSource::metadataItem(const QString &key, const QString &domain) const
{
    const QByteArray d = domain.toUtf8();
    const char *value = m_file->GetMetadataItem(key.toUtf8().constData(),
                                                domain.isEmpty() ? nullptr : d.constData());
    return value ? QString::fromUtf8(value) : QString();
}

namespace {

// Converts \a height rows of \a width values (rows \a stride apart) to float rows
// \a outStride apart, nodata and non-finite values to NaN: the one pass over the values that a
// direct block read needs.
template<typename T>
void toFloat(const T *in, int stride, int width, int height, std::optional<double> nodata,
             float *out, int outStride)
{
    const float nan = std::numeric_limits<float>::quiet_NaN();
    const bool hasNodata = nodata && std::isfinite(*nodata);
    const float ndf = hasNodata ? static_cast<float>(*nodata) : nan;
    for (int y = 0; y < height; ++y) {
        const T *row = in + std::size_t(y) * std::size_t(stride);
        float *o = out + std::size_t(y) * std::size_t(outStride);
        if constexpr (std::is_floating_point_v<T>) {
            for (int x = 0; x < width; ++x) {
                const float v = static_cast<float>(row[x]);
                o[x] = (v == ndf || !std::isfinite(v)) ? nan : v;
            }
        } else if (hasNodata) {
            for (int x = 0; x < width; ++x) {
                const float v = static_cast<float>(row[x]);
                o[x] = v == ndf ? nan : v;
            }
        } else {
            for (int x = 0; x < width; ++x)
                o[x] = static_cast<float>(row[x]);
        }
    }
}

Error readFailure(const QString &path, int band, const Window &window)
{
    return Error(tr("Cannot read band %1 of \"%2\" (window %3,%4 %5×%6): %7")
                     .arg(band)
                     .arg(path)
                     .arg(window.x)
                     .arg(window.y)
                     .arg(window.width)
                     .arg(window.height)
                     .arg(lastGdalError()));
}

} // namespace

bool RasterSource::readWholeBlocks(GDALRasterBand &b, const Window &window,
                                   const BlockVisitor &visit) const
{
    // Only a window made of whole blocks of the file (cut at the raster's edge), read without
    // resampling: GDAL then decodes each block straight into our buffer, without its block
    // cache (an allocation, a lock and a copy per block) and without GDALCopyWords.
    if (m_warped)
        return false;
    int bx = 0;
    int by = 0;
    b.GetBlockSize(&bx, &by);
    const int right = window.x + window.width;
    const int bottom = window.y + window.height;
    if (bx <= 0 || by <= 0 || window.width <= 0 || window.height <= 0 || window.x % bx != 0
        || window.y % by != 0 || right > b.GetXSize() || bottom > b.GetYSize()
        || (right % bx != 0 && right != b.GetXSize())
        || (bottom % by != 0 && bottom != b.GetYSize())) {
        return false;
    }
    thread_local std::vector<unsigned char> buffer;
    buffer.resize(std::size_t(bx) * std::size_t(by)
                  * std::size_t(GDALGetDataTypeSizeBytes(b.GetRasterDataType())));
    for (int y = window.y; y < bottom; y += by) {
        for (int x = window.x; x < right; x += bx) {
            CPLErrorReset();
            if (b.ReadBlock(x / bx, y / by, buffer.data()) != CE_None)
                throw readFailure(m_path, b.GetBand(), window);
            visit(buffer.data(), bx, x - window.x, y - window.y, std::min(bx, right - x),
                  std::min(by, bottom - y));
        }
    }
    return true;
}

void RasterSource::readWindow(int index, const Window &window, float *out) const
{
    GDALRasterBand &b = band(index);
    const std::optional<double> nd = nodata(index);
    const GDALDataType type = b.GetRasterDataType();
    const int ws = window.width;
    const auto convert = [&](const void *block, int stride, int x, int y, int w, int h) {
        float *o = out + std::size_t(y) * std::size_t(ws) + std::size_t(x);
        switch (type) {
        case GDT_Byte:
            toFloat(static_cast<const std::uint8_t *>(block), stride, w, h, nd, o, ws);
            break;
        case GDT_UInt16:
            toFloat(static_cast<const std::uint16_t *>(block), stride, w, h, nd, o, ws);
            break;
        case GDT_Int16:
            toFloat(static_cast<const std::int16_t *>(block), stride, w, h, nd, o, ws);
            break;
        default:
            toFloat(static_cast<const float *>(block), stride, w, h, nd, o, ws);
            break;
        }
    };
    if ((type == GDT_Byte || type == GDT_UInt16 || type == GDT_Int16 || type == GDT_Float32)
        && readWholeBlocks(b, window, convert)) {
        return;
    }
    CPLErrorReset();
    const CPLErr err = b.RasterIO(GF_Read, window.x, window.y, window.width, window.height, out,
                                  window.width, window.height, GDT_Float32, 0, 0, nullptr);
    if (err != CE_None)
        throw readFailure(m_path, index, window);
    toFloat(out, ws, ws, window.height, nd, out, ws);
}

void RasterSource::readWindowBytes(int index, const Window &window, std::uint8_t *out) const
{
    GDALRasterBand &b = band(index);
    if (b.GetRasterDataType() != GDT_Byte) {
        throw Error(tr("Band %1 of \"%2\" is of type %3, not Byte")
                        .arg(index)
                        .arg(m_path, QString::fromUtf8(GDALGetDataTypeName(b.GetRasterDataType()))));
    }
    const auto copy = [&](const void *block, int stride, int x, int y, int w, int h) {
        for (int r = 0; r < h; ++r) {
            std::memcpy(out + std::size_t(y + r) * std::size_t(window.width) + std::size_t(x),
                        static_cast<const std::uint8_t *>(block) + std::size_t(r) * std::size_t(stride),
                        std::size_t(w));
        }
    };
    if (readWholeBlocks(b, window, copy))
        return;
    CPLErrorReset();
    if (b.RasterIO(GF_Read, window.x, window.y, window.width, window.height, out, window.width,
                   window.height, GDT_Byte, 0, 0, nullptr)
        != CE_None) {
        throw readFailure(m_path, index, window);
    }
}

std::vector<float> RasterSource::readWindow(int index, const Window &window) const
{
    std::vector<float> out(static_cast<std::size_t>(window.pixelCount()));
    readWindow(index, window, out.data());
    return out;
}

std::vector<float> RasterSource::readAll(int index) const
{
    return readWindow(index, Window{0, 0, m_grid.width(), m_grid.height()});
}

} // namespace cropmap::core::io
