// SPDX-License-Identifier: GPL-3.0-or-later
#include "sampling/training_set_job.h"

#include <array>
#include <memory>
#include <cmath>
#include <unordered_map>

#include <QDir>
#include <QJsonArray>
#include <QJsonDocument>

#include "io/atomic_output.h"
#include "io/raster_writer.h"
#include "sampling/composite_series.h"
#include "sampling/parcel_set_assignment.h"
#include "sampling/sample_file.h"
#include "sampling/sample_set.h"
#include "sampling/thematic_tile.h"
#include "util/error.h"
#include "util/feedback.h"

namespace cropmap::core::sampling {

namespace {

constexpr int kBlock = 512;

// One drawn pixel before its values are read.
struct PixelRef
{
    QPoint pixel;
    std::uint32_t parcel = 0;
    int classIndex = 0;
    SplitSet set = SplitSet::None;
};

// Calls visit(column, row, parcel, classId) for every eroded labelled pixel, row-major per window.
template<typename Visit>
void scanEroded(const ThematicTile &tile, Feedback &feedback, Visit &&visit)
{
    std::vector<std::uint32_t> parcels;
    std::vector<std::uint8_t> classes;
    const auto windows = io::blockWindows(tile.grid().width(), tile.grid().height(), kBlock, kBlock);
    for (std::size_t w = 0; w < windows.size(); ++w) {
        feedback.throwIfCanceled();
        const io::Window &window = windows[w];
        tile.readWindow(window, parcels, classes);
        for (int r = 0; r < window.height; ++r) {
            for (int c = 0; c < window.width; ++c) {
                const std::size_t i = std::size_t(r) * window.width + c;
                if (classes[i] != 0 && parcels[i] != 0)
                    visit(window.x + c, window.y + r, parcels[i], int(classes[i]));
            }
        }
        feedback.setProgress(double(w + 1) / double(windows.size()));
    }
}

QJsonArray planJson(const std::vector<ClassPlan> &plan)
{
    QJsonArray array;
    for (const ClassPlan &p : plan) {
        array.append(QJsonObject{{QStringLiteral("id"), p.targetClass.id},
                                 {QStringLiteral("name"), p.targetClass.name},
                                 {QStringLiteral("N"), p.total},
                                 {QStringLiteral("prior"), p.prior},
                                 {QStringLiteral("group"), p.mostPresent ? QStringLiteral("most") : QStringLiteral("least")},
                                 {QStringLiteral("share"), p.share},
                                 {QStringLiteral("available"), p.available},
                                 {QStringLiteral("n"), p.planned}});
    }
    return array;
}

} // namespace

QJsonObject TrainingSetReport::toJson() const
{
    QJsonArray excludedIds, test;
    for (const thematic::TargetClass &c : excluded)
        excludedIds.append(c.id);
    for (const qint64 n : testCounts)
        test.append(n);
    return {{QStringLiteral("tiles"), QJsonArray::fromStringList(tiles)},
            {QStringLiteral("classes"), classes.toJson()},
            {QStringLiteral("excludedClassIds"), excludedIds},
            {QStringLiteral("tau"), threshold},
            {QStringLiteral("quantilePercent"), quantilePercent},
            {QStringLiteral("train"), planJson(trainPlan)},
            {QStringLiteral("validation"), planJson(validationPlan)},
            {QStringLiteral("testPerClass"), test},
            {QStringLiteral("parcels"), parcels},
            {QStringLiteral("straddlingParcels"), straddlingParcels},
            {QStringLiteral("parcelsOnSeveralTiles"), parcelsOnSeveralTiles},
            {QStringLiteral("pixelsOnOtherTiles"), pixelsOnOtherTiles},
            {QStringLiteral("droppedNoData"), droppedNoData},
            {QStringLiteral("trainSamples"), trainSize},
            {QStringLiteral("validationSamples"), validationSize},
            {QStringLiteral("testSamples"), testSize}};
}

QString TrainingSetReport::describePlan() const
{
    QString text = TrainingSetJob::tr("%1 parcels with eroded pixels, %2 straddled patches "
                                      "(each went whole to the set of its majority patch)\n")
                       .arg(parcels)
                       .arg(straddlingParcels);
    if (parcelsOnSeveralTiles > 0)
        text += TrainingSetJob::tr("%1 parcels in the overlap of tiles, each counted once on the "
                                   "tile holding most of its eroded pixels\n")
                    .arg(parcelsOnSeveralTiles);
    QStringList names;
    for (const thematic::TargetClass &c : excluded)
        names << QStringLiteral("%1 %2").arg(c.id).arg(c.name);
    if (!names.isEmpty())
        text += TrainingSetJob::tr("Excluded, no pixel in the eroded maps: %1\n").arg(names.join(QStringLiteral(", ")));
    text += TrainingSetJob::tr("Training set:\n") + StratifiedSampler::formatPlan(trainPlan, threshold, quantilePercent, QStringLiteral("train"));
    text += TrainingSetJob::tr("Validation set:\n")
            + StratifiedSampler::formatPlan(validationPlan, threshold, quantilePercent,
                                            QStringLiteral("valid."));
    return text;
}

TrainingSetJob::TrainingSetJob(TrainingSetOptions options)
    : m_options(std::move(options))
{}

QString TrainingSetJob::name() const
{
    return tr("Draw the weak training set");
}

QString TrainingSetJob::setPath(const QString &folder, SplitSet set)
{
    return QDir(folder).filePath(SpatialSplit::setName(set) + QStringLiteral(".samples"));
}

QString TrainingSetJob::pixelSetRasterPath(const QString &folder, const QString &tile)
{
    return QDir(folder).filePath(tile + QStringLiteral("_sets.tif"));
}

void TrainingSetJob::execute(Feedback &feedback)
{
    const TrainingSetOptions &o = m_options;
    m_report = TrainingSetReport{};
    m_report.tiles = o.tiles.isEmpty() ? ThematicTile::discover(o.thematicFolder) : o.tiles;
    if (m_report.tiles.isEmpty())
        throw Error(tr("No thematic product (*_thematic.json) in \"%1\"").arg(o.thematicFolder));
    if (!QDir().mkpath(o.outputFolder))
        throw Error(tr("Cannot create the output folder \"%1\"").arg(o.outputFolder));

    std::vector<ThematicTile> tiles;
    for (const QString &tile : std::as_const(m_report.tiles)) {
        tiles.push_back(ThematicTile::open(o.thematicFolder, tile));
        if (!(tiles.back().classes() == tiles.front().classes())) {
            throw Error(tr("Tiles %1 and %2 were rasterized with different class tables; use one legend")
                            .arg(tiles.front().tile(), tile));
        }
    }
    const thematic::ClassTable &legendClasses = tiles.front().classes();
    const std::size_t u = std::size_t(legendClasses.size());

    // Pass 1: each parcel's majority patch over all tiles, which also decides the tile that
    // owns a parcel in the tiles' overlap; then the priors over the whole study area, each
    // parcel's pixels counted once (on its tile).
    std::vector<SpatialSplit> splits;
    ParcelSetAssignment assignment;
    std::unordered_map<std::uint32_t, int> classOfParcel; // legend index
    for (std::size_t t = 0; t < tiles.size(); ++t) {
        const ThematicTile &tile = tiles[t];
        if (o.splitFolder.isEmpty()) {
            splits.emplace_back(tile.grid(), tile.tile(), o.split);
            splits.back().writeRaster(QDir(o.outputFolder).filePath(tile.tile() + QStringLiteral("_split.tif")));
            splits.back().writeGeoJson(QDir(o.outputFolder).filePath(tile.tile() + QStringLiteral("_split.geojson")));
        } else {
            splits.push_back(SpatialSplit::fromRaster(
                QDir(o.splitFolder).filePath(tile.tile() + QStringLiteral("_split.tif")), tile.grid(), tile.tile()));
        }
        ScopedFeedback step(feedback, 0.2 * t / tiles.size(), 0.2 * (t + 1) / tiles.size());
        step.setProgress(0, tr("Counting the eroded map of %1").arg(tile.tile()));
        scanEroded(tile, step, [&](int c, int r, std::uint32_t parcel, int classId) {
            const int index = legendClasses.indexOfId(classId);
            if (index < 0)
                return;
            classOfParcel[parcel] = index;
            assignment.add(parcel, splits[t].patchOf(c, r), int(t));
        });
    }
    std::vector<const SpatialSplit *> splitOfTile;
    for (const SpatialSplit &split : splits)
        splitOfTile.push_back(&split);
    assignment.assign(splitOfTile);
    m_report.parcels = assignment.parcelCount();
    m_report.straddlingParcels = assignment.straddling();
    m_report.parcelsOnSeveralTiles = assignment.onSeveralTiles();
    m_report.pixelsOnOtherTiles = assignment.pixelsOnOtherTiles();
    if (m_report.parcelsOnSeveralTiles > 0)
        feedback.log(tr("%1 parcels lie in the overlap of tiles: each is counted once, on the tile "
                        "holding most of its eroded pixels (%2 pixels on other tiles left out)")
                         .arg(m_report.parcelsOnSeveralTiles)
                         .arg(m_report.pixelsOnOtherTiles));
    std::vector<qint64> totals(u, 0);
    for (const auto &[parcel, index] : classOfParcel)
        totals[std::size_t(index)] += assignment.ownedPixels(parcel);

    // Pass 2: the pools of each set per class; classes without eroded pixels are excluded.
    std::vector<int> present(u, -1);
    QVector<thematic::TargetClass> kept;
    std::vector<qint64> keptTotals;
    for (std::size_t i = 0; i < u; ++i) {
        if (totals[i] == 0) {
            m_report.excluded << legendClasses.at(int(i)); // listed by describePlan()
            continue;
        }
        present[i] = int(kept.size());
        kept << legendClasses.at(int(i));
        keptTotals.push_back(totals[i]);
    }
    if (kept.isEmpty())
        throw Error(tr("The eroded maps of %1 hold no labelled pixel").arg(m_report.tiles.join(QStringLiteral(", "))));
    m_report.classes = thematic::ClassTable(kept);
    // Sample-set class index of each class id burnt in the rasters; -1: not sampled.
    std::array<int, 256> indexOfId;
    indexOfId.fill(-1);
    for (std::size_t i = 0; i < u; ++i)
        indexOfId[std::size_t(legendClasses.at(int(i)).id)] = present[i];
    const std::size_t k = std::size_t(kept.size());
    std::array<std::vector<qint64>, 4> pools;
    pools.fill(std::vector<qint64>(k, 0));
    for (std::size_t t = 0; t < tiles.size(); ++t) {
        ScopedFeedback step(feedback, 0.2 + 0.15 * t / tiles.size(), 0.2 + 0.15 * (t + 1) / tiles.size());
        // Each pixel's set is its parcel's: a train parcel reaching into a test patch stays
        // train, so evaluating "the test pixels" with this raster scores no trained field.
        const io::TileGrid &grid = tiles[t].grid();
        std::vector<std::uint8_t> pixelSets(std::size_t(grid.pixelCount()), 0);
        scanEroded(tiles[t], step, [&](int c, int r, std::uint32_t parcel, int classId) {
            const int index = indexOfId[std::size_t(classId)];
            if (index < 0 || !assignment.owns(int(t), parcel))
                return;
            const SplitSet set = assignment.setOf(parcel);
            ++pools[std::size_t(set)][std::size_t(index)];
            pixelSets[std::size_t(r) * std::size_t(grid.width()) + std::size_t(c)] = std::uint8_t(set);
        });
        const io::RasterWriteOptions setOptions = SpatialSplit::setRasterOptions(
            QStringLiteral("parcel"), QStringLiteral("split set of the pixel's parcel"));
        io::RasterWriter setWriter(pixelSetRasterPath(o.outputFolder, tiles[t].tile()), grid, setOptions);
        setWriter.writeWindow(1, {0, 0, grid.width(), grid.height()}, pixelSets.data(), GDT_Byte);
        setWriter.commit();
    }
    const auto &train = pools[std::size_t(SplitSet::Train)];
    const auto &validation = pools[std::size_t(SplitSet::Validation)];
    m_report.testCounts = pools[std::size_t(SplitSet::Test)];
    m_report.trainPlan = StratifiedSampler::plan(m_report.classes, keptTotals, train, o.sampling.budget,
                                                 o.sampling, &m_report.threshold);
    m_report.quantilePercent = o.sampling.quantilePercent;
    const auto validationBudget = qint64(std::llround(double(o.sampling.budget) * o.sampling.validationBudgetFraction));
    m_report.validationPlan = StratifiedSampler::plan(m_report.classes, keptTotals, validation,
                                                      validationBudget, o.sampling);
    for (const ClassPlan &p : m_report.trainPlan) {
        if (p.planned == 0)
            feedback.log(tr("Class %1 \"%2\" gets no training sample: its parcels lie outside the train patches")
                             .arg(p.targetClass.id).arg(p.targetClass.name));
    }
    if (m_onPlan)
        m_onPlan(m_report);

    // Pass 3: pick the chosen ordinals of each class and pool, then read their values.
    std::vector<std::vector<qint64>> chosenTrain(k), chosenValidation(k);
    for (std::size_t i = 0; i < k; ++i) {
        const QString stream = QStringLiteral(":class%1").arg(kept[int(i)].id);
        SeededRandom trainRandom = SeededRandom::forStream(o.sampling.seed, QStringLiteral("train") + stream);
        SeededRandom validationRandom = SeededRandom::forStream(o.sampling.seed, QStringLiteral("validation") + stream);
        chosenTrain[i] = StratifiedSampler::chooseOrdinals(train[i], m_report.trainPlan[i].planned, trainRandom);
        chosenValidation[i] = StratifiedSampler::chooseOrdinals(validation[i], m_report.validationPlan[i].planned, validationRandom);
    }
    std::vector<qint64> trainSeen(k, 0), validationSeen(k, 0);
    std::vector<std::size_t> trainNext(k, 0), validationNext(k, 0);
    const auto picks = [](const std::vector<std::vector<qint64>> &chosen, std::vector<qint64> &seen,
                          std::vector<std::size_t> &next, std::size_t i) {
        const qint64 ordinal = seen[i]++;
        if (next[i] < chosen[i].size() && chosen[i][next[i]] == ordinal) {
            ++next[i];
            return true;
        }
        return false;
    };
    // Written part by part: the pool of every train-parcel pixel of a full tile is many GiB.
    // A tile's drawn pixels are read in parts as the scan finds them (block by block, so
    // consecutive parts re-read at most one composite block at each boundary).
    std::array<std::unique_ptr<SampleWriter>, 4> sets;
    QStringList setBands, setSteps;
    for (std::size_t t = 0; t < tiles.size(); ++t) {
        const ThematicTile &tile = tiles[t];
        const CompositeSeries series = CompositeSeries::open(o.compositeFolder, tile.tile(), tile.grid());
        if (t == 0) {
            setBands = series.bands();
            setSteps = series.steps();
            for (const SplitSet s : {SplitSet::Train, SplitSet::Validation, SplitSet::Test})
                sets[std::size_t(s)] = std::make_unique<SampleWriter>(setPath(o.outputFolder, s), setBands,
                                                                      setSteps, m_report.classes);
        } else if (series.bands() != setBands || series.steps() != setSteps) {
            throw Error(tr("The composites of tile %1 (\"%2\") have other steps or bands than those of tile %3")
                            .arg(tile.tile(), series.path(), tiles.front().tile()));
        }
        const std::size_t features = std::size_t(series.featureCount());
        const auto part = std::size_t(o.memory.items(qint64(features * sizeof(float) + sizeof(PixelRef)), 0.25, 64, kMaxPartSamples));
        std::vector<PixelRef> refs;
        std::vector<QPoint> pixels;
        std::vector<float> values;
        Feedback quiet; // the scan reports the progress
        const auto flush = [&] {
            pixels.clear();
            for (const PixelRef &ref : refs)
                pixels.push_back(ref.pixel);
            series.read(pixels, values, quiet);
            for (std::size_t p = 0; p < refs.size(); ++p) {
                const float *v = values.data() + p * features;
                if (std::any_of(v, v + features, [](float x) { return std::isnan(x); })) {
                    ++m_report.droppedNoData;
                    continue;
                }
                SampleWriter &set = *sets[std::size_t(refs[p].set)];
                set.append(set.tileIndexOf(tile.tile()), refs[p].pixel.x(), refs[p].pixel.y(), refs[p].parcel,
                           refs[p].classIndex, -1, v);
            }
            refs.clear();
        };
        ScopedFeedback scan(feedback, 0.35 + 0.6 * t / tiles.size(), 0.35 + 0.6 * (t + 1) / tiles.size());
        scan.setProgress(0, tr("Drawing samples in %1 and reading their composites").arg(tile.tile()));
        scanEroded(tile, scan, [&](int c, int r, std::uint32_t parcel, int classId) {
            if (indexOfId[std::size_t(classId)] < 0 || !assignment.owns(int(t), parcel))
                return;
            const auto i = std::size_t(indexOfId[std::size_t(classId)]);
            const SplitSet set = assignment.setOf(parcel);
            if (set == SplitSet::Test || (set == SplitSet::Train && picks(chosenTrain, trainSeen, trainNext, i))
                || (set == SplitSet::Validation && picks(chosenValidation, validationSeen, validationNext, i)))
                refs.push_back({QPoint(c, r), parcel, int(i), set});
            if (refs.size() >= part)
                flush();
        });
        flush();
    }
    if (m_report.droppedNoData > 0)
        feedback.log(tr("%1 drawn pixels have no composite value (nodata) and were left out").arg(m_report.droppedNoData));

    feedback.setProgress(0.95, tr("Writing sample sets"));
    for (const SplitSet s : {SplitSet::Train, SplitSet::Validation, SplitSet::Test}) {
        SampleWriter &set = *sets[std::size_t(s)];
        set.metadata().insert(QStringLiteral("set"), SpatialSplit::setName(s));
        set.metadata().insert(QStringLiteral("seed"), QString::number(o.sampling.seed));
        set.commit();
    }
    m_report.trainSize = sets[std::size_t(SplitSet::Train)]->size();
    m_report.validationSize = sets[std::size_t(SplitSet::Validation)]->size();
    m_report.testSize = sets[std::size_t(SplitSet::Test)]->size();
    io::writeFileAtomically(QDir(o.outputFolder).filePath(QStringLiteral("sampling.json")),
                            QJsonDocument(m_report.toJson()).toJson(QJsonDocument::Indented));
    feedback.setProgress(1.0, tr("Done"));
}

} // namespace cropmap::core::sampling
