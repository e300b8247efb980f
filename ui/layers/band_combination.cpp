// SPDX-License-Identifier: GPL-3.0-or-later
#include "layers/band_combination.h"

#include <QCoreApplication>

#include "layers/raster_band_layout.h"

namespace cropmap::ui {

namespace {

// The bands each combination shows as red, green, blue (NDVI reads B08 and B04).
std::array<QString, 3> rgbBandsOf(BandCombination combination)
{
    switch (combination) {
    case BandCombination::TrueColour:
        return {QStringLiteral("B04"), QStringLiteral("B03"), QStringLiteral("B02")};
    case BandCombination::FalseColour:
        return {QStringLiteral("B08"), QStringLiteral("B04"), QStringLiteral("B03")};
    case BandCombination::Swir:
        return {QStringLiteral("B12"), QStringLiteral("B8A"), QStringLiteral("B04")};
    case BandCombination::Ndvi:
        return {QStringLiteral("B08"), QStringLiteral("B04"), QStringLiteral("B04")};
    }
    return {};
}

} // namespace

QList<BandCombination> bandCombinations()
{
    return {BandCombination::TrueColour, BandCombination::FalseColour, BandCombination::Swir,
            BandCombination::Ndvi};
}

QString bandCombinationLabel(BandCombination combination)
{
    const auto tr = [](const char *text) {
        return QCoreApplication::translate("cropmap::ui::BandCombination", text);
    };
    switch (combination) {
    case BandCombination::TrueColour: return tr("True colour (B04/B03/B02)");
    case BandCombination::FalseColour: return tr("False colour (B08/B04/B03)");
    case BandCombination::Swir: return tr("SWIR (B12/B8A/B04)");
    case BandCombination::Ndvi: return tr("NDVI");
    }
    return {};
}

bool hasBandsFor(BandCombination combination, const RasterBandLayout &layout)
{
    const std::array<QString, 3> bands = rgbBandsOf(combination);
    return layout.hasBands({bands[0], bands[1], bands[2]});
}

RasterStyle withBandCombination(RasterStyle style, BandCombination combination)
{
    if (combination == BandCombination::Ndvi) {
        style.mode = RasterRenderMode::Ndvi;
        style.ramp = ColourRamp::RedYellowGreen;
        // A fixed range, the same in every month and tile: bare soil reads red, full canopy green.
        style.minimum = -0.1;
        style.maximum = 0.9;
        return style;
    }
    style.mode = RasterRenderMode::RgbComposite;
    style.rgbBands = rgbBandsOf(combination);
    style.minimum.reset();
    style.maximum.reset();
    return style;
}

std::optional<BandCombination> bandCombinationOf(const RasterStyle &style)
{
    if (style.mode == RasterRenderMode::Ndvi)
        return BandCombination::Ndvi;
    if (style.mode != RasterRenderMode::RgbComposite)
        return std::nullopt;
    for (BandCombination combination : bandCombinations()) {
        if (combination != BandCombination::Ndvi && rgbBandsOf(combination) == style.rgbBands)
            return combination;
    }
    return std::nullopt;
}

} // namespace cropmap::ui
