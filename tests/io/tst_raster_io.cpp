// SPDX-License-Identifier: GPL-3.0-or-later
#include <cmath>
#include <cstdint>
#include <cstdio>
#include <fcntl.h>
#include <unistd.h>

#include <QFile>
#include <QTemporaryDir>
#include <QTest>
#include <QThread>

#include "io/gdal_handles.h"
#include "io/raster_source.h"
#include "io/raster_writer.h"
#include "util/error.h"

using namespace cropmap::core;
using io::RasterSource;
using io::TileGrid;

namespace {

TileGrid utmGrid(double pixel, int size)
{
    return TileGrid::northUp(TileGrid::wktFromEpsg(32633), QPointF(600000, 5400000), pixel, size,
                             size);
}

} // namespace

class TestRasterIo : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase()
    {
        io::ensureGdalRegistered();
        QVERIFY(m_dir.isValid());
    }

    void handledGdalFailuresDoNotLeakToTheConsole()
    {
        // A file that is not a raster: GDAL fails with "ERROR 4: … not recognized as a
        // supported file format". cropmap's error carries the reason; stderr stays clean.
        const QString garbage = m_dir.filePath(QStringLiteral("not-a-raster.tif"));
        QFile file(garbage);
        QVERIFY(file.open(QIODevice::WriteOnly));
        file.write("this is no TIFF");
        file.close();
        const QString captured = m_dir.filePath(QStringLiteral("stderr.txt"));
        std::fflush(stderr);
        const int saved = dup(2);
        const int sink = ::open(captured.toUtf8().constData(), O_WRONLY | O_CREAT | O_TRUNC, 0644);
        QVERIFY(saved >= 0 && sink >= 0);
        dup2(sink, 2);
        QString message;
        try {
            io::openRaster(garbage);
        } catch (const Error &e) {
            message = e.message();
        }
        std::fflush(stderr);
        dup2(saved, 2);
        ::close(sink);
        ::close(saved);
        QVERIFY2(message.contains(garbage) && message.contains(QStringLiteral("not recognized")),
                 qPrintable(message));
        QFile printed(captured);
        QVERIFY(printed.open(QIODevice::ReadOnly));
        const QByteArray console = printed.readAll();
        QVERIFY2(!console.contains("ERROR"), console.constData());
    }

    void writesAndReadsBackWithMetadata()
    {
        const QString path = m_dir.filePath(QStringLiteral("meta.tif"));
        io::RasterWriteOptions options;
        options.dataType = GDT_Int16;
        options.bandCount = 2;
        options.nodata = -9999;
        options.bandDescriptions = {QStringLiteral("B02"), QStringLiteral("B03")};
        options.metadata.insert(QStringLiteral("MONTH"), QStringLiteral("2018-04"));
        std::vector<float> b1(16), b2(16);
        for (int i = 0; i < 16; ++i) {
            b1[std::size_t(i)] = float(i * 10);
            b2[std::size_t(i)] = i == 5 ? -9999.f : float(i);
        }
        io::writeRaster(path, utmGrid(10, 4), options, {b1, b2});

        const RasterSource source = RasterSource::open(path);
        QCOMPARE(source.bandCount(), 2);
        QCOMPARE(source.dataType(1), GDT_Int16);
        QCOMPARE(source.bandDescription(2), QStringLiteral("B03"));
        QCOMPARE(source.metadataItem(QStringLiteral("MONTH")), QStringLiteral("2018-04"));
        QVERIFY(source.grid().isAlignedWith(utmGrid(10, 4)));
        const auto read1 = source.readAll(1);
        QCOMPARE(read1[15], 150.f);
        const auto read2 = source.readWindow(2, io::Window{1, 1, 2, 1}); // pixels 5 and 6
        QVERIFY(std::isnan(read2[0])); // nodata comes back as NaN
        QCOMPARE(read2[1], 6.f);
    }

    void colourTableAndOverviews()
    {
        const QString path = m_dir.filePath(QStringLiteral("classes.tif"));
        io::RasterWriteOptions options;
        options.dataType = GDT_Byte;
        options.nodata = 0;
        options.colourTable = {{1, 255, 0, 0, 255}, {2, 0, 128, 0, 255}};
        options.overviews = true;
        options.overviewResampling = QStringLiteral("NEAREST");
        std::vector<float> classes(1024 * 1024, 1.f);
        io::writeRaster(path, utmGrid(10, 1024), options, {classes});
        io::DatasetPtr ds = io::openRaster(path);
        GDALRasterBand *band = ds->GetRasterBand(1);
        QVERIFY(band->GetColorTable() != nullptr);
        QCOMPARE(int(band->GetColorTable()->GetColorEntry(2)->c2), 128);
        QCOMPARE(band->GetOverviewCount(), 2); // 512 and 256
    }

    void writesCloudOptimizedGeoTiff_data()
    {
        QTest::addColumn<bool>("compressStaging");
        QTest::newRow("ZSTD staging") << true;
        QTest::newRow("uncompressed staging") << false;
    }

    void writesCloudOptimizedGeoTiff()
    {
        QFETCH(bool, compressStaging);
        const QString path = m_dir.filePath(QStringLiteral("cog.tif"));
        io::RasterWriteOptions options;
        options.dataType = GDT_UInt16;
        options.cloudOptimized = true;
        options.compressStaging = compressStaging;
        options.compression = QStringLiteral("ZSTD");
        options.blockSize = 256;
        std::vector<float> values(600 * 600);
        for (std::size_t i = 0; i < values.size(); ++i)
            values[i] = float(i % 1000);
        io::writeRaster(path, utmGrid(10, 600), options, {values});
        io::DatasetPtr ds = io::openRaster(path);
        const char *layout = ds->GetMetadataItem("LAYOUT", "IMAGE_STRUCTURE");
        QVERIFY(layout);
        QCOMPARE(QByteArray(layout), QByteArray("COG"));
        QCOMPARE(QByteArray(ds->GetMetadataItem("COMPRESSION", "IMAGE_STRUCTURE")),
                 QByteArray("ZSTD"));
        // GDAL's COG rule, levels until one fits a block: 600 → 300 → 150.
        GDALRasterBand *band = ds->GetRasterBand(1);
        QCOMPARE(band->GetOverviewCount(), 2);
        QCOMPARE(band->GetOverview(1)->GetXSize(), 150);
        // Pixels as written, whatever the staging; the first overview pixel averages rows 0
        // and 1, columns 0 and 1: (0 + 1 + 600 + 601) / 4 = 300.5, 300 or 301 in uint16.
        QCOMPARE(RasterSource::open(path).readAll(), values);
        std::uint16_t first = 0;
        QCOMPARE(band->GetOverview(0)->RasterIO(GF_Read, 0, 0, 1, 1, &first, 1, 1, GDT_UInt16,
                                                0, 0, nullptr),
                 CE_None);
        QVERIFY2(first == 300 || first == 301, qPrintable(QString::number(first)));
        QVERIFY(!QFile::exists(path + QStringLiteral(".tmp")));
        QVERIFY(!QFile::exists(path + QStringLiteral(".stage.tmp")));
    }

    void overviewsHalveEachLevelByHand()
    {
        // 40 × 37 at 16-pixel blocks: COG levels 20 × 19 and 10 × 10. Everything is 10 but:
        std::vector<float> v(40 * 37, 10.f);
        const auto at = [&](int x, int y) -> float & { return v[std::size_t(y * 40 + x)]; };
        at(0, 0) = -9999; // level 1 (0,0): mean of the valid 20, 30, 41 = 30.33 -> 30
        at(1, 0) = 20;
        at(0, 1) = 30;
        at(1, 1) = 41;
        at(2, 0) = at(3, 0) = at(2, 1) = at(3, 1) = -9999; // level 1 (1,0): none valid -> nodata
        at(0, 36) = 6; // the odd last row pairs with itself: level 1 (0,18) = (6 + 10) / 2 = 8
        at(1, 36) = 10;
        const QString path = m_dir.filePath(QStringLiteral("halved.tif"));
        io::RasterWriteOptions options;
        options.dataType = GDT_Int16;
        options.nodata = -9999;
        options.cloudOptimized = true;
        options.blockSize = 16;
        const TileGrid grid = TileGrid::northUp(TileGrid::wktFromEpsg(32633),
                                                QPointF(600000, 5400000), 10, 40, 37);
        io::writeRaster(path, grid, options, {v});
        io::DatasetPtr ds = io::openRaster(path);
        GDALRasterBand *band = ds->GetRasterBand(1);
        QCOMPARE(band->GetOverviewCount(), 2);
        const auto pixel = [](GDALRasterBand *b, int x, int y) {
            std::int16_t value = 0;
            if (b->RasterIO(GF_Read, x, y, 1, 1, &value, 1, 1, GDT_Int16, 0, 0, nullptr) != CE_None)
                return -1;
            return int(value);
        };
        GDALRasterBand *one = band->GetOverview(0);
        QCOMPARE(one->GetXSize(), 20);
        QCOMPARE(one->GetYSize(), 19);
        QCOMPARE(pixel(one, 0, 0), 30);
        QCOMPARE(pixel(one, 1, 0), -9999);
        QCOMPARE(pixel(one, 0, 18), 8);
        QCOMPARE(pixel(one, 5, 5), 10);
        // Level 2 halves level 1: (30 + 10 + 10) / 3 = 16.67 -> 17, the nodata pixel left out.
        GDALRasterBand *two = band->GetOverview(1);
        QCOMPARE(two->GetXSize(), 10);
        QCOMPARE(two->GetYSize(), 10);
        QCOMPARE(pixel(two, 0, 0), 17);

        // Classes (NEAREST): each level takes the top-left pixel of its 2 × 2 cells, as GDAL.
        std::vector<float> classes(40 * 37, 1.f);
        classes[0] = 5;          // level 1 (0,0), hence level 2 (0,0)
        classes[1 * 40 + 1] = 7; // not a top-left pixel: in no level
        classes[2 * 40 + 2] = 9; // level 1 (1,1)
        classes[4 * 40 + 4] = 3; // level 1 (2,2), hence level 2 (1,1)
        const QString classPath = m_dir.filePath(QStringLiteral("classes-halved.tif"));
        options.dataType = GDT_Byte;
        options.nodata = 0;
        options.overviewResampling = QStringLiteral("NEAREST");
        io::writeRaster(classPath, grid, options, {classes});
        io::DatasetPtr cds = io::openRaster(classPath);
        GDALRasterBand *classOne = cds->GetRasterBand(1)->GetOverview(0);
        QCOMPARE(pixel(classOne, 0, 0), 5);
        QCOMPARE(pixel(classOne, 1, 1), 9);
        QCOMPARE(pixel(classOne, 2, 2), 3);
        QCOMPARE(pixel(classOne, 3, 3), 1);
        QCOMPARE(pixel(cds->GetRasterBand(1)->GetOverview(1), 0, 0), 5);
        QCOMPARE(pixel(cds->GetRasterBand(1)->GetOverview(1), 1, 1), 3);

        // Classes (MODE, as class maps): the most frequent valid class of each 2 × 2 cell,
        // ties to the first in reading order, nodata (0) left out; each level from the one
        // above. The rest is 1.
        std::vector<float> modes(40 * 37, 1.f);
        const auto set = [&](int x, int y, float c) { modes[std::size_t(y * 40 + x)] = c; };
        set(1, 0, 4), set(0, 1, 4);                // cell (0,0): 1 4 / 4 1 -> tie, 1 first
        set(2, 0, 3), set(3, 0, 2), set(2, 1, 2);  // cell (1,0): 3 2 / 2 1 -> 2
        set(0, 2, 0), set(1, 2, 0), set(0, 3, 5);  // cell (0,1): 0 0 / 5 1 -> tie of 5 and 1, 5 first
        set(2, 2, 0), set(3, 2, 0), set(2, 3, 0), set(3, 3, 0); // cell (1,1): all nodata -> 0
        set(4, 4, 6), set(5, 4, 6), set(4, 5, 6);  // cell (2,2): 6 6 / 6 1 -> 6
        const QString modePath = m_dir.filePath(QStringLiteral("classes-mode.tif"));
        options.overviewResampling = QStringLiteral("MODE");
        options.colourTable = {{1, 255, 0, 0, 255}, {2, 0, 255, 0, 255}, {5, 0, 0, 255, 255}};
        // GDAL's own MODE warned "… palette index raster bands without a palette" here.
        std::vector<QString> warnings;
        CPLPushErrorHandlerEx([](CPLErr, CPLErrorNum, const char *message) {
            static_cast<std::vector<QString> *>(CPLGetErrorHandlerUserData())->push_back(QString::fromUtf8(message));
        }, &warnings);
        io::writeRaster(modePath, grid, options, {modes});
        CPLPopErrorHandler();
        for (const QString &warning : warnings) // (the 16-pixel blocks get one of their own)
            QVERIFY2(!warning.contains(QStringLiteral("palette")), qPrintable(warning));
        io::DatasetPtr mds = io::openRaster(modePath);
        GDALRasterBand *modeOne = mds->GetRasterBand(1)->GetOverview(0);
        QCOMPARE(pixel(modeOne, 0, 0), 1);
        QCOMPARE(pixel(modeOne, 1, 0), 2);
        QCOMPARE(pixel(modeOne, 0, 1), 5);
        QCOMPARE(pixel(modeOne, 1, 1), 0);
        QCOMPARE(pixel(modeOne, 2, 2), 6);
        QCOMPARE(pixel(modeOne, 7, 7), 1);
        // Level 2, cell (0,0) of level 1: 1 2 / 5 0 -> three classes once each, 1 first.
        GDALRasterBand *modeTwo = mds->GetRasterBand(1)->GetOverview(1);
        QCOMPARE(pixel(modeTwo, 0, 0), 1);
        // Cell (1,1) of level 1: 6 1 / 1 1 -> 1.
        QCOMPARE(pixel(modeTwo, 1, 1), 1);
    }

    void cacheLimitLowersAndRestores()
    {
        const GIntBig before = GDALGetCacheMax64();
        GDALSetCacheMax64(GIntBig(64) << 20);
        {
            const io::GdalCacheLimit limit(GIntBig(8) << 20);
            QCOMPARE(GDALGetCacheMax64(), GIntBig(8) << 20);
            {
                const io::GdalCacheLimit higher(GIntBig(32) << 20); // never raises it
                QCOMPARE(GDALGetCacheMax64(), GIntBig(8) << 20);
            }
            QCOMPARE(GDALGetCacheMax64(), GIntBig(8) << 20);
        }
        QCOMPARE(GDALGetCacheMax64(), GIntBig(64) << 20);
        // From a worker thread (a GUI job) it leaves the process's cache alone.
        GIntBig seenInside = 0;
        QThread *worker = QThread::create([&] {
            const io::GdalCacheLimit limit(GIntBig(8) << 20);
            seenInside = GDALGetCacheMax64();
        });
        worker->start();
        QVERIFY(worker->wait(10000));
        delete worker;
        QCOMPARE(seenInside, GIntBig(64) << 20);
        QCOMPARE(GDALGetCacheMax64(), GIntBig(64) << 20);
        GDALSetCacheMax64(before);
    }

    void failedWriteKeepsPreviousFile()
    {
        const QString path = m_dir.filePath(QStringLiteral("keep.tif"));
        io::RasterWriteOptions options;
        io::writeRaster(path, utmGrid(10, 8), options, {std::vector<float>(64, 1.f)});
        try {
            io::RasterWriter writer(path, utmGrid(10, 8), options);
            const std::vector<float> twos(64, 2.f);
            writer.writeWindow(1, io::Window{0, 0, 8, 8}, twos.data());
            QVERIFY(QFile::exists(path + QStringLiteral(".tmp")));
            throw Error(QStringLiteral("disk full")); // the failure mid-write
        } catch (const Error &) {
        }
        QVERIFY(!QFile::exists(path + QStringLiteral(".tmp")));
        QCOMPARE(RasterSource::open(path).readAll()[0], 1.f); // the old file stands
    }

    void writeToUnwritableFolderNamesTheFile()
    {
        const QString path = QStringLiteral("/proc/cropmap-cannot-write/x.tif");
        try {
            io::writeRaster(path, utmGrid(10, 4), {}, {std::vector<float>(16, 0.f)});
            QFAIL("expected an error");
        } catch (const Error &e) {
            QVERIFY2(e.message().contains(QStringLiteral("cropmap-cannot-write")),
                     qPrintable(e.message()));
        }
    }

    void resamples20mPatternOnto10mGrid()
    {
        // A 20 m band, 4 × 4, value = 100·col: its pixel centres sit at 10 m + 20 m·col.
        const QString path = m_dir.filePath(QStringLiteral("b05.tif"));
        std::vector<float> values(16);
        for (int r = 0; r < 4; ++r)
            for (int c = 0; c < 4; ++c)
                values[std::size_t(r * 4 + c)] = float(100 * c);
        io::RasterWriteOptions options;
        io::writeRaster(path, utmGrid(20, 4), options, {values});

        const TileGrid tenMetre = utmGrid(10, 8);
        const RasterSource source =
            RasterSource::openOnGrid(path, tenMetre, io::Resampling::Bilinear);
        QVERIFY(source.grid().isAlignedWith(tenMetre));
        const auto out = source.readAll();
        // 10 m pixel c has its centre at 5 + 10c m, i.e. at 20 m-pixel position (5 + 10c)/20 - 0.5
        // = (c - 0.5)/2. Bilinear: value = 100·(c - 0.5)/2 = 25·(2c - 1) between the edges.
        // c = 3 → 125, c = 4 → 175, c = 5 → 225; edges clamp to the edge pixel values.
        const int row = 3;
        QCOMPARE(out[std::size_t(row * 8 + 3)], 125.f);
        QCOMPARE(out[std::size_t(row * 8 + 4)], 175.f);
        QCOMPARE(out[std::size_t(row * 8 + 5)], 225.f);
        QCOMPARE(out[std::size_t(row * 8 + 0)], 0.f);
        QCOMPARE(out[std::size_t(row * 8 + 7)], 300.f);

        const RasterSource nearest =
            RasterSource::openOnGrid(path, tenMetre, io::Resampling::Nearest);
        const auto near = nearest.readAll();
        QCOMPARE(near[std::size_t(row * 8 + 2)], 100.f); // 10 m pixels 2 and 3 lie in 20 m pixel 1
        QCOMPARE(near[std::size_t(row * 8 + 3)], 100.f);
    }

    void blockReadsMatchGdalsOwnConversion_data()
    {
        QTest::addColumn<int>("type");
        QTest::addColumn<double>("nodata");
        QTest::newRow("uint16, nodata 0") << int(GDT_UInt16) << 0.0;
        QTest::newRow("int16, nodata -9999") << int(GDT_Int16) << -9999.0;
        QTest::newRow("byte, nodata 255") << int(GDT_Byte) << 255.0;
        QTest::newRow("float32, nodata -1") << int(GDT_Float32) << -1.0;
    }

    void blockReadsMatchGdalsOwnConversion()
    {
        // A window made of whole blocks (edge blocks cut short) is decoded block by block
        // straight into our buffer; any other window goes through GDAL's RasterIO. Both must
        // give what GDAL's own float conversion gives, nodata as NaN.
        QFETCH(int, type);
        QFETCH(double, nodata);
        const QString path = m_dir.filePath(QStringLiteral("blocks-%1.tif").arg(type));
        const int width = 40;
        const int height = 37;
        std::vector<float> values(std::size_t(width * height));
        for (std::size_t i = 0; i < values.size(); ++i)
            values[i] = i % 7 == 3 ? float(nodata) : float((i * 37) % 250);
        io::RasterWriteOptions options;
        options.dataType = GDALDataType(type);
        options.nodata = nodata;
        options.blockSize = 16;
        const TileGrid grid = TileGrid::northUp(TileGrid::wktFromEpsg(32633),
                                                QPointF(600000, 5400000), 10, width, height);
        io::writeRaster(path, grid, options, {values});

        const RasterSource source = RasterSource::open(path);
        const io::DatasetPtr reference = io::openRaster(path);
        const QList<io::Window> windows = {
            {0, 0, 16, 16}, {16, 16, 16, 16}, {32, 32, 8, 5}, // one block, the last cut short
            {16, 0, 24, 32}, {0, 16, 32, 21}, {0, 0, width, height}, // several whole blocks
            {5, 3, 20, 11}, {0, 0, 24, 16}, {16, 16, 16, 20},        // not whole blocks
        };
        for (const io::Window &w : windows) {
            std::vector<float> expected(std::size_t(w.pixelCount()));
            QCOMPARE(reference->GetRasterBand(1)->RasterIO(GF_Read, w.x, w.y, w.width, w.height,
                                                           expected.data(), w.width, w.height,
                                                           GDT_Float32, 0, 0, nullptr),
                     CE_None);
            const std::vector<float> read = source.readWindow(1, w);
            for (std::size_t i = 0; i < read.size(); ++i) {
                if (expected[i] == float(nodata))
                    QVERIFY2(std::isnan(read[i]), qPrintable(QStringLiteral("pixel %1").arg(i)));
                else
                    QCOMPARE(read[i], expected[i]);
            }
        }
    }

    void bytesReadAsStored()
    {
        const QString path = m_dir.filePath(QStringLiteral("scl.tif"));
        std::vector<float> classes(40 * 40);
        for (std::size_t i = 0; i < classes.size(); ++i)
            classes[i] = float(i % 12);
        io::RasterWriteOptions options;
        options.dataType = GDT_Byte;
        options.nodata = 0; // kept as stored: the caller decides what nodata means
        options.blockSize = 16;
        io::writeRaster(path, utmGrid(10, 40), options, {classes});
        const RasterSource source = RasterSource::open(path);
        for (const io::Window &w : {io::Window{16, 32, 16, 8}, io::Window{0, 16, 32, 24},
                                    io::Window{3, 5, 30, 20}}) {
            std::vector<std::uint8_t> bytes(std::size_t(w.pixelCount()));
            source.readWindowBytes(1, w, bytes.data());
            for (int y = 0; y < w.height; ++y)
                for (int x = 0; x < w.width; ++x)
                    QCOMPARE(int(bytes[std::size_t(y * w.width + x)]),
                             int(classes[std::size_t((w.y + y) * 40 + w.x + x)]));
        }
        const QString wide = m_dir.filePath(QStringLiteral("wide.tif"));
        io::writeRaster(wide, utmGrid(10, 4), {}, {std::vector<float>(16, 1.f)}); // float32
        std::vector<std::uint8_t> bytes(16);
        try {
            RasterSource::open(wide).readWindowBytes(1, io::Window{0, 0, 4, 4}, bytes.data());
            QFAIL("expected an error");
        } catch (const Error &e) {
            QVERIFY2(e.message().contains(wide) && e.message().contains(QStringLiteral("Float32")),
                     qPrintable(e.message()));
        }
    }

    void knownGridSkipsNothingButTheCrs()
    {
        // A grid read earlier (the archive scan) stands in for the file's own; one of another
        // size is ignored and the file's grid read again.
        const QString path = m_dir.filePath(QStringLiteral("known.tif"));
        io::writeRaster(path, utmGrid(10, 8), {}, {std::vector<float>(64, 2.f)});
        const TileGrid own = RasterSource::open(path).grid();
        const RasterSource known =
            RasterSource::openOnGrid(path, utmGrid(10, 8), io::Resampling::Nearest, &own);
        QVERIFY(known.grid().isAlignedWith(utmGrid(10, 8)));
        QCOMPARE(known.readAll()[63], 2.f);
        const TileGrid wrongSize = utmGrid(10, 4);
        const RasterSource checked =
            RasterSource::openOnGrid(path, utmGrid(10, 8), io::Resampling::Nearest, &wrongSize);
        QCOMPARE(checked.nativeGrid().width(), 8);
        QVERIFY(checked.grid().isAlignedWith(utmGrid(10, 8)));
    }

    void truncatedFileGivesErrorNamingIt()
    {
        const QString good = m_dir.filePath(QStringLiteral("whole.tif"));
        io::RasterWriteOptions options;
        options.compression = QStringLiteral("NONE");
        io::writeRaster(good, utmGrid(10, 512), options, {std::vector<float>(512 * 512, 3.f)});
        const QString cut = m_dir.filePath(QStringLiteral("cut.tif"));
        QFile in(good);
        QVERIFY(in.open(QIODevice::ReadOnly));
        QByteArray bytes = in.readAll();
        bytes.truncate(bytes.size() / 3);
        QFile out(cut);
        QVERIFY(out.open(QIODevice::WriteOnly));
        out.write(bytes);
        out.close();
        try {
            const RasterSource source = RasterSource::open(cut);
            source.readAll();
            QFAIL("expected an error");
        } catch (const Error &e) {
            QVERIFY2(e.message().contains(cut), qPrintable(e.message()));
        }
        // The same through a direct block read: the last block lies past the cut.
        try {
            const RasterSource source = RasterSource::open(cut);
            source.readWindow(1, io::Window{256, 256, 256, 256});
            QFAIL("expected an error");
        } catch (const Error &e) {
            QVERIFY2(e.message().contains(cut), qPrintable(e.message()));
        }
    }

    void missingFileGivesErrorNamingIt()
    {
        QVERIFY_THROWS_EXCEPTION(Error, RasterSource::open(QStringLiteral("/nonexistent/b02.tif")));
    }

private:
    QTemporaryDir m_dir;
};

QTEST_GUILESS_MAIN(TestRasterIo)
#include "tst_raster_io.moc"
