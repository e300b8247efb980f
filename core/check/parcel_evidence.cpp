// SPDX-License-Identifier: GPL-3.0-or-later
#include "check/parcel_evidence.h"

#include <cmath>
#include <limits>
#include <optional>

#include <QCoreApplication>
#include <QFile>

#include "io/block_windows.h"
#include "io/raster_source.h"
#include "util/error.h"
#include "util/feedback.h"

namespace cropmap::core::check {

namespace {

QString tr(const char *text)
{
    return QCoreApplication::translate("cropmap::core::check", text);
}

constexpr double kNaN = std::numeric_limits<double>::quiet_NaN();

io::RasterSource openOn(const QString &path, const io::TileGrid &grid, const QString &what)
{
    if (!QFile::exists(path))
        throw Error(tr("The declaration check needs %1 \"%2\", which does not exist").arg(what, path));
    io::RasterSource source = io::RasterSource::open(path);
    if (!source.grid().isAlignedWith(grid))
        throw Error(tr("%1 \"%2\" (%3) is not on the grid of the parcel raster (%4)")
                        .arg(what, path, source.grid().describe(), grid.describe()));
    return source;
}

// One worker's open rasters (GDAL datasets are not shared between threads).
struct Readers
{
    io::RasterSource parcels, eroded, map;
    std::optional<io::RasterSource> posterior, probabilities, sets;
};

void addOther(ParcelEvidence &e, int classId)
{
    for (auto &[id, count] : e.otherClasses) {
        if (id == classId) {
            ++count;
            return;
        }
    }
    e.otherClasses.emplace_back(classId, 1);
}

void mergeInto(ParcelEvidence &into, const ParcelEvidence &from)
{
    into.footprint += from.footprint;
    if (from.declaredClassId != 0)
        into.declaredClassId = from.declaredClassId;
    into.pixels += from.pixels;
    into.mappedPixels += from.mappedPixels;
    into.agreeing += from.agreeing;
    into.declaredPosteriorSum += from.declaredPosteriorSum;
    into.declaredPosteriorCount += from.declaredPosteriorCount;
    into.confidenceSum += from.confidenceSum;
    into.confidenceCount += from.confidenceCount;
    for (const auto &[id, count] : from.otherClasses) {
        bool found = false;
        for (auto &[intoId, intoCount] : into.otherClasses) {
            if (intoId == id) {
                intoCount += count;
                found = true;
            }
        }
        if (!found)
            into.otherClasses.emplace_back(id, count);
    }
    if (from.splitSet != 0)
        into.splitSet = from.splitSet;
}

} // namespace

double ParcelEvidence::agreement() const
{
    return mappedPixels > 0 ? double(agreeing) / double(mappedPixels) : kNaN;
}

double ParcelEvidence::meanDeclaredPosterior() const
{
    return declaredPosteriorCount > 0 ? declaredPosteriorSum / double(declaredPosteriorCount) : kNaN;
}

double ParcelEvidence::meanConfidence() const
{
    return confidenceCount > 0 ? confidenceSum / double(confidenceCount) : kNaN;
}

int ParcelEvidence::mainOtherClassId() const
{
    int best = 0;
    qint64 bestCount = 0;
    for (const auto &[id, count] : otherClasses) {
        if (count > bestCount || (count == bestCount && count > 0 && id < best)) {
            best = id;
            bestCount = count;
        }
    }
    return best;
}

double ParcelEvidence::mainOtherShare() const
{
    const int other = mainOtherClassId();
    if (other == 0 || mappedPixels == 0)
        return 0.0;
    for (const auto &[id, count] : otherClasses)
        if (id == other)
            return double(count) / double(mappedPixels);
    return 0.0;
}

TileEvidence collectTileEvidence(const TileEvidenceInputs &in, int tileIndex, Feedback &feedback)
{
    if (!QFile::exists(in.parcelRaster))
        throw Error(tr("The declaration check needs the parcel raster \"%1\", which does not exist "
                       "(run the rasterize step)").arg(in.parcelRaster));
    const io::TileGrid grid = io::RasterSource::open(in.parcelRaster).grid();
    auto open = [&] {
        Readers r{io::RasterSource::open(in.parcelRaster),
                  openOn(in.erodedClassRaster, grid, tr("the eroded class raster")),
                  openOn(in.classMap, grid, tr("the class map")), {}, {}, {}};
        if (!in.posterior.isEmpty())
            r.posterior.emplace(openOn(in.posterior, grid, tr("the posterior map")));
        if (!in.probabilities.isEmpty())
            r.probabilities.emplace(openOn(in.probabilities, grid, tr("the probability raster")));
        if (!in.splitSets.isEmpty())
            r.sets.emplace(openOn(in.splitSets, grid, tr("the split-set raster")));
        return r;
    };
    // Opened once here so that a missing or misaligned file fails before any work.
    std::vector<std::optional<Readers>> readers(std::size_t(io::workerThreadCount(in.threads)));
    readers[0].emplace(open());

    // Band of each class id in the probability raster, found by the class name classify
    // gives each band (the model's class order need not be the legend's).
    std::vector<int> bandOfClass(256, 0);
    if (readers[0]->probabilities) {
        const io::RasterSource &p = *readers[0]->probabilities;
        for (int b = 1; b <= p.bandCount(); ++b) {
            const int index = in.classes.indexOfName(p.bandDescription(b));
            if (index >= 0 && in.classes.at(index).id > 0 && in.classes.at(index).id < 256)
                bandOfClass[std::size_t(in.classes.at(index).id)] = b;
        }
    }

    std::vector<TileEvidence> perThread(readers.size());
    const auto windows = io::blockWindows(grid.width(), grid.height(), in.blockSize, in.blockSize);
    io::forEachWindow(windows, feedback, [&](const io::Window &w, int thread) {
        std::optional<Readers> &r = readers[std::size_t(thread)];
        if (!r)
            r.emplace(open());
        const std::size_t n = std::size_t(w.pixelCount());
        const std::vector<float> ids = r->parcels.readWindow(1, w);
        std::vector<std::uint8_t> eroded(n), mapped(n), posterior(n, 0), sets(n, 0);
        r->eroded.readWindowBytes(1, w, eroded.data());
        r->map.readWindowBytes(1, w, mapped.data());
        if (r->posterior)
            r->posterior->readWindowBytes(1, w, posterior.data());
        if (r->sets)
            r->sets->readWindowBytes(1, w, sets.data());
        // The declared class's probability band, read once per block for each class present.
        std::vector<std::vector<std::uint8_t>> probability(256);
        if (r->probabilities) {
            for (std::size_t i = 0; i < n; ++i) {
                const int b = bandOfClass[eroded[i]];
                if (b > 0 && mapped[i] != 0 && ids[i] > 0 && probability[eroded[i]].empty()) {
                    probability[eroded[i]].resize(n);
                    r->probabilities->readWindowBytes(b, w, probability[eroded[i]].data());
                }
            }
        }
        TileEvidence &out = perThread[std::size_t(thread)];
        for (std::size_t i = 0; i < n; ++i) {
            // Ids are exact in float up to 2^24 parcels per layer.
            if (!(ids[i] > 0))
                continue;
            const auto id = std::uint32_t(ids[i]);
            ParcelEvidence &e = out[id];
            e.parcelId = id;
            ++e.footprint;
            const int declared = eroded[i];
            if (declared == 0)
                continue;
            e.declaredClassId = declared;
            ++e.pixels;
            if (sets[i] != 0)
                e.splitSet = sets[i];
            if (mapped[i] == 0)
                continue;
            ++e.mappedPixels;
            if (mapped[i] == declared)
                ++e.agreeing;
            else
                addOther(e, mapped[i]);
            if (posterior[i] != 0) {
                e.confidenceSum += posterior[i] / 255.0;
                ++e.confidenceCount;
            }
            if (!probability[std::size_t(declared)].empty()) {
                e.declaredPosteriorSum += probability[std::size_t(declared)][i] / 255.0;
                ++e.declaredPosteriorCount;
            }
        }
    }, in.threads);

    TileEvidence merged;
    for (TileEvidence &part : perThread)
        for (auto &[id, e] : part) {
            auto [it, inserted] = merged.try_emplace(id, e);
            if (!inserted)
                mergeInto(it->second, e);
        }
    for (auto &[id, e] : merged)
        e.tileIndex = tileIndex;
    return merged;
}

} // namespace cropmap::core::check
