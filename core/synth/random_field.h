// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <cmath>
#include <cstdint>
#include <initializer_list>

namespace cropmap::core::synth {

/**
 * \brief Stateless, order-independent random numbers: a value is a hash of its coordinates.
 *
 * The scene is rendered on several threads in any order; hashing (seed, tile, date, band,
 * pixel) instead of drawing from a shared stream keeps every pixel identical whatever the
 * thread count. The mixing function is SplitMix64's finaliser (Steele et al. 2014), which is
 * plain integer arithmetic and therefore the same on every platform and library version.
 */
class RandomField
{
public:
    static constexpr std::uint64_t mix(std::uint64_t z)
    {
        z += 0x9e3779b97f4a7c15ULL;
        z = (z ^ (z >> 30)) * 0xbf58476d1ce4e5b9ULL;
        z = (z ^ (z >> 27)) * 0x94d049bb133111ebULL;
        return z ^ (z >> 31);
    }

    static constexpr std::uint64_t hash(std::initializer_list<std::uint64_t> keys)
    {
        std::uint64_t h = 0x243f6a8885a308d3ULL;
        for (std::uint64_t k : keys)
            h = mix(h ^ mix(k));
        return h;
    }

    //! Uniform in [0, 1) from the top 53 bits of \a h.
    static constexpr double uniform(std::uint64_t h) { return double(h >> 11) * 0x1.0p-53; }

    /**
     * Approximately standard normal from one hash: the sum of its four 16-bit quarters
     * (Irwin–Hall, n = 4, variance 4/12) centred and scaled. Tails end at ±3.46, which is
     * what pixel noise wants anyway.
     */
    static constexpr double normal(std::uint64_t h)
    {
        double sum = 0;
        for (int i = 0; i < 4; ++i)
            sum += double((h >> (16 * i)) & 0xffffu) / 65536.0;
        return (sum - 2.0) * 1.7320508075688772; // √3 = 1/√(4/12)
    }

    /**
     * Smooth value noise in [0, 1]: random values on a lattice of spacing \a wavelength,
     * interpolated with a smoothstep; \a octaves halvings of the wavelength are added with
     * halving weights. Used for cloud blobs.
     */
    static double smoothNoise(std::uint64_t seed, double x, double y, double wavelength,
                              int octaves)
    {
        double sum = 0, weight = 1, total = 0;
        for (int o = 0; o < octaves; ++o) {
            sum += weight * latticeNoise(seed + std::uint64_t(o) * 7919u, x / wavelength,
                                         y / wavelength);
            total += weight;
            weight *= 0.5;
            wavelength *= 0.5;
        }
        return sum / total;
    }

private:
    static double latticeNoise(std::uint64_t seed, double x, double y)
    {
        const double fx = std::floor(x), fy = std::floor(y);
        const auto ix = std::int64_t(fx), iy = std::int64_t(fy);
        const double tx = smooth(x - fx), ty = smooth(y - fy);
        auto at = [&](std::int64_t i, std::int64_t j) {
            return uniform(hash({seed, std::uint64_t(i), std::uint64_t(j)}));
        };
        const double top = at(ix, iy) + tx * (at(ix + 1, iy) - at(ix, iy));
        const double bottom = at(ix, iy + 1) + tx * (at(ix + 1, iy + 1) - at(ix, iy + 1));
        return top + ty * (bottom - top);
    }
    static double smooth(double t) { return t * t * (3 - 2 * t); }
};

} // namespace cropmap::core::synth
