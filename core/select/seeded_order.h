// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <cstdint>

namespace cropmap::core::select {

/**
 * \brief A reproducible pseudo-random key per item: splitmix64 of the seed and the item.
 *
 * Used to break ties between equal posteriors and to shuffle without std:: distributions,
 * whose output differs between standard libraries; the same seed gives the same selection
 * on every platform. Ties broken by raster order would drop whole rows of a patch.
 */
inline std::uint64_t seededKey(std::uint64_t seed, std::uint64_t item)
{
    std::uint64_t z = seed * 0x9e3779b97f4a7c15ULL + item + 0x632be59bd9b4e019ULL;
    z = (z ^ (z >> 30)) * 0xbf58476d1ce4e5b9ULL;
    z = (z ^ (z >> 27)) * 0x94d049bb133111ebULL;
    return z ^ (z >> 31);
}

} // namespace cropmap::core::select
