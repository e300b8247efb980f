// SPDX-License-Identifier: GPL-3.0-or-later
// The declaration check on a hand-made 6 × 4 tile: four declared parcels of two classes and a
// hedge, a class map, posterior and probability rasters, split sets and a training set, with
// every figure worked out by hand below.
#include <cmath>

#include <QDir>
#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QRegularExpression>
#include <QTemporaryDir>
#include <QTest>
#include <QXmlStreamReader>

#include <ogrsf_frmts.h>

#include "check/check_summary.h"
#include "check/declaration_check.h"
#include "check/parcel_check_writer.h"
#include "check/parcel_verdicts.h"
#include "check/series_envelope.h"
#include "io/gdal_handles.h"
#include "io/raster_writer.h"
#include "sampling/sample_set.h"
#include "sampling/training_set_job.h"
#include "thematic/rasterize_job.h"
#include "util/error.h"
#include "util/feedback.h"

using namespace cropmap::core;
using check::ParcelStatus;

Q_DECLARE_METATYPE(check::ParcelStatus)

namespace {

constexpr int W = 6, H = 4;

io::TileGrid grid()
{
    return io::TileGrid::northUp(io::TileGrid::wktFromEpsg(32633), QPointF(600000, 5400000), 10, W, H);
}

// A parcel covering pixel columns [c0, c1) and rows [r0, r1) of the grid.
QByteArray parcel(int c0, int r0, int c1, int r1, const char *crop, const char *truth)
{
    const double x0 = 600000 + 10 * c0, x1 = 600000 + 10 * c1;
    const double y0 = 5400000 - 10 * r1, y1 = 5400000 - 10 * r0;
    return QStringLiteral("{\"type\":\"Feature\",\"properties\":{\"CROP\":\"%5\",\"TRUTH\":\"%6\",\"FARM\":7},"
                          "\"geometry\":{\"type\":\"Polygon\",\"coordinates\":[[[%1,%2],[%3,%2],[%3,%4],[%1,%4],[%1,%2]]]}}")
        .arg(x0, 0, 'f', 1).arg(y0, 0, 'f', 1).arg(x1, 0, 'f', 1).arg(y1, 0, 'f', 1)
        .arg(QLatin1String(crop), QLatin1String(truth))
        .toUtf8();
}

void writeByteRaster(const QString &path, const std::vector<std::vector<float>> &bands,
                     const QStringList &descriptions = {}, GDALDataType type = GDT_Byte)
{
    io::RasterWriteOptions options;
    options.dataType = type;
    options.nodata = 0;
    options.bandCount = int(bands.size());
    options.bandDescriptions = descriptions;
    io::writeRaster(path, grid(), options, bands);
}

QJsonObject readJson(const QString &path)
{
    QFile f(path);
    f.open(QIODevice::ReadOnly);
    return QJsonDocument::fromJson(f.readAll()).object();
}

QByteArray readAll(const QString &path)
{
    QFile f(path);
    f.open(QIODevice::ReadOnly);
    return f.readAll();
}

} // namespace

class TestDeclarationCheck : public QObject
{
    Q_OBJECT

private:
    QTemporaryDir m_dir;
    check::DeclarationCheckOptions m_options;

    QString path(const QString &name) const { return m_dir.filePath(name); }

    QString runCheck(check::DeclarationCheck &job)
    {
        Feedback feedback;
        const JobResult r = job.run(feedback);
        return r.succeeded() ? QString() : r.message;
    }

    const check::ParcelCheck *find(const check::DeclarationCheck &job, std::uint32_t id)
    {
        for (const check::ParcelCheck &p : job.parcels())
            if (p.evidence.parcelId == id)
                return &p;
        return nullptr;
    }

private Q_SLOTS:
    void initTestCase()
    {
        io::ensureGdalRegistered();
        QVERIFY(m_dir.isValid());
        // Parcels in reading order (raster ids 1…5), on a grid of columns 0–5, rows 0–3:
        //   1 wheat  cols 0–2 rows 0–1   truth wheat   6 eroded pixels
        //   2 maize  cols 3–5 rows 0–1   truth wheat   4 eroded (column 5 is border)
        //   3 wheat  cols 0–2 rows 2–3   truth wheat   6 eroded, one not classified
        //   4 maize  cols 3–4 rows 2–3   truth grass   3 eroded (grass is ignored in the legend)
        //   5 hedge  col 5 rows 2–3      (ignored: not checked)
        QFile layer(path(QStringLiteral("parcels.geojson")));
        QVERIFY(layer.open(QIODevice::WriteOnly));
        layer.write("{\"type\":\"FeatureCollection\",\"crs\":{\"type\":\"name\",\"properties\":{\"name\":\"EPSG:32633\"}},"
                    "\"features\":[" + QByteArrayList{parcel(0, 0, 3, 2, "wheat", "wheat"), parcel(3, 0, 6, 2, "maize", "wheat"),
                                                      parcel(0, 2, 3, 4, "wheat", "wheat"), parcel(3, 2, 5, 4, "maize", "grass"),
                                                      parcel(5, 2, 6, 4, "hedge", "hedge")}.join(",\n") + "]}");
        layer.close();
        QFile legend(path(QStringLiteral("legend.json")));
        QVERIFY(legend.open(QIODevice::WriteOnly));
        legend.write("{\"field\": \"CROP\","
                     "\"classes\": [{\"id\": 1, \"name\": \"Winter Wheat\", \"colour\": \"#ff0000\"}, {\"id\": 2, \"name\": \"Maize\", \"colour\": \"#ffff00\"}],"
                     "\"mapping\": [{\"value\": \"wheat\", \"class\": \"Winter Wheat\"}, {\"value\": \"maize\", \"class\": \"Maize\"},"
                     "{\"value\": \"hedge\", \"class\": null}, {\"value\": \"grass\", \"class\": null}]}");
        legend.close();

        const QString tile = QStringLiteral("T33UVP");
        QDir().mkpath(path(QStringLiteral("thematic")));
        QDir().mkpath(path(QStringLiteral("maps")));
        QDir().mkpath(path(QStringLiteral("samples")));
        // Rows of the tile, left to right.
        writeByteRaster(thematic::RasterizeJob::parcelRasterPath(path(QStringLiteral("thematic")), tile),
                        {{1, 1, 1, 2, 2, 2,  1, 1, 1, 2, 2, 2,  3, 3, 3, 4, 4, 5,  3, 3, 3, 4, 4, 5}}, {}, GDT_UInt32);
        writeByteRaster(thematic::RasterizeJob::erodedClassRasterPath(path(QStringLiteral("thematic")), tile),
                        {{1, 1, 1, 2, 2, 0,  1, 1, 1, 2, 2, 0,  1, 1, 1, 2, 2, 0,  1, 1, 1, 2, 0, 0}});
        // Parcel 1: five wheat, one maize. Parcel 2: one maize, three wheat (and its border
        // pixels mapped maize, which must not count). Parcel 3: two wheat, three maize, one
        // not classified (0). Parcel 4: all maize.
        writeByteRaster(path(QStringLiteral("maps/T33UVP_classes.tif")),
                        {{1, 1, 1, 2, 1, 2,  1, 1, 2, 1, 1, 2,  1, 1, 0, 2, 2, 2,  2, 2, 2, 2, 2, 1}});
        // Max posterior × 255.
        writeByteRaster(path(QStringLiteral("maps/T33UVP_posterior.tif")),
                        {{204, 204, 204, 153, 204, 200,  204, 204, 204, 204, 204, 200,
                          255, 255, 0, 255, 255, 200,  255, 255, 255, 255, 255, 200}});
        // Band 1 is maize, band 2 wheat: found by name, not by legend order.
        writeByteRaster(path(QStringLiteral("maps/T33UVP_probabilities.tif")),
                        {{51, 51, 51, 153, 51, 200,  51, 51, 204, 51, 51, 200,  0, 0, 0, 255, 255, 200,  255, 255, 255, 255, 255, 55},
                         {204, 204, 204, 102, 204, 55,  204, 204, 51, 204, 204, 55,  255, 255, 0, 0, 0, 55,  0, 0, 0, 0, 0, 200}},
                        {QStringLiteral("Maize"), QStringLiteral("Winter Wheat")});
        // Sets: parcel 1 train, 2 and 3 test, 4 validation.
        writeByteRaster(sampling::TrainingSetJob::pixelSetRasterPath(path(QStringLiteral("samples")), tile),
                        {{1, 1, 1, 3, 3, 0,  1, 1, 1, 3, 3, 0,  3, 3, 3, 2, 2, 0,  3, 3, 3, 2, 2, 0}});
        // The map's model trained on two pixels of parcel 1.
        thematic::ClassTable classes({{1, QStringLiteral("Winter Wheat"), QStringLiteral("#ff0000")},
                                      {2, QStringLiteral("Maize"), QStringLiteral("#ffff00")}});
        sampling::SampleSet train({QStringLiteral("B04")}, {QStringLiteral("2018-01")}, classes);
        const int t = train.tileIndexOf(tile);
        const float value = 0.1f;
        train.append(t, 0, 0, 1, 0, -1, &value);
        train.append(t, 1, 0, 1, 0, -1, &value);
        train.save(path(QStringLiteral("train.samples")));

        m_options.parcelsPath = path(QStringLiteral("parcels.geojson"));
        m_options.truthField = QStringLiteral("TRUTH");
        m_options.legendPath = path(QStringLiteral("legend.json"));
        m_options.tiles = {tile};
        m_options.thematicFolder = path(QStringLiteral("thematic"));
        m_options.mapFolder = path(QStringLiteral("maps"));
        m_options.sampleFolder = path(QStringLiteral("samples"));
        m_options.trainingSamples = path(QStringLiteral("train.samples"));
        m_options.outputFolder = path(QStringLiteral("check"));
        m_options.thresholds.minPixels = 4; // agree 0.7 and disagree 0.3 as by default
    }

    void statusFollowsTheThresholds_data()
    {
        QTest::addColumn<qint64>("mapped");
        QTest::addColumn<double>("agreement");
        QTest::addColumn<ParcelStatus>("status");
        // Defaults: agree 0.7, disagree 0.3, min_pixels 5. Each edge belongs to the better status.
        QTest::newRow("at agree") << qint64(5) << 0.7 << ParcelStatus::Agrees;
        QTest::newRow("just under agree") << qint64(5) << 0.6999 << ParcelStatus::Doubtful;
        QTest::newRow("at disagree") << qint64(5) << 0.3 << ParcelStatus::Doubtful;
        QTest::newRow("just under disagree") << qint64(5) << 0.2999 << ParcelStatus::Disagrees;
        QTest::newRow("none agrees") << qint64(100) << 0.0 << ParcelStatus::Disagrees;
        QTest::newRow("at min pixels") << qint64(5) << 1.0 << ParcelStatus::Agrees;
        QTest::newRow("under min pixels") << qint64(4) << 1.0 << ParcelStatus::TooSmall;
        QTest::newRow("nothing mapped") << qint64(0) << std::nan("") << ParcelStatus::TooSmall;
    }

    void statusFollowsTheThresholds()
    {
        QFETCH(qint64, mapped);
        QFETCH(double, agreement);
        QFETCH(ParcelStatus, status);
        QCOMPARE(check::CheckOptions{}.statusOf(mapped, agreement), status);
    }

    void badThresholdsAreRefused_data()
    {
        QTest::addColumn<QByteArray>("json");
        QTest::addColumn<QString>("message");
        QTest::newRow("crossed") << QByteArray("{\"agree\": 0.2, \"disagree\": 0.5}") << QStringLiteral("0 ≤ disagree ≤ agree ≤ 1");
        QTest::newRow("above one") << QByteArray("{\"agree\": 1.5}") << QStringLiteral("0 ≤ disagree ≤ agree ≤ 1");
        QTest::newRow("no pixel") << QByteArray("{\"min_pixels\": 0}") << QStringLiteral("\"min_pixels\" must be at least 1");
        QTest::newRow("fraction of a pixel") << QByteArray("{\"min_pixels\": 2.5}") << QStringLiteral("whole number");
        QTest::newRow("typo") << QByteArray("{\"agre\": 0.8}") << QStringLiteral("unknown check option \"agre\"");
        QTest::newRow("text") << QByteArray("{\"agree\": \"high\"}") << QStringLiteral("must be a number");
    }

    void badThresholdsAreRefused()
    {
        QFETCH(QByteArray, json);
        QFETCH(QString, message);
        try {
            check::CheckOptions::fromJson(QJsonDocument::fromJson(json).object(), QStringLiteral("p.json"));
            QFAIL("accepted");
        } catch (const Error &e) {
            QVERIFY2(e.message().contains(message) && e.message().startsWith(QStringLiteral("p.json")),
                     qPrintable(e.message()));
        }
    }

    void perParcelFiguresMatchTheHandWorkedValues()
    {
        check::DeclarationCheck job(m_options);
        QCOMPARE(runCheck(job), QString());
        QCOMPARE(int(job.parcels().size()), 4); // the hedge is not a legend class
        QVERIFY(job.hasDeclaredPosteriors());

        // Parcel 1: 6 eroded, 6 mapped, 5 wheat: a = 5/6. p(wheat) = (5·204 + 51)/6/255 = 0.7;
        // confidence 204/255 = 0.8; other class maize 1/6; train set, trained.
        const check::ParcelCheck *p1 = find(job, 1);
        QVERIFY(p1);
        QCOMPARE(p1->evidence.pixels, 6);
        QCOMPARE(p1->evidence.footprint, 6);
        QCOMPARE(p1->evidence.mappedPixels, 6);
        QCOMPARE(p1->evidence.agreeing, 5);
        QVERIFY(qAbs(p1->evidence.meanDeclaredPosterior() - 0.7) < 1e-12);
        QVERIFY(qAbs(p1->evidence.meanConfidence() - 0.8) < 1e-12);
        QCOMPARE(p1->evidence.mainOtherClassId(), 2);
        QVERIFY(qAbs(p1->evidence.mainOtherShare() - 1.0 / 6) < 1e-12);
        QCOMPARE(p1->evidence.splitSet, 1);
        QVERIFY(p1->trained);
        QCOMPARE(p1->status, ParcelStatus::Agrees);
        QVERIFY(!p1->wronglyDeclared());

        // Parcel 2: footprint 6, eroded 4 (column 5 is border, mapped maize there is ignored);
        // one maize, three wheat: a = 0.25. p(maize) = (153 + 3·51)/4/255 = 0.3; confidence
        // (153 + 3·204)/4/255 = 0.75; other wheat 3/4; test; truly wheat.
        const check::ParcelCheck *p2 = find(job, 2);
        QVERIFY(p2);
        QCOMPARE(p2->evidence.footprint, 6);
        QCOMPARE(p2->evidence.pixels, 4);
        QCOMPARE(p2->evidence.agreeing, 1);
        QCOMPARE(p2->evidence.agreement(), 0.25);
        QVERIFY(qAbs(p2->evidence.meanDeclaredPosterior() - 0.3) < 1e-12);
        QVERIFY(qAbs(p2->evidence.meanConfidence() - 0.75) < 1e-12);
        QCOMPARE(p2->evidence.mainOtherClassId(), 1);
        QCOMPARE(p2->evidence.mainOtherShare(), 0.75);
        QCOMPARE(p2->evidence.splitSet, 3);
        QVERIFY(!p2->trained);
        QCOMPARE(p2->status, ParcelStatus::Disagrees);
        QCOMPARE(p2->trueClassId, 1);
        QVERIFY(p2->wronglyDeclared());

        // Parcel 3: 6 eroded, 5 mapped (one 0), 2 wheat: a = 0.4, doubtful; p(wheat) =
        // 2·255/5/255 = 0.4; other maize 3/5.
        const check::ParcelCheck *p3 = find(job, 3);
        QVERIFY(p3);
        QCOMPARE(p3->evidence.pixels, 6);
        QCOMPARE(p3->evidence.mappedPixels, 5);
        QCOMPARE(p3->evidence.agreement(), 0.4);
        QVERIFY(qAbs(p3->evidence.meanDeclaredPosterior() - 0.4) < 1e-12);
        QCOMPARE(p3->evidence.mainOtherShare(), 0.6);
        QCOMPARE(p3->status, ParcelStatus::Doubtful);

        // Parcel 4: 3 mapped pixels, all maize: too small under 4; truly grass (ignored by
        // the legend: true class 0), so wrongly declared.
        const check::ParcelCheck *p4 = find(job, 4);
        QVERIFY(p4);
        QCOMPARE(p4->evidence.agreement(), 1.0);
        QCOMPARE(p4->evidence.mainOtherClassId(), 0);
        QCOMPARE(p4->status, ParcelStatus::TooSmall);
        QCOMPARE(p4->evidence.splitSet, 2);
        QCOMPARE(p4->trueClassId, 0);
        QVERIFY(p4->wronglyDeclared());
        QVERIFY(qAbs(p4->areaHa - 0.04) < 1e-9);
    }

    void summaryCountsParcelsAreasAndDetection()
    {
        check::DeclarationCheck job(m_options);
        QCOMPARE(runCheck(job), QString());
        const check::CheckSummary &s = job.summary();
        // One parcel per status; 600 m² each but parcel 4 (400 m²).
        QCOMPARE(s.total.parcels, (std::array<qint64, 4>{1, 1, 1, 1}));
        QVERIFY(qAbs(s.total.areaHa[std::size_t(ParcelStatus::TooSmall)] - 0.04) < 1e-9);
        QVERIFY(qAbs(s.total.areaHa[std::size_t(ParcelStatus::Agrees)] - 0.06) < 1e-9);
        QCOMPARE(s.perClass[0].parcels, (std::array<qint64, 4>{1, 1, 0, 0})); // wheat: 1 agrees, 3 doubtful
        QCOMPARE(s.perClass[1].parcels, (std::array<qint64, 4>{0, 0, 1, 1})); // maize: 2 disagrees, 4 too small
        QCOMPARE(s.trainedParcels, 1);
        QVERIFY(s.hasTruth);

        // All parcels: wrong {2, 4}. disagrees flags {2}: precision 1/1, recall 1/2;
        // disagrees ∪ doubtful flags {2, 3}: precision 1/2, recall 1/2.
        QCOMPARE(s.all.disagrees.wrong, 2);
        QCOMPARE(s.all.disagrees.precision(), 1.0);
        QCOMPARE(s.all.disagrees.recall(), 0.5);
        QCOMPARE(s.all.disagreesOrDoubtful.precision(), 0.5);
        QCOMPARE(s.all.disagreesOrDoubtful.recall(), 0.5);
        // Test parcels {2, 3}: wrong {2}: disagrees 1/1 and 1/1; with doubtful 1/2 and 1/1.
        QCOMPARE(s.test.disagrees.parcels, 2);
        QCOMPARE(s.test.disagrees.precision(), 1.0);
        QCOMPARE(s.test.disagrees.recall(), 1.0);
        QCOMPARE(s.test.disagreesOrDoubtful.precision(), 0.5);
        QCOMPARE(s.test.disagreesOrDoubtful.recall(), 1.0);
        // Per class. Wheat: nothing wrong (recall undefined), nothing disagrees (precision
        // undefined), parcel 3 doubtful but right: precision 0. Maize: wrong {2, 4}, flagged {2}.
        QVERIFY(std::isnan(s.allPerClass[0].disagrees.recall()));
        QVERIFY(std::isnan(s.allPerClass[0].disagrees.precision()));
        QCOMPARE(s.allPerClass[0].disagreesOrDoubtful.precision(), 0.0);
        QCOMPARE(s.allPerClass[1].disagrees.precision(), 1.0);
        QCOMPARE(s.allPerClass[1].disagrees.recall(), 0.5);
        QCOMPARE(s.testPerClass[1].disagrees.recall(), 1.0);

        const QJsonObject json = readJson(check::DeclarationCheck::summaryJsonPath(m_options.outputFolder));
        QCOMPARE(json.value(QStringLiteral("status")).toObject().value(QStringLiteral("too small")).toObject()
                     .value(QStringLiteral("parcels")).toInt(), 1);
        const QJsonObject detection = json.value(QStringLiteral("detection")).toObject();
        QCOMPARE(detection.value(QStringLiteral("all")).toObject().value(QStringLiteral("disagrees")).toObject()
                     .value(QStringLiteral("recall")).toDouble(), 0.5);
        // Undefined figures are null in JSON and "n/a" in CSV.
        const QJsonArray classes = json.value(QStringLiteral("classes")).toArray();
        QVERIFY(classes[0].toObject().value(QStringLiteral("detection")).toObject().value(QStringLiteral("all")).toObject()
                    .value(QStringLiteral("disagrees")).toObject().value(QStringLiteral("recall")).isNull());
        const QStringList csv = QString::fromUtf8(readAll(check::DeclarationCheck::summaryCsvPath(m_options.outputFolder)))
                                    .split(u'\n', Qt::SkipEmptyParts);
        QCOMPARE(csv.size(), 4); // header, two classes, all
        QVERIFY2(csv[0].startsWith(QStringLiteral("class_id,class,parcels_agrees,parcels_doubtful,parcels_disagrees,parcels_too_small,area_ha_agrees")),
                 qPrintable(csv[0]));
        QVERIFY2(csv[3] == QStringLiteral(",all,1,1,1,1,0.0600,0.0600,0.0600,0.0400,1.0000,1.0000,0.5000,1.0000,1,1.0000,0.5000,0.5000,0.5000,2"), qPrintable(csv[3]));
        QVERIFY2(csv[1].contains(QStringLiteral("n/a")), qPrintable(csv[1]));
    }

    void geoPackageHoldsTheEvidenceAndTheDeclaredAttributes()
    {
        check::DeclarationCheck job(m_options);
        QCOMPARE(runCheck(job), QString());
        const QString gpkg = check::DeclarationCheck::geoPackagePath(m_options.outputFolder);
        QVERIFY(QFile::exists(gpkg));
        QVERIFY(!QFile::exists(gpkg + QStringLiteral(".tmp.gpkg")));
        io::DatasetPtr ds = io::openVector(gpkg);
        OGRLayer *layer = ds->GetLayerByName("parcels");
        QVERIFY(layer);
        QCOMPARE(layer->GetFeatureCount(), 4);
        OGRFeatureDefn *defn = layer->GetLayerDefn();
        QStringList fields;
        for (int i = 0; i < defn->GetFieldCount(); ++i)
            fields << QString::fromUtf8(defn->GetFieldDefn(i)->GetNameRef());
        QStringList expected = check::ParcelCheckWriter::evidenceFields();
        expected << QStringLiteral("true_class_id") << QStringLiteral("true_class") << QStringLiteral("declaration_wrong")
                 << QStringLiteral("CROP") << QStringLiteral("TRUTH") << QStringLiteral("FARM");
        QCOMPARE(fields, expected);
        QCOMPARE(layer->GetSpatialRef()->GetAuthorityCode(nullptr), "32633");

        QStringList keys;
        bool sawParcel2 = false;
        layer->ResetReading();
        for (io::FeaturePtr f(layer->GetNextFeature()); f; f.reset(layer->GetNextFeature())) {
            keys << QString::fromUtf8(f->GetFieldAsString("parcel_key"));
            QVERIFY(f->GetGeometryRef() && f->GetGeometryRef()->getGeometryType() == wkbMultiPolygon);
            QCOMPARE(f->GetFieldAsInteger("FARM"), 7);
            if (f->GetFieldAsInteger64("raster_id") != 2)
                continue;
            sawParcel2 = true;
            QCOMPARE(f->GetFieldAsString("declared"), "maize");
            QCOMPARE(f->GetFieldAsString("declared_class"), "Maize");
            QCOMPARE(f->GetFieldAsInteger64("pixels"), 4);
            QCOMPARE(f->GetFieldAsDouble("agreement"), 0.25);
            QVERIFY(qAbs(f->GetFieldAsDouble("declared_posterior") - 0.3) < 1e-12);
            QCOMPARE(f->GetFieldAsString("other_class"), "Winter Wheat");
            QCOMPARE(f->GetFieldAsDouble("other_share"), 0.75);
            QCOMPARE(f->GetFieldAsString("split_set"), "test");
            QCOMPARE(f->GetFieldAsInteger("trained"), 0);
            QCOMPARE(f->GetFieldAsString("status"), "disagrees");
            QCOMPARE(f->GetFieldAsString("tile"), "T33UVP");
            QCOMPARE(f->GetFieldAsInteger("true_class_id"), 1);
            QCOMPARE(f->GetFieldAsInteger("declaration_wrong"), 1);
            QCOMPARE(f->GetFieldAsString("CROP"), "maize");
            QVERIFY(qAbs(f->GetFieldAsDouble("area_ha") - 0.06) < 1e-9);
        }
        QVERIFY(sawParcel2);
        // Keys: 16 hex digits, one per parcel, the same on a second run.
        QCOMPARE(keys.size(), 4);
        for (const QString &k : keys)
            QVERIFY2(QRegularExpression(QStringLiteral("^[0-9a-f]{16}$")).match(k).hasMatch(), qPrintable(k));
        QCOMPARE(QSet<QString>(keys.begin(), keys.end()).size(), 4);
        check::DeclarationCheck again(m_options);
        QCOMPARE(runCheck(again), QString());
        for (std::size_t i = 0; i < again.parcels().size(); ++i)
            QCOMPARE(again.parcels()[i].key, job.parcels()[i].key);
    }

    void styleColoursEachStatus()
    {
        check::DeclarationCheck job(m_options);
        QCOMPARE(runCheck(job), QString());
        // Categories (value → symbol) and each symbol's fill colour and style (its <Option> map).
        QXmlStreamReader xml(readAll(check::DeclarationCheck::stylePath(m_options.outputFolder)));
        QMap<QString, QString> symbolOf;
        QMap<QString, QPair<QString, QString>> fill;
        QString renderer, attribute, symbol;
        while (!xml.atEnd()) {
            if (xml.readNext() != QXmlStreamReader::StartElement)
                continue;
            const QXmlStreamAttributes a = xml.attributes();
            if (xml.name() == QLatin1String("renderer-v2")) {
                renderer = a.value(QLatin1String("type")).toString();
                attribute = a.value(QLatin1String("attr")).toString();
            } else if (xml.name() == QLatin1String("category")) {
                symbolOf[a.value(QLatin1String("value")).toString()] = a.value(QLatin1String("symbol")).toString();
            } else if (xml.name() == QLatin1String("symbol")) {
                symbol = a.value(QLatin1String("name")).toString();
            } else if (xml.name() == QLatin1String("Option") && a.value(QLatin1String("name")) == QLatin1String("color")) {
                fill[symbol].first = a.value(QLatin1String("value")).toString();
            } else if (xml.name() == QLatin1String("Option") && a.value(QLatin1String("name")) == QLatin1String("style")) {
                fill[symbol].second = a.value(QLatin1String("value")).toString();
            }
        }
        QVERIFY2(!xml.hasError(), qPrintable(xml.errorString()));
        QCOMPARE(renderer, QStringLiteral("categorizedSymbol"));
        QCOMPARE(attribute, QStringLiteral("status"));
        QCOMPARE(symbolOf.keys(), (QStringList{QStringLiteral("agrees"), QStringLiteral("disagrees"),
                                               QStringLiteral("doubtful"), QStringLiteral("too small")}));
        QVERIFY(fill[symbolOf[QStringLiteral("agrees")]].first.startsWith(QStringLiteral("51,160,44")));   // green
        QVERIFY(fill[symbolOf[QStringLiteral("doubtful")]].first.startsWith(QStringLiteral("255,215,0"))); // yellow
        QVERIFY(fill[symbolOf[QStringLiteral("disagrees")]].first.startsWith(QStringLiteral("227,26,28"))); // red
        QCOMPARE(fill[symbolOf[QStringLiteral("too small")]].second, QStringLiteral("b_diagonal"));       // hatched
        QCOMPARE(fill[symbolOf[QStringLiteral("agrees")]].second, QStringLiteral("solid"));
    }

    void missingMapNamesTheFileAndKeepsEarlierOutputs()
    {
        check::DeclarationCheck first(m_options);
        QCOMPARE(runCheck(first), QString());
        const QString gpkg = check::DeclarationCheck::geoPackagePath(m_options.outputFolder);
        const QByteArray before = readAll(gpkg);
        const QByteArray summaryBefore = readAll(check::DeclarationCheck::summaryJsonPath(m_options.outputFolder));

        const QString map = path(QStringLiteral("maps/T33UVP_classes.tif"));
        QVERIFY(QFile::rename(map, map + QStringLiteral(".away")));
        check::DeclarationCheck job(m_options);
        const QString message = runCheck(job);
        QVERIFY(QFile::rename(map + QStringLiteral(".away"), map));
        QVERIFY2(message.contains(map) && message.contains(QStringLiteral("class map")), qPrintable(message));
        QCOMPARE(readAll(gpkg), before);
        QCOMPARE(readAll(check::DeclarationCheck::summaryJsonPath(m_options.outputFolder)), summaryBefore);

        // A truth field the layer lacks is named with the fields it has.
        check::DeclarationCheckOptions o = m_options;
        o.truthField = QStringLiteral("TRUE_CROP");
        check::DeclarationCheck noTruth(o);
        const QString truthMessage = runCheck(noTruth);
        QVERIFY2(truthMessage.contains(QStringLiteral("TRUE_CROP")) && truthMessage.contains(QStringLiteral("TRUTH")),
                 qPrintable(truthMessage));
        QCOMPARE(readAll(gpkg), before);
    }

    void withoutProbabilitiesTheDeclaredPosteriorIsNull()
    {
        const QString probabilities = path(QStringLiteral("maps/T33UVP_probabilities.tif"));
        QVERIFY(QFile::rename(probabilities, probabilities + QStringLiteral(".away")));
        check::DeclarationCheckOptions o = m_options;
        o.outputFolder = path(QStringLiteral("check_no_probabilities"));
        o.truthField.clear();
        check::DeclarationCheck job(o);
        const QString message = runCheck(job);
        QVERIFY(QFile::rename(probabilities + QStringLiteral(".away"), probabilities));
        QCOMPARE(message, QString());
        QVERIFY(!job.hasDeclaredPosteriors());
        QVERIFY(std::isnan(find(job, 1)->evidence.meanDeclaredPosterior()));
        QVERIFY(qAbs(find(job, 1)->evidence.meanConfidence() - 0.8) < 1e-12);
        QVERIFY(!job.summary().hasTruth);
        io::DatasetPtr ds = io::openVector(check::DeclarationCheck::geoPackagePath(o.outputFolder));
        OGRLayer *layer = ds->GetLayer(0);
        QCOMPARE(layer->GetLayerDefn()->GetFieldIndex("declaration_wrong"), -1);
        io::FeaturePtr f(layer->GetNextFeature());
        QVERIFY(f && f->IsFieldNull(f->GetFieldIndex("declared_posterior")));
    }

    void envelopesByHand()
    {
        // Five pixels, two steps, bands B04 and B08 (time-major: step 1's B04, B08, step 2's …).
        const QStringList bands = {QStringLiteral("B04"), QStringLiteral("B08")};
        const std::vector<float> values = {
            100, 300, 100, 500,   // NDVI 0.5, 0.6667
            100, 100, 200, 600,   // 0, 0.5
            200, 600, 100, 900,   // 0.5, 0.8
            300, 300, 0, 0,       // 0, NaN (0 / 0 is left out)
            100, 900, 300, 300};  // 0.8, 0
        // B08 at step 1: 100, 300, 300, 600, 900 → type 7 quantiles: h = 4q.
        // p10 = 100 + 0.4 · 200 = 180, median 300, p90 = 600 + 0.6 · 300 = 780.
        const auto b08 = check::SeriesEnvelope::of(values.data(), 5, 2, bands, QStringLiteral("B08"));
        QCOMPARE(b08.pixels, qint64(5));
        QVERIFY(std::abs(b08.p10[0] - 180.0) < 1e-9);
        QCOMPARE(b08.median[0], 300.0);
        QVERIFY(std::abs(b08.p90[0] - 780.0) < 1e-9);
        // NDVI at step 2: 0, 0.5, 0.6667, 0.8 (the 0/0 pixel left out) → h = 3q:
        // median = 0.5 + 0.5 · (0.6667 − 0.5) = 0.58333, p10 = 0 + 0.3 · 0.5 = 0.15.
        const auto ndvi = check::SeriesEnvelope::of(values.data(), 5, 2, bands, QStringLiteral("NDVI"));
        QVERIFY(std::abs(ndvi.median[1] - (0.5 + 0.5 * (2.0 / 3.0 - 0.5))) < 1e-9);
        QVERIFY(std::abs(ndvi.p10[1] - 0.15) < 1e-9);
        QCOMPARE(check::SeriesEnvelope::seriesNames(bands),
                 (QStringList{QStringLiteral("NDVI"), QStringLiteral("B04"), QStringLiteral("B08")}));
        // A band the stack lacks gives an empty envelope, not an error.
        QVERIFY(check::SeriesEnvelope::of(values.data(), 5, 2, bands, QStringLiteral("B11")).isEmpty());
    }

    void verdictsInAProjectAreCheckedByName_data()
    {
        QTest::addColumn<QByteArray>("json");
        QTest::addColumn<QString>("expected");
        QTest::newRow("unknown verdict") << QByteArray(R"({"k1": {"verdict": "maybe"}})")
                                         << QStringLiteral("unknown verdict \"maybe\" of parcel k1");
        QTest::newRow("unknown key") << QByteArray(R"({"k1": {"verdict": "unsure", "by": "me"}})")
                                     << QStringLiteral("unknown key \"by\" in the verdict of parcel k1");
        QTest::newRow("not an object") << QByteArray(R"({"k1": "unsure"})")
                                       << QStringLiteral("the verdict of parcel k1 must be an object");
        QTest::newRow("note not text") << QByteArray(R"({"k1": {"verdict": "unsure", "note": 3}})")
                                       << QStringLiteral("\"note\" of parcel k1 must be a string");
    }
    void verdictsInAProjectAreCheckedByName()
    {
        QFETCH(QByteArray, json);
        QFETCH(QString, expected);
        try {
            check::ParcelVerdicts::fromJson(QJsonDocument::fromJson(json).object(), QStringLiteral("p.json"));
            QFAIL("a bad verdict must be refused");
        } catch (const Error &e) {
            QVERIFY2(e.message().startsWith(QStringLiteral("p.json: ")) && e.message().contains(expected),
                     qPrintable(e.message()));
        }
        // A good one reads back as written.
        const QJsonObject good = QJsonDocument::fromJson(
            R"({"k1": {"verdict": "map confirmed", "note": "grass all year"}, "k2": {"verdict": "unsure"}})").object();
        const auto verdicts = check::ParcelVerdicts::fromJson(good, QStringLiteral("p.json"));
        QCOMPARE(verdicts.size(), 2);
        QCOMPARE(verdicts.value(QStringLiteral("k1")).verdict, check::Verdict::MapConfirmed);
        QCOMPARE(verdicts.value(QStringLiteral("k1")).note, QStringLiteral("grass all year"));
        QCOMPARE(verdicts.toJson(), good);
    }
};

QTEST_GUILESS_MAIN(TestDeclarationCheck)
#include "tst_declaration_check.moc"
