// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QList>
#include <QPainterPath>
#include <QPair>
#include <QPointF>
#include <QStringList>

#include "layers/pixel_series.h"
#include "thematic/legend_aggregation.h"

namespace cropmap::ui {

class MapLayer;
class RasterLayer;
class VectorLayer;

/** \brief What Identify found at one map point, in every layer there. */
struct IdentifyResult
{
    using Rows = QList<QPair<QString, QString>>;
    //! One layer with something under the point: its name and (field, value) rows.
    struct Section
    {
        QString layer;
        Rows rows;
    };

    QList<Section> sections; //!< top layer first
    QString featureSource;   //!< the layer of the field found, empty if none
    Rows attributes;         //!< that field's attributes as stored
    QPainterPath outline;    //!< that field, map coordinates
    QString seriesSource;    //!< the stack the series was read from
    PixelSeries series;      //!< the pixel's months; invalid without a stack here
    QStringList errors;      //!< layers that could not be read, with the reason

    //! The value of row \a field in any section (empty if none).
    QString value(const QString &field) const;
};

/**
 * \brief Identify over all layers of the map, whichever is selected: the field under the
 * point with its declared value and legend class, the pixel's monthly series from the stack
 * of its tile, the class map's class name and posterior and the reliable-sample status.
 *
 * Hidden layers are read too: the posteriors and the reliable samples start hidden, and
 * what a pixel is does not depend on what is drawn.
 */
class MapIdentifier
{
public:
    /**
     * \a layers topmost first; \a legend maps declared values to classes (its field empty:
     * none); \a canvasCrsWkt decides whether areas are in metres.
     */
    MapIdentifier(QList<MapLayer *> layers, core::thematic::LegendAggregation legend,
                  const QString &canvasCrsWkt);

    //! The stack to read the series from when it covers the point (the selected layer).
    void setPreferredStack(const RasterLayer *stack) { m_preferred = stack; }
    IdentifyResult identify(QPointF mapPoint) const;

private:
    void identifyVector(const VectorLayer &layer, QPointF point, IdentifyResult &result) const;
    void identifyRaster(const RasterLayer &layer, QPointF point, QStringList &posteriorsRead,
                        IdentifyResult &result) const;

    QList<MapLayer *> m_layers;
    core::thematic::LegendAggregation m_legend;
    bool m_metres = false;
    const RasterLayer *m_preferred = nullptr;
};

} // namespace cropmap::ui
