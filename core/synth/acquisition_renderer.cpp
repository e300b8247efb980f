// SPDX-License-Identifier: GPL-3.0-or-later
#include "synth/acquisition_renderer.h"

#include <algorithm>
#include <cmath>

#include "synth/cloud_model.h"
#include "synth/random_field.h"

namespace cropmap::core::synth {

namespace {

// Positions of the 10 m and 20 m bands in SpectralModel's band order
// (B02 B03 B04 B05 B06 B07 B08 B8A B11 B12).
constexpr std::array<int, 4> index10{0, 1, 2, 6};
constexpr std::array<int, 6> index20{3, 4, 5, 7, 8, 9};

constexpr double vigourSd = 0.06;       // persistent per-pixel green fraction
constexpr double bandNoiseSd = 0.025;   // per-date, per-band relative noise
constexpr double illuminationSd = 0.015; // per-date relative noise shared by the bands

std::uint16_t quantise(double value)
{
    // 0 is nodata in every band: clamp valid reflectances to ≥ 1.
    return std::uint16_t(std::clamp(std::lround(value), 1L, 65535L));
}

} // namespace

AcquisitionRenderer::AcquisitionRenderer(const FieldLayout &layout, const SceneOptions &options)
    : m_layout(layout)
    , m_options(options)
{}

QStringList AcquisitionRenderer::bands10()
{
    return {QStringLiteral("B02"), QStringLiteral("B03"), QStringLiteral("B04"),
            QStringLiteral("B08")};
}

QStringList AcquisitionRenderer::bands20()
{
    return {QStringLiteral("B05"), QStringLiteral("B06"), QStringLiteral("B07"),
            QStringLiteral("B8A"), QStringLiteral("B11"), QStringLiteral("B12")};
}

std::vector<PixelCover> AcquisitionRenderer::tileCovers(int tile) const
{
    std::vector<PixelCover> covers;
    m_layout.render(m_options.tileOffset(tile), 0, m_options.size, m_options.size, covers);
    return covers;
}

RenderedAcquisition AcquisitionRenderer::render(int tile, const std::vector<PixelCover> &covers,
                                                const QDate &date) const
{
    const int size = m_options.size, half = size / 2;
    const double day = SpectralModel::dayOfSeason(date);
    const QVector<Field> &fields = m_layout.fields();
    std::vector<SpectralModel::Signal> signals(std::size_t(fields.size()));
    for (int f = 0; f < fields.size(); ++f)
        signals[std::size_t(f)] = SpectralModel::signal(fields[f].traits, day);
    const Sky sky = CloudModel::draw(m_options.seed, tile, date, half, half);

    RenderedAcquisition out;
    out.cloudCover = sky.cover;
    for (auto &band : out.bands10)
        band.resize(std::size_t(size) * size);
    for (auto &band : out.bands20)
        band.resize(std::size_t(half) * half);
    out.scl.resize(std::size_t(half) * half);

    const auto dayKey = std::uint64_t(date.toJulianDay());
    const std::uint64_t seed = m_options.seed;
    for (int Y = 0; Y < half; ++Y) {
        for (int X = 0; X < half; ++X) {
            const std::size_t i20 = std::size_t(Y) * half + X;
            const float alpha = sky.opacity[i20], shade = sky.shade[i20];
            std::array<double, SpectralModel::BandCount> sum{};
            for (int sub = 0; sub < 4; ++sub) {
                const int x = 2 * X + (sub & 1), y = 2 * Y + (sub >> 1);
                const std::size_t i10 = std::size_t(y) * size + x;
                const PixelCover &cover = covers[i10];
                const std::uint64_t gx = std::uint64_t(tile) * size + x, gy = std::uint64_t(y);
                const double vigour =
                    vigourSd * RandomField::normal(RandomField::hash({seed, 0x71, gx, gy}));
                const std::uint64_t noiseKey = RandomField::hash({seed, 0x9e, dayKey, gx, gy});
                const double illumination =
                    1 + illuminationSd * RandomField::normal(RandomField::mix(noiseKey));
                const SpectralModel::Signal &a = signals[std::size_t(cover.field)];
                const double w = cover.neighbour >= 0 ? cover.neighbourWeight : 0.0;
                const SpectralModel::Signal &b =
                    signals[std::size_t(cover.neighbour >= 0 ? cover.neighbour : cover.field)];
                std::array<double, SpectralModel::BandCount> surface{};
                for (int k = 0; k < SpectralModel::BandCount; ++k) {
                    const double value = (1 - w) * a.value[k] + w * b.value[k]
                                         + vigour * ((1 - w) * a.vigour[k] + w * b.vigour[k]);
                    const double noise = bandNoiseSd
                                         * RandomField::normal(RandomField::mix(noiseKey + 1 + k));
                    surface[std::size_t(k)] = std::max(0.0, value * (illumination + noise)) * shade;
                    sum[std::size_t(k)] += surface[std::size_t(k)];
                }
                for (std::size_t band = 0; band < index10.size(); ++band) {
                    const auto k = std::size_t(index10[band]);
                    out.bands10[band][i10] = quantise((1 - alpha) * surface[k] + alpha * sky.cloud[k]);
                }
            }
            for (std::size_t band = 0; band < index20.size(); ++band) {
                const auto k = std::size_t(index20[band]);
                out.bands20[band][i20] = quantise((1 - alpha) * sum[k] / 4 + alpha * sky.cloud[k]);
            }
            if (sky.scl[i20] != 0) {
                out.scl[i20] = sky.scl[i20];
            } else {
                const double red = sum[2], nir = sum[6];
                out.scl[i20] = (nir - red) > 0.4 * (nir + red) ? 4 : 5;
            }
        }
    }
    return out;
}

} // namespace cropmap::core::synth
