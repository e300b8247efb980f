// SPDX-License-Identifier: GPL-3.0-or-later
// The mapped area per class over several class maps, each place once (tiles overlap).
#include <cmath>

#include <QFile>
#include <QTemporaryDir>
#include <QTest>

#include "evaluate/mapped_area.h"
#include "io/raster_writer.h"
#include "io/tile_grid.h"
#include "util/error.h"

using namespace cropmap::core;
using namespace cropmap::core::evaluate;

namespace {

// 4 × 4 pixels of 10 m in UTM 33N (one pixel = 0.01 ha), its top-left corner at x0.
io::TileGrid grid4(double x0, double y0 = 5400000)
{
    return io::TileGrid::northUp(io::TileGrid::wktFromEpsg(32633), QPointF(x0, y0), 10, 4, 4);
}

QString writeIds(const QTemporaryDir &dir, const QString &name, const io::TileGrid &grid, const std::vector<float> &ids)
{
    const QString path = dir.filePath(name);
    io::RasterWriteOptions options;
    options.dataType = GDT_Byte;
    options.nodata = 0;
    io::writeRaster(path, grid, options, {ids});
    return path;
}

thematic::ClassTable threeClasses()
{
    return thematic::ClassTable({{1, QStringLiteral("Maize"), QStringLiteral("#ffd700")},
                                 {2, QStringLiteral("Wheat"), QStringLiteral("#aa5500")},
                                 {3, QStringLiteral("Beet"), QStringLiteral("#aa0000")}});
}

bool near(double a, double b) { return std::abs(a - b) < 1e-9; }

} // namespace

class TestMappedArea : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase()
    {
        QVERIFY(m_dir.isValid());
        // A; B lies 20 m east, so B's columns 0–1 are A's columns 2–3.
        m_a = writeIds(m_dir, QStringLiteral("A.tif"), grid4(600000),
                       {1, 1, 2, 2, //
                        1, 1, 2, 0, //
                        3, 3, 0, 0, //
                        3, 3, 0, 0});
        m_b = writeIds(m_dir, QStringLiteral("B.tif"), grid4(600020),
                       {2, 2, 1, 1, //
                        0, 2, 1, 1, //
                        3, 0, 2, 2, //
                        0, 0, 0, 9});
        // C lies 100 m south of A: no overlap with either.
        m_c = writeIds(m_dir, QStringLiteral("C.tif"), grid4(600000, 5399900),
                       {1, 0, 0, 0, //
                        0, 0, 0, 0, //
                        0, 0, 0, 0, //
                        0, 0, 0, 2});
    }

    void overlapCountedOnTheFirstMap()
    {
        // A: Maize 4, Wheat 3, Beet 4 pixels. B outside A (its columns 2–3): Maize 4, Wheat 2.
        // B over A: (0,0) and (0,1) lie on classified A pixels (left out, 2 pixels); (1,1) on
        // A's unclassified (1,3) counts as Wheat, (2,0) on A's unclassified (2,2) as Beet.
        // The 9 is no class of the table.
        const MappedArea m = MappedArea::measure({m_a, m_b}, threeClasses());
        QVERIFY2(near(m.hectares[0], 0.08), qPrintable(QString::number(m.hectares[0])));
        QVERIFY2(near(m.hectares[1], 0.06), qPrintable(QString::number(m.hectares[1])));
        QVERIFY2(near(m.hectares[2], 0.05), qPrintable(QString::number(m.hectares[2])));
        QVERIFY(near(m.overlapHectares, 0.02));
        QCOMPARE(m.unknownPixels, qint64(1));
    }

    void eachPlaceOnceWhateverTheOrder()
    {
        // B first: B's 10 known pixels, then A less the 2 pixels B classified: 19 either way.
        const MappedArea ab = MappedArea::measure({m_a, m_b}, threeClasses());
        const MappedArea ba = MappedArea::measure({m_b, m_a}, threeClasses());
        const auto sum = [](const MappedArea &m) { return m.hectares[0] + m.hectares[1] + m.hectares[2]; };
        QVERIFY(near(sum(ab), 0.19));
        QVERIFY(near(sum(ba), 0.19));
        // Where both classified, the first map's class counts: A's Wheat at (0,2), (0,3) in
        // the first order, B's Wheat at (0,0), (0,1) in the second: the same class here.
        QVERIFY(near(ba.hectares[1], 0.06));
        QVERIFY(near(ba.overlapHectares, 0.02));
    }

    void disjointMapsAddUp()
    {
        const MappedArea m = MappedArea::measure({m_a, m_c}, threeClasses());
        QVERIFY(near(m.hectares[0], 0.05));
        QVERIFY(near(m.hectares[1], 0.04));
        QVERIFY(near(m.hectares[2], 0.04));
        QCOMPARE(m.overlapHectares, 0.0);
    }

    void unreadableMapIsNamed()
    {
        const QString bad = m_dir.filePath(QStringLiteral("bad.tif"));
        QFile f(bad);
        QVERIFY(f.open(QIODevice::WriteOnly));
        f.write("not a raster");
        f.close();
        try {
            MappedArea::measure({m_a, bad}, threeClasses());
            QFAIL("no error");
        } catch (const Error &e) {
            QVERIFY2(e.message().contains(bad), qPrintable(e.message()));
        }
    }

private:
    QTemporaryDir m_dir;
    QString m_a, m_b, m_c;
};

QTEST_GUILESS_MAIN(TestMappedArea)
#include "tst_mapped_area.moc"
