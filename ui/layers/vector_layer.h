// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <memory>

#include <QList>
#include <QPair>
#include <QPointF>

#include "layers/map_layer.h"
#include "layers/vector_data.h"
#include "layers/vector_style.h"

namespace cropmap::ui {

/**
 * \brief An OGR layer (parcels, patches) held in memory in the canvas CRS.
 *
 * Parcel files of a tile hold thousands of polygons, which fit in memory; loading them once
 * and sharing the immutable features with the renderers keeps drawing off the UI thread
 * without reopening the file per frame.
 */
class VectorLayer : public MapLayer
{
    Q_OBJECT

public:
    /**
     * Reads the first layer of \a path, reprojected to \a canvasCrsWkt (empty: the layer's
     * own CRS). Throws core::Error naming the file when it cannot be read or has no geometry.
     */
    static std::unique_ptr<VectorLayer> open(const QString &path, const QString &canvasCrsWkt,
                                             QObject *parent = nullptr);
    ~VectorLayer() override;

    Kind kind() const override { return Kind::Vector; }
    QString crsWkt() const override { return m_crsWkt; }
    QRectF extent() const override { return m_data->extent; }
    const QStringList &fields() const { return m_data->fields; }
    int featureCount() const { return int(m_data->features.size()); }
    const VectorFeature &feature(int index) const { return m_data->features[size_t(index)]; }

    const VectorStyle &style() const { return m_style; }
    void setStyle(const VectorStyle &style);
    /**
     * Fills features by \a attribute with \a colours (value → colour); values missing from
     * \a colours get distinct generated colours.
     */
    void setCategorized(const QString &attribute, const QMap<QString, QColor> &colours = {});
    //! The distinct values of \a attribute, sorted.
    QStringList distinctValues(const QString &attribute) const;

    //! Index of the topmost feature containing the canvas point \a point, or -1.
    int featureAt(QPointF point) const;
    //! (field, value) pairs of feature \a index.
    QList<QPair<QString, QString>> attributes(int index) const;

    std::unique_ptr<LayerRenderer> createRenderer(const MapSettings &settings) const override;
    QJsonObject styleToJson() const override { return m_style.toJson(); }
    void styleFromJson(const QJsonObject &style) override;

private:
    VectorLayer(const QString &path, QObject *parent);
    VectorStyle defaultStyle() const;

    QString m_crsWkt;
    QString m_defaultLabelField;
    std::shared_ptr<const VectorData> m_data;
    VectorStyle m_style;
};

} // namespace cropmap::ui
