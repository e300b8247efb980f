// SPDX-License-Identifier: GPL-3.0-or-later
#include "io/tile_grid.h"

#include <cmath>

#include <QCoreApplication>

#include <gdal_priv.h>
#include <ogr_spatialref.h>

#include "util/error.h"

namespace cropmap::core::io {

TileGrid::TileGrid(QString crsWkt, const std::array<double, 6> &geoTransform, int width, int height)
    : m_crsWkt(std::move(crsWkt))
    , m_geoTransform(geoTransform)
    , m_width(width)
    , m_height(height)
{}

TileGrid TileGrid::fromDataset(GDALDataset &dataset)
{
    const char *wkt = dataset.GetProjectionRef();
    return fromDataset(dataset, QString::fromUtf8(wkt ? wkt : ""));
}

TileGrid TileGrid::fromDataset(GDALDataset &dataset, const QString &crsWkt)
{
    std::array<double, 6> gt{0, 1, 0, 0, 0, 1};
    dataset.GetGeoTransform(gt.data());
    return TileGrid(crsWkt, gt, dataset.GetRasterXSize(), dataset.GetRasterYSize());
}

TileGrid TileGrid::northUp(const QString &crsWkt, QPointF origin, double pixelSize, int width,
                           int height)
{
    return TileGrid(crsWkt, {origin.x(), pixelSize, 0.0, origin.y(), 0.0, -pixelSize}, width,
                    height);
}

QString TileGrid::wktFromEpsg(int epsg)
{
    OGRSpatialReference srs;
    if (srs.importFromEPSG(epsg) != OGRERR_NONE) {
        throw Error(QCoreApplication::translate("cropmap::core::io", "Unknown CRS EPSG:%1")
                        .arg(epsg));
    }
    char *wkt = nullptr;
    srs.exportToWkt(&wkt);
    const QString result = QString::fromUtf8(wkt);
    CPLFree(wkt);
    return result;
}

QPointF TileGrid::pixelToMap(double col, double row) const
{
    const auto &gt = m_geoTransform;
    return {gt[0] + col * gt[1] + row * gt[2], gt[3] + col * gt[4] + row * gt[5]};
}

QPointF TileGrid::mapToPixel(QPointF map) const
{
    const auto &gt = m_geoTransform;
    const double det = gt[1] * gt[5] - gt[2] * gt[4];
    if (std::abs(det) < 1e-15) {
        throw Error(
            QCoreApplication::translate("cropmap::core::io", "Degenerate geotransform in grid %1")
                .arg(describe()));
    }
    const double dx = map.x() - gt[0];
    const double dy = map.y() - gt[3];
    return {(gt[5] * dx - gt[2] * dy) / det, (-gt[4] * dx + gt[1] * dy) / det};
}

QRectF TileGrid::extent() const
{
    const QPointF corners[] = {pixelToMap(0, 0), pixelToMap(m_width, 0), pixelToMap(0, m_height),
                               pixelToMap(m_width, m_height)};
    double minX = corners[0].x(), maxX = minX, minY = corners[0].y(), maxY = minY;
    for (const QPointF &c : corners) {
        minX = std::min(minX, c.x());
        maxX = std::max(maxX, c.x());
        minY = std::min(minY, c.y());
        maxY = std::max(maxY, c.y());
    }
    return QRectF(QPointF(minX, minY), QPointF(maxX, maxY));
}

double TileGrid::pixelSizeX() const
{
    return std::hypot(m_geoTransform[1], m_geoTransform[4]);
}

double TileGrid::pixelSizeY() const
{
    return std::hypot(m_geoTransform[2], m_geoTransform[5]);
}

bool TileGrid::hasSameCrs(const TileGrid &other) const
{
    if (m_crsWkt == other.m_crsWkt)
        return true;
    if (m_crsWkt.isEmpty() || other.m_crsWkt.isEmpty())
        return false;
    OGRSpatialReference a, b;
    if (a.importFromWkt(m_crsWkt.toUtf8().constData()) != OGRERR_NONE
        || b.importFromWkt(other.m_crsWkt.toUtf8().constData()) != OGRERR_NONE) {
        return false;
    }
    return a.IsSame(&b);
}

bool TileGrid::isAlignedWith(const TileGrid &other) const
{
    if (m_width != other.m_width || m_height != other.m_height || !hasSameCrs(other))
        return false;
    const double tolerance = 1e-6 * std::max(pixelSizeX(), 1e-9);
    for (int i = 0; i < 6; ++i) {
        if (std::abs(m_geoTransform[i] - other.m_geoTransform[i]) > tolerance)
            return false;
    }
    return true;
}

QString TileGrid::crsName() const
{
    OGRSpatialReference srs;
    if (m_crsWkt.isEmpty() || srs.importFromWkt(m_crsWkt.toUtf8().constData()) != OGRERR_NONE)
        return QCoreApplication::translate("cropmap::core::io", "unknown CRS");
    const char *authority = srs.GetAuthorityName(nullptr);
    const char *code = srs.GetAuthorityCode(nullptr);
    const QString name = QString::fromUtf8(srs.GetName() ? srs.GetName() : "");
    if (authority && code)
        return QStringLiteral("%1 (%2:%3)").arg(name, QString::fromUtf8(authority),
                                                 QString::fromUtf8(code));
    return name;
}

QString TileGrid::describe() const
{
    const QRectF e = extent();
    return QCoreApplication::translate("cropmap::core::io",
                                       "%1 × %2 px at %3 m, %4, x %5…%6, y %7…%8")
        .arg(m_width)
        .arg(m_height)
        .arg(pixelSizeX(), 0, 'g', 6)
        .arg(crsName())
        .arg(e.left(), 0, 'f', 1)
        .arg(e.right(), 0, 'f', 1)
        .arg(e.top(), 0, 'f', 1)
        .arg(e.bottom(), 0, 'f', 1);
}

} // namespace cropmap::core::io
