// SPDX-License-Identifier: GPL-3.0-or-later
#include "io/raster_source.h"

#include <cmath>
#include <limits>

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

RasterSource RasterSource::open(const QString &path)
{
    RasterSource source;
    source.m_path = path;
    source.m_file = openRaster(path);
    source.m_grid = TileGrid::fromDataset(*source.m_file);
    source.m_nativeGrid = source.m_grid;
    return source;
}

RasterSource RasterSource::openOnGrid(const QString &path, const TileGrid &grid,
                                      Resampling resampling)
{
    RasterSource source = open(path);
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
        return std::nullopt;
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

void RasterSource::readWindow(int index, const Window &window, float *out) const
{
    GDALRasterBand &b = band(index);
    CPLErrorReset();
    const CPLErr err = b.RasterIO(GF_Read, window.x, window.y, window.width, window.height, out,
                                  window.width, window.height, GDT_Float32, 0, 0, nullptr);
    if (err != CE_None) {
        throw Error(tr("Cannot read band %1 of \"%2\" (window %3,%4 %5×%6): %7")
                        .arg(index)
                        .arg(m_path)
                        .arg(window.x)
                        .arg(window.y)
                        .arg(window.width)
                        .arg(window.height)
                        .arg(lastGdalError()));
    }
    const std::optional<double> nd = nodata(index);
    const float nan = std::numeric_limits<float>::quiet_NaN();
    const qint64 n = window.pixelCount();
    if (nd && std::isfinite(*nd)) {
        const float ndf = static_cast<float>(*nd);
        for (qint64 i = 0; i < n; ++i) {
            if (out[i] == ndf || !std::isfinite(out[i]))
                out[i] = nan;
        }
    } else {
        for (qint64 i = 0; i < n; ++i) {
            if (!std::isfinite(out[i]))
                out[i] = nan;
        }
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
