// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QString>

#include "synth/field_layout.h"
#include "synth/scene_options.h"

namespace cropmap::core::synth {

/**
 * \brief Writes the parcels of a layout to a GeoPackage, as INVEKOS publishes declarations.
 *
 * Layer `parcels`, one polygon per parcel (background cells have none), in EPSG:32633 or, to
 * exercise reprojection downstream, EPSG:31287 (MGI / Austria Lambert, the CRS of the real
 * INVEKOS layers). Attributes: FS_KENNUNG (parcel id), SNAR_CODE and SNAR_BEZEICHNUNG (the
 * declaration), TRUE_BEZEICHNUNG, TRUE_SNAR_CODE and TRUE_CLASS (what grows there; the class
 * id of ClassTable::seedClasses(), 0 for non-crops), DECLARATION_WRONG (1 when the
 * declaration names another class) and SL_FLAECHE_BRUTTO_HA (area in hectares).
 */
class ParcelWriter
{
public:
    static QString layerName() { return QStringLiteral("parcels"); }

    /** Writes \a path atomically; throws Error naming the file on failure. */
    static void write(const FieldLayout &layout, const SceneOptions &options, const QString &path);
};

} // namespace cropmap::core::synth
