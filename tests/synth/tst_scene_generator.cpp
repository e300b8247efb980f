// SPDX-License-Identifier: GPL-3.0-or-later
#include <QCryptographicHash>
#include <QDirIterator>
#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QTemporaryDir>
#include <QTest>

#include "io/gdal_handles.h"
#include "io/raster_source.h"
#include "io/raster_writer.h"
#include "io/sentinel2_archive.h"
#include "synth/scene_job.h"
#include "util/error.h"
#include "util/feedback.h"

using namespace cropmap::core;
using synth::SceneOptions;

namespace {

SceneOptions smallScene(const QString &folder, SceneOptions::Layout layout, quint64 seed = 42)
{
    SceneOptions o;
    o.seed = seed;
    o.tiles = 2;
    o.size = 64;
    o.acquisitions = {6, 9};
    o.layout = layout;
    o.outputFolder = folder;
    return o;
}

synth::SceneSummary generate(const SceneOptions &options)
{
    Feedback feedback;
    return synth::SceneGenerator(options).generate(feedback);
}

// Relative path → SHA-1 of every file under folder.
QMap<QString, QByteArray> digests(const QString &folder)
{
    QMap<QString, QByteArray> result;
    QDirIterator it(folder, QDir::Files, QDirIterator::Subdirectories);
    while (it.hasNext()) {
        const QString path = it.next();
        QFile file(path);
        if (!file.open(QIODevice::ReadOnly))
            return {};
        result.insert(path.mid(folder.size()),
                      QCryptographicHash::hash(file.readAll(), QCryptographicHash::Sha1));
    }
    return result;
}

// Cancels the run once it reports a third of its progress.
class CancelMidway final : public Feedback
{
protected:
    void onProgress(double fraction, const QString &) override
    {
        if (fraction > 0.3)
            cancel();
    }
};

} // namespace

class TestSceneGenerator : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase()
    {
        io::ensureGdalRegistered();
        QVERIFY(m_dir.isValid());
        m_tiff = m_dir.filePath(QStringLiteral("tiff"));
        m_safe = m_dir.filePath(QStringLiteral("safe"));
        generate(smallScene(m_tiff, SceneOptions::Layout::Tiff));
        generate(smallScene(m_safe, SceneOptions::Layout::Safe));
    }

    void archiveReaderFindsBothLayouts_data()
    {
        QTest::addColumn<QString>("which");
        QTest::addColumn<QString>("layout");
        QTest::newRow("tiff folders") << QStringLiteral("tiff") << QStringLiteral("tiff-folders");
        QTest::newRow("SAFE products") << QStringLiteral("safe") << QStringLiteral("SAFE");
    }

    void archiveReaderFindsBothLayouts()
    {
        QFETCH(QString, which);
        QFETCH(QString, layout);
        const auto archive = io::Sentinel2Archive::open(m_dir.filePath(which + QStringLiteral("/archive")));
        QCOMPARE(archive.layout(), layout);
        QCOMPARE(archive.tileIds(), (QStringList{QStringLiteral("T33UUP"), QStringLiteral("T33UVP")}));
        const io::TileAcquisitions &first = archive.tile(QStringLiteral("T33UUP"));
        const io::TileAcquisitions &second = archive.tile(QStringLiteral("T33UVP"));
        QCOMPARE(first.acquisitions.size(), 6);
        QCOMPARE(second.acquisitions.size(), 9);
        QVERIFY(first.skipped.isEmpty() && second.skipped.isEmpty());
        QCOMPARE(first.bandsFound, io::sentinel2Bands());
        // 64 × 64 px of 10 m; the second tile starts 64 · 10 = 640 m east of the first.
        QCOMPARE(first.grid.width(), 64);
        QCOMPARE(first.grid.pixelSizeX(), 10.0);
        QCOMPARE(first.grid.geoTransform()[0], 600000.0);
        QCOMPARE(second.grid.geoTransform()[0], 600640.0);
        QCOMPARE(first.grid.geoTransform()[3], 5360000.0);
        QVERIFY(first.grid.hasSameCrs(io::TileGrid::northUp(io::TileGrid::wktFromEpsg(32633), {}, 10, 1, 1)));
        // 20 m bands and SCL at half the resolution: 32 × 32 px of 20 m.
        const io::Acquisition &a = first.acquisitions.front();
        for (const QString &band : {QStringLiteral("B05"), QStringLiteral("B12")}) {
            const io::RasterSource source = io::RasterSource::open(a.bandPaths.value(band));
            QCOMPARE(source.grid().width(), 32);
            QCOMPARE(source.grid().pixelSizeX(), 20.0);
        }
        QCOMPARE(io::RasterSource::open(a.maskPath).grid().width(), 32);
        QCOMPARE(io::RasterSource::open(a.bandPaths.value(QStringLiteral("B08"))).grid().width(), 64);
    }

    void safeBandsAreLosslessCopiesOfTheTiffBands()
    {
        const auto tiff = io::Sentinel2Archive::open(m_tiff + QStringLiteral("/archive"));
        const auto safe = io::Sentinel2Archive::open(m_safe + QStringLiteral("/archive"));
        const io::Acquisition &t = tiff.tile(QStringLiteral("T33UVP")).acquisitions[4];
        const io::Acquisition &s = safe.tile(QStringLiteral("T33UVP")).acquisitions[4];
        QCOMPARE(t.date(), s.date());
        for (const QString &band : {QStringLiteral("B02"), QStringLiteral("B11")}) {
            QCOMPARE(io::RasterSource::open(t.bandPaths.value(band)).readAll(),
                     io::RasterSource::open(s.bandPaths.value(band)).readAll());
        }
        QCOMPARE(io::RasterSource::open(t.maskPath).readAll(), io::RasterSource::open(s.maskPath).readAll());
    }

    void sameOptionsGiveIdenticalFilesOtherSeedOtherPixels()
    {
        const QString again = m_dir.filePath(QStringLiteral("again"));
        const QString other = m_dir.filePath(QStringLiteral("other"));
        generate(smallScene(again, SceneOptions::Layout::Tiff));
        generate(smallScene(other, SceneOptions::Layout::Tiff, 43));
        const auto reference = digests(m_tiff);
        // 6 + 9 acquisitions × 11 files + 2 truth rasters + parcels, legend, scene = 170 files.
        QCOMPARE(reference.size(), 170);
        QCOMPARE(digests(again), reference);
        const auto changed = digests(other);
        QVERIFY(changed.value(QStringLiteral("/parcels.gpkg")) != reference.value(QStringLiteral("/parcels.gpkg")));
        const auto tiff = io::Sentinel2Archive::open(m_tiff + QStringLiteral("/archive"));
        const auto moved = io::Sentinel2Archive::open(other + QStringLiteral("/archive"));
        QVERIFY(io::RasterSource::open(tiff.tiles()[0].acquisitions[0].bandPaths.value(QStringLiteral("B04"))).readAll()
                != io::RasterSource::open(moved.tiles()[0].acquisitions[0].bandPaths.value(QStringLiteral("B04"))).readAll());
    }

    void brightPixelsAreFlaggedAsCloud()
    {
        const auto archive = io::Sentinel2Archive::open(m_tiff + QStringLiteral("/archive"));
        int bright = 0;
        for (const io::TileAcquisitions &tile : archive.tiles()) {
            for (const io::Acquisition &a : tile.acquisitions) {
                const auto blue = io::RasterSource::open(a.bandPaths.value(QStringLiteral("B02"))).readAll();
                const auto scl = io::RasterSource::open(a.maskPath).readAll();
                for (int y = 0; y < 64; ++y) {
                    for (int x = 0; x < 64; ++x) {
                        // No surface of the scene reaches B02 = 2500 (bare soil ≈ 900·1.2,
                        // villages ≈ 1300·1.2, unflagged haze adds < 0.08·7150): bright = cloud.
                        if (blue[std::size_t(y * 64 + x)] <= 2500)
                            continue;
                        ++bright;
                        const float c = scl[std::size_t((y / 2) * 32 + x / 2)];
                        QVERIFY2(c == 8 || c == 9, qPrintable(a.source));
                    }
                }
            }
        }
        QVERIFY(bright > 0);
    }

    void sceneNdviFollowsTheCropCalendar_data()
    {
        QTest::addColumn<int>("classId");
        QTest::addColumn<QList<int>>("greenMonths");
        QTest::addColumn<QList<int>>("bareMonths");
        // Maize (3) is green in June–August and bare from October to March; winter wheat (13)
        // is green in April–June and bare after the harvest in August.
        QTest::newRow("maize") << 3 << QList<int>{6, 7, 8} << QList<int>{10, 11, 12, 1, 2, 3};
        QTest::newRow("winter wheat") << 13 << QList<int>{4, 5, 6} << QList<int>{8};
    }

    void sceneNdviFollowsTheCropCalendar()
    {
        QFETCH(int, classId);
        QFETCH(QList<int>, greenMonths);
        QFETCH(QList<int>, bareMonths);
        const auto archive = io::Sentinel2Archive::open(m_tiff + QStringLiteral("/archive"));
        double sum[2] = {0, 0};
        int count[2] = {0, 0};
        for (const io::TileAcquisitions &tile : archive.tiles()) {
            const auto truth = io::RasterSource::open(
                m_tiff + QStringLiteral("/truth/%1_truth.tif").arg(tile.id)).readAll();
            for (const io::Acquisition &a : tile.acquisitions) {
                const int which = greenMonths.contains(a.date().month()) ? 0
                                  : bareMonths.contains(a.date().month()) ? 1 : -1;
                if (which < 0)
                    continue;
                const auto red = io::RasterSource::open(a.bandPaths.value(QStringLiteral("B04"))).readAll();
                const auto nir = io::RasterSource::open(a.bandPaths.value(QStringLiteral("B08"))).readAll();
                const auto scl = io::RasterSource::open(a.maskPath).readAll();
                for (int y = 1; y < 63; ++y) {
                    for (int x = 1; x < 63; ++x) {
                        bool interior = true; // the 3 × 3 neighbourhood has the class: no mixing
                        for (int d = 0; d < 9; ++d)
                            interior &= truth[std::size_t((y + d / 3 - 1) * 64 + x + d % 3 - 1)] == classId;
                        const float c = scl[std::size_t((y / 2) * 32 + x / 2)];
                        if (!interior || (c != 4 && c != 5))
                            continue;
                        const std::size_t i = std::size_t(y * 64 + x);
                        sum[which] += (nir[i] - red[i]) / (nir[i] + red[i]);
                        ++count[which];
                    }
                }
            }
        }
        QVERIFY(count[0] > 0 && count[1] > 0);
        // Model values: a closed canopy ≈ 0.7–0.8, bare soil with weeds ≈ 0.25; per-field
        // shifts, vigour and noise keep the gap above 0.3.
        const double green = sum[0] / count[0], bare = sum[1] / count[1];
        QVERIFY2(green - bare > 0.3, qPrintable(QStringLiteral("%1 vs %2").arg(green).arg(bare)));
    }

    void canceledRunLeavesNoFolder()
    {
        const QString folder = m_dir.filePath(QStringLiteral("canceled"));
        synth::SceneJob job(smallScene(folder, SceneOptions::Layout::Tiff));
        CancelMidway feedback;
        QCOMPARE(job.run(feedback).status, JobResult::Status::Canceled);
        QVERIFY(!QFileInfo::exists(folder));
        QVERIFY(!QFileInfo::exists(folder + QStringLiteral(".tmp")));
    }

    void overlapMovesTheTilesAndIsChecked()
    {
        synth::SceneOptions options;
        options.tiles = 3;
        options.size = 64;
        options.overlap = 16;
        options.outputFolder = QStringLiteral("unused");
        options.validate();
        QCOMPARE(options.tileOffset(2), 96);
        QCOMPARE(options.sceneWidth(), 160);
        // Tile 1 starts 48 columns (480 m) east of tile 0 on both grids.
        QCOMPARE(options.tileGrid(1).pixelToMap(0, 0).x() - options.tileGrid(0).pixelToMap(0, 0).x(), 480.0);
        QCOMPARE(options.tileGrid20(1).pixelToMap(0, 0).x() - options.tileGrid20(0).pixelToMap(0, 0).x(), 480.0);
        for (int bad : {-2, 15, 32, 40}) {
            options.overlap = bad;
            try {
                options.validate();
                QFAIL(qPrintable(QStringLiteral("overlap %1 accepted").arg(bad)));
            } catch (const Error &e) {
                QVERIFY2(e.message().contains(QStringLiteral("--overlap")), qPrintable(e.message()));
            }
        }
    }

    void existingFolderNeedsOverwrite()
    {
        SceneOptions options = smallScene(m_tiff, SceneOptions::Layout::Tiff);
        options.acquisitions = {2};
        synth::SceneJob refused(options);
        Feedback feedback;
        const JobResult result = refused.run(feedback);
        QCOMPARE(result.status, JobResult::Status::Failed);
        QVERIFY(result.message.contains(QStringLiteral("already exists")));
        QVERIFY(QFileInfo::exists(m_tiff + QStringLiteral("/scene.json"))); // untouched

        const QString replaced = m_dir.filePath(QStringLiteral("replaced"));
        generate(smallScene(replaced, SceneOptions::Layout::Tiff));
        options.outputFolder = replaced;
        options.overwrite = true;
        generate(options);
        // 2 tiles × 2 acquisitions now.
        QCOMPARE(io::Sentinel2Archive::open(replaced + QStringLiteral("/archive")).tiles()[1].acquisitions.size(), 2);
        QVERIFY(!QFileInfo::exists(replaced + QStringLiteral(".old")));
    }

    void sceneJsonDescribesTilesAndClouds()
    {
        QFile file(m_tiff + QStringLiteral("/scene.json"));
        QVERIFY(file.open(QIODevice::ReadOnly));
        const QJsonObject scene = QJsonDocument::fromJson(file.readAll()).object();
        const QJsonArray tiles = scene[QStringLiteral("tiles")].toArray();
        QCOMPARE(tiles.size(), 2);
        QCOMPARE(tiles[1][QStringLiteral("id")].toString(), QStringLiteral("T33UVP"));
        QCOMPARE(tiles[1][QStringLiteral("acquisitions")].toArray().size(), 9);
        QCOMPARE(tiles[0][QStringLiteral("grid_20m")][QStringLiteral("width")].toInt(), 32);
        QCOMPARE(scene[QStringLiteral("options")][QStringLiteral("seed")].toString(), QStringLiteral("42"));
        // The truth raster holds class ids 0…15 with the seed's colours.
        const io::RasterSource truth = io::RasterSource::open(
            m_tiff + u'/' + tiles[0][QStringLiteral("truth")].toString());
        QCOMPARE(truth.dataType(1), GDT_Byte);
        for (float v : truth.readAll())
            QVERIFY(std::isnan(v) || (v >= 1 && v <= 15));
    }

    void compressionLevelKeepsPixels()
    {
        // RasterWriteOptions::compressionLevel (used by the archive at level 1): the same
        // 64 × 64 noisy pixels read back identically at levels 1 and 9; level 9 is never larger.
        const io::TileGrid grid = SceneOptions{}.tileGrid(0);
        const io::TileGrid small(grid.crsWkt(), grid.geoTransform(), 64, 64);
        std::vector<float> values(64 * 64);
        for (std::size_t i = 0; i < values.size(); ++i)
            values[i] = float((i * 7919) % 997 + (i % 64) * 10);
        qint64 sizes[2] = {0, 0};
        for (int k = 0; k < 2; ++k) {
            io::RasterWriteOptions options;
            options.dataType = GDT_UInt16;
            options.compressionLevel = k == 0 ? 1 : 9;
            options.blockSize = 64;
            const QString path = m_dir.filePath(QStringLiteral("level%1.tif").arg(options.compressionLevel));
            io::writeRaster(path, small, options, {values});
            QCOMPARE(io::RasterSource::open(path).readAll(), values);
            sizes[k] = QFileInfo(path).size();
        }
        QVERIFY(sizes[1] <= sizes[0]);
    }

private:
    QTemporaryDir m_dir;
    QString m_tiff;
    QString m_safe;
};

QTEST_GUILESS_MAIN(TestSceneGenerator)
#include "tst_scene_generator.moc"
