// SPDX-License-Identifier: GPL-3.0-or-later
#include "synth/spectral_model.h"

#include <algorithm>
#include <cmath>

namespace cropmap::core::synth {

namespace {

using Spectrum = SpectralModel::Spectrum;

// End-member spectra (reflectance × 10000) in the order B02 B03 B04 B05 B06 B07 B08 B8A B11
// B12, read off typical Sentinel-2 L2A signatures of Central European fields.
constexpr Spectrum greenCanopy{350, 750, 400, 1150, 2900, 3600, 3900, 4100, 2100, 1000};
constexpr Spectrum woodyCanopy{250, 500, 250, 800, 2000, 2600, 2900, 3000, 1400, 600};
constexpr Spectrum bareSoil{900, 1250, 1550, 1750, 1950, 2150, 2300, 2450, 3100, 2600};
constexpr Spectrum dryResidue{800, 1150, 1400, 1750, 2250, 2550, 2700, 2850, 3500, 2800};
constexpr Spectrum yellowBlossom{500, 1600, 1700, 2300, 3200, 3600, 3800, 4000, 2300, 1200};
constexpr Spectrum whiteBlossom{1400, 1600, 1600, 2000, 2800, 3200, 3500, 3600, 2600, 1600};
constexpr Spectrum sealedSurface{1300, 1400, 1500, 1600, 1700, 1750, 1800, 1850, 2200, 2000};

// One cover's typical season; days since 1 September. Annual crops: an optional autumn
// plateau (winter crops), a double-logistic main season (up, down) and a harvest that
// removes the dry residue. Perennial covers: a floor, an autumn part that fades by
// autumnEnd and a spring rise that lasts through the season.
struct Profile
{
    bool perennial = false;
    double base = 0.06;        // green fraction of weeds and stubble
    double autumnUp = 0;       // emergence of a winter crop (annuals)
    double autumnEnd = 0;      // end of the autumn greenness (perennials)
    double autumnLevel = 0;
    double up = 0, kUp = 8;    // spring green-up (mid-point, steepness in days)
    double peak = 0.85;
    double down = 400, kDown = 7; // senescence
    double harvest = -1;       // < 0: after the end of the season
    double flowerStart = 0, flowerEnd = 0, flowerLevel = 0;
    bool whiteFlowers = false;
    bool woody = false;
    double nir = 1;            // × canopy red edge and NIR
    double swir = 1;           // × canopy B11 B12 (leaf water and structure)
    double visible = 1;        // × canopy B02 B03 B04 (leaf pigments)
};

Profile profileOf(Cover cover)
{
    Profile p;
    switch (cover) {
    case Cover::WinterWheat:
        p = {false, 0.08, 50, 0, 0.30, 215, 9, 0.88, 298, 7, 322};
        p.nir = 0.97;
        break;
    case Cover::Triticale: // a few days later and denser than wheat: hard to tell apart
        p = {false, 0.08, 48, 0, 0.32, 212, 9, 0.92, 305, 7, 328};
        p.nir = 1.03;
        break;
    case Cover::WinterBarley:
        p = {false, 0.08, 35, 0, 0.40, 200, 9, 0.85, 282, 6, 306};
        p.nir = 0.96;
        break;
    case Cover::SpringCereal:
        p = {false, 0.06, 0, 0, 0, 240, 7, 0.82, 300, 6, 330};
        p.nir = 0.95;
        break;
    case Cover::Rapeseed:
        p = {false, 0.08, 12, 0, 0.55, 195, 10, 0.90, 290, 8, 318, 232, 258, 0.45};
        p.nir = 1.02;
        break;
    case Cover::WinterTurnipRape:
        p = {false, 0.08, 15, 0, 0.50, 180, 9, 0.85, 268, 7, 295, 208, 228, 0.40};
        break;
    case Cover::WinterCaraway:
        p = {false, 0.10, 20, 0, 0.45, 205, 12, 0.78, 300, 8, 318, 268, 290, 0.25, true};
        break;
    case Cover::Maize:
        p = {false, 0.06, 0, 0, 0, 282, 8, 0.90, 372, 8, -1};
        p.nir = 1.0;
        p.swir = 1.15;
        break;
    case Cover::Sunflower:
        p = {false, 0.06, 0, 0, 0, 252, 7, 0.85, 330, 7, -1, 300, 322, 0.45};
        p.nir = 1.0;
        p.swir = 1.05;
        p.visible = 1.25;
        break;
    case Cover::Soybean:
        p = {false, 0.06, 0, 0, 0, 266, 7, 0.88, 352, 7, -1};
        p.nir = 1.08;
        p.swir = 0.95;
        break;
    case Cover::Potato:
        p = {false, 0.08, 0, 0, 0, 250, 6, 0.88, 320, 5, 345};
        p.nir = 1.10;
        p.swir = 0.9;
        break;
    case Cover::Beet:
        p = {false, 0.05, 0, 0, 0, 240, 9, 0.92, 420, 10, -1};
        p.nir = 1.15;
        p.swir = 0.85;
        p.visible = 0.9;
        break;
    case Cover::GrainLegume:
        p = {false, 0.06, 0, 0, 0, 235, 7, 0.85, 295, 6, 318};
        p.nir = 1.04;
        break;
    case Cover::Grassland:
        p = {true, 0.45, 0, 60, 0.25, 200, 12, 0.85};
        p.nir = 0.92;
        break;
    case Cover::ForageLegume:
        p = {true, 0.30, 0, 55, 0.35, 205, 10, 0.90};
        p.nir = 1.06;
        break;
    case Cover::Fallow:
        p = {true, 0.35, 0, 70, 0.25, 210, 12, 0.75};
        p.nir = 0.9;
        break;
    case Cover::Orchard:
        p = {true, 0.35, 0, 62, 0.25, 232, 8, 0.68};
        p.woody = true;
        break;
    case Cover::Vineyard:
        p = {true, 0.15, 0, 55, 0.25, 245, 8, 0.55};
        p.woody = true;
        break;
    case Cover::Hedge:
        p = {true, 0.30, 0, 62, 0.40, 232, 8, 0.85};
        p.woody = true;
        break;
    case Cover::Forest:
        p = {true, 0.55, 0, 65, 0.30, 230, 8, 0.92};
        p.woody = true;
        break;
    case Cover::BuiltUp:
        p = {true, 0.10, 0, 0, 0, 0, 8, 0.10};
        break;
    }
    return p;
}

double logistic(double x)
{
    return 1.0 / (1.0 + std::exp(-x));
}

// 1 between start and end, with 3-day flanks.
double bump(double t, double start, double end)
{
    return logistic((t - start) / 3.0) * (1.0 - logistic((t - end) / 3.0));
}

} // namespace

double SpectralModel::dayOfSeason(const QDate &date)
{
    const int startYear = date.month() >= 9 ? date.year() : date.year() - 1;
    return double(QDate(startYear, 9, 1).daysTo(date));
}

SpectralModel::Fractions SpectralModel::fractions(const FieldTraits &field, double day)
{
    const Profile p = profileOf(field.cover);
    const double t = day - field.shift;
    const double peak = p.peak * field.amplitude;
    Fractions f;
    if (p.perennial) {
        f.green = p.base + p.autumnLevel * field.amplitude * (1 - logistic((t - p.autumnEnd) / 15))
                  + (peak - p.base) * logistic((t - p.up) / p.kUp);
    } else {
        const double autumn = p.autumnLevel * field.amplitude * logistic((t - p.autumnUp) / 8)
                              * (1 - logistic((t - p.down) / p.kDown));
        const double main = peak * (logistic((t - p.up) / p.kUp) - logistic((t - p.down) / p.kDown));
        f.green = p.base + std::max(autumn, main);
        // The canopy dries after senescence and lies there until the harvest removes it.
        f.dry = peak * logistic((t - p.down) / p.kDown)
                * (p.harvest < 0 ? 1.0 : 1 - logistic((t - p.harvest) / 2.5));
        if (field.autumnCover && p.autumnLevel == 0)
            f.green += 0.35 * logistic((t - 5) / 5) * (1 - logistic((t - 75) / 6));
        if (field.catchCrop && p.harvest > 0)
            f.green += 0.30 * logistic((t - p.harvest - 30) / 6);
    }
    // Mowing: the sward drops and regrows within weeks; the cut grass dries on the field.
    for (int c = 0; c < field.cutCount; ++c) {
        const double since = day - field.cuts[std::size_t(c)];
        if (since < 0)
            continue;
        const double removed = f.green * 0.6 * std::exp(-since / 20);
        f.green -= removed;
        f.dry += removed * std::exp(-since / 4);
    }
    if (p.flowerLevel > 0) {
        f.flower = p.flowerLevel * field.amplitude * bump(t, p.flowerStart, p.flowerEnd);
        f.green = std::max(0.0, f.green - 0.5 * f.flower);
    }
    const double total = f.green + f.dry + f.flower;
    if (total > 1) {
        f.green /= total;
        f.dry /= total;
        f.flower /= total;
    }
    return f;
}

SpectralModel::Signal SpectralModel::signal(const FieldTraits &field, double day)
{
    const Profile p = profileOf(field.cover);
    const Fractions f = fractions(field, day);
    // Wet winter soil is darker than dry summer soil.
    const double moisture = 1 - 0.15 * bump(day, 75, 180);
    const double soil = field.soil * moisture;
    const double rest = std::max(0.0, 1 - f.green - f.dry - f.flower);
    const Spectrum &canopy = p.woody ? woodyCanopy : greenCanopy;
    const Spectrum &blossom = p.whiteFlowers ? whiteBlossom : yellowBlossom;
    Signal s;
    for (int b = 0; b < BandCount; ++b) {
        // Red edge and NIR (B06 B07 B08 B8A) carry the canopy structure; B05 half of it.
        const double structure = (b >= 4 && b <= 7) ? p.nir * field.canopyNir
                                 : b == 3          ? 0.5 * (1 + p.nir * field.canopyNir)
                                 : b >= 8          ? p.swir
                                                   : p.visible;
        const double green = canopy[b] * structure;
        const double ground = field.cover == Cover::BuiltUp ? sealedSurface[b] * field.soil
                                                            : bareSoil[b] * soil;
        s.value[b] = float(f.green * green + f.dry * dryResidue[b] * soil
                           + f.flower * blossom[b] + rest * ground);
        s.vigour[b] = float(f.green * (green - ground));
    }
    return s;
}

double SpectralModel::ndvi(const Spectrum &spectrum)
{
    const double red = spectrum[2], nir = spectrum[6];
    return nir + red > 0 ? (nir - red) / (nir + red) : 0.0;
}

} // namespace cropmap::core::synth
