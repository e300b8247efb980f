// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <functional>
#include <map>
#include <mutex>
#include <tuple>

#include <QRgb>
#include <QString>
#include <QStringList>
#include <QVector>

#include "canvas/layer_renderer.h"
#include "layers/raster_band_layout.h"
#include "layers/raster_style.h"

namespace cropmap::ui {

/**
 * \brief Percentile stretch ranges per band, computed once and shared by a layer's renderers.
 *
 * \note Thread-safe: renderers on pool threads fill it.
 */
class StretchCache
{
public:
    using Range = std::pair<double, double>;
    Range range(int band, double low, double high, const std::function<Range()> &compute);
    void insert(int band, double low, double high, Range range);

private:
    std::mutex m_mutex;
    std::map<std::tuple<int, double, double>, Range> m_ranges;
};

/** \brief Everything a raster renderer needs, copied from the layer on the GUI thread. */
struct RasterRenderParameters
{
    QString path;
    QString canvasCrsWkt;
    RasterStyle style;
    RasterBandLayout layout;
    QVector<QRgb> colourTable; //!< index = pixel value (paletted mode)
    double opacity = 1.0;
    std::shared_ptr<StretchCache> stretch;
    //! The files whose values set the stretch together (a mosaic's tiles); empty: this one.
    QStringList stretchSources;
};

/**
 * \brief Draws a raster at the resolution of the view: it reads only the visible window, into
 * a buffer of the screen size, so GDAL takes the overview closest to the view's resolution.
 */
class RasterRenderer final : public LayerRenderer
{
public:
    explicit RasterRenderer(RasterRenderParameters parameters);

    void render(QPainter &painter, const MapSettings &settings,
                const std::atomic<bool> &canceled) override;

private:
    RasterRenderParameters m_parameters;
};

} // namespace cropmap::ui
