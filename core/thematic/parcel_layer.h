// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <cstdint>
#include <optional>
#include <vector>

#include <QRectF>
#include <QString>
#include <QStringList>
#include <QVector>

#include "io/gdal_handles.h"

namespace cropmap::core {
class Feedback;
}

namespace cropmap::core::thematic {

/** \brief One declared parcel: its id in the rasters, its declared value and its polygon. */
struct Parcel
{
    std::uint32_t id = 0; //!< 1-based position in the layer's reading order (0 = no parcel)
    qint64 fid = -1;      //!< the feature id in the source
    QString value;        //!< the declared crop (name or code) as text
    QString label;        //!< the label field's text (see setLabelField), else empty
    io::GeometryPtr geometry;
    double areaHa = 0;    //!< area in the CRS it was read into
};

/** \brief What reading a parcel layer did with its features. */
struct ParcelReadStats
{
    qint64 features = 0;     //!< features looked at
    qint64 repaired = 0;     //!< invalid polygons repaired with MakeValid
    qint64 skipped = 0;      //!< invalid or empty polygons that could not be repaired
    qint64 outside = 0;      //!< features outside the requested extent
    qint64 undeclared = 0;   //!< features whose value is NULL or empty: no declaration, not read
    qint64 notPolygonal = 0; //!< points or lines among the features: not parcels, not read
};

/** \brief A declared value with its parcel count and area (for `cropmap legend init`). */
struct DeclaredValue
{
    QString value;
    qint64 parcels = 0;
    double areaHa = 0;
    QString label; //!< the label field of the first parcel with this value (e.g. the crop name)
};

/**
 * \brief A layer of declared parcels from any OGR source (GeoPackage, Shapefile, GeoJSON,
 * FlatGeobuf, …) with the attribute that holds the declared crop.
 *
 * Parcels are read repaired (OGR MakeValid; polygonal parts only, so a repair never burns a
 * line), reprojected onto the caller's CRS (traditional GIS axis order on both sides, so
 * EPSG:4326 sources are read lon/lat) and filtered to an extent.
 */
class ParcelLayer
{
public:
    /**
     * Opens \a path and its layer \a layerName (empty: the first layer) with the attribute
     * \a field. Throws Error when the file or layer cannot be read, the layer is empty, or
     * \a field does not exist (the message lists the fields that do).
     */
    static ParcelLayer open(const QString &path, const QString &field, const QString &layerName = {});

    const QString &path() const { return m_path; }
    const QString &layerName() const { return m_layerName; }
    const QString &field() const { return m_field; }
    QStringList fieldNames() const;
    qint64 featureCount() const;
    /** A second attribute read along (e.g. the crop name beside its code); throws Error
     *  listing the fields when it does not exist. */
    void setLabelField(const QString &field);

    //! CRS of the layer as WKT (empty when it has none).
    QString crsWkt() const;

    /**
     * Reads every parcel whose polygon meets \a extent (in \a targetCrsWkt; no filter when
     * empty), reprojected to \a targetCrsWkt (empty: kept as is). Throws Error if the layer has
     * no CRS but a target CRS is asked for, or the transformation fails.
     */
    std::vector<Parcel> read(const QString &targetCrsWkt, const std::optional<QRectF> &extent,
                             Feedback &feedback, ParcelReadStats *stats = nullptr) const;

    /** Every declared value with its parcel count and area in hectares, sorted by value. */
    QVector<DeclaredValue> declaredValues(Feedback &feedback) const;

private:
    ParcelLayer() = default;
    QString areaCrsWkt() const;

    QString m_path;
    QString m_layerName;
    QString m_field;
    io::DatasetPtr m_dataset;
    OGRLayer *m_layer = nullptr;
    int m_fieldIndex = -1;
    int m_labelIndex = -1;
};

} // namespace cropmap::core::thematic
