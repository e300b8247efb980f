// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <array>

#include <QPointF>
#include <QRectF>
#include <QString>

class GDALDataset;

namespace cropmap::core::io {

/**
 * \brief A raster grid: CRS, affine geotransform and size in pixels.
 *
 * The geotransform follows GDAL: x = gt[0] + col·gt[1] + row·gt[2],
 * y = gt[3] + col·gt[4] + row·gt[5]. Pixel coordinates are continuous: the centre of
 * pixel (c, r) is (c + 0.5, r + 0.5).
 */
class TileGrid
{
public:
    TileGrid() = default;
    TileGrid(QString crsWkt, const std::array<double, 6> &geoTransform, int width, int height);

    /** Reads the grid of an open dataset. */
    static TileGrid fromDataset(GDALDataset &dataset);
    /** The grid of an open dataset whose CRS is already known (skips building it). */
    static TileGrid fromDataset(GDALDataset &dataset, const QString &crsWkt);
    /** A north-up grid with square pixels of \a pixelSize whose top-left corner is at \a origin. */
    static TileGrid northUp(const QString &crsWkt, QPointF origin, double pixelSize, int width,
                            int height);
    /** EPSG code as WKT, e.g. 32633 → WGS 84 / UTM zone 33N; throws Error for unknown codes. */
    static QString wktFromEpsg(int epsg);

    const QString &crsWkt() const { return m_crsWkt; }
    const std::array<double, 6> &geoTransform() const { return m_geoTransform; }
    int width() const { return m_width; }
    int height() const { return m_height; }
    qint64 pixelCount() const { return qint64(m_width) * m_height; }
    bool isValid() const { return m_width > 0 && m_height > 0; }

    //! Map coordinates of the continuous pixel position (\a col, \a row).
    QPointF pixelToMap(double col, double row) const;
    //! Continuous pixel position of the map point \a map; throws Error if not invertible.
    QPointF mapToPixel(QPointF map) const;
    //! Map coordinates of the centre of pixel (\a col, \a row).
    QPointF pixelCentre(int col, int row) const { return pixelToMap(col + 0.5, row + 0.5); }
    //! Bounding rectangle of the grid in map coordinates (top-left to bottom-right).
    QRectF extent() const;
    //! Pixel width in map units (|gt[1]| for north-up grids).
    double pixelSizeX() const;
    double pixelSizeY() const;

    /** True if both grids have the same CRS (by semantics, not by WKT text). */
    bool hasSameCrs(const TileGrid &other) const;
    /** True if both grids coincide (same CRS, geotransform within 1e-6 pixel, size). */
    bool isAlignedWith(const TileGrid &other) const;
    /** Short description for messages and `cropmap inspect`: size, pixel size, CRS name. */
    QString describe() const;
    /** Human-readable CRS name, e.g. "WGS 84 / UTM zone 33N", or "EPSG:32633". */
    QString crsName() const;

private:
    QString m_crsWkt;
    std::array<double, 6> m_geoTransform{0, 1, 0, 0, 0, -1};
    int m_width = 0;
    int m_height = 0;
};

} // namespace cropmap::core::io
