// SPDX-License-Identifier: GPL-3.0-or-later
#include "canvas/map_settings.h"

namespace cropmap::ui {

QRectF MapSettings::extent() const
{
    const double width = outputSize.width() * mapUnitsPerPixel;
    const double height = outputSize.height() * mapUnitsPerPixel;
    return QRectF(centre.x() - width / 2, centre.y() - height / 2, width, height);
}

QPointF MapSettings::toScreen(QPointF map) const
{
    return QPointF((map.x() - centre.x()) / mapUnitsPerPixel + outputSize.width() / 2.0,
                   (centre.y() - map.y()) / mapUnitsPerPixel + outputSize.height() / 2.0);
}

QPointF MapSettings::toMap(QPointF screen) const
{
    return QPointF(centre.x() + (screen.x() - outputSize.width() / 2.0) * mapUnitsPerPixel,
                   centre.y() - (screen.y() - outputSize.height() / 2.0) * mapUnitsPerPixel);
}

QRectF MapSettings::toScreen(const QRectF &map) const
{
    return QRectF(toScreen(QPointF(map.left(), map.bottom())),
                  toScreen(QPointF(map.right(), map.top())));
}

double MapSettings::scaleDenominator(double dotsPerInch) const
{
    // One logical pixel is 0.0254 / dpi metres on the screen.
    return mapUnitsPerPixel * dotsPerInch / 0.0254;
}

} // namespace cropmap::ui
