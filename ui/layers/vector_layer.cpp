// SPDX-License-Identifier: GPL-3.0-or-later
#include "layers/vector_layer.h"

#include <QCoreApplication>
#include <QFileInfo>

#include <ogrsf_frmts.h>

#include "layers/crs_transform.h"
#include "layers/vector_renderer.h"
#include "util/error.h"

namespace cropmap::ui {

namespace {

void appendRing(QPainterPath &path, const OGRLineString &ring, bool close)
{
    const int count = ring.getNumPoints();
    for (int i = 0; i < count; ++i) {
        const QPointF point(ring.getX(i), ring.getY(i));
        if (i == 0)
            path.moveTo(point);
        else
            path.lineTo(point);
    }
    if (close && count > 0)
        path.closeSubpath();
}

void appendGeometry(QPainterPath &path, const OGRGeometry &geometry, bool &isPoint)
{
    switch (wkbFlatten(geometry.getGeometryType())) {
    case wkbPoint: {
        const auto &point = *geometry.toPoint();
        path.addRect(QRectF(point.getX(), point.getY(), 0, 0));
        isPoint = true;
        break;
    }
    case wkbLineString: appendRing(path, *geometry.toLineString(), false); break;
    case wkbPolygon: {
        const OGRPolygon &polygon = *geometry.toPolygon();
        if (const OGRLinearRing *exterior = polygon.getExteriorRing())
            appendRing(path, *exterior, true);
        for (int i = 0; i < polygon.getNumInteriorRings(); ++i)
            appendRing(path, *polygon.getInteriorRing(i), true);
        break;
    }
    case wkbMultiPoint:
    case wkbMultiLineString:
    case wkbMultiPolygon:
    case wkbGeometryCollection: {
        const OGRGeometryCollection &collection = *geometry.toGeometryCollection();
        for (int i = 0; i < collection.getNumGeometries(); ++i)
            appendGeometry(path, *collection.getGeometryRef(i), isPoint);
        break;
    }
    default: {
        // Curves and other types: draw their linear approximation.
        std::unique_ptr<OGRGeometry> linear(geometry.getLinearGeometry());
        if (linear && wkbFlatten(linear->getGeometryType()) != wkbFlatten(geometry.getGeometryType()))
            appendGeometry(path, *linear, isPoint);
        break;
    }
    }
}

QString noGeometryError(const QString &path)
{
    return QCoreApplication::translate("cropmap::ui", "Vector \"%1\" has no geometry to draw")
        .arg(path);
}

} // namespace

VectorLayer::VectorLayer(const QString &path, QObject *parent)
    : MapLayer(path, QFileInfo(path).completeBaseName(), parent)
{}

VectorLayer::~VectorLayer() = default;

std::unique_ptr<VectorLayer> VectorLayer::open(const QString &path, const QString &canvasCrsWkt,
                                               QObject *parent)
{
    const core::io::DatasetPtr dataset = core::io::openVector(path);
    OGRLayer *source = dataset->GetLayer(0);
    if (!source || source->GetGeomType() == wkbNone)
        throw core::Error(noGeometryError(path));
    std::unique_ptr<VectorLayer> layer(new VectorLayer(path, parent));
    if (const OGRSpatialReference *crs = source->GetSpatialRef()) {
        char *wkt = nullptr;
        crs->exportToWkt(&wkt);
        layer->m_crsWkt = QString::fromUtf8(wkt);
        CPLFree(wkt);
    }
    const QString target = canvasCrsWkt.isEmpty() ? layer->m_crsWkt : canvasCrsWkt;
    const core::io::TransformPtr transform = makeTransform(layer->m_crsWkt, target);
    auto data = std::make_shared<VectorData>();
    OGRFeatureDefn *definition = source->GetLayerDefn();
    for (int i = 0; i < definition->GetFieldCount(); ++i) {
        const OGRFieldDefn *field = definition->GetFieldDefn(i);
        data->fields << QString::fromUtf8(field->GetNameRef());
        // Label with the first text field: a crop name reads better than a number.
        if (layer->m_defaultLabelField.isEmpty() && field->GetType() == OFTString)
            layer->m_defaultLabelField = data->fields.last();
    }
    source->ResetReading();
    while (core::io::FeaturePtr feature{source->GetNextFeature()}) {
        OGRGeometry *geometry = feature->GetGeometryRef();
        if (!geometry || geometry->IsEmpty())
            continue;
        if (transform && geometry->transform(transform.get()) != OGRERR_NONE) {
            throw core::Error(QCoreApplication::translate(
                                  "cropmap::ui", "Cannot reproject feature %1 of \"%2\"")
                                  .arg(feature->GetFID())
                                  .arg(path));
        }
        VectorFeature item;
        item.id = feature->GetFID();
        appendGeometry(item.path, *geometry, item.isPoint);
        item.bounds = item.path.boundingRect();
        const OGRwkbGeometryType flat = wkbFlatten(geometry->getGeometryType());
        if (flat == wkbPolygon || flat == wkbMultiPolygon || flat == wkbCurvePolygon
            || flat == wkbMultiSurface)
            item.area = OGR_G_Area(OGRGeometry::ToHandle(geometry));
        for (int f = 0; f < definition->GetFieldCount(); ++f)
            item.values << (feature->IsFieldSetAndNotNull(f)
                                ? QString::fromUtf8(feature->GetFieldAsString(f))
                                : QString());
        data->extent = data->extent.isNull() ? item.bounds : data->extent.united(item.bounds);
        data->features.push_back(std::move(item));
    }
    if (data->features.empty())
        throw core::Error(noGeometryError(path));
    layer->m_data = std::move(data);
    layer->m_style = layer->defaultStyle();
    return layer;
}

VectorStyle VectorLayer::defaultStyle() const
{
    VectorStyle style;
    style.labelAttribute = m_defaultLabelField;
    return style;
}

void VectorLayer::setStyle(const VectorStyle &style)
{
    m_style = style;
    Q_EMIT changed();
}

void VectorLayer::setCategorized(const QString &attribute, const QMap<QString, QColor> &colours)
{
    VectorStyle style = m_style;
    style.mode = VectorStyle::Mode::Categorized;
    style.attribute = attribute;
    style.categories = colours;
    const QStringList values = distinctValues(attribute);
    for (qsizetype i = 0; i < values.size(); ++i) {
        // Golden-angle hues keep neighbouring categories apart.
        if (!style.categories.contains(values[i]))
            style.categories.insert(values[i], QColor::fromHsv(int(i * 137) % 360, 170, 220));
    }
    setStyle(style);
}

QStringList VectorLayer::distinctValues(const QString &attribute) const
{
    const qsizetype field = m_data->fields.indexOf(attribute);
    QStringList values;
    if (field < 0)
        return values;
    for (const VectorFeature &feature : m_data->features) {
        if (!values.contains(feature.values[field]))
            values << feature.values[field];
    }
    values.sort();
    return values;
}

int VectorLayer::featureAt(QPointF point) const
{
    // Last drawn is on top.
    for (int i = featureCount() - 1; i >= 0; --i) {
        const VectorFeature &f = m_data->features[size_t(i)];
        if (!f.isPoint && f.bounds.contains(point) && f.path.contains(point))
            return i;
    }
    return -1;
}

QList<QPair<QString, QString>> VectorLayer::attributes(int index) const
{
    QList<QPair<QString, QString>> result;
    if (index < 0 || index >= featureCount())
        return result;
    const VectorFeature &f = m_data->features[size_t(index)];
    for (qsizetype i = 0; i < m_data->fields.size(); ++i)
        result.append({m_data->fields[i], f.values.value(i)});
    return result;
}

std::unique_ptr<LayerRenderer> VectorLayer::createRenderer(const MapSettings &) const
{
    return std::make_unique<VectorRenderer>(m_data, m_style, opacity());
}

void VectorLayer::styleFromJson(const QJsonObject &style)
{
    setStyle(VectorStyle::fromJson(style, defaultStyle()));
}

} // namespace cropmap::ui
