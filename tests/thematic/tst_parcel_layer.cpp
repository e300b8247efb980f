// SPDX-License-Identifier: GPL-3.0-or-later
#include <QFile>
#include <QTemporaryDir>
#include <QTest>

#include <ogrsf_frmts.h>

#include "io/gdal_handles.h"
#include "io/tile_grid.h"
#include "thematic/parcel_layer.h"
#include "util/feedback.h"

using namespace cropmap::core;

namespace {

const QString kInvekos = QStringLiteral(CROPMAP_SHARED_DATA "/austria-invekos/invekos_schlaege_2025_sample.gpkg");

} // namespace

class TestParcelLayer : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase()
    {
        io::ensureGdalRegistered();
        QVERIFY(m_dir.isValid());
    }

    void readsAnyOgrSource_data()
    {
        QTest::addColumn<QString>("driver");
        QTest::addColumn<QString>("file");
        QTest::newRow("GeoPackage") << QStringLiteral("GPKG") << QStringLiteral("parcels.gpkg");
        QTest::newRow("Shapefile") << QStringLiteral("ESRI Shapefile") << QStringLiteral("parcels.shp");
        QTest::newRow("GeoJSON") << QStringLiteral("GeoJSON") << QStringLiteral("parcels.geojson");
        QTest::newRow("FlatGeobuf") << QStringLiteral("FlatGeobuf") << QStringLiteral("parcels.fgb");
    }

    void readsAnyOgrSource()
    {
        // The INVEKOS sample copied into each format reads back with the same declared values:
        // KLEEGRAS (SNAR_CODE 634) on 9 parcels of 8.25 ha (ogrinfo: sum of SL_FLAECHE_BRUTTO_HA
        // = 8.2508), 15 distinct codes in all.
        QFETCH(QString, driver);
        QFETCH(QString, file);
        const QString path = m_dir.filePath(file);
        {
            io::DatasetPtr source = io::openVector(kInvekos);
            GDALDriver *out = GetGDALDriverManager()->GetDriverByName(driver.toUtf8().constData());
            QVERIFY(out);
            io::DatasetPtr target(out->Create(path.toUtf8().constData(), 0, 0, 0, GDT_Unknown, nullptr));
            QVERIFY(target);
            // Shapefile fields are too narrow for some ids; only SNAR_CODE matters here.
            CPLPushErrorHandler(CPLQuietErrorHandler);
            const bool copied = target->CopyLayer(source->GetLayer(0), "parcels") != nullptr;
            CPLPopErrorHandler();
            QVERIFY(copied);
        }
        const auto layer = thematic::ParcelLayer::open(path, QStringLiteral("SNAR_CODE"));
        QCOMPARE(layer.featureCount(), 100);
        Feedback feedback;
        const auto values = layer.declaredValues(feedback);
        QCOMPARE(values.size(), 15);
        const auto clover = std::find_if(values.begin(), values.end(),
                                         [](const auto &v) { return v.value == QStringLiteral("634"); });
        QVERIFY(clover != values.end());
        QCOMPARE(clover->parcels, 9);
        QVERIFY2(qAbs(clover->areaHa - 8.2508) < 0.01, qPrintable(QString::number(clover->areaHa)));
    }

    void repairsOrSkipsInvalidPolygons()
    {
        // A bow-tie (self-intersecting ring) is repaired by MakeValid into two triangles; a
        // feature without geometry is skipped; a square lies outside the extent asked for.
        const QString path = m_dir.filePath(QStringLiteral("invalid.geojson"));
        QFile file(path);
        QVERIFY(file.open(QIODevice::WriteOnly));
        file.write(R"({"type":"FeatureCollection","crs":{"type":"name","properties":{"name":"EPSG:32633"}},"features":[
{"type":"Feature","properties":{"CROP":"A"},"geometry":{"type":"Polygon","coordinates":[[[0,0],[100,100],[100,0],[0,100],[0,0]]]}},
{"type":"Feature","properties":{"CROP":"B"},"geometry":null},
{"type":"Feature","properties":{"CROP":"C"},"geometry":{"type":"Polygon","coordinates":[[[5000,5000],[5100,5000],[5100,5100],[5000,5100],[5000,5000]]]}},
{"type":"Feature","properties":{"CROP":"D"},"geometry":{"type":"Polygon","coordinates":[[[0,0],[50,0],[50,50],[0,50],[0,0]]]}}]})");
        file.close();
        const auto layer = thematic::ParcelLayer::open(path, QStringLiteral("CROP"));
        Feedback feedback;
        thematic::ParcelReadStats stats;
        const auto parcels = layer.read(io::TileGrid::wktFromEpsg(32633), QRectF(0, 0, 1000, 1000), feedback, &stats);
        QCOMPARE(stats.features, 4);
        QCOMPARE(stats.repaired, 1);
        QCOMPARE(stats.skipped, 1);
        QCOMPARE(stats.outside, 1);
        QCOMPARE(parcels.size(), std::size_t(2));
        QCOMPARE(parcels[0].value, QStringLiteral("A"));
        QCOMPARE(parcels[0].id, 1u); // ids follow the layer order, skipped features included
        QCOMPARE(parcels[1].id, 4u);
        // Two triangles of 50 × 100 / 2 m² each: 5000 m² = 0.5 ha.
        QVERIFY(qAbs(parcels[0].areaHa - 0.5) < 1e-9);
        QVERIFY(OGR_G_IsValid(parcels[0].geometry.get()));
    }

private:
    QTemporaryDir m_dir;
};

QTEST_GUILESS_MAIN(TestParcelLayer)
#include "tst_parcel_layer.moc"
