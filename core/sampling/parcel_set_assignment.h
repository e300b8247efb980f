// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <cstdint>
#include <unordered_map>

#include "sampling/spatial_split.h"

namespace cropmap::core::sampling {

/**
 * \brief Puts each parcel into one set only: the patch holding most of its eroded pixels
 * decides for the whole parcel (DESIGN.md §2 "Spatial split").
 *
 * Without it a parcel cut by a patch border gives test pixels from a field the model trained
 * on, and accuracy comes out optimistic. Ties go to the lower patch index.
 */
class ParcelSetAssignment
{
public:
    /** Counts one eroded pixel of \a parcel in \a patch (call for every eroded labelled pixel). */
    void add(std::uint32_t parcel, int patch) { ++m_counts[key(parcel, patch)]; }
    /** Decides every parcel's set from the counts; call once, after all add()s. */
    void assign(const SpatialSplit &split);

    //! The set of \a parcel (None if it has no eroded pixel).
    SplitSet setOf(std::uint32_t parcel) const
    {
        const auto it = m_sets.find(parcel);
        return it == m_sets.end() ? SplitSet::None : it->second;
    }
    qint64 parcelCount() const { return qint64(m_sets.size()); }
    //! Parcels whose eroded pixels lie in more than one patch.
    qint64 straddling() const { return m_straddling; }

private:
    /** Parcel in the high 32 bits, patch in the low 32: unique for every patch count an int
     *  holds (20 bits for the patch collided beyond 1024 × 1024 patches). */
    static std::uint64_t key(std::uint32_t parcel, int patch)
    {
        return (std::uint64_t(parcel) << 32) | std::uint64_t(std::uint32_t(patch));
    }

    std::unordered_map<std::uint64_t, qint64> m_counts;
    std::unordered_map<std::uint32_t, SplitSet> m_sets;
    qint64 m_straddling = 0;
};

} // namespace cropmap::core::sampling
