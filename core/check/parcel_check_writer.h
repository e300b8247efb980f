// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <vector>

#include <QString>

#include "check/parcel_check.h"
#include "io/gdal_handles.h"
#include "thematic/class_table.h"

class OGRFeatureDefn;

namespace cropmap::core::check {

/** \brief A checked parcel with what the GeoPackage needs beside its evidence. */
struct CheckedParcelFeature
{
    const ParcelCheck *check = nullptr;
    OGRGeometryH geometry = nullptr; //!< in the output CRS (as the rasterize step reprojects)
    const OGRFeature *source = nullptr; //!< the layer's feature, for its attributes
};

/**
 * \brief Writes the declaration check as a styled GeoPackage.
 *
 * One layer "parcels" (multipolygons) holding, per checked parcel, the evidence fields
 * (parcel_key, source_fid, raster_id, tile, declared, declared_class_id, declared_class,
 * pixels, mapped_pixels, agreement, declared_posterior, confidence, other_class_id,
 * other_class, other_share, split_set, trained, status, area_ha; with a truth also
 * true_class_id, true_class, declaration_wrong) followed by every attribute of the source
 * layer whose name does not clash with them. Undefined values (no mapped pixel, no
 * probability raster) are NULL.
 */
class ParcelCheckWriter
{
public:
    /** The evidence fields, in the order of the layer (without the truth fields). */
    static QStringList evidenceFields();

    /** Writes \a parcels to \a path atomically (a temporary .gpkg renamed on success), the
     *  attribute fields of \a sourceDefinition copied along. Throws Error naming the file. */
    static void writeGeoPackage(const QString &path, const std::vector<CheckedParcelFeature> &parcels,
                                const OGRFeatureDefn *sourceDefinition, const QString &crsWkt,
                                const thematic::ClassTable &classes, bool withTruth);

    /** A QGIS style (categorised by status: green agrees, yellow doubtful, red disagrees,
     *  grey hatched too small), written atomically. */
    static void writeQgisStyle(const QString &path);
};

} // namespace cropmap::core::check
