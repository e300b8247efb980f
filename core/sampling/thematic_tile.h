// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <cstdint>
#include <vector>

#include <QJsonObject>
#include <QString>
#include <QStringList>

#include "io/block_windows.h"
#include "io/gdal_handles.h"
#include "io/tile_grid.h"
#include "thematic/class_table.h"

namespace cropmap::core::sampling {

/**
 * \brief The rasterize step's outputs for one tile, read back for sampling: the parcel-id
 * raster, the eroded class raster and "<TILE>_thematic.json" (classes, counts).
 *
 * Parcel ids are read as uint32 (not through float, which would merge ids above 2²⁴).
 * \note Not thread-safe.
 */
class ThematicTile
{
public:
    /** Tile ids with a "<TILE>_thematic.json" in \a folder, sorted. */
    static QStringList discover(const QString &folder);
    /** Opens the tile's outputs; throws Error naming the missing or unreadable file. */
    static ThematicTile open(const QString &folder, const QString &tile);

    const QString &tile() const { return m_tile; }
    const io::TileGrid &grid() const { return m_grid; }
    const thematic::ClassTable &classes() const { return m_classes; }
    const QJsonObject &report() const { return m_report; }

    /** Parcel ids (0 = none) and eroded class ids (0 = none) of \a window. */
    void readWindow(const io::Window &window, std::vector<std::uint32_t> &parcels,
                    std::vector<std::uint8_t> &classes) const;

private:
    ThematicTile() = default;

    QString m_tile;
    QString m_parcelPath;
    QString m_classPath;
    io::TileGrid m_grid;
    thematic::ClassTable m_classes;
    QJsonObject m_report;
    io::DatasetPtr m_parcels;
    io::DatasetPtr m_eroded;
};

} // namespace cropmap::core::sampling
