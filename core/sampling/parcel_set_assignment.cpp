// SPDX-License-Identifier: GPL-3.0-or-later
#include "sampling/parcel_set_assignment.h"

#include <map>

#include "util/error.h"

namespace cropmap::core::sampling {

void ParcelSetAssignment::add(std::uint32_t parcel, int patch, int tile)
{
    if (std::size_t(tile) >= m_counts.size())
        m_counts.resize(std::size_t(tile) + 1);
    ++m_counts[std::size_t(tile)][key(parcel, std::uint32_t(patch))];
}

void ParcelSetAssignment::assign(const std::vector<const SpatialSplit *> &splits)
{
    if (m_counts.size() > splits.size())
        throw Error(QStringLiteral("ParcelSetAssignment: pixels counted on %1 tiles, %2 splits given")
                        .arg(m_counts.size())
                        .arg(splits.size()));
    struct Entry
    {
        int tile;
        int patch;
        qint64 pixels;
    };
    std::unordered_map<std::uint32_t, std::vector<Entry>> entries;
    for (std::size_t t = 0; t < m_counts.size(); ++t) {
        for (const auto &[k, pixels] : m_counts[t])
            entries[std::uint32_t(k >> 32)].push_back({int(t), int(std::uint32_t(k & 0xffffffffu)), pixels});
    }
    m_parcels.clear();
    m_straddling = 0;
    m_onSeveralTiles = 0;
    m_pixelsOnOtherTiles = 0;
    for (const auto &[parcel, list] : entries) {
        // The tile holding most of the parcel's pixels owns it (ties: the earlier tile) ...
        std::map<int, qint64> perTile;
        qint64 total = 0;
        for (const Entry &e : list) {
            perTile[e.tile] += e.pixels;
            total += e.pixels;
        }
        int tile = perTile.begin()->first;
        for (const auto &[t, n] : perTile)
            tile = n > perTile.at(tile) ? t : tile;
        // ... and its patch holding most of them decides the set (ties: the lower patch).
        const Entry *best = nullptr;
        for (const Entry &e : list) {
            if (e.tile == tile
                && (!best || e.pixels > best->pixels || (e.pixels == best->pixels && e.patch < best->patch)))
                best = &e;
        }
        m_parcels[parcel] = {splits[std::size_t(tile)]->setOfPatch(best->patch), tile, perTile.at(tile)};
        m_straddling += list.size() > 1 ? 1 : 0;
        m_onSeveralTiles += perTile.size() > 1 ? 1 : 0;
        m_pixelsOnOtherTiles += total - perTile.at(tile);
    }
    m_counts.clear();
}

} // namespace cropmap::core::sampling
