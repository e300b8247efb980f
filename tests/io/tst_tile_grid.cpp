// SPDX-License-Identifier: GPL-3.0-or-later
#include <QFile>
#include <QTemporaryDir>
#include <QTest>

#include <gdal_priv.h>

#include "io/gdal_handles.h"
#include "io/geotiff_keys.h"
#include "io/tile_grid.h"

using cropmap::core::io::TileGrid;
namespace io = cropmap::core::io;

namespace {

// A 4 × 3 byte GeoTIFF in EPSG:\a epsg (0: no CRS), with GTiff creation \a options.
void writeTiff(const QString &path, int epsg, const QStringList &options = {})
{
    CPLStringList create;
    for (const QString &o : options)
        create.AddString(o.toUtf8().constData());
    GDALDriver *driver = GetGDALDriverManager()->GetDriverByName("GTiff");
    io::DatasetPtr ds(driver->Create(path.toUtf8().constData(), 4, 3, 1, GDT_Byte, create.List()));
    QVERIFY(ds);
    double gt[6] = {600000, 10, 0, 5400000, 0, -10};
    ds->SetGeoTransform(gt);
    if (epsg)
        ds->SetProjection(TileGrid::wktFromEpsg(epsg).toUtf8().constData());
}

} // namespace

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

    void geoTiffKeysFingerprintTheCrs_data()
    {
        QTest::addColumn<QStringList>("options");
        QTest::newRow("classic, little-endian") << QStringList();
        QTest::newRow("BigTIFF") << QStringList{QStringLiteral("BIGTIFF=YES")};
        QTest::newRow("big-endian") << QStringList{QStringLiteral("ENDIANNESS=BIG")};
    }

    void geoTiffKeysFingerprintTheCrs()
    {
        QFETCH(QStringList, options);
        QTemporaryDir dir;
        const QString a = dir.filePath(QStringLiteral("a.tif"));
        const QString b = dir.filePath(QStringLiteral("b.tif"));
        const QString c = dir.filePath(QStringLiteral("c.tif"));
        writeTiff(a, 32633, options);
        writeTiff(b, 32633, options);
        writeTiff(c, 32631, options);
        const QByteArray keysA = io::geoTiffKeys(a);
        QVERIFY(!keysA.isEmpty());
        QCOMPARE(io::geoTiffKeys(b), keysA);       // same CRS, same keys
        QVERIFY(io::geoTiffKeys(c) != keysA);      // UTM 31N is another CRS
        QCOMPARE(keysA.startsWith("MM:"), options.contains(QStringLiteral("ENDIANNESS=BIG")));

        // The cache gives GDAL's own grid, whether it builds the CRS or reuses it.
        io::CrsCache cache;
        for (const QString &path : {a, b, c, a}) {
            io::DatasetPtr ds = io::openRaster(path);
            const TileGrid expected = TileGrid::fromDataset(*ds);
            const TileGrid cached = cache.gridOf(*ds, path);
            QCOMPARE(cached.crsWkt(), expected.crsWkt());
            QCOMPARE(cached.geoTransform(), expected.geoTransform());
            QCOMPARE(cached.width(), 4);
            QCOMPARE(cached.height(), 3);
        }
    }

    void geoTiffKeysLeaveOtherFilesToGdal()
    {
        QTemporaryDir dir;
        // No CRS, hence no keys.
        const QString bare = dir.filePath(QStringLiteral("bare.tif"));
        writeTiff(bare, 0);
        QVERIFY(io::geoTiffKeys(bare).isEmpty());
        // Not a TIFF, a TIFF cut after its header, a missing file.
        const QString text = dir.filePath(QStringLiteral("text.tif"));
        QFile t(text);
        QVERIFY(t.open(QIODevice::WriteOnly));
        t.write("not a tiff at all");
        t.close();
        QVERIFY(io::geoTiffKeys(text).isEmpty());
        const QString whole = dir.filePath(QStringLiteral("whole.tif"));
        writeTiff(whole, 32633);
        QFile w(whole);
        QVERIFY(w.open(QIODevice::ReadOnly));
        const QByteArray header = w.read(8);
        w.close();
        const QString cut = dir.filePath(QStringLiteral("cut.tif"));
        QFile out(cut);
        QVERIFY(out.open(QIODevice::WriteOnly));
        out.write(header);
        out.close();
        QVERIFY(io::geoTiffKeys(cut).isEmpty());
        QVERIFY(io::geoTiffKeys(dir.filePath(QStringLiteral("missing.tif"))).isEmpty());
        // A sidecar may override the CRS: GDAL decides.
        QVERIFY(!io::geoTiffKeys(whole).isEmpty());
        QFile aux(whole + QStringLiteral(".aux.xml"));
        QVERIFY(aux.open(QIODevice::WriteOnly));
        aux.write("<PAMDataset/>");
        aux.close();
        QVERIFY(io::geoTiffKeys(whole).isEmpty());
    }
};

QTEST_GUILESS_MAIN(TestTileGrid)
#include "tst_tile_grid.moc"
