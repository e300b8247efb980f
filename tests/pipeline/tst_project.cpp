// SPDX-License-Identifier: GPL-3.0-or-later
#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QTemporaryDir>
#include <QTest>

#include "pipeline/project.h"
#include "pipeline/step_record.h"
#include "util/error.h"
#include "util/json_syntax_error.h"

using namespace cropmap::core;
using pipeline::Project;

namespace {

const QByteArray kValid = R"({
  "archive": "synthetic/archive",
  "tiles": ["T33UUP", "T33UVP"],
  "parcels": "synthetic/parcels.gpkg",
  "field": "SNAR_BEZEICHNUNG",
  "legend": "legend.json",
  "output": "run",
  "seed": 7,
  "train": { "epochs": 5, "model": "lstm" },
  "select": { "rule": "seed", "percentile": 25 }
})";

} // namespace

class TestProject : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void readsAValidProject()
    {
        const Project p = Project::fromJson(kValid, QStringLiteral("/data/demo/project.json"));
        QCOMPARE(p.tiles, (QStringList{QStringLiteral("T33UUP"), QStringLiteral("T33UVP")}));
        QCOMPARE(p.seed, 7);
        QCOMPARE(p.period, QStringLiteral("2017-09:2018-08")); // the default
        QCOMPARE(p.stepOptions(QStringLiteral("train")).value(QStringLiteral("epochs")).toInt(), 5);
        QCOMPARE(p.resolve(p.archive), QStringLiteral("/data/demo/synthetic/archive"));
        QCOMPARE(p.outputDir(), QStringLiteral("/data/demo/run"));
        QCOMPARE(p.resolve(QStringLiteral("/abs/x.tif")), QStringLiteral("/abs/x.tif"));
        QCOMPARE(p.classifyMask(), QStringLiteral("declared")); // the crop mask by default
        QCOMPARE(p.memoryBudget().bytes, qint64(0)); // a quarter of the RAM
        QByteArray withMemory = kValid;
        withMemory.replace("\"seed\": 7,", "\"seed\": 7, \"memory\": 2048,");
        const Project m = Project::fromJson(withMemory, QStringLiteral("/data/demo/project.json"));
        QCOMPARE(m.memoryBudget().bytes, qint64(2048) << 20);
        QCOMPARE(m.toJson().value(QStringLiteral("memory")).toString(), QStringLiteral("2048"));
    }

    void badProjects_data()
    {
        QTest::addColumn<QByteArray>("json");
        QTest::addColumn<QString>("expected");
        QByteArray typo = kValid;
        typo.replace("\"seed\": 7", "\"sed\": 7"); // line 8
        QTest::newRow("mistyped top-level key") << typo << QStringLiteral("line 8: unknown key \"sed\" (did you mean \"seed\"?)");
        QByteArray nested = kValid;
        nested.replace("\"percentile\"", "\"percentil\""); // line 10
        QTest::newRow("mistyped step key") << nested << QStringLiteral("line 10: unknown key \"percentil\" in \"select\" (did you mean \"percentile\"?)");
        QByteArray type = kValid;
        type.replace("\"seed\": 7", "\"seed\": \"7\"");
        QTest::newRow("wrong type") << type << QStringLiteral("line 8: \"seed\" must be a number");
        QByteArray syntax = kValid;
        syntax.replace("\"output\": \"run\",", "\"output\": \"run\""); // missing comma after line 7
        QTest::newRow("syntax error") << syntax << QStringLiteral("line 8");
        // Qt reports the trailing comma at the "}" of line 11; the comma ends line 10 (column 49).
        QByteArray trailing = kValid;
        trailing.replace("\"percentile\": 25 }", "\"percentile\": 25 },");
        QTest::newRow("trailing comma") << trailing << QStringLiteral("p.json, line 10, column 49: a trailing comma");
        // Without the last line's "}" the input ends after line 10's 48 characters.
        QByteArray brace = kValid;
        brace.chop(2);
        QTest::newRow("missing brace")
            << brace << QStringLiteral("p.json, line 10, column 49: the input ends before the { at line 1, column 1 is closed");
        QByteArray missing = kValid;
        missing.replace("\"legend\": \"legend.json\",", "");
        QTest::newRow("missing input") << missing << QStringLiteral("needs \"legend\"");
        // Tile ids name folders and files: "../../evil" would write two levels above the output.
        QByteArray flat = kValid;
        flat.replace("\"output\": \"run\",", "\"output\": \"run\", \"flat_tile_id\": \"../../evil\","); // line 7
        QTest::newRow("flat tile id with a path")
            << flat << QStringLiteral("line 7: \"flat_tile_id\": \"../../evil\" is not a usable tile id");
        QByteArray emptyFlat = kValid;
        emptyFlat.replace("\"output\": \"run\",", "\"output\": \"run\", \"flat_tile_id\": \"\",");
        QTest::newRow("empty flat tile id") << emptyFlat << QStringLiteral("line 7: \"flat_tile_id\": \"\" is not a usable tile id");
        QByteArray tiles = kValid;
        tiles.replace("\"T33UVP\"", "\"T33UVP/..\""); // line 3
        QTest::newRow("tile with a separator") << tiles << QStringLiteral("line 3: \"tiles\": \"T33UVP/..\" is not a usable tile id");
        // The quantile is in percent (README): 0.65 would silently be the 0.65th percentile.
        QByteArray fraction = kValid;
        fraction.replace("\"seed\": 7,", "\"seed\": 7,\n  \"sampling\": { \"budget\": 500, \"quantile\": 0.65 },"); // line 9
        QTest::newRow("quantile as a fraction")
            << fraction << QStringLiteral("line 9: \"quantile\" in \"sampling\": the sampling quantile is in percent, "
                                          "not a fraction: 0.65 would put τ at the 0.65th percentile of the priors (did you mean 65?)");
        QByteArray above = kValid;
        above.replace("\"seed\": 7,", "\"seed\": 7,\n  \"sampling\": { \"quantile\": 165 },");
        QTest::newRow("quantile above 100") << above << QStringLiteral("line 9: \"quantile\" in \"sampling\": the sampling quantile must lie in (1, 100] percent, not 165");
        QByteArray mask = kValid;
        mask.replace("\"seed\": 7,", "\"seed\": 7,\n  \"classify\": {\n \"mask\": \"parcels\" },"); // line 10
        QTest::newRow("unknown crop mask")
            << mask << QStringLiteral("line 10: \"mask\" in \"classify\" must be \"declared\" (only the pixels of declared "
                                      "parcels) or \"none\" (every pixel), not \"parcels\"");
        QByteArray maskType = kValid;
        maskType.replace("\"seed\": 7,", "\"seed\": 7,\n  \"classify\": { \"mask\": true },");
        QTest::newRow("crop mask not a string") << maskType << QStringLiteral("line 9: \"mask\" in \"classify\" must be \"declared\"");
        QByteArray precision = kValid;
        precision.replace("\"seed\": 7,", "\"seed\": 7,\n  \"classify\": { \"mask\": \"none\",\n \"precision\": \"half\" },"); // line 10
        QTest::newRow("unknown precision")
            << precision << QStringLiteral("line 10: \"precision\" in \"classify\" must be \"float32\" or \"bfloat16\" "
                                           "(the seed LSTM's products rounded to bfloat16 on CPUs with AVX-512 BF16), not \"half\"");
        QByteArray memory = kValid;
        memory.replace("\"seed\": 7,", "\"seed\": 7,\n  \"memory\": \"lots\","); // line 9
        QTest::newRow("memory not a size")
            << memory << QStringLiteral("line 9: \"memory\": \"lots\" is not a memory size; write e.g. 4G, 512M or 2048 (MiB)");
        QByteArray tiny = kValid;
        tiny.replace("\"seed\": 7,", "\"seed\": 7,\n  \"memory\": 100,");
        QTest::newRow("memory below 256 MiB") << tiny << QStringLiteral("line 9: \"memory\": 100 is below the smallest budget, 256M");
    }
    void badProjects()
    {
        QFETCH(QByteArray, json);
        QFETCH(QString, expected);
        try {
            Project::fromJson(json, QStringLiteral("p.json"));
            QFAIL("expected an error");
        } catch (const Error &e) {
            QVERIFY2(e.message().contains(expected) && e.message().startsWith(QStringLiteral("p.json")),
                     qPrintable(e.message()));
        }
    }

    // Every JSON reader reports through JsonSyntaxError: the offending token's line and column,
    // counted in characters (QJsonParseError's offset is in bytes, just past the token).
    void jsonSyntaxErrorsPointAtTheToken_data()
    {
        QTest::addColumn<QByteArray>("json");
        QTest::addColumn<QString>("expected");
        QTest::newRow("trailing comma in an array") << QByteArray("{\"a\": [1, 2,\n]}\n")
                                                    << QStringLiteral("line 1, column 12: a trailing comma");
        // "ä" and "ö" are two bytes each, one column each.
        QTest::newRow("columns in characters") << QByteArray("{\"ä\": 1,\n \"ö\": 2,\n}")
                                               << QStringLiteral("line 2, column 8: a trailing comma");
        QTest::newRow("bad value") << QByteArray("{\"a\":\n  tru}") << QStringLiteral("line 2, column 3: ");
        QTest::newRow("missing value") << QByteArray("{\"a\": }")
                                       << QStringLiteral("line 1, column 7: a value is missing after the colon");
        QTest::newRow("wrong closing bracket")
            << QByteArray("{\"a\": [1, 2\n}") << QStringLiteral("line 2, column 1: a } where the [ at line 1, column 7 is still open");
        QTest::newRow("bracket inside a string")
            << QByteArray("{\"a\": [1, {\"b\": \"}]\"}") << QStringLiteral("line 1, column 22: the input ends before the [ at line 1, column 7 is closed");
        QTest::newRow("unterminated string") << QByteArray("{\"a\": \"xyz") << QStringLiteral("line 1, column 7: ");
        QTest::newRow("garbage after the document") << QByteArray("{}\n\n  x") << QStringLiteral("line 3, column 3: ");
        QTest::newRow("empty") << QByteArray() << QStringLiteral("line 1, column 1: ");
    }
    void jsonSyntaxErrorsPointAtTheToken()
    {
        QFETCH(QByteArray, json);
        QFETCH(QString, expected);
        try {
            JsonSyntaxError::parse(json, QStringLiteral("x.json"));
            QFAIL("expected an error");
        } catch (const Error &e) {
            QVERIFY2(e.message().startsWith(QStringLiteral("x.json, ") + expected), qPrintable(e.message()));
        }
    }

    void saveAndLoadRoundTrip()
    {
        QTemporaryDir dir;
        Project p = Project::fromJson(kValid, dir.filePath(QStringLiteral("a.json")));
        p.save(dir.filePath(QStringLiteral("b.json")));
        const Project q = Project::load(dir.filePath(QStringLiteral("b.json")));
        QCOMPARE(q.toJson(), p.toJson());
    }

    void stepRecordTracksOptionsInputsAndOutputs()
    {
        QTemporaryDir dir;
        const QString input = dir.filePath(QStringLiteral("in.txt"));
        const QString output = dir.filePath(QStringLiteral("run/out.txt"));
        QVERIFY(writeFile(input, "a"));
        QVERIFY(writeFile(output, ""));
        const pipeline::InputSnapshot::Folders folders{dir.path(), dir.filePath(QStringLiteral("run"))};
        const QJsonObject options{{QStringLiteral("erosion_px"), 1}};
        const pipeline::StepRecord record(dir.filePath(QStringLiteral("run/.state")), QStringLiteral("rasterize"));
        QCOMPARE(record.check(options, {input}, {output}, folders).reason, QStringLiteral("not run yet"));
        record.markDone(options, {input}, {output}, folders);
        QVERIFY(record.check(options, {input}, {output}, folders).upToDate);
        // Each reason names what changed: the option with both values, the input by its
        // path relative to the project, the missing output relative to the output folder.
        QCOMPARE(record.check({{QStringLiteral("erosion_px"), 2}}, {input}, {output}, folders).reason,
                 QStringLiteral("option erosion_px: 1 → 2"));
        QVERIFY(writeFile(input, "abc"));
        QCOMPARE(record.check(options, {input}, {output}, folders).reason,
                 QStringLiteral("input <project>/in.txt changed"));
        QVERIFY(writeFile(input, "a"));
        QFile::remove(output);
        QCOMPARE(record.check(options, {input}, {output}, folders).reason,
                 QStringLiteral("output <output>/out.txt is missing"));
    }

    void stepRecordHoldsInACopiedFolder()
    {
        // Inputs are identified by content and portable paths: the same bytes written anew
        // (a new modification time) or the whole folder copied elsewhere stay up to date.
        QTemporaryDir dir;
        const QString input = dir.filePath(QStringLiteral("a/in.txt"));
        const QString output = dir.filePath(QStringLiteral("a/run/out.txt"));
        QVERIFY(writeFile(input, "abc"));
        QVERIFY(writeFile(output, "x"));
        const QJsonObject options{{QStringLiteral("k"), 1}};
        pipeline::StepRecord(dir.filePath(QStringLiteral("a/run/.state")), QStringLiteral("s"))
            .markDone(options, {input, dir.filePath(QStringLiteral("a/run"))}, {output},
                      {dir.filePath(QStringLiteral("a")), dir.filePath(QStringLiteral("a/run"))});
        QVERIFY(QDir().mkpath(dir.filePath(QStringLiteral("b/run/.state"))));
        for (const QString &f : {QStringLiteral("in.txt"), QStringLiteral("run/out.txt"), QStringLiteral("run/.state/s.json")})
            QVERIFY(QFile::copy(dir.filePath(QStringLiteral("a/") + f), dir.filePath(QStringLiteral("b/") + f)));
        const pipeline::StepCheck copied =
            pipeline::StepRecord(dir.filePath(QStringLiteral("b/run/.state")), QStringLiteral("s"))
                .check(options, {dir.filePath(QStringLiteral("b/in.txt")), dir.filePath(QStringLiteral("b/run"))},
                       {dir.filePath(QStringLiteral("b/run/out.txt"))},
                       {dir.filePath(QStringLiteral("b")), dir.filePath(QStringLiteral("b/run"))});
        QVERIFY2(copied.upToDate, qPrintable(copied.reason));
    }

    void noHashingReadsOnlyWithinItsBudget()
    {
        // The GUI thread checks states under NoHashing: known files cost nothing, unknown ones
        // are read while the budget lasts, beyond it HashingNeeded names the file.
        QTemporaryDir dir;
        const QString small = dir.filePath(QStringLiteral("small.txt"));
        const QString big = dir.filePath(QStringLiteral("big.bin"));
        QVERIFY(writeFile(small, "abc"));
        QVERIFY(writeFile(big, QByteArray(4096, 'x')));
        const pipeline::InputSnapshot::Folders folders{dir.path(), dir.filePath(QStringLiteral("run"))};
        {
            const pipeline::InputSnapshot::NoHashing guard(100);
            QVERIFY(!pipeline::InputSnapshot::take({small}, folders).isEmpty());
            try {
                pipeline::InputSnapshot::take({big}, folders);
                QFAIL("no HashingNeeded");
            } catch (const pipeline::InputSnapshot::HashingNeeded &needed) {
                QCOMPARE(needed.path, QFileInfo(big).absoluteFilePath());
            }
        }
        // Without the guard it is read; this process then knows it, so no budget is needed.
        const pipeline::InputSnapshot full = pipeline::InputSnapshot::take({small, big}, folders);
        const pipeline::InputSnapshot::NoHashing none(0);
        QCOMPARE(pipeline::InputSnapshot::take({small, big}, folders).digest(), full.digest());
    }

private:
    static bool writeFile(const QString &path, const QByteArray &data)
    {
        QDir().mkpath(QFileInfo(path).absolutePath());
        QFile file(path);
        return file.open(QIODevice::WriteOnly) && file.write(data) == data.size();
    }
};

QTEST_GUILESS_MAIN(TestProject)
#include "tst_project.moc"
