// SPDX-License-Identifier: GPL-3.0-or-later
#include "layers/raster_style.h"

#include <algorithm>
#include <cmath>

#include <QJsonArray>

namespace cropmap::ui {

namespace {

struct RampStop
{
    double t;
    int red, green, blue;
};

QRgb interpolate(const RampStop *stops, int count, double t)
{
    t = std::clamp(std::isfinite(t) ? t : 0.0, 0.0, 1.0);
    for (int i = 1; i < count; ++i) {
        if (t <= stops[i].t) {
            const RampStop &a = stops[i - 1];
            const RampStop &b = stops[i];
            const double f = (t - a.t) / (b.t - a.t);
            return qRgb(int(std::lround(a.red + f * (b.red - a.red))),
                        int(std::lround(a.green + f * (b.green - a.green))),
                        int(std::lround(a.blue + f * (b.blue - a.blue))));
        }
    }
    return qRgb(stops[count - 1].red, stops[count - 1].green, stops[count - 1].blue);
}

const char *modeName(RasterRenderMode mode)
{
    switch (mode) {
    case RasterRenderMode::RgbComposite: return "rgb";
    case RasterRenderMode::SingleBand: return "singleband";
    case RasterRenderMode::Paletted: return "paletted";
    case RasterRenderMode::MaskOverlay: return "mask";
    case RasterRenderMode::Ndvi: return "ndvi";
    }
    return "rgb";
}

const char *rampName(ColourRamp ramp)
{
    switch (ramp) {
    case ColourRamp::Grey: return "grey";
    case ColourRamp::Viridis: return "viridis";
    case ColourRamp::RedYellowGreen: return "redyellowgreen";
    }
    return "grey";
}

} // namespace

QRgb rampColour(ColourRamp ramp, double t)
{
    // Viridis and RdYlGn sampled at five stops from matplotlib's tables.
    static const RampStop grey[] = {{0, 0, 0, 0}, {1, 255, 255, 255}};
    static const RampStop viridis[] = {{0, 68, 1, 84},
                                       {0.25, 59, 82, 139},
                                       {0.5, 33, 145, 140},
                                       {0.75, 94, 201, 98},
                                       {1, 253, 231, 37}};
    static const RampStop redYellowGreen[] = {{0, 165, 0, 38},
                                              {0.25, 244, 109, 67},
                                              {0.5, 255, 255, 191},
                                              {0.75, 102, 189, 99},
                                              {1, 0, 104, 55}};
    switch (ramp) {
    case ColourRamp::Grey: return interpolate(grey, 2, t);
    case ColourRamp::Viridis: return interpolate(viridis, 5, t);
    case ColourRamp::RedYellowGreen: return interpolate(redYellowGreen, 5, t);
    }
    return interpolate(grey, 2, t);
}

RasterStyle RasterStyle::trueColour()
{
    return RasterStyle{};
}

RasterStyle RasterStyle::falseColour()
{
    RasterStyle style;
    style.rgbBands = {QStringLiteral("B08"), QStringLiteral("B04"), QStringLiteral("B03")};
    return style;
}

QJsonObject RasterStyle::toJson() const
{
    QJsonObject json;
    json[QStringLiteral("mode")] = QString::fromLatin1(modeName(mode));
    json[QStringLiteral("rgbBands")] = QJsonArray{rgbBands[0], rgbBands[1], rgbBands[2]};
    json[QStringLiteral("band")] = band;
    json[QStringLiteral("ramp")] = QString::fromLatin1(rampName(ramp));
    json[QStringLiteral("lowPercentile")] = lowPercentile;
    json[QStringLiteral("highPercentile")] = highPercentile;
    if (minimum)
        json[QStringLiteral("minimum")] = *minimum;
    if (maximum)
        json[QStringLiteral("maximum")] = *maximum;
    json[QStringLiteral("maskColour")] = maskColour.name();
    json[QStringLiteral("maskOpacity")] = maskOpacity;
    json[QStringLiteral("step")] = step;
    return json;
}

RasterStyle RasterStyle::fromJson(const QJsonObject &json, const RasterStyle &defaults)
{
    RasterStyle style = defaults;
    const QString mode = json.value(QStringLiteral("mode")).toString();
    for (RasterRenderMode m : {RasterRenderMode::RgbComposite, RasterRenderMode::SingleBand,
                               RasterRenderMode::Paletted, RasterRenderMode::MaskOverlay,
                               RasterRenderMode::Ndvi}) {
        if (mode == QLatin1String(modeName(m)))
            style.mode = m;
    }
    const QJsonArray rgb = json.value(QStringLiteral("rgbBands")).toArray();
    if (rgb.size() == 3) {
        for (int i = 0; i < 3; ++i)
            style.rgbBands[i] = rgb[i].toString();
    }
    style.band = json.value(QStringLiteral("band")).toString(style.band);
    const QString ramp = json.value(QStringLiteral("ramp")).toString();
    for (ColourRamp r : {ColourRamp::Grey, ColourRamp::Viridis, ColourRamp::RedYellowGreen}) {
        if (ramp == QLatin1String(rampName(r)))
            style.ramp = r;
    }
    style.lowPercentile = json.value(QStringLiteral("lowPercentile")).toDouble(style.lowPercentile);
    style.highPercentile =
        json.value(QStringLiteral("highPercentile")).toDouble(style.highPercentile);
    if (json.contains(QStringLiteral("minimum")))
        style.minimum = json.value(QStringLiteral("minimum")).toDouble();
    if (json.contains(QStringLiteral("maximum")))
        style.maximum = json.value(QStringLiteral("maximum")).toDouble();
    const QColor mask(json.value(QStringLiteral("maskColour")).toString());
    if (mask.isValid())
        style.maskColour = mask;
    style.maskOpacity = json.value(QStringLiteral("maskOpacity")).toDouble(style.maskOpacity);
    style.step = json.value(QStringLiteral("step")).toInt(style.step);
    return style;
}

} // namespace cropmap::ui
