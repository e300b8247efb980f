// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QColor>
#include <QPointF>
#include <QRectF>
#include <QSize>
#include <QString>

namespace cropmap::ui {

/**
 * \brief The view transform of a map canvas: CRS, centre, map units per pixel, output size.
 *
 * A value type, so a render job gets a snapshot that the canvas may change meanwhile
 * (QgsMapSettings plays this part in QGIS). Screen coordinates are logical pixels with y
 * down; map coordinates have y up. Rectangles in map units are normalised: x = west,
 * y = south, width and height positive.
 */
struct MapSettings
{
    QString crsWkt;
    QPointF centre;
    double mapUnitsPerPixel = 1.0;
    QSize outputSize;             //!< logical pixels
    qreal devicePixelRatio = 1.0; //!< device pixels per logical pixel (high-DPI screens)
    QColor background = Qt::white;

    bool isValid() const { return outputSize.isValid() && mapUnitsPerPixel > 0; }
    //! The map rectangle covered by the output.
    QRectF extent() const;
    //! Logical screen position of the map point \a map.
    QPointF toScreen(QPointF map) const;
    //! Map point under the logical screen position \a screen.
    QPointF toMap(QPointF screen) const;
    //! Screen rectangle (y down) of the map rectangle \a map (y up).
    QRectF toScreen(const QRectF &map) const;
    /** Scale denominator (1 : N) for a screen of \a dotsPerInch, map units in metres. */
    double scaleDenominator(double dotsPerInch) const;
};

} // namespace cropmap::ui
