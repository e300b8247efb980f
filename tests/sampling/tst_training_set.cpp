// SPDX-License-Identifier: GPL-3.0-or-later
#include <map>
#include <set>

#include <QFile>
#include <QDir>
#include <QFileInfo>
#include <QTemporaryDir>
#include <QTest>

#include "io/gdal_handles.h"
#include "io/raster_source.h"
#include "io/raster_writer.h"
#include "sampling/parcel_set_assignment.h"
#include "sampling/sample_set.h"
#include "sampling/spatial_split.h"
#include "sampling/training_set_job.h"
#include "thematic/rasterize_job.h"
#include "util/feedback.h"

using namespace cropmap::core;
using sampling::SplitSet;

namespace {

QStringList strings(std::initializer_list<const char *> texts)
{
    QStringList list;
    for (const char *text : texts)
        list << QString::fromUtf8(text);
    return list;
}

// A 100 × 100 pixel, 10 m tile in UTM 33N with 25 square parcels of 18 × 18 pixels (a 2-pixel
// gap between them) and a 1-pixel-wide strip parcel "THIN" in the gap at column 18.
const io::TileGrid kGrid = io::TileGrid::northUp(io::TileGrid::wktFromEpsg(32633), QPointF(500000, 5001000), 10, 100, 100);

QByteArray square(double x0, double y0, double x1, double y1, const QString &value)
{
    return QStringLiteral("{\"type\":\"Feature\",\"properties\":{\"CROP\":\"%5\"},\"geometry\":{\"type\":\"Polygon\","
                          "\"coordinates\":[[[%1,%2],[%3,%2],[%3,%4],[%1,%4],[%1,%2]]]}}")
        .arg(x0, 0, 'f', 1).arg(y0, 0, 'f', 1).arg(x1, 0, 'f', 1).arg(y1, 0, 'f', 1).arg(value)
        .toUtf8();
}

QByteArray featureCollection(const QByteArrayList &features)
{
    return "{\"type\":\"FeatureCollection\",\"crs\":{\"type\":\"name\",\"properties\":{\"name\":\"EPSG:32633\"}},"
           "\"features\":[" + features.join(",\n") + "]}";
}

bool writeFile(const QString &path, const QByteArray &content)
{
    QFile file(path);
    return file.open(QIODevice::WriteOnly) && file.write(content) == content.size();
}

void writeScene(const QString &folder)
{
    // Parcel values by position: A, B, C cycle; parcel 25 is a hedge (ignored), parcel 24 is
    // declared "UNKNOWN" (not in the legend: reported, treated as ignore).
    QByteArrayList features;
    int n = 0;
    for (int j = 0; j < 5; ++j) {
        for (int i = 0; i < 5; ++i, ++n) {
            const QString value = n == 24 ? QStringLiteral("HEDGE") : n == 23 ? QStringLiteral("UNKNOWN")
                                                                      : QString(QChar(u'A' + n % 3));
            const double x0 = 500000 + 200.0 * i, y1 = 5001000 - 200.0 * j;
            features << square(x0, y1 - 180, x0 + 180, y1, value);
        }
    }
    features << square(500180, 5000000, 500190, 5001000, QStringLiteral("THIN"));
    QVERIFY(writeFile(folder + QStringLiteral("/parcels.geojson"), featureCollection(features)));
    QVERIFY(writeFile(folder + QStringLiteral("/legend.csv"),
                      "field,CROP\nid,name,colour\n1,Alpha,#ff0000\n2,Beta,#00ff00\n3,Gamma,#0000ff\n4,Thin,#000000\n"
                      "value,class\nA,Alpha\nB,Beta\nC,Gamma\nTHIN,Thin\nHEDGE,\n"));
    // Composites: 2 months × 2 bands; band k at (c, r) holds k·100000 + r·100 + c, so a sample's
    // values tell where they were read.
    io::RasterWriteOptions options;
    options.bandCount = 4;
    options.bandDescriptions = strings({"2018-01 B04", "2018-01 B08", "2018-02 B04", "2018-02 B08"});
    std::vector<std::vector<float>> bands(4, std::vector<float>(10000));
    for (int k = 0; k < 4; ++k)
        for (int p = 0; p < 10000; ++p)
            bands[std::size_t(k)][std::size_t(p)] = float(k * 100000 + p);
    io::writeRaster(folder + QStringLiteral("/T99XXX_composites.tif"), kGrid, options, bands);
}

sampling::TrainingSetOptions optionsFor(const QString &folder, std::uint64_t seed)
{
    sampling::TrainingSetOptions options;
    options.thematicFolder = folder + QStringLiteral("/thematic");
    options.compositeFolder = folder;
    options.outputFolder = folder + QStringLiteral("/samples%1").arg(seed);
    options.sampling.budget = 300;
    options.sampling.seed = seed;
    options.split.seed = seed;
    return options;
}

} // namespace

class TestTrainingSet : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void overlappingTilesCountEachParcelOnce()
    {
        // Tile A (T99XXA) covers x 500 000–501 000, tile B (T99XXB) x 500 500–501 500, both
        // y 5 000 000–5 001 000, 10 m pixels: they overlap on 500 m (50 columns). Parcels
        // (18 × 18 pixels, values A/B/C): P0 at x 500 100 (A only), P1 at 500 600 (both, whole
        // on each: a tie, so A, the earlier tile, owns it), P2 at x 500 900–501 100 (A holds
        // 10 of its columns, B 20: B owns it), P3 at 501 300 (B only).
        const QString folder = m_dir.filePath(QStringLiteral("overlap"));
        QVERIFY(QDir().mkpath(folder));
        QByteArrayList features;
        features << square(500100, 5000500, 500280, 5000680, QStringLiteral("A"))
                 << square(500600, 5000500, 500780, 5000680, QStringLiteral("B"))
                 << square(500900, 5000500, 501100, 5000680, QStringLiteral("C"))
                 << square(501300, 5000500, 501480, 5000680, QStringLiteral("A"));
        const QString parcels = folder + QStringLiteral("/parcels.geojson");
        const QString legend = folder + QStringLiteral("/legend.csv");
        QVERIFY(writeFile(parcels, featureCollection(features)));
        QVERIFY(writeFile(legend, "field,CROP\nid,name,colour\n1,Alpha,#ff0000\n2,Beta,#00ff00\n"
                                  "3,Gamma,#0000ff\nvalue,class\nA,Alpha\nB,Beta\nC,Gamma\n"));
        const QStringList tiles = {QStringLiteral("T99XXA"), QStringLiteral("T99XXB")};
        for (int t = 0; t < 2; ++t) {
            const io::TileGrid grid = io::TileGrid::northUp(io::TileGrid::wktFromEpsg(32633),
                                                            QPointF(500000 + 500 * t, 5001000), 10, 100, 100);
            io::RasterWriteOptions options;
            options.bandCount = 4;
            options.bandDescriptions = strings({"2018-01 B04", "2018-01 B08", "2018-02 B04", "2018-02 B08"});
            std::vector<std::vector<float>> bands(4, std::vector<float>(10000, float(1000 * (t + 1))));
            const QString composites = folder + u'/' + tiles[t] + QStringLiteral("_composites.tif");
            io::writeRaster(composites, grid, options, bands);
            thematic::RasterizeOptions r;
            r.parcelsPath = parcels;
            r.legendPath = legend;
            r.gridPath = composites;
            r.tile = tiles[t];
            r.outputFolder = folder + QStringLiteral("/thematic");
            thematic::RasterizeJob rasterize(r);
            Feedback feedback;
            const JobResult result = rasterize.run(feedback);
            QVERIFY2(result.succeeded(), qPrintable(result.message));
        }
        // Every pixel drawn (a budget no class reaches), as the pipeline's pool is.
        sampling::TrainingSetOptions options = optionsFor(folder, 1);
        options.sampling.budget = qint64(1) << 40;
        options.sampling.validationBudgetFraction = 1.0;
        options.tiles = tiles;
        sampling::TrainingSetJob job(options);
        Feedback feedback;
        const JobResult result = job.run(feedback);
        QVERIFY2(result.succeeded(), qPrintable(result.message));
        QCOMPARE(job.report().parcels, qint64(4));
        QCOMPARE(job.report().parcelsOnSeveralTiles, qint64(2)); // P1 and P2

        // Eroded pixels (r = 1) per parcel and tile, from the rasters; a parcel's pixels must
        // come from one tile only, the one named above.
        std::map<std::uint32_t, std::map<int, qint64>> pixels; // parcel → tile → pixels
        for (int t = 0; t < 2; ++t) {
            const auto ids = io::RasterSource::open(folder + QStringLiteral("/thematic/") + tiles[t] + QStringLiteral("_parcels.tif")).readAll(1);
            const auto eroded = io::RasterSource::open(folder + QStringLiteral("/thematic/") + tiles[t] + QStringLiteral("_classes_eroded.tif")).readAll(1);
            for (std::size_t p = 0; p < ids.size(); ++p)
                if (!std::isnan(eroded[p]) && eroded[p] > 0)
                    ++pixels[std::uint32_t(ids[p])][t];
        }
        QCOMPARE(int(pixels.size()), 4);
        const std::map<std::uint32_t, int> owner = {{1, 0}, {2, 0}, {3, 1}, {4, 1}};
        qint64 owned = 0, onOther = 0;
        for (const auto &[parcel, perTile] : pixels) {
            for (const auto &[t, n] : perTile)
                (t == owner.at(parcel) ? owned : onOther) += n;
        }
        QCOMPARE(pixels.at(3).at(0), qint64(9 * 16)); // P2 on A: columns 91–99 after erosion
        QCOMPARE(job.report().pixelsOnOtherTiles, onOther);
        std::map<std::uint32_t, std::set<QString>> tilesOfParcel;
        qint64 drawn = 0;
        for (const SplitSet s : {SplitSet::Train, SplitSet::Validation, SplitSet::Test}) {
            const auto set = sampling::SampleSet::load(sampling::TrainingSetJob::setPath(options.outputFolder, s));
            drawn += set.size();
            for (qint64 i = 0; i < set.size(); ++i) {
                const QString tile = set.tiles()[set.tileIndex(i)];
                tilesOfParcel[set.parcelId(i)].insert(tile);
                QCOMPARE(tile, tiles[owner.at(set.parcelId(i))]);
                // Tile A's composites hold 1000, B's 2000: the values come from the owner.
                QCOMPARE(set.values(i)[0], float(1000 * (owner.at(set.parcelId(i)) + 1)));
            }
        }
        QCOMPARE(drawn, owned); // every owned pixel once, none of the other tile's copies
        // The per-pixel set rasters mark a parcel only on its tile.
        for (int t = 0; t < 2; ++t) {
            const auto sets = io::RasterSource::open(
                sampling::TrainingSetJob::pixelSetRasterPath(options.outputFolder, tiles[t])).readAll(1);
            const auto ids = io::RasterSource::open(folder + QStringLiteral("/thematic/") + tiles[t] + QStringLiteral("_parcels.tif")).readAll(1);
            for (std::size_t p = 0; p < sets.size(); ++p) {
                if (ids[p] > 0 && owner.count(std::uint32_t(ids[p])) && owner.at(std::uint32_t(ids[p])) != t)
                    QVERIFY(std::isnan(sets[p]) || sets[p] == 0.0f);
            }
        }
    }

    void parcelAssignmentHoldsBeyondAMillionPatches()
    {
        // 1100 × 1000 one-pixel patches: patch 1 048 577 (= 2^20 + 1) shared a key with
        // parcel 2's patch 1 when the patch took 20 bits of the key.
        const io::TileGrid grid = io::TileGrid::northUp(io::TileGrid::wktFromEpsg(32633),
                                                        QPointF(500000, 5001000), 10, 1100, 1000);
        sampling::SpatialSplitOptions options;
        options.patchRows = 1000;
        options.patchColumns = 1100;
        const sampling::SpatialSplit split(grid, QStringLiteral("T33UVP"), options);
        const int far = (1 << 20) + 1;
        int other = 2; // a patch in another set than `far`
        while (split.setOfPatch(other) == split.setOfPatch(far))
            ++other;
        sampling::ParcelSetAssignment assignment;
        assignment.add(1, far);
        assignment.add(1, far);
        assignment.add(1, other);
        assignment.add(2, 1);
        assignment.assign(split);
        QCOMPARE(assignment.setOf(1), split.setOfPatch(far)); // most pixels: patch `far`
        QCOMPARE(assignment.setOf(2), split.setOfPatch(1));
        QCOMPARE(assignment.parcelCount(), qint64(2));
        QCOMPARE(assignment.straddling(), qint64(1));
    }

    void initTestCase()
    {
        io::ensureGdalRegistered();
        QVERIFY(m_dir.isValid());
        writeScene(m_dir.path());
        thematic::RasterizeOptions options;
        options.parcelsPath = m_dir.filePath(QStringLiteral("parcels.geojson"));
        options.legendPath = m_dir.filePath(QStringLiteral("legend.csv"));
        options.gridPath = m_dir.filePath(QStringLiteral("T99XXX_composites.tif"));
        options.tile = QStringLiteral("T99XXX");
        options.outputFolder = m_dir.filePath(QStringLiteral("thematic"));
        thematic::RasterizeJob job(options);
        Feedback feedback;
        const JobResult result = job.run(feedback);
        QVERIFY2(result.succeeded(), qPrintable(result.message));
        m_rasterize = job.report();
    }

    void thinClassVanishesAndIsExcluded()
    {
        // Erosion r = 1 of an 18 × 18 square leaves 16 × 16 = 256 pixels, except where the tile
        // edge clips the square: squares of the top row (j = 0) and left column (i = 0) keep 17
        // rows/columns. Alpha holds parcels n = 0, 3, 6, 9, 12, 15, 18, 21 (i = n mod 5,
        // j = n div 5): n = 0 in the corner (17·17 = 289), n = 3 (j = 0) and n = 15 (i = 0) on an
        // edge (17·16 = 272 each), the other five inside (256 each):
        // 289 + 2·272 + 5·256 = 2113. The strip is 10 m wide: 100 pixels before erosion, 0 after.
        QCOMPARE(m_rasterize.counts[0].after, 2113);
        QCOMPARE(m_rasterize.counts[3].targetClass.name, QStringLiteral("Thin"));
        QCOMPARE(m_rasterize.counts[3].before, 100);
        QCOMPARE(m_rasterize.counts[3].after, 0);
        QCOMPARE(m_rasterize.excludedClasses().size(), 1);
        QCOMPARE(m_rasterize.unknownValues.size(), 1);
        QCOMPARE(m_rasterize.unknownValues[0].value, QStringLiteral("UNKNOWN"));
        QCOMPARE(m_rasterize.unknownValues[0].parcels, 1);
        QVERIFY(qAbs(m_rasterize.unknownValues[0].areaHa - 3.24) < 1e-6); // 180 m × 180 m
        QCOMPARE(m_rasterize.ignoredParcels, 1);
    }

    void setsKeepParcelsApartAndTestHoldsEveryTestPixel()
    {
        sampling::TrainingSetJob job(optionsFor(m_dir.path(), 1));
        bool planShown = false;
        job.setPlanCallback([&](const sampling::TrainingSetReport &report) {
            planShown = true;
            QCOMPARE(report.classes.size(), 3); // Thin excluded, sampling goes on
        });
        Feedback feedback;
        const JobResult result = job.run(feedback);
        QVERIFY2(result.succeeded(), qPrintable(result.message));
        QVERIFY(planShown);
        const QString out = optionsFor(m_dir.path(), 1).outputFolder;
        const auto train = sampling::SampleSet::load(sampling::TrainingSetJob::setPath(out, SplitSet::Train));
        const auto validation = sampling::SampleSet::load(sampling::TrainingSetJob::setPath(out, SplitSet::Validation));
        const auto test = sampling::SampleSet::load(sampling::TrainingSetJob::setPath(out, SplitSet::Test));
        QCOMPARE(train.classes().names(), (strings({"Alpha", "Beta", "Gamma"})));
        QCOMPARE(train.steps(), (strings({"2018-01", "2018-02"})));
        QCOMPARE(train.bands(), (strings({"B04", "B08"})));

        // The parcel rule, recomputed here: each parcel's set is that of the patch holding most
        // of its eroded pixels (patches are 10 × 10 pixels; ties to the lower patch).
        const auto split = sampling::SpatialSplit::fromRaster(out + QStringLiteral("/T99XXX_split.tif"), kGrid, QStringLiteral("T99XXX"));
        const auto ids = io::RasterSource::open(m_rasterize.parcelRaster).readAll(1);
        const auto eroded = io::RasterSource::open(m_rasterize.erodedClassRaster).readAll(1);
        std::map<std::uint32_t, std::map<int, int>> perPatch;
        qint64 labelled = 0;
        for (int p = 0; p < 10000; ++p) {
            if (std::isnan(eroded[std::size_t(p)]))
                continue;
            ++labelled;
            ++perPatch[std::uint32_t(ids[std::size_t(p)])][split.patchOf(p % 100, p / 100)];
        }
        std::map<std::uint32_t, SplitSet> setOf;
        qint64 straddling = 0, testPixels = 0;
        for (const auto &[parcel, patches] : perPatch) {
            auto best = patches.begin();
            for (auto it = patches.begin(); it != patches.end(); ++it)
                best = it->second > best->second ? it : best;
            setOf[parcel] = split.setOfPatch(best->first);
            straddling += patches.size() > 1 ? 1 : 0;
            for (const auto &entry : patches)
                testPixels += setOf[parcel] == SplitSet::Test ? entry.second : 0;
        }
        QCOMPARE(job.report().straddlingParcels, straddling);
        QVERIFY(straddling > 0); // 16-pixel interiors on 10-pixel patches always straddle
        QCOMPARE(job.report().parcels, qint64(perPatch.size()));
        QCOMPARE(test.size(), testPixels);

        const auto check = [&](const sampling::SampleSet &set, SplitSet expected) {
            for (qint64 i = 0; i < set.size(); ++i) {
                QCOMPARE(setOf.at(set.parcelId(i)), expected);
                const int pixel = set.row(i) * 100 + set.column(i);
                QCOMPARE(std::uint32_t(ids[std::size_t(pixel)]), set.parcelId(i));
                // A sample of a test patch is never in the training set unless its parcel's
                // majority lies in a train patch (then the whole parcel is training).
                if (expected == SplitSet::Train && split.setOf(set.column(i), set.row(i)) == SplitSet::Test)
                    QVERIFY(perPatch.at(set.parcelId(i)).size() > 1);
                for (int k = 0; k < 4; ++k)
                    QCOMPARE(set.values(i)[k], float(k * 100000 + pixel));
            }
        };
        check(train, SplitSet::Train);
        check(validation, SplitSet::Validation);
        check(test, SplitSet::Test);

        // <TILE>_sets.tif: every labelled eroded pixel carries its parcel's set, so a pixel of
        // a straddling training parcel in a test patch is 1 (train) there, not 3.
        const auto pixelSets = io::RasterSource::open(
            sampling::TrainingSetJob::pixelSetRasterPath(out, QStringLiteral("T99XXX"))).readAll(1);
        qint64 marked = 0, trainInTestPatch = 0, testMarked = 0;
        for (int p = 0; p < 10000; ++p) {
            const float code = pixelSets[std::size_t(p)];
            if (std::isnan(code) || code == 0.0f) {
                QVERIFY(std::isnan(eroded[std::size_t(p)]) || eroded[std::size_t(p)] == 0.0f);
                continue;
            }
            ++marked;
            const SplitSet expected = setOf.at(std::uint32_t(ids[std::size_t(p)]));
            QCOMPARE(int(code), int(expected));
            testMarked += expected == SplitSet::Test ? 1 : 0;
            trainInTestPatch += expected == SplitSet::Train && split.setOf(p % 100, p / 100) == SplitSet::Test ? 1 : 0;
        }
        QCOMPARE(testMarked, testPixels);
        QVERIFY(trainInTestPatch > 0); // the pixels the patch raster would have scored as test
        QVERIFY(marked > 0 && marked <= labelled);
        // The plan's n_u are what was drawn (no nodata here).
        qint64 planned = 0;
        for (const auto &p : job.report().trainPlan)
            planned += p.planned;
        QCOMPARE(train.size(), planned);
        QVERIFY(planned > 0 && planned <= 300 + 3);
    }

    void partsOfAnySizeWriteTheSameSets()
    {
        // The sets are read and written part by part (64 samples at the smallest budget): the
        // files must not depend on where the parts end.
        QMap<QString, QByteArray> files[2];
        for (int run = 0; run < 2; ++run) {
            sampling::TrainingSetOptions options = optionsFor(m_dir.path(), 7);
            options.outputFolder += run == 0 ? QStringLiteral("-whole") : QStringLiteral("-parts");
            if (run == 1)
                options.memory = MemoryBudget{1};
            sampling::TrainingSetJob job(options);
            Feedback feedback;
            const JobResult result = job.run(feedback);
            QVERIFY2(result.succeeded(), qPrintable(result.message));
            for (const SplitSet set : {SplitSet::Train, SplitSet::Validation, SplitSet::Test}) {
                QFile f(sampling::TrainingSetJob::setPath(options.outputFolder, set));
                QVERIFY(f.open(QIODevice::ReadOnly));
                files[run].insert(QFileInfo(f).fileName(), f.readAll());
            }
            QVERIFY(QDir(options.outputFolder).entryList({QStringLiteral("*.tmp")}, QDir::Files).isEmpty());
        }
        QCOMPARE(files[0].keys(), files[1].keys());
        for (const QString &name : files[0].keys())
            QVERIFY2(files[0][name] == files[1][name], qPrintable(name));
        QVERIFY(sampling::SampleSet::load(sampling::TrainingSetJob::setPath(m_dir.filePath(QStringLiteral("samples7-parts")), SplitSet::Test)).size() > 128);
    }

    void aFixedSeedRepeatsAndAnotherDiffers()
    {
        Feedback feedback;
        sampling::TrainingSetJob again(optionsFor(m_dir.path(), 1));
        QVERIFY(again.run(feedback).succeeded());
        auto copy = optionsFor(m_dir.path(), 1);
        copy.outputFolder += QStringLiteral("b");
        sampling::TrainingSetJob twin(copy);
        QVERIFY(twin.run(feedback).succeeded());
        sampling::TrainingSetJob other(optionsFor(m_dir.path(), 2));
        QVERIFY(other.run(feedback).succeeded());
        const auto a = sampling::SampleSet::load(sampling::TrainingSetJob::setPath(optionsFor(m_dir.path(), 1).outputFolder, SplitSet::Train));
        const auto b = sampling::SampleSet::load(sampling::TrainingSetJob::setPath(copy.outputFolder, SplitSet::Train));
        const auto c = sampling::SampleSet::load(sampling::TrainingSetJob::setPath(optionsFor(m_dir.path(), 2).outputFolder, SplitSet::Train));
        QCOMPARE(a.size(), b.size());
        QCOMPARE(a.allValues(), b.allValues());
        QVERIFY(a.allValues() != c.allValues());
    }

private:
    QTemporaryDir m_dir;
    thematic::RasterizeReport m_rasterize;
};

QTEST_GUILESS_MAIN(TestTrainingSet)
#include "tst_training_set.moc"
