// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <memory>

#include <QMap>
#include <QPointF>
#include <QRgb>
#include <QVector>

#include "io/tile_grid.h"
#include "layers/map_layer.h"
#include "layers/pixel_series.h"
#include "layers/raster_band_layout.h"
#include "layers/raster_style.h"

namespace cropmap::ui {

class StretchCache;

/**
 * \brief A GeoTIFF/VRT layer: acquisitions, monthly composite stacks, class, posterior and
 * mask rasters.
 *
 * The layer holds the file's description (grid, band layout, colour table) and the style;
 * pixels are read by the renderers, at the view's resolution, on pool threads. For a
 * month-major stack, step() selects the month that the style's band names refer to.
 */
class RasterLayer : public MapLayer
{
    Q_OBJECT

public:
    /**
     * Opens \a path for a canvas in \a canvasCrsWkt (empty: the raster's own CRS) and picks
     * a default style from its bands. Reads a subsampled copy of the default bands, so a
     * corrupt file fails here. Throws core::Error naming the file and the problem.
     */
    static std::unique_ptr<RasterLayer> open(const QString &path, const QString &canvasCrsWkt,
                                             QObject *parent = nullptr);
    ~RasterLayer() override;

    Kind kind() const override { return Kind::Raster; }
    QString crsWkt() const override { return m_grid.crsWkt(); }
    QRectF extent() const override { return m_extent; }
    const QString &canvasCrsWkt() const { return m_canvasCrsWkt; }
    const core::io::TileGrid &grid() const { return m_grid; }
    const RasterBandLayout &bandLayout() const { return m_layout; }
    const QVector<QRgb> &colourTable() const { return m_colourTable; }
    //! Class value → name, from the QGIS style beside a class raster (empty without one).
    const QMap<int, QString> &classNames() const { return m_classNames; }

    const RasterStyle &style() const { return m_style; }
    void setStyle(const RasterStyle &style);
    int step() const { return m_style.step; }
    int stepCount() const { return m_layout.stepCount(); }
    //! Selects the month of a stack (clamped to the steps there are).
    void setStep(int step);

    /**
     * The values of all bands at the canvas point \a canvasPoint, read from the file (one
     * pixel, fast enough for the GUI thread). Invalid outside the raster.
     */
    PixelSeries pixelSeries(QPointF canvasPoint) const;

    /**
     * Shares one stretch among the tiles of a mosaic: \a cache holds the ranges, computed
     * from the values of all \a sources together (this layer's file among them).
     */
    void setStretchGroup(std::shared_ptr<StretchCache> cache, const QStringList &sources);
    const QStringList &stretchSources() const { return m_stretchSources; }

    std::unique_ptr<LayerRenderer> createRenderer(const MapSettings &settings) const override;
    //! A paletted layer's classes: named ones from the QGIS style, else every opaque colour.
    QList<LegendSymbol> legend() const override;
    QJsonObject styleToJson() const override { return m_style.toJson(); }
    void styleFromJson(const QJsonObject &style) override;

Q_SIGNALS:
    void stepChanged(int step);

private:
    RasterLayer(const QString &path, QObject *parent);
    RasterStyle defaultStyle() const;

    QString m_canvasCrsWkt;
    core::io::TileGrid m_grid;
    QRectF m_extent;
    RasterBandLayout m_layout;
    QVector<QRgb> m_colourTable;
    RasterStyle m_style;
    QMap<int, QString> m_classNames;
    std::shared_ptr<StretchCache> m_stretch;
    QStringList m_stretchSources;
};

} // namespace cropmap::ui
