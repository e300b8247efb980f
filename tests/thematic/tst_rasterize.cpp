// SPDX-License-Identifier: GPL-3.0-or-later
#include <QDir>
#include <QFile>
#include <QJsonDocument>
#include <QJsonObject>
#include <QTemporaryDir>
#include <QTest>

#include <ogrsf_frmts.h>

#include "io/gdal_handles.h"
#include "io/raster_source.h"
#include "io/raster_writer.h"
#include "thematic/parcel_layer.h"
#include "thematic/qgis_style.h"
#include "thematic/rasterize_job.h"
#include "util/error.h"
#include "util/feedback.h"

using namespace cropmap::core;
using io::TileGrid;

namespace {

const QString kInvekos = QStringLiteral(CROPMAP_SHARED_DATA "/austria-invekos/invekos_schlaege_2025_sample.gpkg");
const QString kRaba = QStringLiteral(CROPMAP_SHARED_DATA "/slovenia-eopatch/raba_landuse.gpkg");
const QString kLulc = QStringLiteral(CROPMAP_SHARED_DATA "/slovenia-eopatch/lulc_reference.tif");

QString legend(const char *name)
{
    return QStringLiteral(CROPMAP_SOURCE_DIR "/resources/legends/") + QLatin1String(name) + QStringLiteral(".json");
}

// An empty raster standing for a tile grid.
QString writeGrid(const QString &path, const TileGrid &grid)
{
    io::RasterWriteOptions options;
    options.dataType = GDT_Byte;
    io::writeRaster(path, grid, options, {std::vector<float>(std::size_t(grid.pixelCount()), 0.f)});
    return path;
}

QString errorOf(thematic::RasterizeJob &job)
{
    Feedback feedback;
    const JobResult result = job.run(feedback);
    return result.succeeded() ? QString() : result.message;
}

// A GeoJSON FeatureCollection in UTM 33N of \a features (each a Feature object).
QString writeGeoJson(const QString &path, const QByteArrayList &features)
{
    QFile file(path);
    if (!file.open(QIODevice::WriteOnly))
        return {};
    file.write("{\"type\":\"FeatureCollection\",\"crs\":{\"type\":\"name\",\"properties\":"
               "{\"name\":\"EPSG:32633\"}},\"features\":[" + features.join(",\n") + "]}");
    return path;
}

// A square parcel [x0, x1] × [y0, y1] (map units) whose CROP is \a value (JSON text: "\"A\"" or "null").
QByteArray squareFeature(double x0, double y0, double x1, double y1, const char *value)
{
    return QStringLiteral("{\"type\":\"Feature\",\"properties\":{\"CROP\":%5},\"geometry\":"
                          "{\"type\":\"Polygon\",\"coordinates\":[[[%1,%2],[%3,%2],[%3,%4],[%1,%4],[%1,%2]]]}}")
        .arg(x0).arg(y0).arg(x1).arg(y1).arg(QString::fromUtf8(value))
        .toUtf8();
}

} // namespace

class TestRasterize : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase()
    {
        io::ensureGdalRegistered();
        QVERIFY(m_dir.isValid());
    }

    void invekosParcelsLandWhereTheirPolygonsAre()
    {
        // The INVEKOS sample is in EPSG:31287 (MGI / Austria Lambert); put it on a 10 m UTM 33N
        // grid around its parcels.
        Feedback feedback;
        const auto layer = thematic::ParcelLayer::open(kInvekos, QStringLiteral("SNAR_CODE"));
        QCOMPARE(layer.featureCount(), 100);
        const QString utm = TileGrid::wktFromEpsg(32633);
        OGREnvelope all;
        for (const auto &p : layer.read(utm, std::nullopt, feedback)) {
            OGREnvelope e;
            OGR_G_GetEnvelope(p.geometry.get(), &e);
            all.Merge(e);
        }
        // The layer's extent (522 350, 481 538)–(529 062, 493 332) in EPSG:31287 is about
        // (498 490, 5 340 911)–(505 451, 5 352 557) in UTM 33N (gdaltransform); a swapped axis
        // order would put the parcels thousands of km away (500 m allow for the bounding box
        // corners not being vertices and the two grids' rotation).
        QVERIFY2(qAbs(all.MinX - 498490) < 500 && qAbs(all.MaxY - 5352557) < 500,
                 qPrintable(QStringLiteral("%1 %2").arg(all.MinX).arg(all.MaxY)));
        const TileGrid grid = TileGrid::northUp(utm, QPointF(std::floor(all.MinX / 10) * 10 - 100, std::ceil(all.MaxY / 10) * 10 + 100),
                                                10, int((all.MaxX - all.MinX) / 10) + 21, int((all.MaxY - all.MinY) / 10) + 21);
        thematic::RasterizeOptions options;
        options.parcelsPath = kInvekos;
        options.legendPath = legend("austria-invekos");
        options.gridPath = writeGrid(m_dir.filePath(QStringLiteral("invekos_grid.tif")), grid);
        options.tile = QStringLiteral("AT");
        options.outputFolder = m_dir.filePath(QStringLiteral("invekos"));
        thematic::RasterizeJob job(options);
        QCOMPARE(errorOf(job), QString());
        QCOMPARE(job.report().parcelsOnTile, 100);
        QCOMPARE(job.report().read.outside, 0);
        QCOMPARE(job.report().unknownValues.size(), 0);

        // For each parcel: a point on the surface of the polygon shrunk by 10 m, transformed to
        // UTM independently of the code under test, lies on a pixel burnt with its id (its
        // centre is within 7.1 m of the point, so inside the parcel).
        const auto ids = io::RasterSource::open(job.report().parcelRaster).readAll(1);
        io::DatasetPtr source = io::openVector(kInvekos);
        OGRLayer *ogr = source->GetLayer(0);
        OGRSpatialReference from(*ogr->GetSpatialRef()), to;
        to.importFromEPSG(32633);
        from.SetAxisMappingStrategy(OAMS_TRADITIONAL_GIS_ORDER);
        to.SetAxisMappingStrategy(OAMS_TRADITIONAL_GIS_ORDER);
        io::TransformPtr transform(OGRCreateCoordinateTransformation(&from, &to));
        int checked = 0;
        std::uint32_t id = 0;
        for (io::FeaturePtr f(ogr->GetNextFeature()); f; f.reset(ogr->GetNextFeature())) {
            ++id;
            std::unique_ptr<OGRGeometry> inner(f->GetGeometryRef()->Buffer(-10));
            if (!inner || inner->IsEmpty())
                continue; // hedges and strips narrower than 20 m
            io::GeometryPtr point(OGR_G_PointOnSurface(OGRGeometry::ToHandle(inner.get())));
            QVERIFY(point);
            QVERIFY(OGR_G_Transform(point.get(), OGRCoordinateTransformation::ToHandle(transform.get())) == OGRERR_NONE);
            const QPointF pixel = grid.mapToPixel(QPointF(OGR_G_GetX(point.get(), 0), OGR_G_GetY(point.get(), 0)));
            const float burnt = ids[std::size_t(int(pixel.y()) * grid.width() + int(pixel.x()))];
            QCOMPARE(burnt, float(id));
            ++checked;
        }
        QVERIFY2(checked >= 60, qPrintable(QString::number(checked)));
    }

    void rabaAggregatedAgreesWithTheReference()
    {
        thematic::RasterizeOptions options;
        options.parcelsPath = kRaba;
        options.legendPath = legend("slovenia-raba");
        options.gridPath = kLulc;
        options.tile = QStringLiteral("SI");
        options.outputFolder = m_dir.filePath(QStringLiteral("raba"));
        thematic::RasterizeJob job(options);
        QCOMPARE(errorOf(job), QString());
        const auto reference = io::RasterSource::open(kLulc).readAll(1);
        const auto classes = io::RasterSource::open(job.report().classRaster).readAll(1);
        QCOMPARE(classes.size(), reference.size());
        qint64 agree = 0;
        for (std::size_t i = 0; i < classes.size(); ++i) {
            // Both use 0 as nodata, which RasterSource returns as NaN.
            const float a = std::isnan(classes[i]) ? 0.f : classes[i];
            const float b = std::isnan(reference[i]) ? 0.f : reference[i];
            agree += a == b ? 1 : 0;
        }
        const double share = double(agree) / double(classes.size());
        QVERIFY2(share >= 0.99, qPrintable(QStringLiteral("agreement %1").arg(share)));
        // The eroded map keeps fewer pixels of every class, and the outputs open coloured in QGIS.
        for (const auto &count : job.report().counts)
            QVERIFY(count.after <= count.before);
        QVERIFY(QFile::exists(thematic::qgisStylePathFor(job.report().classRaster)));
        QVERIFY(QFile::exists(thematic::qgisStylePathFor(job.report().erodedClassRaster)));
        io::DatasetPtr ds = io::openRaster(job.report().classRaster);
        const GDALColorTable *table = ds->GetRasterBand(1)->GetColorTable();
        QVERIFY(table);
        QCOMPARE(table->GetColorEntry(2)->c2, short(0x64)); // forest #006400
    }

    void badInputGetsAClearError_data()
    {
        QTest::addColumn<QString>("case_");
        QTest::addColumn<QString>("expected");
        QTest::newRow("unknown field") << QStringLiteral("field") << QStringLiteral("has no field \"SNAR_KODE\"; its fields are: FS_KENNUNG, SNAR_BEZEICHNUNG");
        QTest::newRow("empty layer") << QStringLiteral("empty") << QStringLiteral("holds no parcels");
        QTest::newRow("misses the tile") << QStringLiteral("far") << QStringLiteral("None of the 100 parcels");
    }

    void badInputGetsAClearError()
    {
        QFETCH(QString, case_);
        QFETCH(QString, expected);
        thematic::RasterizeOptions options;
        options.parcelsPath = kInvekos;
        options.field = QStringLiteral("SNAR_CODE");
        options.legendPath = legend("austria-invekos");
        options.tile = QStringLiteral("T") + case_;
        options.outputFolder = m_dir.filePath(case_);
        // A UTM 33N grid in the sea off Africa: no parcel lies on it.
        options.gridPath = writeGrid(m_dir.filePath(case_ + QStringLiteral("_grid.tif")),
                                     TileGrid::northUp(TileGrid::wktFromEpsg(32633), QPointF(500000, 1000000), 10, 50, 50));
        if (case_ == QStringLiteral("field"))
            options.field = QStringLiteral("SNAR_KODE");
        if (case_ == QStringLiteral("empty")) {
            options.parcelsPath = m_dir.filePath(QStringLiteral("empty.gpkg"));
            GDALDriver *gpkg = GetGDALDriverManager()->GetDriverByName("GPKG");
            io::DatasetPtr ds(gpkg->Create(options.parcelsPath.toUtf8().constData(), 0, 0, 0, GDT_Unknown, nullptr));
            OGRLayer *layer = ds->CreateLayer("parcels", nullptr, wkbPolygon, nullptr);
            OGRFieldDefn field("SNAR_CODE", OFTString);
            layer->CreateField(&field);
        }
        thematic::RasterizeJob job(options);
        const QString message = errorOf(job);
        QVERIFY2(message.contains(expected), qPrintable(message));
        QVERIFY(!QFile::exists(thematic::RasterizeJob::classRasterPath(options.outputFolder, options.tile)));
    }

    void pointAndLineLayersAreNotParcels()
    {
        // A typed point layer (GeoPackage) is refused on opening; a GeoJSON layer has no
        // declared type, so its features tell. Either way the message says "not polygons",
        // not "check the CRS", and legend init gets the same error instead of an empty table.
        const QString points = m_dir.filePath(QStringLiteral("points.gpkg"));
        {
            GDALDriver *gpkg = GetGDALDriverManager()->GetDriverByName("GPKG");
            io::DatasetPtr ds(gpkg->Create(points.toUtf8().constData(), 0, 0, 0, GDT_Unknown, nullptr));
            OGRSpatialReference srs;
            srs.importFromEPSG(32633);
            OGRLayer *layer = ds->CreateLayer("wells", &srs, wkbPoint, nullptr);
            OGRFieldDefn field("CROP", OFTString);
            QCOMPARE(layer->CreateField(&field), OGRERR_NONE);
            io::FeaturePtr feature(OGRFeature::CreateFeature(layer->GetLayerDefn()));
            feature->SetField("CROP", "A");
            OGRPoint point(500050, 5000950);
            feature->SetGeometry(&point);
            QCOMPARE(layer->CreateFeature(feature.get()), OGRERR_NONE);
        }
        try {
            thematic::ParcelLayer::open(points, QStringLiteral("CROP"));
            QFAIL("a point layer must be refused");
        } catch (const Error &e) {
            QVERIFY2(e.message().contains(QStringLiteral("Point features, not polygons"))
                         && e.message().contains(points),
                     qPrintable(e.message()));
        }
        // Lines and points mixed: GeoJSON declares no single type, so the features tell.
        const QString lines = writeGeoJson(m_dir.filePath(QStringLiteral("lines.geojson")),
                                           {"{\"type\":\"Feature\",\"properties\":{\"CROP\":\"A\"},"
                                            "\"geometry\":{\"type\":\"LineString\",\"coordinates\":"
                                            "[[500000,5000900],[500100,5000950]]}}",
                                            "{\"type\":\"Feature\",\"properties\":{\"CROP\":\"B\"},"
                                            "\"geometry\":{\"type\":\"Point\",\"coordinates\":[500000,5000900]}}"});
        Feedback feedback;
        try {
            thematic::ParcelLayer::open(lines, QStringLiteral("CROP")).declaredValues(feedback);
            QFAIL("a layer of lines must be refused");
        } catch (const Error &e) {
            QVERIFY2(e.message().contains(QStringLiteral("Line String features, not polygons")),
                     qPrintable(e.message()));
        }
    }

    void undeclaredParcelsNeverCoverOthersAndOverlapsAreCounted()
    {
        // A 10 × 10 px grid of 10 m. Parcel 1 (A) covers columns 0–5, parcel 2 (NULL) lies on
        // top of its columns 0–2 and parcel 3 ("  ", empty) on its columns 3–5 of rows 0–4,
        // parcel 4 (B) covers columns 4–9 of rows 5–9 and overlaps parcel 1 on columns 4–5 of
        // rows 5–9: 2 × 5 = 10 pixels in two parcels (B, read last, keeps them).
        const QString dir = m_dir.filePath(QStringLiteral("undeclared"));
        QVERIFY(QDir().mkpath(dir));
        const TileGrid grid = TileGrid::northUp(TileGrid::wktFromEpsg(32633), QPointF(500000, 5001000), 10, 10, 10);
        thematic::RasterizeOptions options;
        options.parcelsPath = writeGeoJson(dir + QStringLiteral("/parcels.geojson"),
                                           {squareFeature(500000, 5000900, 500060, 5001000, "\"A\""),
                                            squareFeature(500000, 5000950, 500030, 5001000, "null"),
                                            squareFeature(500030, 5000950, 500060, 5001000, "\"  \""),
                                            squareFeature(500040, 5000900, 500100, 5000950, "\"B\"")});
        QFile legendFile(dir + QStringLiteral("/legend.csv"));
        QVERIFY(legendFile.open(QIODevice::WriteOnly));
        legendFile.write("field,CROP\nid,name,colour\n1,Alpha,#ff0000\n2,Beta,#00ff00\nvalue,class\nA,Alpha\nB,Beta\n");
        legendFile.close();
        options.legendPath = legendFile.fileName();
        options.tile = QStringLiteral("T33UVP");
        options.erosionPx = 0;
        options.outputFolder = dir + QStringLiteral("/thematic");
        options.gridPath = writeGrid(dir + QStringLiteral("/grid.tif"), grid);
        thematic::RasterizeJob job(options);
        QCOMPARE(errorOf(job), QString());
        const thematic::RasterizeReport &report = job.report();
        QCOMPARE(report.read.undeclared, qint64(2));
        QCOMPARE(report.parcelsOnTile, qint64(2));
        QCOMPARE(report.overlapPixels, qint64(10));
        QCOMPARE(report.overlapHa, 0.1);
        QVERIFY(report.describe().contains(QStringLiteral("2 parcels without a declared value")));
        QVERIFY(report.describe().contains(QStringLiteral("10 pixels (0.10 ha) lie in two or more parcels")));
        // Parcel 1's 60 pixels all stay Alpha except the 10 that parcel 4 (Beta) covers.
        const std::vector<float> classes = io::RasterSource::open(report.classRaster).readAll(1);
        int alpha = 0, beta = 0;
        for (float c : classes) {
            alpha += c == 1.0f ? 1 : 0;
            beta += c == 2.0f ? 1 : 0;
        }
        QCOMPARE(alpha, 50);
        QCOMPARE(beta, 30);
        const QJsonObject json = QJsonDocument::fromJson([&] {
            QFile f(report.reportPath);
            return f.open(QIODevice::ReadOnly) ? f.readAll() : QByteArray();
        }()).object();
        QCOMPARE(json.value(QStringLiteral("undeclared")).toInt(), 2);
        QCOMPARE(json.value(QStringLiteral("overlapPixels")).toInt(), 10);
    }

    void cancelingLeavesNoOutput()
    {
        // A job canceled before it starts stops at its first check and writes nothing.
        thematic::RasterizeOptions options;
        options.parcelsPath = kRaba;
        options.legendPath = legend("slovenia-raba");
        options.gridPath = kLulc;
        options.tile = QStringLiteral("CANCEL");
        options.outputFolder = m_dir.filePath(QStringLiteral("cancel"));
        thematic::RasterizeJob job(options);
        Feedback feedback;
        feedback.cancel();
        QCOMPARE(job.run(feedback).status, JobResult::Status::Canceled);
        QVERIFY(!QFile::exists(thematic::RasterizeJob::parcelRasterPath(options.outputFolder, options.tile)));
        QVERIFY(!QFile::exists(thematic::RasterizeJob::reportPath(options.outputFolder, options.tile)));
    }

private:
    QTemporaryDir m_dir;
};

QTEST_GUILESS_MAIN(TestRasterize)
#include "tst_rasterize.moc"
