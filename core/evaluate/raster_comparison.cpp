// SPDX-License-Identifier: GPL-3.0-or-later
#include "evaluate/raster_comparison.h"

#include <array>
#include <cmath>
#include <map>
#include <optional>

#include <QCoreApplication>

#include <ogr_spatialref.h>

#include "io/block_windows.h"
#include "io/raster_source.h"
#include "util/error.h"
#include "util/feedback.h"

namespace cropmap::core::evaluate {

namespace {

QString tr(const char *text)
{
    return QCoreApplication::translate("cropmap::core::evaluate", text);
}

constexpr int kIds = 256; // class ids 0…255; 0 = no class

//! Raw class id of a raster value, 0 for nodata; −1 for a value that is no valid id.
int idOf(float value)
{
    if (std::isnan(value))
        return 0;
    const float rounded = std::nearbyint(value);
    return rounded == value && rounded >= 0.0f && rounded < float(kIds) ? int(rounded) : -1;
}

//! Hectares per pixel on a grid in a linear unit, nullopt on a geographic or unknown CRS.
std::optional<double> hectaresPerPixel(const io::TileGrid &grid)
{
    OGRSpatialReference srs;
    if (grid.crsWkt().isEmpty() || srs.importFromWkt(grid.crsWkt().toUtf8().constData()) != OGRERR_NONE
        || !srs.IsProjected())
        return std::nullopt;
    const double metres = srs.GetLinearUnits();
    const auto &gt = grid.geoTransform();
    return std::abs(gt[1] * gt[5] - gt[2] * gt[4]) * metres * metres / 10000.0;
}

/** Counts per (reference id, map id) and per map id, one set per worker thread. */
struct IdCounts
{
    std::vector<qint64> pairs = std::vector<qint64>(std::size_t(kIds) * kIds, 0);
    std::array<qint64, kIds> mapped{};
    qint64 unmapped = 0;
    //! With parcels: per cluster key (parcel id, or 2^32 + pixel index outside parcels), the
    //! scored pixels per (reference id · kIds + map id).
    std::map<std::uint64_t, std::map<int, qint64>> clusters;
};

} // namespace

std::vector<double> RasterComparison::mappedArea() const
{
    std::vector<double> area;
    for (qint64 pixels : mappedPixels)
        area.push_back(double(pixels) * pixelArea);
    return area;
}

RasterComparison compareRasters(const RasterComparisonOptions &options,
                                const thematic::ClassTable &classes, Feedback &feedback)
{
    const io::RasterSource probe = io::RasterSource::open(options.mapPath);
    const io::TileGrid grid = probe.grid();
    if (!options.maskPath.isEmpty()
        && io::RasterSource::open(options.maskPath).metadataItem(QStringLiteral("SPLIT_UNIT"))
               == QStringLiteral("patch"))
        feedback.log(tr("\"%1\" assigns sets by patch: pixels of parcels that straddle a patch "
                        "border are scored by the patch, not by their parcel's set (a training "
                        "parcel's pixels can count as test). Use <TILE>_sets.tif from `cropmap "
                        "sample` as the mask instead")
                         .arg(options.maskPath));
    const int threads = io::workerThreadCount(options.threads);
    struct Readers
    {
        std::optional<io::RasterSource> map, reference, mask, parcels;
    };
    std::vector<Readers> readers(static_cast<std::size_t>(threads));
    std::vector<IdCounts> counts(static_cast<std::size_t>(threads));

    const auto windows = io::blockWindows(grid.width(), grid.height(), options.blockSize, options.blockSize);
    io::forEachWindow(windows, feedback, [&](const io::Window &window, int thread) {
        Readers &r = readers[std::size_t(thread)];
        if (!r.map) {
            // One dataset per thread: GDAL handles must not be shared between threads.
            r.map = io::RasterSource::open(options.mapPath);
            r.reference = io::RasterSource::openOnGrid(options.referencePath, grid, io::Resampling::Nearest);
            if (!options.maskPath.isEmpty())
                r.mask = io::RasterSource::openOnGrid(options.maskPath, grid, io::Resampling::Nearest);
            if (!options.parcelsPath.isEmpty())
                r.parcels = io::RasterSource::openOnGrid(options.parcelsPath, grid, io::Resampling::Nearest);
        }
        const auto map = r.map->readWindow(1, window);
        const auto reference = r.reference->readWindow(1, window);
        std::vector<float> mask;
        if (r.mask)
            mask = r.mask->readWindow(1, window);
        std::vector<float> parcels;
        if (r.parcels)
            parcels = r.parcels->readWindow(1, window);
        IdCounts &c = counts[std::size_t(thread)];
        for (std::size_t i = 0; i < map.size(); ++i) {
            const int mapId = idOf(map[i]);
            const int refId = idOf(reference[i]);
            if (mapId < 0 || refId < 0) {
                throw Error(tr("\"%1\" holds the value %2, which is not a class id 0…255")
                                .arg(mapId < 0 ? options.mapPath : options.referencePath)
                                .arg(double(mapId < 0 ? map[i] : reference[i])));
            }
            ++c.mapped[std::size_t(mapId)];
            if (refId == 0 || (r.mask && idOf(mask[i]) != options.maskValue))
                continue;
            if (mapId == 0) {
                ++c.unmapped;
                continue;
            }
            ++c.pairs[std::size_t(refId) * kIds + std::size_t(mapId)];
            if (r.parcels) {
                const float id = parcels[i];
                const bool inParcel = std::isfinite(id) && id >= 1.0f && id < 4294967296.0f;
                const std::uint64_t key = inParcel
                    ? std::uint64_t(id)
                    : (std::uint64_t(1) << 32) + std::uint64_t(window.y + qint64(i) / window.width) * std::uint64_t(grid.width())
                          + std::uint64_t(window.x + qint64(i) % window.width);
                ++c.clusters[key][refId * kIds + mapId];
            }
        }
    }, threads);

    IdCounts total;
    for (const IdCounts &c : counts) {
        for (std::size_t k = 0; k < total.pairs.size(); ++k)
            total.pairs[k] += c.pairs[k];
        for (int id = 0; id < kIds; ++id)
            total.mapped[std::size_t(id)] += c.mapped[std::size_t(id)];
        total.unmapped += c.unmapped;
        for (const auto &[key, cells] : c.clusters)
            for (const auto &[pair, n] : cells)
                total.clusters[key][pair] += n;
    }

    RasterComparison result;
    result.classes = classes;
    if (classes.isEmpty()) {
        QVector<thematic::TargetClass> found;
        for (int id = 1; id < kIds; ++id) {
            qint64 seen = total.mapped[std::size_t(id)];
            for (int other = 1; other < kIds; ++other)
                seen += total.pairs[std::size_t(id) * kIds + std::size_t(other)];
            if (seen > 0)
                found.push_back({id, tr("Class %1").arg(id), QStringLiteral("#808080")});
        }
        result.classes = thematic::ClassTable(found);
    }
    const int U = result.classes.size();
    std::array<int, kIds> indexOfId;
    indexOfId.fill(-1);
    for (int u = 0; u < U; ++u) {
        const int id = result.classes.at(u).id;
        if (id > 0 && id < kIds)
            indexOfId[std::size_t(id)] = u;
    }
    result.matrix = ConfusionMatrix(U);
    result.mappedPixels.assign(std::size_t(U), 0);
    for (int id = 1; id < kIds; ++id) {
        for (int mapId = 1; mapId < kIds; ++mapId) {
            const qint64 n = total.pairs[std::size_t(id) * kIds + std::size_t(mapId)];
            if (n == 0)
                continue;
            if (indexOfId[std::size_t(id)] < 0 || indexOfId[std::size_t(mapId)] < 0) {
                const bool refMissing = indexOfId[std::size_t(id)] < 0;
                throw Error(tr("\"%1\" holds class id %2, which the class table does not define")
                                .arg(refMissing ? options.referencePath : options.mapPath)
                                .arg(refMissing ? id : mapId));
            }
            result.matrix.add(indexOfId[std::size_t(id)], indexOfId[std::size_t(mapId)], n);
        }
        if (total.mapped[std::size_t(id)] > 0) {
            if (indexOfId[std::size_t(id)] < 0)
                throw Error(tr("\"%1\" holds class id %2, which the class table does not define")
                                .arg(options.mapPath).arg(id));
            result.mappedPixels[std::size_t(indexOfId[std::size_t(id)])] = total.mapped[std::size_t(id)];
        }
    }
    result.unmappedReferencePixels = total.unmapped;
    for (const auto &[key, cells] : total.clusters) {
        std::vector<ClusterCounts::Cell> list;
        for (const auto &[pair, n] : cells)
            list.push_back({indexOfId[std::size_t(pair % kIds)], indexOfId[std::size_t(pair / kIds)], n});
        result.clusters.clusters.push_back(std::move(list));
    }
    if (const auto ha = hectaresPerPixel(grid)) {
        result.pixelArea = *ha;
        result.areaUnit = QStringLiteral("ha");
    } else {
        result.areaUnit = QStringLiteral("pixels");
    }
    return result;
}

} // namespace cropmap::core::evaluate
