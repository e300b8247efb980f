// SPDX-License-Identifier: GPL-3.0-or-later
#include "layers/raster_layer.h"

#include <algorithm>
#include <cmath>

#include <QCoreApplication>
#include <QFileInfo>

#include "layers/crs_transform.h"
#include "layers/qgis_class_labels.h"
#include "layers/raster_reader.h"
#include "layers/raster_renderer.h"
#include "util/error.h"

namespace cropmap::ui {

RasterLayer::RasterLayer(const QString &path, QObject *parent)
    : MapLayer(path, QFileInfo(path).completeBaseName(), parent)
    , m_stretch(std::make_shared<StretchCache>())
{}

RasterLayer::~RasterLayer() = default;

std::unique_ptr<RasterLayer> RasterLayer::open(const QString &path, const QString &canvasCrsWkt,
                                               QObject *parent)
{
    std::unique_ptr<RasterLayer> layer(new RasterLayer(path, parent));
    const RasterView view(path, canvasCrsWkt);
    const core::io::DatasetPtr filePtr = core::io::openRasterWithSidecars(path);
    GDALDataset &file = *filePtr;
    layer->m_grid = core::io::TileGrid::fromDataset(view.dataset());
    layer->m_canvasCrsWkt = canvasCrsWkt.isEmpty() ? layer->m_grid.crsWkt() : canvasCrsWkt;
    // The view is already in the canvas CRS (warped when needed), so its grid is too.
    layer->m_extent = layer->m_grid.extent();
    layer->m_grid = core::io::TileGrid::fromDataset(file);
    QStringList descriptions;
    for (int band = 1; band <= file.GetRasterCount(); ++band)
        descriptions << QString::fromUtf8(file.GetRasterBand(band)->GetDescription());
    layer->m_layout = RasterBandLayout::fromDescriptions(descriptions);
    if (const GDALColorTable *table = file.GetRasterBand(1)->GetColorTable()) {
        for (int i = 0; i < table->GetColorEntryCount(); ++i) {
            const GDALColorEntry *entry = table->GetColorEntry(i);
            layer->m_colourTable << qRgba(entry->c1, entry->c2, entry->c3, entry->c4);
        }
        int hasNodata = 0;
        const double nodata = file.GetRasterBand(1)->GetNoDataValue(&hasNodata);
        if (hasNodata && nodata >= 0 && nodata < layer->m_colourTable.size())
            layer->m_colourTable[int(nodata)] = qRgba(0, 0, 0, 0);
    }
    layer->m_classNames = readQgisClassLabels(path);
    layer->m_style = layer->defaultStyle();
    // Reading the stretch of the default bands now makes a corrupt file fail at open time.
    const QStringList bands = layer->m_style.mode == RasterRenderMode::RgbComposite
                                  ? QStringList{layer->m_style.rgbBands[0],
                                                layer->m_style.rgbBands[1],
                                                layer->m_style.rgbBands[2]}
                                  : QStringList{layer->m_style.band};
    for (const QString &name : bands) {
        const int band = layer->m_layout.bandIndex(name, 0);
        const RasterStyle &s = layer->m_style;
        layer->m_stretch->insert(band, s.lowPercentile, s.highPercentile,
                                 view.percentileRange(band, s.lowPercentile, s.highPercentile));
    }
    return layer;
}

RasterStyle RasterLayer::defaultStyle() const
{
    RasterStyle style;
    style.band = m_layout.bandNames.value(0);
    if (!m_colourTable.isEmpty()) {
        style.mode = RasterRenderMode::Paletted;
    } else if (m_layout.hasBands({QStringLiteral("B04"), QStringLiteral("B03"),
                                  QStringLiteral("B02")})) {
        style.mode = RasterRenderMode::RgbComposite;
    } else if (m_layout.bandsPerStep >= 3) {
        style.mode = RasterRenderMode::RgbComposite;
        style.rgbBands = {m_layout.bandNames[0], m_layout.bandNames[1], m_layout.bandNames[2]};
    } else {
        style.mode = RasterRenderMode::SingleBand;
    }
    return style;
}

void RasterLayer::setStyle(const RasterStyle &style)
{
    const int previousStep = m_style.step;
    m_style = style;
    m_style.step = std::clamp(style.step, 0, std::max(0, stepCount() - 1));
    if (m_style.step != previousStep)
        Q_EMIT stepChanged(m_style.step);
    Q_EMIT changed();
}

void RasterLayer::setStep(int step)
{
    step = std::clamp(step, 0, std::max(0, stepCount() - 1));
    if (step == m_style.step)
        return;
    RasterStyle style = m_style;
    style.step = step;
    setStyle(style);
}

void RasterLayer::styleFromJson(const QJsonObject &style)
{
    setStyle(RasterStyle::fromJson(style, defaultStyle()));
}

PixelSeries RasterLayer::pixelSeries(QPointF canvasPoint) const
{
    PixelSeries series;
    const QPointF point = transformPoint(canvasPoint, m_canvasCrsWkt, m_grid.crsWkt());
    const QPointF pixel = m_grid.mapToPixel(point);
    const int column = int(std::floor(pixel.x()));
    const int row = int(std::floor(pixel.y()));
    if (column < 0 || row < 0 || column >= m_grid.width() || row >= m_grid.height())
        return series;
    const core::io::DatasetPtr file = core::io::openRaster(source());
    series.column = column;
    series.row = row;
    series.stepLabels = m_layout.stepLabels;
    series.bandNames = m_layout.bandNames;
    series.values.assign(size_t(m_layout.stepCount()), QVector<double>(m_layout.bandsPerStep));
    for (int band = 1; band <= m_layout.bandCount; ++band) {
        GDALRasterBand *rasterBand = file->GetRasterBand(band);
        double value = 0;
        CPLErrorReset();
        if (rasterBand->RasterIO(GF_Read, column, row, 1, 1, &value, 1, 1, GDT_Float64, 0, 0,
                                 nullptr)
            != CE_None) {
            throw core::Error(QCoreApplication::translate("cropmap::ui",
                                                          "Cannot read raster \"%1\": %2")
                                  .arg(source(), core::io::lastGdalError()));
        }
        int hasNodata = 0;
        const double nodata = rasterBand->GetNoDataValue(&hasNodata);
        if (hasNodata && value == nodata)
            value = std::nan("");
        const int step = (band - 1) / m_layout.bandsPerStep;
        series.values[size_t(step)][(band - 1) % m_layout.bandsPerStep] = value;
    }
    return series;
}

void RasterLayer::setStretchGroup(std::shared_ptr<StretchCache> cache, const QStringList &sources)
{
    if (cache == m_stretch && sources == m_stretchSources)
        return;
    m_stretch = std::move(cache);
    m_stretchSources = sources;
    Q_EMIT changed();
}

std::unique_ptr<LayerRenderer> RasterLayer::createRenderer(const MapSettings &) const
{
    return std::make_unique<RasterRenderer>(RasterRenderParameters{source(), m_canvasCrsWkt, m_style,
                                                                   m_layout, m_colourTable, opacity(),
                                                                   m_stretch, m_stretchSources});
}

QList<LegendSymbol> RasterLayer::legend() const
{
    QList<LegendSymbol> symbols;
    if (m_style.mode != RasterRenderMode::Paletted)
        return symbols;
    // GDAL pads a table to 256 entries with one colour (opaque black): without names, that
    // trailing run holds no classes.
    int end = int(m_colourTable.size());
    while (m_classNames.isEmpty() && end > 1 && m_colourTable[end - 2] == m_colourTable[end - 1])
        --end;
    if (m_classNames.isEmpty() && end < m_colourTable.size())
        --end;
    for (int value = 0; value < end; ++value) {
        const QRgb colour = m_colourTable[value];
        const QString name = m_classNames.value(value);
        // Without names, the colour table alone says which values are classes.
        if (qAlpha(colour) == 0 || (!m_classNames.isEmpty() && name.isEmpty()))
            continue;
        symbols.append({QColor::fromRgba(colour), name.isEmpty() ? QString::number(value) : name});
    }
    return symbols;
}

} // namespace cropmap::ui
