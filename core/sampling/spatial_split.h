// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <array>
#include <cstdint>
#include <optional>
#include <vector>

#include <QRect>
#include <QString>

#include "io/raster_writer.h"
#include "io/tile_grid.h"

namespace cropmap::core::sampling {

/** \brief The set a patch (and every sample of it) belongs to; the split raster's values. */
enum class SplitSet : std::uint8_t { None = 0, Train = 1, Validation = 2, Test = 3 };

/** \brief Options of the spatial split (DESIGN.md §2 "Spatial split"). */
struct SpatialSplitOptions
{
    int patchRows = 10;
    int patchColumns = 10;
    std::array<double, 3> fractions{0.6, 0.2, 0.2}; //!< train, validation, test
    std::uint64_t seed = 1;
};

/**
 * \brief Cuts a tile into patchRows × patchColumns patches and assigns each to train,
 * validation or test at random.
 *
 * The counts per set are exact (largest remainder of fraction × patches: 60/20/20 of 100),
 * and which patch gets which set is a seeded shuffle, seeded by the seed and the tile id, so
 * tiles differ but a run repeats. Pixel (c, r) lies in the patch that holds its centre:
 * patch column ⌊(c + ½) · columns / width⌋, so the split raster (one pixel per patch) and the
 * pixel rule agree exactly.
 */
class SpatialSplit
{
public:
    SpatialSplit(const io::TileGrid &grid, const QString &tile, const SpatialSplitOptions &options);
    /** Reads a split written by writeRaster() for \a grid (the tile's pixel grid). */
    static SpatialSplit fromRaster(const QString &path, const io::TileGrid &grid, const QString &tile);

    /** Patches per set for \a patches and \a fractions (largest remainder; sums to patches). */
    static std::array<int, 3> setCounts(int patches, const std::array<double, 3> &fractions);

    /** Parses "0.6,0.2,0.2" (three shares ≥ 0, not all 0); nullopt when malformed. */
    static std::optional<std::array<double, 3>> parseFractions(const QString &text);

    const io::TileGrid &grid() const { return m_grid; }
    int patchCount() const { return m_rows * m_columns; }
    int patchRows() const { return m_rows; }
    int patchColumns() const { return m_columns; }
    int patchOf(int column, int row) const
    {
        return patchRowOf(row) * m_columns + patchColumnOf(column);
    }
    int patchColumnOf(int column) const { return int((2LL * column + 1) * m_columns / (2LL * m_grid.width())); }
    int patchRowOf(int row) const { return int((2LL * row + 1) * m_rows / (2LL * m_grid.height())); }
    SplitSet setOfPatch(int patch) const { return m_sets[std::size_t(patch)]; }
    SplitSet setOf(int column, int row) const { return setOfPatch(patchOf(column, row)); }
    //! Pixel rectangle of \a patch.
    QRect patchPixels(int patch) const;

    /** One uint8 pixel per patch (1 train, 2 validation, 3 test) on a coarse grid over the tile. */
    void writeRaster(const QString &path) const;
    /** The patch polygons with properties patch, row, column and set, in the tile's CRS. */
    void writeGeoJson(const QString &path) const;

    static QString setName(SplitSet set);
    /** Byte raster of sets (1 train, 2 validation, 3 test, 0 none) with their colours and
     *  metadata; \a unit ("patch" or "parcel") says what a value was assigned by. */
    static io::RasterWriteOptions setRasterOptions(const QString &unit, const QString &description);

private:
    SpatialSplit() = default;
    io::TileGrid m_grid;
    int m_rows = 0;
    int m_columns = 0;
    std::vector<SplitSet> m_sets;
};

} // namespace cropmap::core::sampling
