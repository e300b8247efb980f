// SPDX-License-Identifier: GPL-3.0-or-later
// Compositing tiny hand-made archives whose medians, fills and counts are worked out by hand.
#include <cmath>
#include <csignal>
#include <vector>

#include <sys/resource.h>

#include <QDir>
#include <QFile>
#include <QTemporaryDir>
#include <QTest>

#include "composite/composite_job.h"
#include "composite/composite_outputs.h"
#include "composite/composite_plan.h"
#include "composite/composite_stack.h"
#include "io/gdal_handles.h"
#include "io/raster_source.h"
#include "io/raster_writer.h"
#include "io/sentinel2_archive.h"
#include "util/error.h"
#include "util/feedback.h"
#include "util/output_paths.h"

using namespace cropmap::core;
using composite::CompositeJob;
using composite::CompositeOptions;
using composite::CompositeStack;
using io::TileGrid;

namespace {

// Four pixels in a row, 10 m, UTM 33N.
TileGrid rowGrid()
{
    return TileGrid::northUp(TileGrid::wktFromEpsg(32633), QPointF(600000, 5400000), 10, 4, 1);
}

struct Observation
{
    const char *date;
    std::vector<float> b04; // 0 = nodata, as in L2A uint16 products
    std::vector<float> scl;
};

// Pixel 0: odd/even counts and an all-cloudy March; pixel 1: cloudy first and last months and a
// bright cloud (9000, SCL 9) in February; pixel 2: band nodata; pixel 3: never valid.
const std::vector<Observation> &observations()
{
    static const std::vector<Observation> table = {
        {"20180105", {100, 5000, 100, 0}, {4, 8, 4, 4}},
        {"20180115", {300, 5000, 0, 7000}, {4, 9, 4, 9}},
        {"20180125", {200, 5000, 300, 7000}, {5, 10, 4, 3}},
        {"20180205", {400, 300, 0, 7000}, {4, 4, 4, 8}},
        {"20180215", {500, 9000, 0, 0}, {4, 9, 4, 4}},
        {"20180310", {9000, 500, 700, 7000}, {9, 4, 4, 10}},
        {"20180405", {600, 6000, 800, 7000}, {4, 3, 4, 9}},
        {"20180420", {700, 6000, 900, 7000}, {4, 11, 4, 1}},
    };
    return table;
}

void writeBand(const QString &path, const std::vector<float> &values, GDALDataType type,
               std::optional<double> nodata, const TileGrid &grid = rowGrid())
{
    io::RasterWriteOptions options;
    options.dataType = type;
    options.nodata = nodata;
    io::writeRaster(path, grid, options, {values});
}

// <root>/T33UVP/<date>/{B04,B08,SCL}.tif; B08 = B04 + 1000 everywhere (also where B04 is nodata).
void writeArchive(const QString &root)
{
    for (const Observation &o : observations()) {
        const QString folder = root + QStringLiteral("/T33UVP/") + QLatin1String(o.date);
        QDir().mkpath(folder);
        std::vector<float> b08;
        for (float v : o.b04)
            b08.push_back(v + 1000);
        writeBand(folder + QStringLiteral("/B04.tif"), o.b04, GDT_UInt16, 0.0);
        writeBand(folder + QStringLiteral("/B08.tif"), b08, GDT_UInt16, 0.0);
        writeBand(folder + QStringLiteral("/SCL.tif"), o.scl, GDT_Byte, std::nullopt);
    }
}

CompositeOptions tinyOptions()
{
    CompositeOptions options;
    options.bands = {QStringLiteral("B04"), QStringLiteral("B08")};
    options.period = composite::Period::parse(QStringLiteral("2018-01:2018-05"));
    options.threads = 2;
    return options;
}

class RecordingFeedback : public Feedback
{
public:
    QStringList lines;
    double cancelAt = 2.0; // progress fraction at which to cancel

protected:
    void onLog(const QString &message) override { lines << message; }
    void onProgress(double fraction, const QString &) override
    {
        if (fraction >= cancelAt)
            cancel();
    }
};

// Value of pixel p, step t, band b of a composite stack.
float at(const std::vector<float> &stack, const CompositeStack &s, int p, int t, int b)
{
    return stack[std::size_t((p * s.stepCount() + t) * s.bandCount() + b)];
}

QStringList filesUnder(const QString &root)
{
    QStringList files;
    const QDir dir(root);
    for (const QFileInfo &f : dir.entryInfoList(QDir::Files | QDir::Dirs | QDir::Hidden | QDir::NoDotAndDotDot, QDir::Name))
        files << f.fileName();
    return files;
}

// A tile folder's file names and its VRT's bytes: what a failed or canceled run must leave as
// it found them.
struct TileState
{
    QStringList files;
    QByteArray vrt;
};

TileState tileState(const QString &tile)
{
    TileState state{filesUnder(tile), {}};
    QFile vrt(QDir(tile).filePath(QDir(tile).dirName() + QStringLiteral("_composites.vrt")));
    if (vrt.open(QIODevice::ReadOnly))
        state.vrt = vrt.readAll();
    return state;
}

} // namespace

class TestMonthlyCompositor : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase()
    {
        io::ensureGdalRegistered();
        QVERIFY(m_dir.isValid());
        m_archive = m_dir.filePath(QStringLiteral("archive"));
        writeArchive(m_archive);
    }

    void mediansFillsAndCountsMatchHandWorkedValues()
    {
        const QString out = m_dir.filePath(QStringLiteral("out-hand"));
        CompositeJob job(m_archive, out, tinyOptions());
        RecordingFeedback feedback;
        const GIntBig cacheBefore = GDALGetCacheMax64();
        const JobResult result = job.run(feedback);
        QVERIFY2(result.succeeded(), qPrintable(result.message));
        QCOMPARE(GDALGetCacheMax64(), cacheBefore); // lowered for the COG conversion only
        QCOMPARE(job.results().size(), 1);
        QCOMPARE(job.results().front().acquisitionsPerStep, (QVector<int>{3, 2, 1, 2, 0}));
        QCOMPARE(job.results().front().emptySteps, QStringList{QStringLiteral("2018-05")});
        QVERIFY(feedback.lines.join(u'\n').contains(QStringLiteral("2018-05")));

        const CompositeStack stack = CompositeStack::open(out + QStringLiteral("/T33UVP"));
        QCOMPARE(stack.steps(), (QStringList{QStringLiteral("2018-01"), QStringLiteral("2018-02"),
                                             QStringLiteral("2018-03"), QStringLiteral("2018-04"),
                                             QStringLiteral("2018-05")}));
        QCOMPARE(stack.bands(), (QStringList{QStringLiteral("B04"), QStringLiteral("B08")}));
        QVERIFY(stack.grid().isAlignedWith(rowGrid()));
        const std::vector<float> values = stack.readWindow(io::Window{0, 0, 4, 1});
        // Pixel 0: Jan {100, 300, 200} → 200 (odd); Feb {400, 500} → 450 (even); Mar cloudy
        //   (SCL 9) → 450 + (650 − 450)/2 = 550; Apr {600, 700} → 650; May (no acquisition) → 650.
        // Pixel 1: Jan all cloudy (SCL 8, 9, 10) → Feb's 300; Feb {300} (9000 has SCL 9) → 300;
        //   Mar 500; Apr cloudy (SCL 3, 11) → 500; May → 500.
        // Pixel 2: Jan {100, 300} (one B04 nodata) → 200; Feb both nodata → (200 + 700)/2 = 450;
        //   Mar 700; Apr {800, 900} → 850; May → 850.
        const float b04[3][5] = {{200, 450, 550, 650, 650},
                                 {300, 300, 500, 500, 500},
                                 {200, 450, 700, 850, 850}};
        for (int p = 0; p < 3; ++p) {
            for (int t = 0; t < 5; ++t) {
                QCOMPARE(at(values, stack, p, t, 0), b04[p][t]);
                // B08 = B04 + 1000 per observation, and the B04-nodata observations are invalid
                // for B08 too, so every B08 value is the B04 value + 1000.
                QCOMPARE(at(values, stack, p, t, 1), b04[p][t] + 1000);
            }
        }
        // Pixel 3 never has a valid observation: nodata in every month and band.
        for (int t = 0; t < 5; ++t)
            QVERIFY(std::isnan(at(values, stack, 3, t, 0)) && std::isnan(at(values, stack, 3, t, 1)));

        const io::RasterSource count = io::RasterSource::open(stack.countPath());
        QCOMPARE(count.bandCount(), 5);
        QCOMPARE(count.dataType(1), GDT_Byte);
        const float counts[4][5] = {{3, 2, 0, 2, 0}, {0, 1, 1, 0, 0}, {2, 0, 1, 2, 0}, {0, 0, 0, 0, 0}};
        for (int t = 0; t < 5; ++t) {
            const std::vector<float> band = count.readAll(t + 1);
            for (int p = 0; p < 4; ++p)
                QCOMPARE(band[std::size_t(p)], counts[p][t]);
        }
        // The month files are int16 COGs with named bands; nodata −9999.
        const io::RasterSource month = io::RasterSource::open(out + QStringLiteral("/T33UVP/T33UVP_2018-02.tif"));
        QCOMPARE(month.dataType(1), GDT_Int16);
        QCOMPARE(month.bandDescription(2), QStringLiteral("B08"));
        QCOMPARE(*month.nodata(1), -9999.0);
        QCOMPARE(month.metadataItem(QStringLiteral("ACQUISITIONS")), QStringLiteral("2"));
        // ZSTD COGs: the fastest of GDAL's lossless codecs to write (see composite_outputs.cpp).
        for (const QString &file : {QString(out + QStringLiteral("/T33UVP/T33UVP_2018-02.tif")), stack.countPath()}) {
            const io::RasterSource cog = io::RasterSource::open(file);
            QCOMPARE(cog.metadataItem(QStringLiteral("COMPRESSION"), QStringLiteral("IMAGE_STRUCTURE")),
                     QStringLiteral("ZSTD"));
            QCOMPARE(cog.metadataItem(QStringLiteral("LAYOUT"), QStringLiteral("IMAGE_STRUCTURE")),
                     QStringLiteral("COG"));
        }
        // Nothing but the outputs is left in the tile folder.
        QCOMPARE(filesUnder(out + QStringLiteral("/T33UVP")),
                 (QStringList{QStringLiteral("T33UVP_2018-01.tif"), QStringLiteral("T33UVP_2018-02.tif"),
                              QStringLiteral("T33UVP_2018-03.tif"), QStringLiteral("T33UVP_2018-04.tif"),
                              QStringLiteral("T33UVP_2018-05.tif"), QStringLiteral("T33UVP_composites.vrt"),
                              QStringLiteral("T33UVP_count.tif")}));
    }

    void wholeSeriesInterpolatesBetweenDates()
    {
        CompositeOptions options = tinyOptions();
        options.wholeSeries = true;
        const QString out = m_dir.filePath(QStringLiteral("out-whole"));
        CompositeJob job(m_archive, out, options);
        RecordingFeedback feedback;
        const JobResult result = job.run(feedback);
        QVERIFY2(result.succeeded(), qPrintable(result.message));
        const CompositeStack stack = CompositeStack::open(out + QStringLiteral("/T33UVP"));
        // One step per acquisition date of the period: the 8 dates, labelled by day.
        QCOMPARE(stack.stepCount(), 8);
        QCOMPARE(stack.steps().first(), QStringLiteral("2018-01-05"));
        QCOMPARE(stack.steps().last(), QStringLiteral("2018-04-20"));
        const std::vector<float> values = stack.readWindow(io::Window{0, 0, 4, 1});
        // Days since 2018-01-05: 0, 10, 20, 31, 41, 64, 90, 105.
        // Pixel 0: valid 100, 300, 200, 400, 500, (03-10 cloudy), 600, 700 → the cloudy step
        //   lies 23 of the 49 days from 02-15 (500) to 04-05 (600): 500 + 100·23/49 = 546.9388,
        //   written to int16 as 547.
        // Pixel 1: valid only 02-05 (300), 03-10 (500), 04-05 (6000 with SCL 3: cloud shadow,
        //   invalid), so 01-05 … 01-25 take 300 (nearest), 02-15 lies 10 of 33 days from 300 to
        //   500: 300 + 200·10/33 = 360.606 → 361; after 03-10 the last value, 500.
        // Pixel 2: B04 nodata on 01-15, 02-05, 02-15: 01-15 between 100 (day 0) and 300 (day
        //   20) → 200; 02-05 and 02-15 between 300 (day 20) and 700 (day 64): 300 + 400·11/44 =
        //   400 and 300 + 400·21/44 = 490.909 → 491.
        const float b04[3][8] = {{100, 300, 200, 400, 500, 547, 600, 700},
                                 {300, 300, 300, 300, 361, 500, 500, 500},
                                 {100, 200, 300, 400, 491, 700, 800, 900}};
        for (int p = 0; p < 3; ++p)
            for (int t = 0; t < 8; ++t)
                QCOMPARE(at(values, stack, p, t, 0), b04[p][t]);
        // The count layer is the valid-observation mask: 1 where observed, 0 where filled.
        const io::RasterSource count = io::RasterSource::open(stack.countPath());
        QCOMPARE(count.bandCount(), 8);
        QCOMPARE(count.readAll(6)[0], 0.0f); // pixel 0, 03-10: cloudy
        QCOMPARE(count.readAll(7)[0], 1.0f); // pixel 0, 04-05: valid
    }

    void ndviIsTheMedianOfPerObservationIndices()
    {
        CompositeOptions options = tinyOptions();
        options.indices = {QStringLiteral("ndvi")};
        const QString out = m_dir.filePath(QStringLiteral("out-ndvi"));
        CompositeJob job(m_archive, out, options);
        Feedback feedback;
        QVERIFY(job.run(feedback).succeeded());
        const CompositeStack stack = CompositeStack::open(out + QStringLiteral("/T33UVP"));
        QCOMPARE(stack.bands().last(), QStringLiteral("NDVI"));
        const std::vector<float> values = stack.readWindow(io::Window{0, 0, 4, 1});
        // Float output keeps the even-count mean exactly: pixel 0 Feb B04 (400 + 500)/2 = 450.
        QCOMPARE(at(values, stack, 0, 1, 0), 450.f);
        // Pixel 0, January: NDVI = 1000 / (2·B04 + 1000) per observation: 100 → 0.8333,
        // 300 → 0.625, 200 → 0.7143; the median is 1000/1400, not the NDVI of medians.
        QVERIFY(std::abs(at(values, stack, 0, 0, 2) - 1000.f / 1400.f) < 1e-6f);
        // Pixel 0, February: 400 → 1000/1800, 500 → 1000/2000, mean 0.52778.
        QVERIFY(std::abs(at(values, stack, 0, 1, 2) - 0.5f * (1000.f / 1800.f + 0.5f)) < 1e-6f);
        QVERIFY(std::isnan(at(values, stack, 3, 0, 2)));
    }

    void externalMaskAndNoMask()
    {
        // No mask: pixel 1's cloudy 9000 now counts. January {5000, 5000, 5000} → 5000;
        // February {300, 9000} → 4650.
        CompositeOptions options = tinyOptions();
        options.maskBand.clear();
        const QString out = m_dir.filePath(QStringLiteral("out-nomask"));
        CompositeJob job(m_archive, out, options);
        Feedback feedback;
        QVERIFY(job.run(feedback).succeeded());
        const CompositeStack stack = CompositeStack::open(out + QStringLiteral("/T33UVP"));
        const std::vector<float> values = stack.readWindow(io::Window{0, 0, 4, 1});
        QCOMPARE(at(values, stack, 1, 0, 0), 5000.f);
        QCOMPARE(at(values, stack, 1, 1, 0), 4650.f);
    }

    void externalMaskNodataIsNeverClear_data()
    {
        QTest::addColumn<int>("maskType");
        QTest::newRow("byte mask") << int(GDT_Byte);       // read as bytes through a table
        QTest::newRow("float32 mask") << int(GDT_Float32); // read as floats, nodata as NaN
    }

    void externalMaskNodataIsNeverClear()
    {
        // An external cloud mask (0 = clear, 1 = cloud) with nodata 255, January 2018 only.
        // Pixel 0: all clear {100, 200, 300} → 200, count 3. Pixel 1: {100, cloud, nodata}
        // → 100, count 1. Pixel 2: {nodata, nodata, 700} → 700, count 1. Pixel 3: all cloudy
        // → nodata, count 0.
        QFETCH(int, maskType);
        const QString archive = m_dir.filePath(QStringLiteral("clm-%1").arg(maskType));
        const std::vector<std::vector<float>> b04 = {{100, 100, 500, 900}, {200, 9000, 600, 900}, {300, 8000, 700, 900}};
        const std::vector<std::vector<float>> clm = {{0, 0, 255, 1}, {0, 1, 255, 1}, {0, 255, 0, 1}};
        const char *dates[] = {"20180105", "20180115", "20180125"};
        for (int k = 0; k < 3; ++k) {
            const QString folder = archive + QStringLiteral("/T33UVP/") + QLatin1String(dates[k]);
            QDir().mkpath(folder);
            std::vector<float> b08;
            for (float v : b04[std::size_t(k)])
                b08.push_back(v + 1000);
            writeBand(folder + QStringLiteral("/B04.tif"), b04[std::size_t(k)], GDT_UInt16, 0.0);
            writeBand(folder + QStringLiteral("/B08.tif"), b08, GDT_UInt16, 0.0);
            writeBand(folder + QStringLiteral("/CLM.tif"), clm[std::size_t(k)], GDALDataType(maskType), 255.0);
        }
        CompositeOptions options = tinyOptions();
        options.maskBand = QStringLiteral("CLM");
        options.period = composite::Period::parse(QStringLiteral("2018-01:2018-01"));
        const QString out = archive + QStringLiteral("-out");
        CompositeJob job(archive, out, options);
        Feedback feedback;
        const JobResult result = job.run(feedback);
        QVERIFY2(result.succeeded(), qPrintable(result.message));
        const CompositeStack stack = CompositeStack::open(out + QStringLiteral("/T33UVP"));
        const std::vector<float> values = stack.readWindow(io::Window{0, 0, 4, 1});
        QCOMPARE(at(values, stack, 0, 0, 0), 200.f);
        QCOMPARE(at(values, stack, 1, 0, 0), 100.f);
        QCOMPARE(at(values, stack, 2, 0, 0), 700.f);
        QVERIFY(std::isnan(at(values, stack, 3, 0, 0)));
        const std::vector<float> counts = io::RasterSource::open(stack.countPath()).readAll(1);
        QCOMPARE(counts, (std::vector<float>{3, 1, 1, 0}));
    }

    void stagesUncompressedWhenTheDiskHasRoom()
    {
        // Staged set plus finished COGs side by side, with room to spare: three times.
        QVERIFY(composite::CompositeOutputs::stageUncompressed(100, 300));
        QVERIFY(!composite::CompositeOutputs::stageUncompressed(100, 299));
        // A 10-band 10980² tile: 120 560 400 px × 12 months × (10 × 2 + 1) bytes = 30.4 GB.
        QVERIFY(composite::CompositeOutputs::stageUncompressed(30'381'220'800, 100'000'000'000));
        QVERIFY(!composite::CompositeOutputs::stageUncompressed(30'381'220'800, 90'000'000'000));

        const CompositeOptions options = tinyOptions();
        const io::Sentinel2Archive archive =
            io::Sentinel2Archive::open(m_archive, options.archiveOptions());
        const composite::CompositePlan plan =
            composite::CompositePlan::make(archive.tile(QStringLiteral("T33UVP")), options);
        const QString folder = m_dir.filePath(QStringLiteral("staging/T33UVP"));
        {
            composite::CompositeOutputs outputs(folder, plan, options.outputBands(), GDT_Int16);
            // 4 pixels × 5 months × (2 int16 bands + a byte count) = 100 bytes.
            QCOMPARE(outputs.rawBytes(), qint64(100));
            QVERIFY(!outputs.stagingCompressed()); // a test's temporary folder has room
            QVERIFY(QFileInfo::exists(folder + QStringLiteral("/.composite.tmp")));
        }
        QVERIFY(!QFileInfo::exists(folder)); // not committed: nothing left behind
    }

    void outputPathsMustLieInsideTheirFolder_data()
    {
        QTest::addColumn<QString>("path");
        QTest::addColumn<bool>("inside");
        QTest::newRow("a tile folder") << "out/T33UVP" << true;
        QTest::newRow("a file two levels down") << "out/T33UVP/T33UVP_count.tif" << true;
        QTest::newRow("down and back up, still inside") << "out/T33UVP/../T33UUP" << true;
        QTest::newRow("two levels up") << "out/../../evil" << false;
        QTest::newRow("a sibling sharing the prefix") << "out2/T33UVP" << false;
        QTest::newRow("the folder itself") << "out/." << false;
        QTest::newRow("through a link that leads out") << "out/link/T33UVP" << false;
    }

    void outputPathsMustLieInsideTheirFolder()
    {
        QFETCH(QString, path);
        QFETCH(bool, inside);
        QTemporaryDir dir;
        const QString out = dir.filePath(QStringLiteral("out"));
        QVERIFY(QDir().mkpath(out) && QDir().mkpath(dir.filePath(QStringLiteral("elsewhere"))));
        QVERIFY(QFile::link(dir.filePath(QStringLiteral("elsewhere")), out + QStringLiteral("/link")));
        QCOMPARE(isPathInside(out, dir.filePath(path)), inside);
        if (inside) {
            QCOMPARE(checkedPathInside(out, dir.filePath(path)), dir.filePath(path));
            return;
        }
        try {
            checkedPathInside(out, dir.filePath(path));
            QFAIL("expected an error");
        } catch (const Error &e) {
            QVERIFY2(e.message().contains(QStringLiteral("outside its output folder \"%1\"").arg(out)), qPrintable(e.message()));
        }
    }

    void compositeOutputsRefuseATileIdThatLeadsOut()
    {
        // Ids are checked where they enter (CLI, project, archive); the outputs check again
        // before they remove a leftover staging folder inside the folder the id names.
        const CompositeOptions options = tinyOptions();
        const io::Sentinel2Archive archive = io::Sentinel2Archive::open(m_archive, options.archiveOptions());
        composite::CompositePlan plan = composite::CompositePlan::make(archive.tile(QStringLiteral("T33UVP")), options);
        plan.tile = QStringLiteral("../../evil");
        const QString folder = m_dir.filePath(QStringLiteral("refused/T33UVP"));
        QVERIFY_THROWS_EXCEPTION(Error, composite::CompositeOutputs(folder, plan, options.outputBands(), GDT_Int16));
        QVERIFY(!QFileInfo::exists(m_dir.filePath(QStringLiteral("refused"))));
    }

    void periodMatchingNothingIsAnError()
    {
        CompositeOptions options = tinyOptions();
        options.period = composite::Period::parse(QStringLiteral("2019-01:2019-12"));
        const QString out = m_dir.filePath(QStringLiteral("out-none"));
        CompositeJob job(m_archive, out, options);
        Feedback feedback;
        const JobResult result = job.run(feedback);
        QCOMPARE(result.status, JobResult::Status::Failed);
        QVERIFY2(result.message.contains(QStringLiteral("2019-01:2019-12"))
                     && result.message.contains(QStringLiteral("T33UVP")),
                 qPrintable(result.message));
        QVERIFY(!QFileInfo::exists(out + QStringLiteral("/T33UVP")));
    }

    void corruptBandIsSkippedWithWarning_data()
    {
        QTest::addColumn<bool>("verifyFiles");
        QTest::newRow("found by the archive scan") << true;
        QTest::newRow("found while compositing") << false;
    }

    void corruptBandIsSkippedWithWarning()
    {
        QFETCH(bool, verifyFiles);
        QTemporaryDir dir;
        const QString archive = dir.filePath(QStringLiteral("archive"));
        writeArchive(archive);
        const QString broken = archive + QStringLiteral("/T33UVP/20180405/B04.tif");
        // Garbage over the compressed pixel data: the file still opens, its pixels do not read.
        qint64 offset = 0;
        qint64 size = 0;
        {
            io::DatasetPtr ds = io::openRaster(broken);
            GDALRasterBand *band = ds->GetRasterBand(1);
            offset = QByteArray(band->GetMetadataItem("BLOCK_OFFSET_0_0", "TIFF")).toLongLong();
            size = QByteArray(band->GetMetadataItem("BLOCK_SIZE_0_0", "TIFF")).toLongLong();
        }
        QVERIFY(offset > 0 && size > 0);
        QFile file(broken);
        QVERIFY(file.open(QIODevice::ReadWrite));
        QVERIFY(file.seek(offset));
        file.write(QByteArray(int(size), '\xff'));
        file.close();

        CompositeOptions options = tinyOptions();
        options.verifyFiles = verifyFiles;
        CompositeJob job(archive, dir.filePath(QStringLiteral("out")), options);
        RecordingFeedback feedback;
        const JobResult result = job.run(feedback);
        QVERIFY2(result.succeeded(), qPrintable(result.message));
        const QString log = feedback.lines.join(u'\n');
        QVERIFY2(log.contains(QStringLiteral("20180405")) && log.contains(broken), qPrintable(log));
        QCOMPARE(job.results().front().acquisitionsPerStep, (QVector<int>{3, 2, 1, 1, 0}));
        const CompositeStack stack = CompositeStack::open(job.results().front().vrtPath);
        const std::vector<float> values = stack.readWindow(io::Window{0, 0, 4, 1});
        // Without 2018-04-05, pixel 0's April is {700} and March 450 + (700 − 450)/2 = 575;
        // pixel 2's April is {900}.
        QCOMPARE(at(values, stack, 0, 3, 0), 700.f);
        QCOMPARE(at(values, stack, 0, 2, 0), 575.f);
        QCOMPARE(at(values, stack, 2, 3, 0), 900.f);
    }

    void cancelLeavesPreviousOutputs_data()
    {
        QTest::addColumn<double>("cancelAt");
        QTest::newRow("while compositing") << 0.05;
        QTest::newRow("while writing the COGs") << 0.9;
    }

    void cancelLeavesPreviousOutputs()
    {
        QFETCH(double, cancelAt);
        QTemporaryDir dir;
        const QString out = dir.path();
        CompositeOptions options = tinyOptions();
        options.blockSize = 16;
        // A first, complete run; then a second one, with NDVI, canceled part-way.
        Feedback plain;
        CompositeJob first(m_archive, out, options);
        QVERIFY(first.run(plain).succeeded());
        const TileState before = tileState(out + QStringLiteral("/T33UVP"));
        QVERIFY(!before.vrt.isEmpty());

        options.indices = {QStringLiteral("NDVI")};
        CompositeJob second(m_archive, out, options);
        RecordingFeedback feedback;
        feedback.cancelAt = cancelAt;
        QCOMPARE(second.run(feedback).status, JobResult::Status::Canceled);
        const TileState after = tileState(out + QStringLiteral("/T33UVP"));
        QCOMPARE(after.files, before.files);
        QCOMPARE(after.vrt, before.vrt);
        QCOMPARE(CompositeStack::open(out + QStringLiteral("/T33UVP")).bandCount(), 2);

        // Canceled before anything existed: no tile folder at all.
        CompositeJob fresh(m_archive, dir.filePath(QStringLiteral("fresh")), options);
        RecordingFeedback early;
        early.cancelAt = cancelAt;
        QCOMPARE(fresh.run(early).status, JobResult::Status::Canceled);
        QVERIFY(!QFileInfo::exists(dir.filePath(QStringLiteral("fresh/T33UVP"))));
    }

    void fullDiskLeavesPreviousOutputs()
    {
        // A 256 × 256 archive (one clear acquisition in January, one in February) whose
        // staged months take 256 KiB each: under a 96 KiB file-size limit (RLIMIT_FSIZE, the
        // kernel's EFBIG as a full disk's ENOSPC) writing them fails part-way.
        QTemporaryDir dir;
        const io::TileGrid grid = io::TileGrid::northUp(io::TileGrid::wktFromEpsg(32633),
                                                        QPointF(600000, 5400000), 10, 256, 256);
        for (const char *date : {"20180110", "20180210"}) {
            const QString folder = dir.filePath(QStringLiteral("archive/T33UVP/")) + QLatin1String(date);
            QDir().mkpath(folder);
            writeBand(folder + QStringLiteral("/B04.tif"), std::vector<float>(256 * 256, 500.f),
                      GDT_UInt16, 0.0, grid);
            writeBand(folder + QStringLiteral("/B08.tif"), std::vector<float>(256 * 256, 3000.f),
                      GDT_UInt16, 0.0, grid);
            writeBand(folder + QStringLiteral("/SCL.tif"), std::vector<float>(256 * 256, 4.f),
                      GDT_Byte, std::nullopt, grid);
        }
        CompositeOptions options = tinyOptions();
        options.period = composite::Period::parse(QStringLiteral("2018-01:2018-02"));
        const QString archive = dir.filePath(QStringLiteral("archive"));
        const QString out = dir.filePath(QStringLiteral("out"));
        Feedback plain;
        CompositeJob first(archive, out, options);
        QVERIFY(first.run(plain).succeeded());
        const QString tile = out + QStringLiteral("/T33UVP");
        const TileState before = tileState(tile);
        QVERIFY(!before.vrt.isEmpty());

        options.indices = {QStringLiteral("NDVI")};
        CompositeJob second(archive, out, options);
        RecordingFeedback feedback;
        rlimit previous{};
        QCOMPARE(getrlimit(RLIMIT_FSIZE, &previous), 0);
        rlimit small = previous;
        small.rlim_cur = 96 * 1024;
        const auto oldHandler = std::signal(SIGXFSZ, SIG_IGN);
        QCOMPARE(setrlimit(RLIMIT_FSIZE, &small), 0);
        const JobResult result = second.run(feedback);
        setrlimit(RLIMIT_FSIZE, &previous);
        std::signal(SIGXFSZ, oldHandler);

        QCOMPARE(result.status, JobResult::Status::Failed);
        QVERIFY2(result.message.contains(out), qPrintable(result.message)); // names the file
        const TileState after = tileState(tile);
        QCOMPARE(after.files, before.files); // no staging folder, no partial file
        QCOMPARE(after.vrt, before.vrt);
        QCOMPARE(CompositeStack::open(tile).bandCount(), 2);
    }

private:
    QTemporaryDir m_dir;
    QString m_archive;
};

QTEST_GUILESS_MAIN(TestMonthlyCompositor)
#include "tst_monthly_compositor.moc"
