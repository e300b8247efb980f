// SPDX-License-Identifier: GPL-3.0-or-later
#include "thematic/parcel_layer.h"

#include <algorithm>
#include <cmath>

#include <QCoreApplication>
#include <QMap>

#include <ogr_geometry.h>
#include <ogrsf_frmts.h>

#include "util/error.h"
#include "util/feedback.h"

namespace cropmap::core::thematic {

namespace {

QString tr(const char *text)
{
    return QCoreApplication::translate("cropmap::core::thematic", text);
}

// MakeValid may return lines and points next to the polygons; only areas are parcels.
OGRGeometry *polygonalPart(OGRGeometry *geometry)
{
    const OGRwkbGeometryType type = wkbFlatten(geometry->getGeometryType());
    if (type == wkbPolygon || type == wkbMultiPolygon)
        return geometry;
    auto *result = new OGRMultiPolygon;
    if (auto *collection = dynamic_cast<OGRGeometryCollection *>(geometry)) {
        for (const OGRGeometry *part : *collection) {
            const OGRwkbGeometryType partType = wkbFlatten(part->getGeometryType());
            if (partType == wkbPolygon || partType == wkbMultiPolygon)
                result->addGeometry(part);
        }
    }
    delete geometry;
    return result;
}

OGRSpatialReference srsFromWkt(const QString &wkt)
{
    OGRSpatialReference srs;
    srs.importFromWkt(wkt.toUtf8().constData());
    srs.SetAxisMappingStrategy(OAMS_TRADITIONAL_GIS_ORDER);
    return srs;
}

bool isPointOrLine(OGRwkbGeometryType type)
{
    switch (wkbFlatten(type)) {
    case wkbPoint:
    case wkbMultiPoint:
    case wkbLineString:
    case wkbMultiLineString:
    case wkbCircularString:
    case wkbCompoundCurve:
    case wkbMultiCurve:
        return true;
    default:
        return false;
    }
}

Error notPolygonLayer(const QString &layer, const QString &path, OGRwkbGeometryType type)
{
    return Error(tr("Layer \"%1\" of \"%2\" holds %3 features, not polygons: parcels must be "
                    "polygons (or multipolygons)")
                     .arg(layer, path, QString::fromUtf8(OGRGeometryTypeToName(wkbFlatten(type)))));
}

double squareMetresPerUnit(const OGRSpatialReference &srs)
{
    const double metres = srs.IsProjected() ? srs.GetLinearUnits() : 1.0;
    return metres * metres;
}

} // namespace

ParcelLayer ParcelLayer::open(const QString &path, const QString &field, const QString &layerName)
{
    ParcelLayer layer;
    layer.m_path = path;
    layer.m_dataset = io::openVector(path);
    layer.m_layer = layerName.isEmpty() ? layer.m_dataset->GetLayer(0)
                                        : layer.m_dataset->GetLayerByName(layerName.toUtf8().constData());
    if (!layer.m_layer) {
        QStringList names;
        for (OGRLayer *l : layer.m_dataset->GetLayers())
            names << QString::fromUtf8(l->GetName());
        throw Error(tr("\"%1\" has no layer \"%2\"; its layers are: %3")
                        .arg(path, layerName, names.join(QStringLiteral(", "))));
    }
    layer.m_layerName = QString::fromUtf8(layer.m_layer->GetName());
    layer.m_field = field;
    if (isPointOrLine(layer.m_layer->GetGeomType()))
        throw notPolygonLayer(layer.m_layerName, path, layer.m_layer->GetGeomType());
    if (layer.featureCount() == 0)
        throw Error(tr("Layer \"%1\" of \"%2\" holds no parcels").arg(layer.m_layerName, path));
    layer.m_fieldIndex = layer.m_layer->GetLayerDefn()->GetFieldIndex(field.toUtf8().constData());
    if (field.isEmpty() || layer.m_fieldIndex < 0) {
        throw Error(tr("Layer \"%1\" of \"%2\" has no field \"%3\"; its fields are: %4")
                        .arg(layer.m_layerName, path, field,
                             layer.fieldNames().join(QStringLiteral(", "))));
    }
    return layer;
}

void ParcelLayer::setLabelField(const QString &field)
{
    m_labelIndex = field.isEmpty() ? -1 : m_layer->GetLayerDefn()->GetFieldIndex(field.toUtf8().constData());
    if (!field.isEmpty() && m_labelIndex < 0) {
        throw Error(tr("Layer \"%1\" of \"%2\" has no field \"%3\"; its fields are: %4")
                        .arg(m_layerName, m_path, field, fieldNames().join(QStringLiteral(", "))));
    }
}

QStringList ParcelLayer::fieldNames() const
{
    QStringList names;
    const OGRFeatureDefn *definition = m_layer->GetLayerDefn();
    for (int i = 0; i < definition->GetFieldCount(); ++i)
        names << QString::fromUtf8(definition->GetFieldDefn(i)->GetNameRef());
    return names;
}

qint64 ParcelLayer::featureCount() const
{
    return m_layer->GetFeatureCount(TRUE);
}

QString ParcelLayer::crsWkt() const
{
    const OGRSpatialReference *srs = m_layer->GetSpatialRef();
    if (!srs)
        return {};
    char *wkt = nullptr;
    srs->exportToWkt(&wkt);
    const QString result = QString::fromUtf8(wkt);
    CPLFree(wkt);
    return result;
}

std::vector<Parcel> ParcelLayer::read(const QString &targetCrsWkt, const std::optional<QRectF> &extent,
                                      Feedback &feedback, ParcelReadStats *stats) const
{
    ParcelReadStats local;
    ParcelReadStats &s = stats ? *stats : local;
    io::TransformPtr transform;
    OGRSpatialReference target;
    if (!targetCrsWkt.isEmpty()) {
        const QString sourceWkt = crsWkt();
        if (sourceWkt.isEmpty()) {
            throw Error(tr("Layer \"%1\" of \"%2\" has no CRS, so it cannot be put onto the tile "
                           "grid; assign one (e.g. with ogr2ogr -a_srs)")
                            .arg(m_layerName, m_path));
        }
        OGRSpatialReference source = srsFromWkt(sourceWkt);
        target = srsFromWkt(targetCrsWkt);
        if (!source.IsSame(&target)) {
            transform.reset(OGRCreateCoordinateTransformation(&source, &target));
            if (!transform) {
                throw Error(tr("Cannot transform the parcels of \"%1\" to the tile CRS: %2")
                                .arg(m_path, io::lastGdalError()));
            }
        }
    }
    const double unitArea = squareMetresPerUnit(targetCrsWkt.isEmpty() ? srsFromWkt(crsWkt()) : target);
    const qint64 total = std::max<qint64>(1, featureCount());
    std::vector<Parcel> parcels;
    std::uint32_t nextId = 0;
    OGRwkbGeometryType firstNonPolygonal = wkbUnknown;
    m_layer->ResetReading();
    for (io::FeaturePtr feature(m_layer->GetNextFeature()); feature;
         feature.reset(m_layer->GetNextFeature())) {
        ++nextId; // ids follow the reading order whether or not the parcel is kept
        ++s.features;
        if (s.features % 256 == 0) {
            feedback.throwIfCanceled();
            feedback.setProgress(double(s.features) / double(total));
        }
        // A NULL or empty value is no declaration: such a feature is neither a class nor
        // "ignore", and is never painted over the parcel beneath it.
        const QString value = feature->IsFieldSetAndNotNull(m_fieldIndex)
            ? QString::fromUtf8(feature->GetFieldAsString(m_fieldIndex)).trimmed()
            : QString();
        if (value.isEmpty()) {
            ++s.undeclared;
            continue;
        }
        OGRGeometry *geometry = feature->StealGeometry();
        if (geometry && isPointOrLine(geometry->getGeometryType())) {
            if (s.notPolygonal == 0)
                firstNonPolygonal = geometry->getGeometryType();
            ++s.notPolygonal;
            delete geometry;
            continue;
        }
        if (!geometry || geometry->IsEmpty()) {
            delete geometry;
            ++s.skipped;
            continue;
        }
        if (!geometry->IsValid()) {
            OGRGeometry *repaired = geometry->MakeValid();
            delete geometry;
            geometry = repaired ? polygonalPart(repaired) : nullptr;
            if (!geometry || geometry->IsEmpty()) {
                delete geometry;
                ++s.skipped;
                continue;
            }
            ++s.repaired;
        }
        geometry = polygonalPart(geometry);
        if (geometry->IsEmpty() || (transform && geometry->transform(transform.get()) != OGRERR_NONE)) {
            delete geometry;
            ++s.skipped;
            continue;
        }
        if (extent) {
            OGREnvelope envelope;
            geometry->getEnvelope(&envelope);
            if (envelope.MaxX <= extent->left() || envelope.MinX >= extent->right()
                || envelope.MaxY <= extent->top() || envelope.MinY >= extent->bottom()) {
                delete geometry;
                ++s.outside;
                continue;
            }
        }
        Parcel parcel;
        parcel.id = nextId;
        parcel.fid = feature->GetFID();
        parcel.value = value;
        if (m_labelIndex >= 0)
            parcel.label = QString::fromUtf8(feature->GetFieldAsString(m_labelIndex)).trimmed();
        parcel.areaHa = OGR_G_Area(OGRGeometry::ToHandle(geometry)) * unitArea / 10000.0;
        parcel.geometry.reset(OGRGeometry::ToHandle(geometry));
        parcels.push_back(std::move(parcel));
    }
    // A layer of mixed geometry type (GeoJSON, shapefiles without a declared type) tells only
    // by its features: if none of them is a polygon, say so rather than "no parcel on the grid".
    if (parcels.empty() && s.notPolygonal > 0 && s.notPolygonal + s.undeclared == s.features)
        throw notPolygonLayer(m_layerName, m_path, firstNonPolygonal);
    feedback.setProgress(1.0);
    return parcels;
}

QString ParcelLayer::areaCrsWkt() const
{
    const QString wkt = crsWkt();
    const OGRSpatialReference srs = srsFromWkt(wkt);
    if (wkt.isEmpty() || srs.IsProjected())
        return {}; // areas in the layer's own units
    // Geographic parcels: measure in the UTM zone of the layer's centre.
    OGREnvelope envelope;
    if (m_layer->GetExtent(&envelope, TRUE) != OGRERR_NONE)
        return {};
    const double lon = (envelope.MinX + envelope.MaxX) / 2, lat = (envelope.MinY + envelope.MaxY) / 2;
    const int zone = std::clamp(int(std::floor((lon + 180.0) / 6.0)) + 1, 1, 60);
    OGRSpatialReference utm;
    utm.importFromEPSG((lat >= 0 ? 32600 : 32700) + zone);
    char *out = nullptr;
    utm.exportToWkt(&out);
    const QString result = QString::fromUtf8(out);
    CPLFree(out);
    return result;
}

QVector<DeclaredValue> ParcelLayer::declaredValues(Feedback &feedback) const
{
    QMap<QString, DeclaredValue> byValue;
    for (const Parcel &parcel : read(areaCrsWkt(), std::nullopt, feedback)) {
        DeclaredValue &entry = byValue[parcel.value];
        if (entry.parcels == 0) {
            entry.value = parcel.value;
            entry.label = parcel.label;
        }
        ++entry.parcels;
        entry.areaHa += parcel.areaHa;
    }
    return byValue.values().toVector();
}

} // namespace cropmap::core::thematic
