// SPDX-License-Identifier: GPL-3.0-or-later
#include <QDir>
#include <QFile>
#include <QProcess>
#include <QTemporaryDir>
#include <QTest>

#include "io/gdal_handles.h"
#include "io/raster_source.h"
#include "io/raster_writer.h"
#include "io/sentinel2_archive.h"
#include "util/error.h"

using namespace cropmap::core;
using io::Sentinel2Archive;
using io::TileGrid;

namespace {

const QString kShared = QStringLiteral(CROPMAP_SHARED_DATA);

// Writes one band file of a 8 × 8 (10 m) or 4 × 4 (20 m) tile.
void writeBand(const QString &path, int epsg, const QString &band, double value,
               const char *driver = "GTiff")
{
    const bool twenty = io::isTwentyMetreBand(band);
    const int size = twenty ? 4 : 8;
    const TileGrid grid = TileGrid::northUp(TileGrid::wktFromEpsg(epsg), QPointF(400000, 5000000),
                                            twenty ? 20.0 : 10.0, size, size);
    io::RasterWriteOptions options;
    options.dataType = band == QStringLiteral("SCL") ? GDT_Byte : GDT_UInt16;
    const std::vector<float> values(std::size_t(size * size), float(value));
    if (QByteArray(driver) == "GTiff") {
        io::writeRaster(path, grid, options, {values});
        return;
    }
    const QString staged = path + QStringLiteral(".src.tif");
    io::writeRaster(staged, grid, options, {values});
    io::DatasetPtr source = io::openRaster(staged);
    GDALDriver *jp2 = GetGDALDriverManager()->GetDriverByName(driver);
    const char *options2[] = {"REVERSIBLE=YES", "QUALITY=100", nullptr};
    io::DatasetPtr out(jp2->CreateCopy(path.toUtf8().constData(), source.get(), FALSE,
                                       const_cast<char **>(options2), nullptr, nullptr));
    QVERIFY(out != nullptr);
    out.reset();
    source.reset();
    QFile::remove(staged);
}

QStringList allBands()
{
    return io::sentinel2Bands() << QStringLiteral("SCL");
}

// <root>/<tile>/<date>/<band>.tif for every band, all in EPSG:epsg.
void writeTiffAcquisition(const QString &root, const QString &tile, const QString &date, int epsg,
                          const QStringList &bands = allBands())
{
    const QString dir = root + u'/' + tile + u'/' + date;
    QDir().mkpath(dir);
    for (const QString &band : bands)
        writeBand(dir + u'/' + band + QStringLiteral(".tif"), epsg, band, 1000);
}

} // namespace

class TestSentinel2Archive : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase() { io::ensureGdalRegistered(); }

    void readsRealBelgianSeries()
    {
        const Sentinel2Archive archive =
            Sentinel2Archive::open(kShared + QStringLiteral("/belgium-lpis-31UDS/archive"));
        QCOMPARE(archive.layout(), QStringLiteral("tiff-folders"));
        QCOMPARE(archive.tileIds(), QStringList{QStringLiteral("T31UDS")});
        const io::TileAcquisitions &tile = archive.tile(QStringLiteral("T31UDS"));
        QCOMPARE(tile.acquisitions.size(), 118);
        QVERIFY2(tile.skipped.isEmpty(), qPrintable(tile.skipped.join(u'\n')));
        QCOMPARE(tile.bandsFound, io::sentinel2Bands());
        // The 10 m grid of the 64 × 64 patch, not the 32 × 32 grid of the 20 m bands.
        QCOMPARE(tile.grid.width(), 64);
        QCOMPARE(tile.grid.height(), 64);
        QCOMPARE(tile.grid.pixelSizeX(), 10.0);
        QVERIFY(tile.grid.crsName().contains(QStringLiteral("32631")));
        QCOMPARE(tile.acquisitions.front().date(), QDate(2017, 8, 4));
        QCOMPARE(tile.acquisitions.back().date(), QDate(2018, 11, 27));
        QVERIFY(tile.acquisitions.front().maskPath.endsWith(QStringLiteral("SCL.tif")));
        // The seed's agronomic year holds the acquisitions of 2017-09 … 2018-08.
        QCOMPARE(tile.between(QDate(2017, 9, 1), QDate(2018, 8, 31)).size(), 6 + 4 + 6 + 7 + 5 + 7 + 3 + 9 + 11 + 9 + 9 + 9);

        // A 20 m band lands on the 10 m grid through the warper.
        const QString b11 = tile.acquisitions[10].bandPaths.value(QStringLiteral("B11"));
        const io::RasterSource source =
            io::RasterSource::openOnGrid(b11, tile.grid, io::Resampling::Bilinear);
        QCOMPARE(source.nativeGrid().width(), 32);
        QCOMPARE(source.grid().width(), 64);
        QVERIFY(source.readAll().size() == 64 * 64);

        // The scan keeps every file's grid, so readers need not read its CRS again.
        const io::Acquisition &a = tile.acquisitions[10];
        QCOMPARE(a.fileGrids.size(), a.bandPaths.size() + 1); // the bands and SCL
        QCOMPARE(a.fileGrids.value(b11).width(), 32);
        QVERIFY(a.fileGrids.value(b11).hasSameCrs(tile.grid));
        QCOMPARE(a.fileGrids.value(a.bandPaths.value(QStringLiteral("B02"))).width(), 64);
    }

    void readsRealSloveniaSeriesWithExternalMasks()
    {
        io::ArchiveOptions options;
        options.bands = {QStringLiteral("NDVI")};
        options.maskBand = QStringLiteral("CLM");
        options.flatTileId = QStringLiteral("T33TVM");
        const Sentinel2Archive archive =
            Sentinel2Archive::open(kShared + QStringLiteral("/slovenia-eopatch"), options);
        QCOMPARE(archive.layout(), QStringLiteral("flat"));
        const io::TileAcquisitions &tile = archive.tile(QStringLiteral("T33TVM"));
        QCOMPARE(tile.acquisitions.size(), 68);
        QCOMPARE(tile.grid.width(), 100);
        QCOMPARE(tile.grid.height(), 101);
        // Two acquisitions on 2015-12-08 stay apart, told by their time of day.
        int onDecember8 = 0;
        for (const io::Acquisition &a : tile.acquisitions)
            onDecember8 += a.date() == QDate(2015, 12, 8) ? 1 : 0;
        QCOMPARE(onDecember8, 2);
        for (const io::Acquisition &a : tile.acquisitions) {
            QVERIFY(a.maskPath.endsWith(QStringLiteral("_CLM.tif")));
            QVERIFY(a.maskPath.contains(a.id));
        }
    }

    void discoversSafeProducts()
    {
        QTemporaryDir dir;
        const QString granule = dir.path()
                                + QStringLiteral("/S2A_MSIL2A_20180405T100031_N0206_R122_T33UVP_"
                                                 "20180405T121347.SAFE/GRANULE/"
                                                 "L2A_T33UVP_A014557_20180405T100637/IMG_DATA");
        QDir().mkpath(granule + QStringLiteral("/R10m"));
        QDir().mkpath(granule + QStringLiteral("/R20m"));
        for (const QString &band : allBands()) {
            const bool twenty = io::isTwentyMetreBand(band);
            const QString name = QStringLiteral("%1/R%2m/T33UVP_20180405T100031_%3_%2m.jp2")
                                     .arg(granule, twenty ? QStringLiteral("20") : QStringLiteral("10"),
                                          band);
            writeBand(name, 32633, band, 500, "JP2OpenJPEG");
        }
        // R20m also holds 20 m versions of the 10 m bands: they must not replace the 10 m ones.
        writeBand(granule + QStringLiteral("/R20m/T33UVP_20180405T100031_B02_20m.jp2"), 32633,
                  QStringLiteral("B05"), 1, "JP2OpenJPEG");
        const Sentinel2Archive archive = Sentinel2Archive::open(dir.path());
        QCOMPARE(archive.layout(), QStringLiteral("SAFE"));
        const io::TileAcquisitions &tile = archive.tile(QStringLiteral("T33UVP"));
        QCOMPARE(tile.acquisitions.size(), 1);
        const io::Acquisition &a = tile.acquisitions.front();
        QCOMPARE(a.dateTime, QDateTime(QDate(2018, 4, 5), QTime(10, 0, 31), Qt::UTC));
        QVERIFY(a.bandPaths.value(QStringLiteral("B02")).endsWith(QStringLiteral("_B02_10m.jp2")));
        QVERIFY(a.maskPath.endsWith(QStringLiteral("_SCL_20m.jp2")));
        QCOMPARE(tile.grid.width(), 8);
    }

    void missingBandSkipsOnlyThatAcquisition()
    {
        QTemporaryDir dir;
        writeTiffAcquisition(dir.path(), QStringLiteral("T33UVP"), QStringLiteral("20180401"), 32633);
        QStringList withoutB8A = allBands();
        withoutB8A.removeAll(QStringLiteral("B8A"));
        writeTiffAcquisition(dir.path(), QStringLiteral("T33UVP"), QStringLiteral("20180411"), 32633,
                             withoutB8A);
        const Sentinel2Archive archive = Sentinel2Archive::open(dir.path());
        const io::TileAcquisitions &tile = archive.tile(QStringLiteral("T33UVP"));
        QCOMPARE(tile.acquisitions.size(), 1);
        QCOMPARE(tile.skipped.size(), 1);
        QVERIFY(tile.skipped.front().contains(QStringLiteral("B8A")));
        QVERIFY(tile.skipped.front().contains(QStringLiteral("20180411")));
        QVERIFY(archive.describe().contains(QStringLiteral("B8A")));
    }

    void truncatedBandSkipsThatAcquisitionNamingTheFile()
    {
        QTemporaryDir dir;
        writeTiffAcquisition(dir.path(), QStringLiteral("T33UVP"), QStringLiteral("20180401"), 32633);
        writeTiffAcquisition(dir.path(), QStringLiteral("T33UVP"), QStringLiteral("20180411"), 32633);
        const QString broken = dir.path() + QStringLiteral("/T33UVP/20180411/B04.tif");
        QFile file(broken);
        QVERIFY(file.open(QIODevice::ReadWrite));
        QVERIFY(file.resize(file.size() / 4));
        file.close();
        const Sentinel2Archive archive = Sentinel2Archive::open(dir.path());
        const io::TileAcquisitions &tile = archive.tile(QStringLiteral("T33UVP"));
        QCOMPARE(tile.acquisitions.size(), 1);
        QCOMPARE(tile.skipped.size(), 1);
        QVERIFY2(tile.skipped.front().contains(broken), qPrintable(tile.skipped.front()));
    }

    void tilesInDifferentCrsAreAnError()
    {
        QTemporaryDir dir;
        writeTiffAcquisition(dir.path(), QStringLiteral("T33UVP"), QStringLiteral("20180401"), 32633);
        writeTiffAcquisition(dir.path(), QStringLiteral("T32UQU"), QStringLiteral("20180401"), 32632);
        try {
            Sentinel2Archive::open(dir.path());
            QFAIL("expected an error");
        } catch (const Error &e) {
            QVERIFY2(e.message().contains(QStringLiteral("T33UVP"))
                         && e.message().contains(QStringLiteral("T32UQU"))
                         && e.message().contains(QStringLiteral("32632")),
                     qPrintable(e.message()));
        }
        io::ArchiveOptions one;
        one.tiles = {QStringLiteral("T33UVP")};
        QCOMPARE(Sentinel2Archive::open(dir.path(), one).tiles().size(), 1);
    }

    void badFolders_data()
    {
        QTest::addColumn<QString>("kind");
        QTest::newRow("non-existent folder") << QStringLiteral("missing");
        QTest::newRow("folder with no acquisitions") << QStringLiteral("empty");
        QTest::newRow("a file, not a folder") << QStringLiteral("file");
    }
    void badFolders()
    {
        QFETCH(QString, kind);
        QTemporaryDir dir;
        QString root = dir.path() + QStringLiteral("/archive");
        if (kind == QStringLiteral("empty"))
            QDir().mkpath(root + QStringLiteral("/T33UVP/not-a-date"));
        if (kind == QStringLiteral("file")) {
            QFile f(root);
            QVERIFY(f.open(QIODevice::WriteOnly));
        }
        try {
            Sentinel2Archive::open(root);
            QFAIL("expected an error");
        } catch (const Error &e) {
            QVERIFY2(e.message().contains(root), qPrintable(e.message()));
        }
    }

    void flatTileIdsThatAreNoNamesAreRefused_data()
    {
        QTest::addColumn<QString>("folder");
        QTest::addColumn<QString>("flatTileId");
        QTest::addColumn<QString>("expected");
        QTest::newRow("given, two levels up") << "flat" << "../../evil" << "\"../../evil\" is not a usable tile id";
        QTest::newRow("given, a sub-folder") << "flat" << "a/b" << "\"a/b\" is not a usable tile id";
        QTest::newRow("given, the parent") << "flat" << ".." << "\"..\" is not a usable tile id";
        QTest::newRow("the folder's name") << "S2 export" << "" << "the flat archive folder";
    }

    void flatTileIdsThatAreNoNamesAreRefused()
    {
        QFETCH(QString, folder);
        QFETCH(QString, flatTileId);
        QFETCH(QString, expected);
        QTemporaryDir dir;
        const QString root = dir.filePath(folder);
        QVERIFY(QDir().mkpath(root));
        writeBand(root + QStringLiteral("/S2_20180401_B02.tif"), 32633, QStringLiteral("B02"), 1000);
        io::ArchiveOptions options;
        options.bands = {QStringLiteral("B02")};
        options.maskBand.clear();
        options.flatTileId = flatTileId;
        try {
            Sentinel2Archive::open(root, options);
            QFAIL("expected an error");
        } catch (const Error &e) {
            QVERIFY2(e.message().contains(expected) && e.message().contains(QStringLiteral("MGRS id such as T33UVP")),
                     qPrintable(e.message()));
        }
        // A safe id for the same folder is taken.
        options.flatTileId = QStringLiteral("T33UVP");
        QCOMPARE(Sentinel2Archive::open(root, options).tileIds(), QStringList{QStringLiteral("T33UVP")});
    }

    void compositeAndInspectRefuseTileIdsThatLeaveTheOutputFolder_data()
    {
        QTest::addColumn<QStringList>("arguments");
        QTest::addColumn<QString>("expected");
        // The case of the report: ../../evil under a/b/out wrote a/evil/evil_*.tif.
        QTest::newRow("composite --flat-tile-id")
            << QStringList{QStringLiteral("composite"), QStringLiteral("--flat-tile-id"), QStringLiteral("../../evil")}
            << QStringLiteral("--flat-tile-id: \"../../evil\" is not a usable tile id");
        QTest::newRow("composite --tile")
            << QStringList{QStringLiteral("composite"), QStringLiteral("--tile"), QStringLiteral("../T33UVP")}
            << QStringLiteral("--tile: \"../T33UVP\" is not a usable tile id");
        QTest::newRow("inspect --flat-tile-id")
            << QStringList{QStringLiteral("inspect"), QStringLiteral("--flat-tile-id"), QStringLiteral("x/../../y")}
            << QStringLiteral("--flat-tile-id: \"x/../../y\" is not a usable tile id");
    }

    void compositeAndInspectRefuseTileIdsThatLeaveTheOutputFolder()
    {
        QFETCH(QStringList, arguments);
        QFETCH(QString, expected);
        QTemporaryDir dir;
        const QString archive = dir.filePath(QStringLiteral("flat"));
        QVERIFY(QDir().mkpath(archive));
        writeBand(archive + QStringLiteral("/S2_20180401_B02.tif"), 32633, QStringLiteral("B02"), 1000);
        const QString out = dir.filePath(QStringLiteral("a/b/out"));
        if (arguments.front() == QStringLiteral("composite"))
            arguments << QStringLiteral("--archive") << archive << QStringLiteral("--out") << out;
        else
            arguments << archive;
        arguments << QStringLiteral("--bands") << QStringLiteral("B02") << QStringLiteral("--mask") << QStringLiteral("none");
        if (arguments.front() == QStringLiteral("composite"))
            arguments << QStringLiteral("--period") << QStringLiteral("2018-04:2018-04");
        QProcess cli;
        cli.setProcessChannelMode(QProcess::MergedChannels);
        cli.start(QStringLiteral(CROPMAP_CLI), arguments);
        QVERIFY(cli.waitForFinished(60000));
        const QString output = QString::fromUtf8(cli.readAll());
        QCOMPARE(cli.exitCode(), 1);
        QVERIFY2(output.contains(expected), qPrintable(output));
        // Nothing written anywhere: not under --out, not next to it, not above it.
        QVERIFY(!QFileInfo::exists(out));
        QVERIFY(!QFileInfo::exists(dir.filePath(QStringLiteral("a/evil"))));
        QCOMPARE(QDir(dir.path()).entryList(QDir::AllEntries | QDir::NoDotAndDotDot),
                 QStringList{QStringLiteral("flat")});
    }

    void inspectCommandReportsAndFails()
    {
        QProcess cli;
        cli.start(QStringLiteral(CROPMAP_CLI),
                  {QStringLiteral("inspect"), kShared + QStringLiteral("/belgium-lpis-31UDS/archive")});
        QVERIFY(cli.waitForFinished(60000));
        QCOMPARE(cli.exitCode(), 0);
        const QString out = QString::fromUtf8(cli.readAllStandardOutput());
        QVERIFY(out.contains(QStringLiteral("T31UDS: 118 acquisitions")));
        QVERIFY(out.contains(QStringLiteral("2018-05:11")));

        cli.start(QStringLiteral(CROPMAP_CLI), {QStringLiteral("inspect"), QStringLiteral("/no/such/archive")});
        QVERIFY(cli.waitForFinished(60000));
        QCOMPARE(cli.exitCode(), 1);
        QVERIFY(QString::fromUtf8(cli.readAllStandardError()).contains(QStringLiteral("/no/such/archive")));
    }
};

QTEST_GUILESS_MAIN(TestSentinel2Archive)
#include "tst_sentinel2_archive.moc"
