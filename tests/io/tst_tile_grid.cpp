// SPDX-License-Identifier: GPL-3.0-or-later
#include <QTest>

#include "io/gdal_handles.h"
#include "io/tile_grid.h"

using cropmap::core::io::TileGrid;

class TestTileGrid : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase() { cropmap::core::io::ensureGdalRegistered(); }

    void pixelToMap_data()
    {
        QTest::addColumn<double>("col");
        QTest::addColumn<double>("row");
        QTest::addColumn<double>("x");
        QTest::addColumn<double>("y");
        // Grid: origin (500000, 5300000), 10 m pixels, north up.
        QTest::newRow("top-left corner") << 0.0 << 0.0 << 500000.0 << 5300000.0;
        QTest::newRow("centre of first pixel") << 0.5 << 0.5 << 500005.0 << 5299995.0;
        QTest::newRow("bottom-right corner") << 100.0 << 50.0 << 501000.0 << 5299500.0;
        QTest::newRow("fractional") << 12.25 << 3.75 << 500122.5 << 5299962.5;
    }
    void pixelToMap()
    {
        QFETCH(double, col);
        QFETCH(double, row);
        QFETCH(double, x);
        QFETCH(double, y);
        const TileGrid grid = TileGrid::northUp(TileGrid::wktFromEpsg(32633),
                                                QPointF(500000, 5300000), 10.0, 100, 50);
        const QPointF map = grid.pixelToMap(col, row);
        QCOMPARE(map.x(), x);
        QCOMPARE(map.y(), y);
        const QPointF back = grid.mapToPixel(map);
        QVERIFY(qAbs(back.x() - col) < 1e-9);
        QVERIFY(qAbs(back.y() - row) < 1e-9);
    }

    void rotatedGridRoundTrips()
    {
        // gt with rotation terms: x = 100 + 2c + 1r, y = 50 + 0.5c - 3r.
        const TileGrid grid(QString(), {100, 2, 1, 50, 0.5, -3}, 10, 10);
        const QPointF map = grid.pixelToMap(4, 7);
        QCOMPARE(map, QPointF(100 + 8 + 7, 50 + 2 - 21));
        const QPointF px = grid.mapToPixel(map);
        QVERIFY(qAbs(px.x() - 4) < 1e-9 && qAbs(px.y() - 7) < 1e-9);
    }

    void extentAndPixelSize()
    {
        const TileGrid grid = TileGrid::northUp(TileGrid::wktFromEpsg(32633),
                                                QPointF(500000, 5300000), 10.0, 100, 50);
        QCOMPARE(grid.extent(), QRectF(QPointF(500000, 5299500), QPointF(501000, 5300000)));
        QCOMPARE(grid.pixelSizeX(), 10.0);
        QCOMPARE(grid.pixelCount(), qint64(5000));
        QVERIFY(grid.describe().contains(QStringLiteral("32633")));
    }

    void crsComparisonIsSemantic()
    {
        const TileGrid a = TileGrid::northUp(TileGrid::wktFromEpsg(32633), {0, 0}, 10, 4, 4);
        const TileGrid b = TileGrid::northUp(TileGrid::wktFromEpsg(32633), {0, 0}, 10, 4, 4);
        const TileGrid c = TileGrid::northUp(TileGrid::wktFromEpsg(32631), {0, 0}, 10, 4, 4);
        QVERIFY(a.hasSameCrs(b));
        QVERIFY(a.isAlignedWith(b));
        QVERIFY(!a.hasSameCrs(c));
        const TileGrid shifted = TileGrid::northUp(TileGrid::wktFromEpsg(32633), {5, 0}, 10, 4, 4);
        QVERIFY(!a.isAlignedWith(shifted));
    }
};

QTEST_GUILESS_MAIN(TestTileGrid)
#include "tst_tile_grid.moc"
