// SPDX-License-Identifier: GPL-3.0-or-later
#include "layers/crs_transform.h"

#include <QCoreApplication>

#include "layers/raster_reader.h"
#include "util/error.h"

namespace cropmap::ui {

core::io::TransformPtr makeTransform(const QString &fromWkt, const QString &toWkt)
{
    if (fromWkt.isEmpty() || toWkt.isEmpty() || sameCrs(fromWkt, toWkt))
        return {};
    OGRSpatialReference from, to;
    from.importFromWkt(fromWkt.toUtf8().constData());
    to.importFromWkt(toWkt.toUtf8().constData());
    // Keep x = easting/longitude whatever the CRS's official axis order says.
    from.SetAxisMappingStrategy(OAMS_TRADITIONAL_GIS_ORDER);
    to.SetAxisMappingStrategy(OAMS_TRADITIONAL_GIS_ORDER);
    CPLErrorReset();
    core::io::TransformPtr transform(OGRCreateCoordinateTransformation(&from, &to));
    if (!transform) {
        throw core::Error(
            QCoreApplication::translate("cropmap::ui", "Cannot transform between %1 and %2: %3")
                .arg(QString::fromUtf8(from.GetName()), QString::fromUtf8(to.GetName()),
                     core::io::lastGdalError()));
    }
    return transform;
}

QPointF transformPoint(QPointF point, const QString &fromWkt, const QString &toWkt)
{
    const core::io::TransformPtr transform = makeTransform(fromWkt, toWkt);
    if (!transform)
        return point;
    double x = point.x(), y = point.y();
    if (!transform->Transform(1, &x, &y))
        return QPointF(qQNaN(), qQNaN());
    return QPointF(x, y);
}

} // namespace cropmap::ui
