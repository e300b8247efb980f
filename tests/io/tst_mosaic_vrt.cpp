// SPDX-License-Identifier: GPL-3.0-or-later
// One VRT over the maps of overlapping tiles, one of them in the next UTM zone.
#include <cmath>
#include <memory>

#include <QDir>
#include <QFile>
#include <QTemporaryDir>
#include <QTest>

#include <gdal_priv.h>
#include <ogr_spatialref.h>

#include "io/gdal_handles.h"
#include "io/mosaic_vrt.h"
#include "io/raster_source.h"
#include "io/raster_writer.h"
#include "io/tile_grid.h"
#include "util/error.h"

using namespace cropmap::core;
using namespace cropmap::core::io;

namespace {

QString writeMap(const QString &path, const TileGrid &grid, const std::vector<float> &ids)
{
    RasterWriteOptions options;
    options.dataType = GDT_Byte;
    options.nodata = 0;
    options.colourTable = {{1, 255, 215, 0, 255}, {2, 170, 85, 0, 255}, {3, 170, 0, 0, 255}, {7, 0, 0, 255, 255}};
    writeRaster(path, grid, options, {ids});
    return path;
}

// The mosaic's value at the map position \a x, \a y (its own CRS).
float valueAt(const RasterSource &mosaic, double x, double y)
{
    const QPointF p = mosaic.grid().mapToPixel(QPointF(x, y));
    return mosaic.readWindow(1, Window{int(p.x()), int(p.y()), 1, 1}).front();
}

} // namespace

class TestMosaicVrt : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase()
    {
        QVERIFY(m_dir.isValid());
        QVERIFY(QDir(m_dir.path()).mkpath(QStringLiteral("maps")));
        const QString wkt33 = TileGrid::wktFromEpsg(32633);
        // A; B 20 m east of it, so B's columns 0–1 lie under A's columns 2–3.
        m_a = writeMap(m_dir.filePath(QStringLiteral("maps/A_classes.tif")), TileGrid::northUp(wkt33, QPointF(600000, 5400000), 10, 4, 4),
                       {1, 1, 2, 2, //
                        1, 1, 2, 0, //
                        3, 3, 0, 0, //
                        3, 3, 0, 0});
        m_b = writeMap(m_dir.filePath(QStringLiteral("maps/B_classes.tif")), TileGrid::northUp(wkt33, QPointF(600020, 5400000), 10, 4, 4),
                       {3, 2, 1, 1, //
                        0, 2, 1, 1, //
                        3, 0, 2, 2, //
                        0, 0, 0, 3});
        // C in UTM 32N, all 7, a 100 m square centred on UTM 33N (600130, 5399950).
        OGRSpatialReference utm33, utm32;
        utm33.importFromEPSG(32633);
        utm32.importFromEPSG(32632);
        utm33.SetAxisMappingStrategy(OAMS_TRADITIONAL_GIS_ORDER);
        utm32.SetAxisMappingStrategy(OAMS_TRADITIONAL_GIS_ORDER);
        std::unique_ptr<OGRCoordinateTransformation> to32(OGRCreateCoordinateTransformation(&utm33, &utm32));
        QVERIFY(to32);
        double x = 600130, y = 5399950;
        QVERIFY(to32->Transform(1, &x, &y));
        m_c = writeMap(m_dir.filePath(QStringLiteral("maps/C_classes.tif")),
                       TileGrid::northUp(TileGrid::wktFromEpsg(32632), QPointF(x - 50, y + 50), 10, 10, 10),
                       std::vector<float>(100, 7.0f));
        m_vrt = m_dir.filePath(QStringLiteral("maps/mosaic_classes.vrt"));
        writeMosaicVrt({m_a, m_b, m_c}, m_vrt, 0);
    }

    void firstMapWithDataShows()
    {
        const RasterSource mosaic = RasterSource::open(m_vrt);
        QVERIFY(mosaic.grid().hasSameCrs(TileGrid::northUp(TileGrid::wktFromEpsg(32633), QPointF(0, 0), 10, 1, 1)));
        // A alone; A over B where both have data; B where A has none; neither; B alone.
        QCOMPARE(valueAt(mosaic, 600005, 5399995), 1.0f); // A (0,0)
        QCOMPARE(valueAt(mosaic, 600025, 5399995), 2.0f); // A (0,2) = 2 over B (0,0) = 3
        QCOMPARE(valueAt(mosaic, 600035, 5399985), 2.0f); // A (1,3) = 0: B (1,1) = 2
        QCOMPARE(valueAt(mosaic, 600025, 5399975), 3.0f); // A (2,2) = 0: B (2,0) = 3
        QVERIFY(std::isnan(valueAt(mosaic, 600035, 5399965))); // A (3,3) = B (3,1) = 0
        QCOMPARE(valueAt(mosaic, 600045, 5399995), 1.0f); // B (0,2); A ends at 600040
        QCOMPARE(valueAt(mosaic, 600055, 5399965), 3.0f); // B (3,3)
        // C, warped from UTM 32N: its centre reads 7.
        QCOMPARE(valueAt(mosaic, 600130, 5399950), 7.0f);
        QVERIFY(QFile::exists(m_dir.filePath(QStringLiteral("maps/C_classes.warped.vrt"))));
    }

    void overlapShowsTheFirstMap()
    {
        // B given first: B (0,0) = 3 now shows over A (0,2) = 2; elsewhere nothing changes.
        const QString vrt = m_dir.filePath(QStringLiteral("maps/b_first.vrt"));
        writeMosaicVrt({m_b, m_a}, vrt, 0);
        const RasterSource mosaic = RasterSource::open(vrt);
        QCOMPARE(valueAt(mosaic, 600025, 5399995), 3.0f);
        QCOMPARE(valueAt(mosaic, 600005, 5399995), 1.0f);
        QCOMPARE(valueAt(mosaic, 600025, 5399985), 2.0f); // B (1,0) = 0: A (1,2) = 2
    }

    void keepsTheColourTable()
    {
        DatasetPtr vrt = openRaster(m_vrt);
        const GDALColorTable *table = vrt->GetRasterBand(1)->GetColorTable();
        QVERIFY(table);
        QCOMPARE(table->GetColorEntry(7)->c3, short(255));
    }

    void survivesAMovedFolder()
    {
        QTemporaryDir other;
        const QString moved = other.filePath(QStringLiteral("maps"));
        QVERIFY(QDir().rename(m_dir.filePath(QStringLiteral("maps")), moved));
        const RasterSource mosaic = RasterSource::open(moved + QStringLiteral("/mosaic_classes.vrt"));
        QCOMPARE(valueAt(mosaic, 600005, 5399995), 1.0f);
        QCOMPARE(valueAt(mosaic, 600130, 5399950), 7.0f);
        QVERIFY(QDir().rename(moved, m_dir.filePath(QStringLiteral("maps"))));
    }

    void missingRasterIsNamed()
    {
        const QString missing = m_dir.filePath(QStringLiteral("maps/none.tif"));
        try {
            writeMosaicVrt({m_a, missing}, m_dir.filePath(QStringLiteral("maps/x.vrt")), 0);
            QFAIL("no error");
        } catch (const Error &e) {
            QVERIFY2(e.message().contains(missing), qPrintable(e.message()));
        }
    }

private:
    QTemporaryDir m_dir;
    QString m_a, m_b, m_c, m_vrt;
};

QTEST_GUILESS_MAIN(TestMosaicVrt)
#include "tst_mosaic_vrt.moc"
