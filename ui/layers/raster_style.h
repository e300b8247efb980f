// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <array>
#include <optional>

#include <QColor>
#include <QJsonObject>
#include <QString>

namespace cropmap::ui {

/** \brief How a raster layer turns pixel values into colours. */
enum class RasterRenderMode {
    RgbComposite, //!< three bands, each stretched between its percentiles
    SingleBand,   //!< one band through a colour ramp (posterior maps, NDVI)
    Paletted,     //!< class maps with a colour table; nodata transparent
    MaskOverlay,  //!< non-zero pixels in a translucent colour (cloud masks)
    Ndvi,         //!< (B08 − B04)/(B08 + B04) of the step through the ramp, minimum…maximum
};

enum class ColourRamp { Grey, Viridis, RedYellowGreen };

/** Colour of \a ramp at \a t in [0, 1]. */
QRgb rampColour(ColourRamp ramp, double t);

/**
 * \brief The style of a raster layer, a value type so renderers can copy it.
 *
 * Bands are named as in the first step (month) of a stack: "B04", or "Band 1" for rasters
 * without band descriptions. step selects the month of a month-major stack.
 */
struct RasterStyle
{
    RasterRenderMode mode = RasterRenderMode::RgbComposite;
    std::array<QString, 3> rgbBands{QStringLiteral("B04"), QStringLiteral("B03"),
                                    QStringLiteral("B02")};
    QString band;                   //!< single band, paletted and mask modes
    ColourRamp ramp = ColourRamp::Grey;
    double lowPercentile = 2.0;     //!< stretch range of RGB and single band modes
    double highPercentile = 98.0;
    std::optional<double> minimum;  //!< fixed single-band range (e.g. 0…1 for posteriors)
    std::optional<double> maximum;
    QColor maskColour = QColor(255, 40, 40);
    double maskOpacity = 0.5;
    int step = 0;

    static RasterStyle trueColour();  //!< B04/B03/B02
    static RasterStyle falseColour(); //!< B08/B04/B03

    QJsonObject toJson() const;
    static RasterStyle fromJson(const QJsonObject &json, const RasterStyle &defaults);
};

} // namespace cropmap::ui
