// SPDX-License-Identifier: GPL-3.0-or-later
#include <algorithm>

#include <QTemporaryDir>
#include <QTest>

#include "evaluate/raster_comparison.h"
#include "io/raster_writer.h"
#include "io/tile_grid.h"
#include "util/error.h"
#include "util/feedback.h"

using namespace cropmap::core;
using namespace cropmap::core::evaluate;

namespace {

io::TileGrid grid4()
{
    // 4 × 4 pixels of 10 m in UTM 33N: one pixel = 100 m² = 0.01 ha.
    return io::TileGrid::northUp(io::TileGrid::wktFromEpsg(32633), QPointF(600000, 5400000), 10, 4, 4);
}

QString writeIds(const QTemporaryDir &dir, const QString &name, const std::vector<float> &ids)
{
    const QString path = dir.filePath(name);
    io::RasterWriteOptions options;
    options.dataType = GDT_Byte;
    io::writeRaster(path, grid4(), options, {ids});
    return path;
}

thematic::ClassTable threeClasses()
{
    return thematic::ClassTable({{1, QStringLiteral("Maize"), QStringLiteral("#ffd700")},
                                 {2, QStringLiteral("Wheat"), QStringLiteral("#aa5500")},
                                 {3, QStringLiteral("Beet"), QStringLiteral("#aa0000")}});
}

} // namespace

class TestRasterComparison : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase()
    {
        QVERIFY(m_dir.isValid());
        m_options.referencePath = writeIds(m_dir, QStringLiteral("reference.tif"),
                                           {1, 1, 2, 2, //
                                            1, 1, 2, 2, //
                                            3, 3, 0, 0, //
                                            3, 3, 0, 0});
        m_options.mapPath = writeIds(m_dir, QStringLiteral("map.tif"),
                                     {1, 2, 2, 2, //
                                      1, 1, 2, 1, //
                                      3, 1, 1, 1, //
                                      0, 3, 2, 2});
        m_maskPath = writeIds(m_dir, QStringLiteral("split.tif"),
                              {3, 3, 3, 1, //
                               3, 3, 1, 1, //
                               3, 3, 1, 1, //
                               3, 3, 1, 1});
        // 2 × 2 blocks on 2 threads: four windows merged.
        m_options.blockSize = 2;
        m_options.threads = 2;
    }

    void countsTestPixelsOnlyAndTheWholeMapsAreas()
    {
        RasterComparisonOptions options = m_options;
        options.maskPath = m_maskPath;
        Feedback feedback;
        const auto result = compareRasters(options, threeClasses(), feedback);
        // Test pixels (value 3): columns 0–1 and (row 0, column 2).
        // (ref → map): 1→1, 1→2, 2→2 | 1→1, 1→1 | 3→3, 3→1 | 3→unmapped, 3→3.
        // Maize: [3 1 0], Wheat: [0 1 0], Beet: [1 0 2]; one labelled test pixel unmapped.
        QCOMPARE(result.matrix, ConfusionMatrix::fromCounts(3, {3, 1, 0, 0, 1, 0, 1, 0, 2}));
        QCOMPARE(result.unmappedReferencePixels, 1);
        // Whole map: id 1 in 1 + 3 + 3 + 0 = 7 pixels, id 2 in 3 + 1 + 0 + 2 = 6, id 3 in 2.
        QCOMPARE(result.mappedPixels, (std::vector<qint64>{7, 6, 2}));
        QCOMPARE(result.areaUnit, QStringLiteral("ha"));
        QCOMPARE(result.pixelArea, 0.01);
        QCOMPARE(result.mappedArea()[0], 0.07);
        QCOMPARE(feedback.progress(), 1.0);
    }

    void withoutMaskOrClassTableUsesAllLabelledPixelsAndFoundIds()
    {
        Feedback feedback;
        const auto result = compareRasters(m_options, thematic::ClassTable(), feedback);
        QCOMPARE(result.classes.size(), 3);
        QCOMPARE(result.classes.at(2).id, 3);
        QCOMPARE(result.classes.at(0).name, QStringLiteral("Class 1"));
        // All 12 labelled pixels: row 0: 1→1 1→2 2→2 2→2; row 1: 1→1 1→1 2→2 2→1;
        // rows 2–3: 3→3 3→1 3→unmapped 3→3.
        QCOMPARE(result.matrix, ConfusionMatrix::fromCounts(3, {3, 1, 0, 1, 3, 0, 1, 0, 2}));
        QCOMPARE(result.unmappedReferencePixels, 1);
    }

    void parcelsMakeOneClusterEach()
    {
        // Parcels: 5 = the top-left 2 × 2, 6 = the top-right 2 × 2, 7 = row 2's left pair;
        // row 3 is in no parcel (0).
        RasterComparisonOptions options = m_options;
        options.maskPath = m_maskPath;
        options.parcelsPath = writeIds(m_dir, QStringLiteral("parcels.tif"),
                                       {5, 5, 6, 6, //
                                        5, 5, 6, 6, //
                                        7, 7, 0, 0, //
                                        0, 0, 0, 0});
        Feedback feedback;
        const auto result = compareRasters(options, threeClasses(), feedback);
        // Scored test pixels (as above) by parcel, cells (map, reference, count), indices:
        //   5: 1→1 ×3, 1→2 ×1;  6: (row 0, col 2) 2→2;  7: 3→3, 3→1;
        //   outside parcels: (row 3, col 1) 3→3 alone (col 0 is unmapped, not scored).
        std::vector<std::vector<ClusterCounts::Cell>> expected{
            {{0, 0, 3}, {1, 0, 1}}, {{1, 1, 1}}, {{0, 2, 1}, {2, 2, 1}}, {{2, 2, 1}}};
        QCOMPARE(result.clusters.clusters.size(), expected.size());
        for (std::size_t c = 0; c < expected.size(); ++c) {
            std::vector<ClusterCounts::Cell> cells = result.clusters.clusters[c];
            std::sort(cells.begin(), cells.end(), [](const auto &a, const auto &b) {
                return std::pair(a.reference, a.mapped) < std::pair(b.reference, b.mapped);
            });
            QCOMPARE(cells, expected[c]);
        }
        // They add up to the matrix, so the area estimate takes them.
        const AreaEstimate area =
            AreaEstimate::estimate(result.matrix, result.mappedArea(), result.areaUnit, result.clusters);
        QCOMPARE(area.clusterCount, qint64(4));
        // Without parcels, no clusters.
        QVERIFY(compareRasters(m_options, threeClasses(), feedback).clusters.isEmpty());
    }

    void idsMissingFromTheClassTableAreErrors()
    {
        Feedback feedback;
        const thematic::ClassTable twoClasses({{1, QStringLiteral("Maize"), QStringLiteral("#ffd700")},
                                               {2, QStringLiteral("Wheat"), QStringLiteral("#aa5500")}});
        try {
            compareRasters(m_options, twoClasses, feedback);
            QFAIL("class id 3 is not in the table");
        } catch (const Error &e) {
            QVERIFY(e.message().contains(QStringLiteral("class id 3")));
        }
        RasterComparisonOptions missing = m_options;
        missing.referencePath = m_dir.filePath(QStringLiteral("nothing.tif"));
        QVERIFY_THROWS_EXCEPTION(Error, compareRasters(missing, threeClasses(), feedback));
    }

private:
    QTemporaryDir m_dir;
    RasterComparisonOptions m_options;
    QString m_maskPath;
};

QTEST_GUILESS_MAIN(TestRasterComparison)
#include "tst_raster_comparison.moc"
