// SPDX-License-Identifier: GPL-3.0-or-later
#include "synth/cloud_model.h"

#include <algorithm>
#include <cmath>
#include <limits>

#include "synth/random_field.h"

namespace cropmap::core::synth {

namespace {

// Thick cloud tops: bright and flat in the visible and NIR, darker in the SWIR.
constexpr std::array<float, 10> cloudTop{6500, 6300, 6200, 6200, 6300, 6300, 6400, 6300, 4500, 3200};

constexpr double fringeWidth = 0.06; // noise margin above the threshold flagged 8 rather than 9
constexpr double hazeWidth = 0.02;   // unflagged haze below the threshold

// Value of the noise that \a share of the values exceed (+∞ for an empty share).
double thresholdFor(std::vector<float> values, double share)
{
    if (share * double(values.size()) < 1)
        return std::numeric_limits<double>::infinity();
    const auto k = std::size_t(std::clamp((1 - share) * double(values.size()), 0.0,
                                          double(values.size() - 1)));
    std::nth_element(values.begin(), values.begin() + std::ptrdiff_t(k), values.end());
    return values[k];
}

double drawCover(double r, double u)
{
    if (r < 0.35)
        return 0.03 * u;               // nearly clear
    if (r < 0.60)
        return 0.05 + 0.35 * u;        // scattered
    if (r < 0.82)
        return 0.40 + 0.45 * u;        // mostly cloudy
    return 0.90 + 0.10 * u;            // nearly overcast
}

} // namespace

double Sky::flaggedShare() const
{
    if (scl.empty())
        return 0;
    const auto flagged = std::count_if(scl.begin(), scl.end(), [](std::uint8_t c) { return c != 0; });
    return double(flagged) / double(scl.size());
}

Sky CloudModel::draw(quint64 seed, int tile, const QDate &date, int width, int height)
{
    const auto day = std::uint64_t(date.toJulianDay());
    auto key = [&](std::uint64_t what) { return RandomField::hash({seed, 0xc10dU, std::uint64_t(tile), day, what}); };
    Sky sky;
    sky.width = width;
    sky.height = height;
    const bool winter = date.month() >= 11 || date.month() <= 2;
    const double r = std::min(0.999, RandomField::uniform(key(1)) + (winter ? 0.15 : 0.0));
    sky.cover = drawCover(r, RandomField::uniform(key(2)));
    const double brightness = 0.8 + 0.3 * RandomField::uniform(key(3));
    for (std::size_t b = 0; b < sky.cloud.size(); ++b)
        sky.cloud[b] = float(cloudTop[b] * brightness);

    const double wavelength = std::max(6.0, width / 4.0);
    const std::uint64_t cloudSeed = key(4);
    auto cloudNoise = [&](double x, double y) {
        return RandomField::smoothNoise(cloudSeed, x, y, wavelength, 3);
    };
    const std::size_t n = std::size_t(width) * height;
    std::vector<float> noise(n);
    for (int y = 0; y < height; ++y) {
        for (int x = 0; x < width; ++x)
            noise[std::size_t(y) * width + x] = float(cloudNoise(x + 0.5, y + 0.5));
    }
    const double threshold = thresholdFor(noise, sky.cover);

    const bool cirrus = RandomField::uniform(key(5)) < 0.15;
    const std::uint64_t cirrusSeed = key(6);
    std::vector<float> cirrusNoise;
    double cirrusThreshold = std::numeric_limits<double>::infinity();
    if (cirrus) {
        cirrusNoise.resize(n);
        for (int y = 0; y < height; ++y) {
            for (int x = 0; x < width; ++x)
                cirrusNoise[std::size_t(y) * width + x] =
                    float(RandomField::smoothNoise(cirrusSeed, x + 0.5, y + 0.5, 2 * wavelength, 2));
        }
        cirrusThreshold = thresholdFor(cirrusNoise, 0.2 + 0.4 * RandomField::uniform(key(7)));
    }

    // The shadow of the cloud above (x + dx, y + dy) falls on (x, y).
    const double dx = std::round(0.25 * wavelength), dy = std::round(0.6 * wavelength);
    sky.scl.assign(n, 0);
    sky.opacity.assign(n, 0.f);
    sky.shade.assign(n, 1.f);
    for (int y = 0; y < height; ++y) {
        for (int x = 0; x < width; ++x) {
            const std::size_t i = std::size_t(y) * width + x;
            const double margin = noise[i] - threshold;
            if (margin > fringeWidth) {
                sky.scl[i] = 9;
                sky.opacity[i] = float(0.75 + 0.2 * std::min(1.0, (margin - fringeWidth) / 0.1));
            } else if (margin > 0) {
                sky.scl[i] = 8;
                sky.opacity[i] = float(0.35 + 0.4 * margin / fringeWidth);
            } else {
                if (margin > -hazeWidth)
                    sky.opacity[i] = float(0.08 * (1 + margin / hazeWidth));
                if (cloudNoise(x + 0.5 + dx, y + 0.5 + dy) - threshold > fringeWidth) {
                    sky.scl[i] = 3;
                    sky.shade[i] = 0.45f;
                } else if (cirrus && cirrusNoise[i] > cirrusThreshold) {
                    sky.scl[i] = 10;
                    sky.opacity[i] = std::max(sky.opacity[i], 0.18f);
                }
            }
        }
    }
    return sky;
}

} // namespace cropmap::core::synth
