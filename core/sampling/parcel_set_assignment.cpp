// SPDX-License-Identifier: GPL-3.0-or-later
#include "sampling/parcel_set_assignment.h"

namespace cropmap::core::sampling {

void ParcelSetAssignment::assign(const SpatialSplit &split)
{
    struct Best
    {
        int patch = -1;
        qint64 pixels = 0;
        int patches = 0;
    };
    std::unordered_map<std::uint32_t, Best> best;
    for (const auto &[k, pixels] : m_counts) {
        const auto parcel = std::uint32_t(k >> 32);
        const int patch = int(std::uint32_t(k & 0xffffffffu));
        Best &b = best[parcel];
        ++b.patches;
        if (pixels > b.pixels || (pixels == b.pixels && patch < b.patch)) {
            b.patch = patch;
            b.pixels = pixels;
        }
    }
    m_sets.clear();
    m_straddling = 0;
    for (const auto &[parcel, b] : best) {
        m_sets[parcel] = split.setOfPatch(b.patch);
        if (b.patches > 1)
            ++m_straddling;
    }
    m_counts.clear();
}

} // namespace cropmap::core::sampling
