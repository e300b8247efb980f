// SPDX-License-Identifier: GPL-3.0-or-later
#include "layers/raster_reader.h"

#include <algorithm>
#include <cmath>

#include <QCoreApplication>

#include <gdalwarper.h>

#include "util/error.h"

namespace cropmap::ui {

bool sameCrs(const QString &a, const QString &b)
{
    if (a == b)
        return true;
    if (a.isEmpty() || b.isEmpty())
        return false;
    OGRSpatialReference first, second;
    if (first.importFromWkt(a.toUtf8().constData()) != OGRERR_NONE
        || second.importFromWkt(b.toUtf8().constData()) != OGRERR_NONE)
        return false;
    return first.IsSame(&second);
}

RasterView::RasterView(const QString &path, const QString &canvasCrsWkt)
    : m_path(path)
    , m_file(core::io::openRasterWithSidecars(path))
{
    const char *fileWkt = m_file->GetProjectionRef();
    if (canvasCrsWkt.isEmpty() || !fileWkt || !*fileWkt
        || sameCrs(QString::fromUtf8(fileWkt), canvasCrsWkt))
        return;
    CPLErrorReset();
    const QByteArray target = canvasCrsWkt.toUtf8();
    GDALDatasetH warped = GDALAutoCreateWarpedVRT(GDALDataset::ToHandle(m_file.get()), nullptr,
                                                  target.constData(), GRA_NearestNeighbour,
                                                  0.125, nullptr);
    if (!warped) {
        throw core::Error(QCoreApplication::translate("cropmap::ui",
                                                      "Cannot reproject raster \"%1\": %2")
                              .arg(path, core::io::lastGdalError()));
    }
    m_warped.reset(GDALDataset::FromHandle(warped));
}

std::vector<float> RasterView::read(int band, const QRectF &window, QSize buffer) const
{
    GDALDataset &data = dataset();
    const int x0 = std::clamp(int(std::floor(window.left())), 0, data.GetRasterXSize() - 1);
    const int y0 = std::clamp(int(std::floor(window.top())), 0, data.GetRasterYSize() - 1);
    const int x1 = std::clamp(int(std::ceil(window.right())), x0 + 1, data.GetRasterXSize());
    const int y1 = std::clamp(int(std::ceil(window.bottom())), y0 + 1, data.GetRasterYSize());
    GDALRasterIOExtraArg extra;
    INIT_RASTERIO_EXTRA_ARG(extra);
    extra.eResampleAlg = GRIORA_NearestNeighbour;
    // The exact (fractional) window keeps the image aligned with vectors when zoomed in.
    extra.bFloatingPointWindowValidity = TRUE;
    extra.dfXOff = window.left();
    extra.dfYOff = window.top();
    extra.dfXSize = window.width();
    extra.dfYSize = window.height();
    std::vector<float> values(size_t(buffer.width()) * buffer.height());
    GDALRasterBand *rasterBand = data.GetRasterBand(band);
    if (!rasterBand)
        throw core::Error(QCoreApplication::translate("cropmap::ui", "Raster \"%1\" has no band %2")
                              .arg(m_path)
                              .arg(band));
    CPLErrorReset();
    if (rasterBand->RasterIO(GF_Read, x0, y0, x1 - x0, y1 - y0, values.data(), buffer.width(),
                             buffer.height(), GDT_Float32, 0, 0, &extra)
        != CE_None) {
        throw core::Error(QCoreApplication::translate("cropmap::ui",
                                                      "Cannot read raster \"%1\": %2")
                              .arg(m_path, core::io::lastGdalError()));
    }
    int hasNodata = 0;
    const double nodata = rasterBand->GetNoDataValue(&hasNodata);
    const float nodataValue = float(nodata);
    for (float &value : values) {
        if (!std::isfinite(value) || (hasNodata && value == nodataValue))
            value = std::numeric_limits<float>::quiet_NaN();
    }
    return values;
}

std::vector<float> RasterView::subsampledValues(int band) const
{
    GDALDataset &data = dataset();
    const int width = data.GetRasterXSize();
    const int height = data.GetRasterYSize();
    const double shrink = std::max(1.0, std::max(width, height) / 256.0);
    const QSize buffer(std::max(1, int(width / shrink)), std::max(1, int(height / shrink)));
    std::vector<float> values = read(band, QRectF(0, 0, width, height), buffer);
    values.erase(std::remove_if(values.begin(), values.end(),
                                [](float v) { return std::isnan(v); }),
                 values.end());
    return values;
}

std::pair<double, double> RasterView::percentileRange(int band, double low, double high) const
{
    std::vector<float> values = subsampledValues(band);
    return percentilesOf(values, low, high);
}

std::pair<double, double> percentilesOf(std::vector<float> &values, double low, double high)
{
    if (values.empty())
        return {0.0, 1.0};
    std::sort(values.begin(), values.end());
    // Nearest-rank percentiles: index p/100·(n−1), rounded.
    const auto at = [&values](double percent) {
        const double index = std::clamp(percent, 0.0, 100.0) / 100.0 * double(values.size() - 1);
        return double(values[size_t(std::lround(index))]);
    };
    return {at(low), at(high)};
}

std::pair<double, double> pooledPercentileRange(const QStringList &paths, const QString &canvasCrsWkt,
                                                int band, double low, double high)
{
    std::vector<float> pooled;
    for (const QString &path : paths) {
        const std::vector<float> values = RasterView(path, canvasCrsWkt).subsampledValues(band);
        pooled.insert(pooled.end(), values.begin(), values.end());
    }
    return percentilesOf(pooled, low, high);
}

} // namespace cropmap::ui
