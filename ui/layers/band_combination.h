// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <optional>

#include <QList>
#include <QString>

#include "layers/raster_style.h"

namespace cropmap::ui {

struct RasterBandLayout;

/**
 * \brief The usual ways of looking at a Sentinel-2 composite: true colour, false colour
 * (NIR/red/green), SWIR (B12/B8A/B04) and NDVI through a colour ramp.
 */
enum class BandCombination { TrueColour, FalseColour, Swir, Ndvi };

//! All combinations, in the order a chooser lists them.
QList<BandCombination> bandCombinations();
//! The translated name a chooser shows ("False colour (B08/B04/B03)").
QString bandCombinationLabel(BandCombination combination);
//! True when \a layout has the bands \a combination reads.
bool hasBandsFor(BandCombination combination, const RasterBandLayout &layout);
//! \a style (its step kept) showing \a combination.
RasterStyle withBandCombination(RasterStyle style, BandCombination combination);
//! The combination \a style shows, if it is one of them.
std::optional<BandCombination> bandCombinationOf(const RasterStyle &style);

} // namespace cropmap::ui
