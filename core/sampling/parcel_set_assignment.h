// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <cstdint>
#include <unordered_map>
#include <vector>

#include "sampling/spatial_split.h"

namespace cropmap::core::sampling {

/**
 * \brief Puts each parcel onto one tile and into one set: the tile holding most of its eroded
 * pixels owns it, and that tile's patch holding most of them decides the set for the whole
 * parcel (DESIGN.md §2 "Spatial split").
 *
 * Without it a parcel cut by a patch border gives test pixels from a field the model trained
 * on, and accuracy comes out optimistic. Neighbouring Sentinel-2 tiles overlap by about 10 km:
 * a parcel there is rasterised on both, so one tile owns it and its pixels on the other tile
 * are not counted again (priors, pools, samples, set rasters). Ties go to the earlier tile
 * (the project's tile order), then to the lower patch index.
 */
class ParcelSetAssignment
{
public:
    /** Counts one eroded pixel of \a parcel in \a patch of tile \a tile (0-based, the order of
     *  the splits given to assign()); call for every eroded labelled pixel of every tile. */
    void add(std::uint32_t parcel, int patch, int tile = 0);
    /** Decides every parcel's set and tile from the counts; call once, after all add()s.
     *  \a splits: one per tile, in the tiles' order. */
    void assign(const std::vector<const SpatialSplit *> &splits);
    void assign(const SpatialSplit &split) { assign(std::vector<const SpatialSplit *>{&split}); }

    //! The set of \a parcel (None if it has no eroded pixel).
    SplitSet setOf(std::uint32_t parcel) const
    {
        const auto it = m_parcels.find(parcel);
        return it == m_parcels.end() ? SplitSet::None : it->second.set;
    }
    //! The tile that owns \a parcel's pixels (-1 if it has no eroded pixel).
    int tileOf(std::uint32_t parcel) const
    {
        const auto it = m_parcels.find(parcel);
        return it == m_parcels.end() ? -1 : it->second.tile;
    }
    //! Eroded pixels of \a parcel on the tile that owns it.
    qint64 ownedPixels(std::uint32_t parcel) const
    {
        const auto it = m_parcels.find(parcel);
        return it == m_parcels.end() ? 0 : it->second.ownedPixels;
    }
    //! Whether the pixels of \a parcel on \a tile count (the tile owns the parcel).
    bool owns(int tile, std::uint32_t parcel) const { return tileOf(parcel) == tile; }
    qint64 parcelCount() const { return qint64(m_parcels.size()); }
    //! Parcels whose eroded pixels lie in more than one patch (of one tile or several).
    qint64 straddling() const { return m_straddling; }
    //! Parcels with eroded pixels on more than one tile (in the tiles' overlap).
    qint64 onSeveralTiles() const { return m_onSeveralTiles; }
    //! Eroded pixels of parcels on tiles that do not own them (not counted again).
    qint64 pixelsOnOtherTiles() const { return m_pixelsOnOtherTiles; }

private:
    /** Parcel in the high 32 bits, the tile's patch in the low 32 (any patch count). */
    static std::uint64_t key(std::uint32_t parcel, std::uint32_t patch)
    {
        return (std::uint64_t(parcel) << 32) | std::uint64_t(patch);
    }

    struct Assigned
    {
        SplitSet set = SplitSet::None;
        int tile = -1;
        qint64 ownedPixels = 0;
    };
    std::vector<std::unordered_map<std::uint64_t, qint64>> m_counts; //!< per tile: (parcel, patch) → pixels
    std::unordered_map<std::uint32_t, Assigned> m_parcels;
    qint64 m_straddling = 0;
    qint64 m_onSeveralTiles = 0;
    qint64 m_pixelsOnOtherTiles = 0;
};

} // namespace cropmap::core::sampling
