// SPDX-License-Identifier: GPL-3.0-or-later
// The thematic commands as a user runs them, one after the other, from the real binary:
// legend init/propose on the real INVEKOS sample, then rasterize → split → sample on a small
// synthetic tile, and the bad-input messages each command gives.
#include <array>
#include <cmath>
#include <map>
#include <set>

#include <QDir>
#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QProcess>
#include <QRegularExpression>
#include <QTemporaryDir>
#include <QTest>

#include "io/raster_source.h"
#include "sampling/sample_set.h"

using namespace cropmap::core;

namespace {

struct CliResult
{
    int code = -1;
    QString output;
};

CliResult runCli(const QStringList &arguments, const QString &workingDir = {})
{
    QProcess cli;
    cli.setProcessChannelMode(QProcess::MergedChannels);
    if (!workingDir.isEmpty())
        cli.setWorkingDirectory(workingDir);
    cli.start(QStringLiteral(CROPMAP_CLI), arguments);
    cli.waitForFinished(300000);
    return {cli.exitStatus() == QProcess::NormalExit ? cli.exitCode() : -1, QString::fromUtf8(cli.readAll())};
}

QJsonObject readJson(const QString &path)
{
    QFile f(path);
    f.open(QIODevice::ReadOnly);
    return QJsonDocument::fromJson(f.readAll()).object();
}

const QString invekos = QStringLiteral(CROPMAP_SHARED_DATA "/austria-invekos/invekos_schlaege_2025_sample.gpkg");

} // namespace

class TestThematicCommands : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase()
    {
        QVERIFY(m_dir.isValid());
        // One synthetic tile of 96 × 96 px with 14 acquisitions, composited.
        CliResult r = runCli({QStringLiteral("synth"), QStringLiteral("--out"), path(QStringLiteral("scene")),
                               QStringLiteral("--tiles"), QStringLiteral("1"), QStringLiteral("--size"), QStringLiteral("96"),
                               QStringLiteral("--acquisitions"), QStringLiteral("14"), QStringLiteral("--seed"), QStringLiteral("2")});
        QVERIFY2(r.code == 0, qPrintable(r.output));
        r = runCli({QStringLiteral("composite"), QStringLiteral("--archive"), path(QStringLiteral("scene/archive")),
                     QStringLiteral("--tile"), QStringLiteral("T33UUP"), QStringLiteral("--out"), path(QStringLiteral("composites"))});
        QVERIFY2(r.code == 0, qPrintable(r.output));
        m_grid = path(QStringLiteral("composites/T33UUP/T33UUP_composites.vrt"));
        QVERIFY(QFile::exists(m_grid));
    }

    void legendInitListsEveryDeclaredValue()
    {
        const CliResult r = runCli({QStringLiteral("legend"), QStringLiteral("init"), QStringLiteral("--parcels"), invekos,
                                     QStringLiteral("--field"), QStringLiteral("SNAR_BEZEICHNUNG"),
                                     QStringLiteral("--out"), path(QStringLiteral("init.json"))});
        QVERIFY2(r.code == 0, qPrintable(r.output));
        // The sample holds 30 parcels of three-cut meadows with 24.88 ha between them.
        static const QRegularExpression meadow(QStringLiteral("MÄHWIESE/-WEIDE DREI UND MEHR NUTZUNGEN\\s+30\\s+24\\.88"));
        QVERIFY2(meadow.match(r.output).hasMatch(), qPrintable(r.output));
        const QJsonObject legend = readJson(path(QStringLiteral("init.json")));
        QCOMPARE(legend.value(QStringLiteral("field")).toString(), QStringLiteral("SNAR_BEZEICHNUNG"));
        QCOMPARE(legend.value(QStringLiteral("classes")).toArray().size(), 15); // the seed's classes
        const QJsonArray mapping = legend.value(QStringLiteral("mapping")).toArray();
        QVERIFY(mapping.size() >= 10);
        for (const QJsonValue &row : mapping) // a blank table: every value starts as ignore
            QVERIFY(row.toObject().value(QStringLiteral("class")).isNull());
    }

    void legendProposeDraftsFromTheTaxonomy()
    {
        const CliResult r = runCli({QStringLiteral("legend"), QStringLiteral("propose"), QStringLiteral("--parcels"), invekos,
                                     QStringLiteral("--field"), QStringLiteral("SNAR_CODE"), QStringLiteral("--label-field"),
                                     QStringLiteral("SNAR_BEZEICHNUNG"), QStringLiteral("--taxonomy"),
                                     QStringLiteral(CROPMAP_SHARED_DATA "/austria-invekos/at_2021.csv"),
                                     QStringLiteral("--out"), path(QStringLiteral("proposed.json"))});
        QVERIFY2(r.code == 0, qPrintable(r.output));
        QHash<QString, QJsonValue> classOf;
        for (const QJsonValue &row : readJson(path(QStringLiteral("proposed.json"))).value(QStringLiteral("mapping")).toArray())
            classOf.insert(row.toObject().value(QStringLiteral("value")).toString(), row.toObject().value(QStringLiteral("class")));
        // 717 (meadow, three cuts) is HCAT pasture_meadow_grassland_grass → Grassland; 360 (hedge)
        // is a landscape element → ignore (null).
        QCOMPARE(classOf.value(QStringLiteral("717")).toString(), QStringLiteral("Grassland"));
        QVERIFY(classOf.contains(QStringLiteral("360")));
        QVERIFY(classOf.value(QStringLiteral("360")).isNull());
    }

    // A legend as a German Excel saves it (';', BOM, CRLF), checked against the real parcels:
    // --parcels reads the declared values, with --label-field beside each unknown one.
    void legendShowReadsASpreadsheetLegendAgainstTheParcels()
    {
        const QString legend = path(QStringLiteral("excel.csv"));
        QFile csv(legend);
        QVERIFY(csv.open(QIODevice::WriteOnly));
        csv.write("\xEF\xBB\xBF" "field;SNAR_CODE\r\nValue;Class\r\n634;Legumes\r\n\"360\";\r\n");
        csv.close();
        CliResult r = runCli({QStringLiteral("legend"), QStringLiteral("show"), legend, QStringLiteral("--parcels"), invekos,
                              QStringLiteral("--label-field"), QStringLiteral("SNAR_BEZEICHNUNG")});
        QVERIFY2(r.code == 0, qPrintable(r.output));
        QVERIFY2(!r.output.contains(QStringLiteral("not defined")), qPrintable(r.output));
        QVERIFY2(r.output.contains(QStringLiteral("Legend %1, field SNAR_CODE").arg(legend)), qPrintable(r.output));
        QVERIFY2(r.output.contains(QRegularExpression(QStringLiteral("634 +→ Legumes"))), qPrintable(r.output));
        // 110 WINTERGERSTE: 4 parcels, 2.68 ha in the sample (see tst_legend_aggregation).
        QVERIFY2(r.output.contains(QStringLiteral("unknown value \"110\" (WINTERGERSTE): 4 parcels, 2.68 ha")),
                 qPrintable(r.output));
        QVERIFY2(!r.output.contains(QStringLiteral("unknown value \"634\"")), qPrintable(r.output));
        QVERIFY2(r.output.contains(QRegularExpression(QStringLiteral("\\n[1-9]\\d* declared values unknown to the legend"))),
                 qPrintable(r.output));
        r = runCli({QStringLiteral("legend"), QStringLiteral("show"), legend, QStringLiteral("--parcels"), invekos});
        QVERIFY2(r.code == 0 && !r.output.contains(QStringLiteral("not defined"))
                     && r.output.contains(QStringLiteral("unknown value \"110\": 4 parcels")),
                 qPrintable(r.output));
    }

    void rasterizeSplitAndSampleChain()
    {
        CliResult r = runCli({QStringLiteral("rasterize"), QStringLiteral("--parcels"), path(QStringLiteral("scene/parcels.gpkg")),
                               QStringLiteral("--field"), QStringLiteral("SNAR_BEZEICHNUNG"), QStringLiteral("--legend"),
                               QStringLiteral("synthetic"), QStringLiteral("--grid"), m_grid, QStringLiteral("--tile"),
                               QStringLiteral("T33UUP"), QStringLiteral("--out"), path(QStringLiteral("thematic"))});
        QVERIFY2(r.code == 0, qPrintable(r.output));
        for (const QString &f : {QStringLiteral("T33UUP_parcels.tif"), QStringLiteral("T33UUP_classes.tif"),
                                 QStringLiteral("T33UUP_classes_eroded.tif"), QStringLiteral("T33UUP_classes.qml"),
                                 QStringLiteral("T33UUP_thematic.json")})
            QVERIFY2(QFile::exists(path(QStringLiteral("thematic/")) + f), qPrintable(f));
        // Erosion only removes pixels: per class, after ≤ before, and something survives.
        qint64 after = 0;
        for (const QJsonValue &c : readJson(path(QStringLiteral("thematic/T33UUP_thematic.json"))).value(QStringLiteral("classCounts")).toArray()) {
            QVERIFY(c.toObject().value(QStringLiteral("after")).toInt() <= c.toObject().value(QStringLiteral("before")).toInt());
            after += c.toObject().value(QStringLiteral("after")).toInt();
        }
        QVERIFY(after > 1000);

        r = runCli({QStringLiteral("split"), QStringLiteral("--grid"), m_grid, QStringLiteral("--tile"), QStringLiteral("T33UUP"),
                     QStringLiteral("--out"), path(QStringLiteral("split")), QStringLiteral("--seed"), QStringLiteral("3")});
        QVERIFY2(r.code == 0, qPrintable(r.output));
        // 10 × 10 patches at 60/20/20: exactly 60, 20 and 20.
        QVERIFY2(r.output.contains(QStringLiteral("100 patches: 60 train, 20 validation, 20 test")), qPrintable(r.output));
        const io::RasterSource split = io::RasterSource::open(path(QStringLiteral("split/T33UUP_split.tif")));
        const std::vector<float> patches = split.readAll();
        QCOMPARE(patches.size(), std::size_t(100));
        QCOMPARE(std::count(patches.begin(), patches.end(), 3.0f), 20L);

        r = runCli({QStringLiteral("sample"), QStringLiteral("--thematic"), path(QStringLiteral("thematic")), QStringLiteral("--composites"),
                     path(QStringLiteral("composites")), QStringLiteral("--split"), path(QStringLiteral("split")),
                     QStringLiteral("--out"), path(QStringLiteral("samples")), QStringLiteral("--budget"), QStringLiteral("800")});
        QVERIFY2(r.code == 0, qPrintable(r.output));
        QVERIFY2(r.output.contains(QStringLiteral("(the 65th percentile of the priors)")), qPrintable(r.output)); // the plan is printed first
        static const QRegularExpression wrote(QStringLiteral("Wrote (\\d+) training, (\\d+) validation and (\\d+) test samples"));
        const QRegularExpressionMatch m = wrote.match(r.output);
        QVERIFY2(m.hasMatch(), qPrintable(r.output));
        const sampling::SampleSet train = sampling::SampleSet::load(path(QStringLiteral("samples/train.samples")));
        const sampling::SampleSet test = sampling::SampleSet::load(path(QStringLiteral("samples/test.samples")));
        QCOMPARE(train.size(), m.captured(1).toLongLong());
        QCOMPARE(test.size(), m.captured(3).toLongLong());
        QCOMPARE(train.stepCount(), 12);
        // Parcels go whole to the set of the patch holding most of their eroded pixels (ties:
        // the lower patch index), so no parcel is on both sides. A pixel belongs to the patch
        // its centre falls in: column c of 96 px in 10 patches → floor((c + 0.5)·10/96) =
        // (2c + 1)·10 / 192. Count each parcel's eroded pixels per patch by hand and check that
        // every training sample's parcel has its majority patch in train (1), every test
        // sample's in test (3).
        const std::vector<float> ids = io::RasterSource::open(path(QStringLiteral("thematic/T33UUP_parcels.tif"))).readAll();
        const std::vector<float> eroded = io::RasterSource::open(path(QStringLiteral("thematic/T33UUP_classes_eroded.tif"))).readAll();
        std::map<std::uint32_t, std::array<int, 100>> perPatch;
        for (int row = 0; row < 96; ++row) {
            for (int column = 0; column < 96; ++column) {
                const std::size_t i = std::size_t(row * 96 + column);
                if (std::isnan(eroded[i]) || eroded[i] <= 0 || std::isnan(ids[i]))
                    continue;
                const int patch = (2 * row + 1) * 10 / 192 * 10 + (2 * column + 1) * 10 / 192;
                ++perPatch[std::uint32_t(ids[i])][std::size_t(patch)];
            }
        }
        auto majority = [&](std::uint32_t parcel) {
            const std::array<int, 100> &n = perPatch[parcel];
            return int(patches[std::size_t(std::max_element(n.begin(), n.end()) - n.begin())]);
        };
        std::set<std::uint32_t> trainParcels;
        for (qint64 i = 0; i < train.size(); ++i) {
            trainParcels.insert(train.parcelId(i));
            QCOMPARE(majority(train.parcelId(i)), 1);
        }
        for (qint64 i = 0; i < test.size(); ++i) {
            QVERIFY(!trainParcels.count(test.parcelId(i)));
            QCOMPARE(majority(test.parcelId(i)), 3);
        }

        // Another percentile, in percent as the project's "quantile": the plan says which.
        r = runCli({QStringLiteral("sample"), QStringLiteral("--thematic"), path(QStringLiteral("thematic")), QStringLiteral("--composites"),
                     path(QStringLiteral("composites")), QStringLiteral("--split"), path(QStringLiteral("split")),
                     QStringLiteral("--out"), path(QStringLiteral("samples-median")), QStringLiteral("--budget"), QStringLiteral("800"),
                     QStringLiteral("--quantile"), QStringLiteral("50")});
        QVERIFY2(r.code == 0, qPrintable(r.output));
        QVERIFY2(r.output.contains(QStringLiteral("(the 50th percentile of the priors)")), qPrintable(r.output));
        QCOMPARE(readJson(path(QStringLiteral("samples-median/sampling.json"))).value(QStringLiteral("quantilePercent")).toDouble(), 50.0);
    }

    void badInputNamesTheFileAndTheProblem_data()
    {
        QTest::addColumn<QStringList>("arguments");
        QTest::addColumn<QStringList>("expected");
        const QString parcels = path(QStringLiteral("scene/parcels.gpkg"));
        QFile csv(path(QStringLiteral("duplicate.csv")));
        csv.open(QIODevice::WriteOnly);
        csv.write("value,class\nMaize,Maize\nWheat,Winter Wheat\nMaize,Grassland\n");
        csv.close();
        QTest::newRow("missing field")
            << QStringList{QStringLiteral("rasterize"), QStringLiteral("--parcels"), parcels, QStringLiteral("--field"),
                           QStringLiteral("NOPE"), QStringLiteral("--legend"), QStringLiteral("synthetic"),
                           QStringLiteral("--grid"), m_grid, QStringLiteral("--tile"), QStringLiteral("T33UUP"),
                           QStringLiteral("--out"), path(QStringLiteral("bad"))}
            << QStringList{QStringLiteral("no field \"NOPE\""), QStringLiteral("SNAR_BEZEICHNUNG"), parcels};
        QTest::newRow("duplicate legend row")
            << QStringList{QStringLiteral("legend"), QStringLiteral("show"), path(QStringLiteral("duplicate.csv"))}
            << QStringList{QStringLiteral("duplicate.csv, line 4"), QStringLiteral("\"Maize\" appears twice")};
        QFile json(path(QStringLiteral("comma.json")));
        json.open(QIODevice::WriteOnly);
        json.write("{\"mapping\": [\n  {\"value\": \"634\", \"class\": \"Legumes\"},\n]}\n");
        json.close();
        QTest::newRow("trailing comma in a legend")
            << QStringList{QStringLiteral("legend"), QStringLiteral("show"), path(QStringLiteral("comma.json"))}
            << QStringList{QStringLiteral("comma.json, line 2, column 39: a trailing comma")};
        QTest::newRow("no thematic product")
            << QStringList{QStringLiteral("sample"), QStringLiteral("--thematic"), path(QStringLiteral("nowhere")),
                           QStringLiteral("--composites"), path(QStringLiteral("composites")), QStringLiteral("--out"),
                           path(QStringLiteral("bad-samples"))}
            << QStringList{QStringLiteral("No thematic product"), QStringLiteral("nowhere")};
        // Tile ids name output files: "../evil" would write next to --out.
        QTest::newRow("rasterize --tile with a path")
            << QStringList{QStringLiteral("rasterize"), QStringLiteral("--parcels"), parcels, QStringLiteral("--field"),
                           QStringLiteral("SNAR_BEZEICHNUNG"), QStringLiteral("--legend"), QStringLiteral("synthetic"),
                           QStringLiteral("--grid"), m_grid, QStringLiteral("--tile"), QStringLiteral("../evil"),
                           QStringLiteral("--out"), path(QStringLiteral("bad"))}
            << QStringList{QStringLiteral("--tile: \"../evil\" is not a usable tile id")};
        QTest::newRow("split --tile with a path")
            << QStringList{QStringLiteral("split"), QStringLiteral("--grid"), m_grid, QStringLiteral("--tile"),
                           QStringLiteral("../evil"), QStringLiteral("--out"), path(QStringLiteral("bad"))}
            << QStringList{QStringLiteral("--tile: \"../evil\" is not a usable tile id")};
        QTest::newRow("experiment --target-tile with a path")
            << QStringList{QStringLiteral("experiment"), QStringLiteral("table3"), path(QStringLiteral("project.json")),
                           QStringLiteral("--target-tile"), QStringLiteral("../evil")}
            << QStringList{QStringLiteral("--target-tile: \"../evil\" is not a usable tile id")};
        QTest::newRow("sample --tile empty")
            << QStringList{QStringLiteral("sample"), QStringLiteral("--thematic"), path(QStringLiteral("thematic")),
                           QStringLiteral("--composites"), path(QStringLiteral("composites")), QStringLiteral("--tile"),
                           QString(), QStringLiteral("--out"), path(QStringLiteral("bad-samples"))}
            << QStringList{QStringLiteral("--tile: \"\" is not a usable tile id")};
        // The quantile is in percent everywhere: 0.65 is refused with the value meant.
        QTest::newRow("sample --quantile as a fraction")
            << QStringList{QStringLiteral("sample"), QStringLiteral("--thematic"), path(QStringLiteral("thematic")),
                           QStringLiteral("--composites"), path(QStringLiteral("composites")), QStringLiteral("--quantile"),
                           QStringLiteral("0.65"), QStringLiteral("--out"), path(QStringLiteral("bad-samples"))}
            << QStringList{QStringLiteral("--quantile: the sampling quantile is in percent, not a fraction"),
                           QStringLiteral("(did you mean 65?)")};
        QTest::newRow("sample --quantile above 100")
            << QStringList{QStringLiteral("sample"), QStringLiteral("--thematic"), path(QStringLiteral("thematic")),
                           QStringLiteral("--composites"), path(QStringLiteral("composites")), QStringLiteral("--quantile"),
                           QStringLiteral("650"), QStringLiteral("--out"), path(QStringLiteral("bad-samples"))}
            << QStringList{QStringLiteral("--quantile: the sampling quantile must lie in (1, 100] percent, not 650")};
        QTest::newRow("parcels miss the tile")
            << QStringList{QStringLiteral("rasterize"), QStringLiteral("--parcels"), invekos, QStringLiteral("--field"),
                           QStringLiteral("SNAR_CODE"), QStringLiteral("--legend"), QStringLiteral("austria-invekos"),
                           QStringLiteral("--grid"), m_grid, QStringLiteral("--tile"), QStringLiteral("T33UUP"),
                           QStringLiteral("--out"), path(QStringLiteral("bad"))}
            << QStringList{QStringLiteral("T33UUP")};
    }

    void badInputNamesTheFileAndTheProblem()
    {
        QFETCH(QStringList, arguments);
        QFETCH(QStringList, expected);
        const CliResult r = runCli(arguments);
        QCOMPARE(r.code, 1);
        for (const QString &e : expected)
            QVERIFY2(r.output.contains(e), qPrintable(e + QStringLiteral(" not in: ") + r.output));
        // Nothing half-written is left behind.
        QVERIFY(!QDir(path(QStringLiteral("bad"))).exists() || QDir(path(QStringLiteral("bad"))).isEmpty());
        QVERIFY(!QFile::exists(path(QStringLiteral("bad-samples/train.samples"))));
        QVERIFY(QDir(m_dir.path()).entryList({QStringLiteral("evil*")}).isEmpty());
    }

private:
    QString path(const QString &relative) const { return m_dir.filePath(relative); }

    QTemporaryDir m_dir;
    QString m_grid;
};

QTEST_GUILESS_MAIN(TestThematicCommands)
#include "tst_thematic_commands.moc"
