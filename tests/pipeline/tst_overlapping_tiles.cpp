// SPDX-License-Identifier: GPL-3.0-or-later
// Issue 17, item 3, end to end: two synthetic tiles that share 32 columns (as neighbouring
// Sentinel-2 tiles share about 10 km) run through `cropmap run`. A parcel in the overlap gets
// one set for the whole project, every place enters the priors, the samples and the mapped
// areas once, and the two maps form one mosaic.
#include <cmath>
#include <map>
#include <set>

#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QTemporaryDir>
#include <QTest>

#include "common/cli_process.h"
#include "common/synthetic_project.h"

#include "io/raster_source.h"
#include "sampling/sample_set.h"

using cropmap::core::io::RasterSource;

namespace {

constexpr int kSize = 128;
constexpr int kOverlap = 32;
constexpr int kShift = kSize - kOverlap; // tile 1's column 0 is tile 0's column 96
const QStringList kTiles{QStringLiteral("T33UUP"), QStringLiteral("T33UVP")};

QJsonObject readJson(const QString &path)
{
    QFile f(path);
    f.open(QIODevice::ReadOnly);
    return QJsonDocument::fromJson(f.readAll()).object();
}

bool marked(float v)
{
    return std::isfinite(v) && v != 0.0f;
}

} // namespace

class TestOverlappingTiles : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase()
    {
        QVERIFY(m_dir.isValid());
        auto result = cropmap::tests::runCropmap({QStringLiteral("synth"), QStringLiteral("--out"), m_dir.filePath(QStringLiteral("scene")),
                              QStringLiteral("--tiles"), QStringLiteral("2"), QStringLiteral("--size"), QString::number(kSize),
                              QStringLiteral("--overlap"), QString::number(kOverlap),
                              QStringLiteral("--acquisitions"), QStringLiteral("12,10"), QStringLiteral("--seed"), QStringLiteral("5")});
        QVERIFY2(result.code == 0, qPrintable(result.output));
        const QString project = cropmap::tests::writeSyntheticProject(
            m_dir.path(), {.patches = 4, .budget = 1200, .epochs = 2, .stage2Epochs = 1, .patience = 2});
        QVERIFY(!project.isEmpty());
        result = cropmap::tests::runCropmap({QStringLiteral("run"), project});
        QVERIFY2(result.code == 0, qPrintable(result.output));
        QVERIFY2(result.output.contains(QStringLiteral("lie in the overlap of tiles")), qPrintable(result.output));
        m_run = m_dir.filePath(QStringLiteral("run"));
        m_project = project;
    }

    void memoryBudgetIsCheckedAndChangesNoStep()
    {
        auto result = cropmap::tests::runCropmap({QStringLiteral("run"), m_project, QStringLiteral("--memory"), QStringLiteral("lots")});
        QCOMPARE(result.code, 1);
        QVERIFY2(result.output.contains(QStringLiteral("--memory: \"lots\" is not a memory size")), qPrintable(result.output));
        // A smaller budget re-runs nothing: the parts it sets change no output.
        result = cropmap::tests::runCropmap({QStringLiteral("run"), m_project, QStringLiteral("--memory"), QStringLiteral("300M")});
        QVERIFY2(result.code == 0, qPrintable(result.output));
        QCOMPARE(result.output.count(QStringLiteral("up to date, skipped")), 9);
    }

    void theSceneRepeatsItselfInTheOverlap()
    {
        // The same fields under both tiles: the truth of tile 0's last 32 columns is tile 1's first.
        const auto a = RasterSource::open(m_dir.filePath(QStringLiteral("scene/truth/T33UUP_truth.tif"))).readAll();
        const auto b = RasterSource::open(m_dir.filePath(QStringLiteral("scene/truth/T33UVP_truth.tif"))).readAll();
        for (int r = 0; r < kSize; ++r)
            for (int c = 0; c < kOverlap; ++c)
                QCOMPARE(a[std::size_t(r * kSize + kShift + c)], b[std::size_t(r * kSize + c)]);
    }

    void everyParcelHasOneSetAndEveryPlaceIsSampledOnce()
    {
        std::vector<std::vector<float>> sets, parcels, eroded;
        for (const QString &tile : kTiles) {
            sets.push_back(RasterSource::open(m_run + QStringLiteral("/samples/%1_sets.tif").arg(tile)).readAll());
            parcels.push_back(RasterSource::open(m_run + QStringLiteral("/thematic/%1_parcels.tif").arg(tile)).readAll());
            eroded.push_back(RasterSource::open(m_run + QStringLiteral("/thematic/%1_classes_eroded.tif").arg(tile)).readAll());
        }
        // No place is in a set on both tiles.
        qint64 both = 0;
        for (int r = 0; r < kSize; ++r)
            for (int c = 0; c < kOverlap; ++c)
                both += marked(sets[0][std::size_t(r * kSize + kShift + c)]) && marked(sets[1][std::size_t(r * kSize + c)]);
        QCOMPARE(both, qint64(0));
        // One set per parcel over the project, and the parcels that reach into both tiles.
        std::map<std::uint32_t, std::set<int>> setsOfParcel;
        std::map<std::uint32_t, std::set<int>> tilesOfParcel;
        qint64 setPixels = 0, erodedPixels = 0;
        for (std::size_t t = 0; t < 2; ++t) {
            for (std::size_t p = 0; p < sets[t].size(); ++p) {
                const auto parcel = std::uint32_t(parcels[t][p]);
                const bool erodedCrop = marked(eroded[t][p]) && eroded[t][p] < 255.0f;
                erodedPixels += erodedCrop;
                if (erodedCrop)
                    tilesOfParcel[parcel].insert(int(t));
                if (!marked(sets[t][p]))
                    continue;
                ++setPixels;
                setsOfParcel[parcel].insert(int(sets[t][p]));
            }
        }
        int parcelsOnBoth = 0;
        for (const auto &[parcel, tiles] : tilesOfParcel)
            parcelsOnBoth += tiles.size() == 2;
        QVERIFY(parcelsOnBoth > 10);
        for (const auto &[parcel, values] : setsOfParcel)
            QVERIFY2(values.size() == 1, qPrintable(QStringLiteral("parcel %1 is in %2 sets").arg(parcel).arg(values.size())));

        // The priors count each place once: the plan's N over the classes is the eroded pixels
        // of both tiles less those of overlap parcels on their other tile, which are the
        // pixels the set rasters mark.
        const QJsonObject sampling = readJson(m_run + QStringLiteral("/samples/sampling.json"));
        QCOMPARE(sampling.value(QStringLiteral("parcelsOnSeveralTiles")).toInt(), parcelsOnBoth);
        qint64 priorPixels = 0;
        for (const QJsonValue &c : sampling.value(QStringLiteral("train")).toArray())
            priorPixels += c.toObject().value(QStringLiteral("N")).toInteger();
        const qint64 leftOut = sampling.value(QStringLiteral("pixelsOnOtherTiles")).toInteger();
        QVERIFY(leftOut > 0);
        QCOMPARE(priorPixels, erodedPixels - leftOut);
        QCOMPARE(priorPixels, setPixels);

        // No place is sampled twice, in one set or across the three.
        std::set<std::pair<int, int>> places; // scene column, row
        qint64 samples = 0;
        for (const QString &name : {QStringLiteral("train"), QStringLiteral("validation"), QStringLiteral("test")}) {
            const auto set = cropmap::core::sampling::SampleSet::load(m_run + QStringLiteral("/samples/%1.samples").arg(name));
            for (qint64 i = 0; i < set.size(); ++i) {
                const int tile = int(kTiles.indexOf(set.tiles().at(set.tileIndex(i))));
                QVERIFY(tile >= 0);
                places.insert({tile * kShift + set.column(i), set.row(i)});
                ++samples;
            }
        }
        QVERIFY(samples > 1000);
        QCOMPARE(qint64(places.size()), samples);
    }

    void areasCountEveryMappedPlaceOnceAndTheMosaicJoinsTheTiles()
    {
        std::vector<std::vector<float>> maps;
        qint64 mapped = 0;
        for (const QString &tile : kTiles) {
            maps.push_back(RasterSource::open(m_run + QStringLiteral("/maps/%1_classes.tif").arg(tile)).readAll());
            for (const float v : maps.back())
                mapped += marked(v);
        }
        qint64 twice = 0;
        for (int r = 0; r < kSize; ++r)
            for (int c = 0; c < kOverlap; ++c)
                twice += marked(maps[0][std::size_t(r * kSize + kShift + c)]) && marked(maps[1][std::size_t(r * kSize + c)]);
        QVERIFY(twice > 1000);
        const QJsonObject report = readJson(m_run + QStringLiteral("/reports/accuracy.json"));
        const QJsonObject metadata = report.value(QStringLiteral("metadata")).toObject();
        QVERIFY2(std::abs(metadata.value(QStringLiteral("overlap_ha")).toDouble() - twice * 0.01) < 1e-6,
                 qPrintable(QString::number(metadata.value(QStringLiteral("overlap_ha")).toDouble())));
        double area = 0;
        const QJsonValue classes = report.value(QStringLiteral("area_estimate")).toObject().value(QStringLiteral("classes"));
        for (const QJsonValue &c : classes.toArray())
            area += c.toObject().value(QStringLiteral("mapped_area")).toDouble();
        QVERIFY2(std::abs(area - (mapped - twice) * 0.01) < 1e-6,
                 qPrintable(QStringLiteral("%1 ha mapped, %2 pixels").arg(area).arg(mapped - twice)));

        // One mosaic of 224 columns: the first tile where it has data, the second beyond.
        const auto mosaic = RasterSource::open(m_run + QStringLiteral("/maps/mosaic_classes.vrt"));
        QCOMPARE(mosaic.grid().width(), kShift + kSize);
        QCOMPARE(mosaic.grid().height(), kSize);
        const auto pixels = mosaic.readAll();
        const int width = kShift + kSize;
        for (int r = 0; r < kSize; ++r) {
            for (int c = 0; c < width; ++c) {
                const float first = c < kSize ? maps[0][std::size_t(r * kSize + c)] : NAN;
                const float second = c >= kShift ? maps[1][std::size_t(r * kSize + c - kShift)] : NAN;
                const float expected = marked(first) ? first : second;
                const float got = pixels[std::size_t(r * width + c)];
                if (marked(expected) || marked(got))
                    QCOMPARE(got, expected);
            }
        }
    }

private:
    QTemporaryDir m_dir;
    QString m_run;
    QString m_project;
};

QTEST_GUILESS_MAIN(TestOverlappingTiles)
#include "tst_overlapping_tiles.moc"
