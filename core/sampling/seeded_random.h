// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <cstdint>

#include <QString>

namespace cropmap::core::sampling {

/**
 * \brief A small seeded generator (SplitMix64) with an unbiased bounded draw.
 *
 * Written out rather than std::mt19937 + std::uniform_int_distribution because the standard
 * leaves the distributions' algorithms to the library: the same seed must give the same
 * split and samples with every compiler (DESIGN.md §3 "Reproducible").
 */
class SeededRandom
{
public:
    explicit SeededRandom(std::uint64_t seed)
        : m_state(seed)
    {}

    /** A generator for one stream of \a seed, e.g. one per tile ("T33UVP") and purpose. */
    static SeededRandom forStream(std::uint64_t seed, const QString &stream)
    {
        // FNV-1a of the UTF-16 text: fixed across runs and platforms (qHash is salted).
        std::uint64_t hash = 1469598103934665603ull;
        for (const QChar c : stream) {
            hash ^= c.unicode();
            hash *= 1099511628211ull;
        }
        SeededRandom mixer(seed ^ hash);
        return SeededRandom(mixer.next());
    }

    std::uint64_t next()
    {
        std::uint64_t z = (m_state += 0x9e3779b97f4a7c15ull);
        z = (z ^ (z >> 30)) * 0xbf58476d1ce4e5b9ull;
        z = (z ^ (z >> 27)) * 0x94d049bb133111ebull;
        return z ^ (z >> 31);
    }

    /** Uniform in [0, n) for n ≥ 1, by rejection (no modulo bias). */
    std::uint64_t below(std::uint64_t n)
    {
        const std::uint64_t limit = ~std::uint64_t(0) - (~std::uint64_t(0) % n);
        std::uint64_t x = next();
        while (x >= limit)
            x = next();
        return x % n;
    }

private:
    std::uint64_t m_state;
};

} // namespace cropmap::core::sampling
