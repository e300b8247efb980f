// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QList>
#include <QRectF>
#include <QString>

#include "layers/map_layer.h"

class QPainter;

namespace cropmap::ui {

struct MapSettings;

/** \brief The legend of one layer as the map overlay shows it: its name over its classes. */
struct LegendGroup
{
    QString title;
    QList<LegendSymbol> symbols;
};

/**
 * The longest "round" length (1, 2 or 5 × 10ⁿ) not above \a maximum, for a scale bar that
 * may take up to \a maximum map units.
 */
double roundScaleBarLength(double maximum);

/**
 * Draws a scale bar in the bottom-left corner of \a viewport (logical pixels of \a
 * settings' output): a bar of a round length in metres or kilometres, at most a quarter of
 * the view wide. Degrees for a geographic CRS.
 */
void drawScaleBar(QPainter &painter, const MapSettings &settings, const QRectF &viewport);

/**
 * Draws \a groups as a legend box in the top-right corner of \a viewport: per layer its
 * name, then a swatch and a label per class. Rows that do not fit are summed up as
 * "… n more".
 */
void drawLegendOverlay(QPainter &painter, const QList<LegendGroup> &groups, const QRectF &viewport);

} // namespace cropmap::ui
