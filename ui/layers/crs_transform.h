// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QPointF>
#include <QString>

#include "io/gdal_handles.h"

namespace cropmap::ui {

/**
 * A transformation between two CRSs given as WKT, both in x = easting/longitude order
 * (OAMS_TRADITIONAL_GIS_ORDER); null when they are the same CRS or either is empty.
 * Throws core::Error when GDAL cannot build it.
 */
core::io::TransformPtr makeTransform(const QString &fromWkt, const QString &toWkt);

/** \a point transformed from \a fromWkt to \a toWkt (unchanged for the same CRS). */
QPointF transformPoint(QPointF point, const QString &fromWkt, const QString &toWkt);

} // namespace cropmap::ui
