// SPDX-License-Identifier: GPL-3.0-or-later
#include "layers/raster_renderer.h"

#include <algorithm>
#include <cmath>

#include <QCoreApplication>
#include <QImage>
#include <QPainter>

#include "canvas/map_settings.h"
#include "io/tile_grid.h"
#include "layers/raster_reader.h"
#include "util/error.h"

namespace cropmap::ui {

StretchCache::Range StretchCache::range(int band, double low, double high,
                                        const std::function<Range()> &compute)
{
    const auto key = std::make_tuple(band, low, high);
    {
        std::lock_guard lock(m_mutex);
        if (const auto it = m_ranges.find(key); it != m_ranges.end())
            return it->second;
    }
    // Computed outside the lock: two threads may both compute it, which is harmless.
    const Range computed = compute();
    insert(band, low, high, computed);
    return computed;
}

void StretchCache::insert(int band, double low, double high, Range range)
{
    std::lock_guard lock(m_mutex);
    m_ranges[std::make_tuple(band, low, high)] = range;
}

RasterRenderer::RasterRenderer(RasterRenderParameters parameters)
    : m_parameters(std::move(parameters))
{}

namespace {

int stretchByte(float value, StretchCache::Range range)
{
    const double span = range.second - range.first;
    const double t = span > 0 ? (value - range.first) / span : 0.5;
    return std::clamp(int(std::lround(t * 255.0)), 0, 255);
}

int resolveBand(const RasterRenderParameters &p, const QString &name)
{
    const QString bandName = name.isEmpty() ? p.layout.bandNames.value(0) : name;
    const int band = p.layout.bandIndex(bandName, p.style.step);
    if (band == 0) {
        throw core::Error(QCoreApplication::translate("cropmap::ui", "Raster \"%1\" has no band %2")
                              .arg(p.path, bandName));
    }
    return band;
}

} // namespace

void RasterRenderer::render(QPainter &painter, const MapSettings &settings,
                            const std::atomic<bool> &canceled)
{
    const RasterRenderParameters &p = m_parameters;
    const RasterView view(p.path, p.canvasCrsWkt);
    const core::io::TileGrid grid = core::io::TileGrid::fromDataset(view.dataset());
    const auto &gt = grid.geoTransform();
    const QRectF visible = grid.extent().intersected(settings.extent());
    if (visible.isEmpty() || gt[2] != 0 || gt[4] != 0)
        return;
    // Map rectangle → continuous pixel window (row 0 is the north edge).
    const QRectF window(QPointF((visible.left() - gt[0]) / gt[1], (visible.bottom() - gt[3]) / gt[5]),
                        QPointF((visible.right() - gt[0]) / gt[1], (visible.top() - gt[3]) / gt[5]));
    const QRectF target = settings.toScreen(visible);
    const QSize buffer(std::max(1, int(std::lround(target.width() * settings.devicePixelRatio))),
                       std::max(1, int(std::lround(target.height() * settings.devicePixelRatio))));
    QImage image(buffer, QImage::Format_ARGB32_Premultiplied);
    image.fill(Qt::transparent);
    auto *pixels = reinterpret_cast<QRgb *>(image.bits());
    const size_t count = size_t(buffer.width()) * buffer.height();
    const RasterStyle &style = p.style;
    const auto stretchOf = [&](int band) {
        return p.stretch->range(band, style.lowPercentile, style.highPercentile, [&] {
            if (p.stretchSources.size() > 1)
                return pooledPercentileRange(p.stretchSources, p.canvasCrsWkt, band,
                                             style.lowPercentile, style.highPercentile);
            return view.percentileRange(band, style.lowPercentile, style.highPercentile);
        });
    };

    switch (style.mode) {
    case RasterRenderMode::RgbComposite: {
        std::vector<float> channels[3];
        StretchCache::Range ranges[3];
        for (int c = 0; c < 3; ++c) {
            if (canceled.load())
                return;
            const int band = resolveBand(p, style.rgbBands[c]);
            ranges[c] = stretchOf(band);
            channels[c] = view.read(band, window, buffer);
        }
        for (size_t i = 0; i < count; ++i) {
            if (std::isnan(channels[0][i]) || std::isnan(channels[1][i]) || std::isnan(channels[2][i]))
                continue;
            pixels[i] = qRgb(stretchByte(channels[0][i], ranges[0]),
                             stretchByte(channels[1][i], ranges[1]),
                             stretchByte(channels[2][i], ranges[2]));
        }
        break;
    }
    case RasterRenderMode::SingleBand: {
        const int band = resolveBand(p, style.band);
        StretchCache::Range range;
        if (style.minimum && style.maximum)
            range = {*style.minimum, *style.maximum};
        else
            range = stretchOf(band);
        const std::vector<float> values = view.read(band, window, buffer);
        const double span = range.second - range.first;
        for (size_t i = 0; i < count; ++i) {
            if (!std::isnan(values[i]))
                pixels[i] = rampColour(style.ramp, span > 0 ? (values[i] - range.first) / span : 0.5);
        }
        break;
    }
    case RasterRenderMode::Ndvi: {
        const std::vector<float> nir = view.read(resolveBand(p, QStringLiteral("B08")), window, buffer);
        if (canceled.load())
            return;
        const std::vector<float> red = view.read(resolveBand(p, QStringLiteral("B04")), window, buffer);
        const double minimum = style.minimum.value_or(-0.1);
        const double span = style.maximum.value_or(0.9) - minimum;
        for (size_t i = 0; i < count; ++i) {
            const float sum = nir[i] + red[i];
            if (std::isnan(sum) || sum == 0)
                continue;
            const double ndvi = (nir[i] - red[i]) / sum;
            pixels[i] = rampColour(style.ramp, span > 0 ? (ndvi - minimum) / span : 0.5);
        }
        break;
    }
    case RasterRenderMode::Paletted: {
        const std::vector<float> values = view.read(resolveBand(p, style.band), window, buffer);
        for (size_t i = 0; i < count; ++i) {
            if (std::isnan(values[i]) || values[i] < 0 || values[i] >= p.colourTable.size())
                continue;
            // Premultiply: colour tables may carry alpha.
            const QRgb colour = p.colourTable[int(values[i])];
            pixels[i] = qPremultiply(colour);
        }
        break;
    }
    case RasterRenderMode::MaskOverlay: {
        const std::vector<float> values = view.read(resolveBand(p, style.band), window, buffer);
        QColor colour = style.maskColour;
        colour.setAlphaF(float(std::clamp(style.maskOpacity, 0.0, 1.0)));
        const QRgb masked = qPremultiply(colour.rgba());
        for (size_t i = 0; i < count; ++i) {
            if (!std::isnan(values[i]) && values[i] != 0)
                pixels[i] = masked;
        }
        break;
    }
    }
    if (canceled.load())
        return;
    painter.setOpacity(p.opacity);
    painter.setRenderHint(QPainter::SmoothPixmapTransform, false);
    painter.drawImage(target, image);
}

} // namespace cropmap::ui
