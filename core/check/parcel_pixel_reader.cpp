// SPDX-License-Identifier: GPL-3.0-or-later
#include "check/parcel_pixel_reader.h"

#include <algorithm>
#include <cmath>

#include <QPoint>

#include "io/raster_source.h"
#include "sampling/composite_series.h"
#include "util/feedback.h"

namespace cropmap::core::check {

ParcelPixels ParcelPixelReader::read(const QString &compositeFolder, const QString &tile,
                                     const QString &parcelRaster, quint32 rasterId, const QRectF &mapBounds)
{
    const io::RasterSource parcels = io::RasterSource::open(parcelRaster);
    const io::TileGrid &grid = parcels.grid();
    io::Window window{0, 0, grid.width(), grid.height()};
    if (!mapBounds.isEmpty()) {
        const QPointF a = grid.mapToPixel(mapBounds.topLeft());
        const QPointF b = grid.mapToPixel(mapBounds.bottomRight());
        // One pixel of margin: the polygon's edge may cut a pixel whose centre burnt it.
        const int x0 = std::clamp(int(std::floor(std::min(a.x(), b.x()))) - 1, 0, grid.width());
        const int y0 = std::clamp(int(std::floor(std::min(a.y(), b.y()))) - 1, 0, grid.height());
        const int x1 = std::clamp(int(std::ceil(std::max(a.x(), b.x()))) + 1, 0, grid.width());
        const int y1 = std::clamp(int(std::ceil(std::max(a.y(), b.y()))) + 1, 0, grid.height());
        window = {x0, y0, x1 - x0, y1 - y0};
    }
    ParcelPixels result;
    if (window.width <= 0 || window.height <= 0)
        return result;
    const std::vector<float> ids = parcels.readWindow(1, window);
    std::vector<QPoint> pixels;
    for (int r = 0; r < window.height; ++r)
        for (int c = 0; c < window.width; ++c)
            if (ids[std::size_t(r) * window.width + c] == float(rasterId))
                pixels.emplace_back(window.x + c, window.y + r);
    const sampling::CompositeSeries stack = sampling::CompositeSeries::open(compositeFolder, tile, grid);
    result.steps = stack.steps();
    result.bands = stack.bands();
    result.count = qint64(pixels.size());
    if (!pixels.empty()) {
        Feedback feedback;
        stack.read(pixels, result.values, feedback);
    }
    return result;
}

} // namespace cropmap::core::check
