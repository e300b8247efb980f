// SPDX-License-Identifier: GPL-3.0-or-later
// CSV sample tables through the real binary: `cropmap train` on a table with a group column
// (group-wise validation split), `cropmap evaluate --model --samples` on a table, the random
// forest through the same evaluate step, a table whose columns do not fit the model, and
// `cropmap samples import` with train's --csv-* flags: labels through a legend's mapping,
// extra columns skipped, every bad input named with its file.
#include <QFile>
#include <QJsonDocument>
#include <QJsonObject>
#include <QProcess>
#include <QRegularExpression>
#include <QTemporaryDir>
#include <QTest>

#include "common/cli_process.h"

#include "forest/random_forest.h"
#include "sampling/sample_set.h"

namespace {

using cropmap::tests::CliResult;

CliResult runCli(const QStringList &arguments)
{
    return cropmap::tests::runCropmap(arguments);
}

// label,field,t1_NDVI,t2_NDVI,t3_NDVI: three classes peaking at step 1, 2 or 3; 30 fields of
// 6 pixels, field f of class f % 3; small deterministic noise from the pixel number.
QByteArray separableTable(int fieldOffset)
{
    static const char *names[] = {"Maize", "Grassland", "Winter Wheat"};
    QByteArray csv = "label,field,t1_NDVI,t2_NDVI,t3_NDVI\n";
    for (int f = 0; f < 30; ++f) {
        const int c = f % 3;
        for (int p = 0; p < 6; ++p) {
            const double noise = 0.01 * ((f * 7 + p * 3) % 5);
            QList<double> v = {0.2 + noise, 0.2 + noise, 0.2 + noise};
            v[c] = 0.8 - noise;
            csv += QByteArray(names[c]) + ',' + QByteArray::number(f + fieldOffset);
            for (double x : v)
                csv += ',' + QByteArray::number(x, 'f', 3);
            csv += '\n';
        }
    }
    return csv;
}

// label,field,date,t1_NDVI,t2_NDVI,t3_NDVI with crop codes as labels on lines 2…8, fields
// 1…7, a date column that holds no values.
QByteArray codedTable(const std::initializer_list<const char *> &codes)
{
    QByteArray csv = "label,field,date,t1_NDVI,t2_NDVI,t3_NDVI\n";
    int field = 0;
    for (const char *code : codes)
        csv += QByteArray(code) + ',' + QByteArray::number(++field) + ",2018-03-01,0.1,0.5,0.2\n";
    return csv;
}

const QStringList &sitsArguments()
{
    static const QStringList arguments{QStringLiteral("--csv-group-column"), QStringLiteral("location"),
                                       QStringLiteral("--csv-skip-columns"), QStringLiteral("start_date"),
                                       QStringLiteral("--csv-bands"), QStringLiteral("mir,blue,nir,red,evi,ndvi"),
                                       QStringLiteral("--csv-steps"), QStringLiteral("23")};
    return arguments;
}

const QString sitsTable = QStringLiteral(CROPMAP_SHARED_DATA "/sits-matogrosso/samples_mt_9classes.csv");

} // namespace

class TestSampleTableCommands : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase()
    {
        QVERIFY(m_dir.isValid());
        for (const auto &[name, offset] : {std::pair{"train.csv", 1}, std::pair{"test.csv", 101}}) {
            QFile file(m_dir.filePath(QString::fromLatin1(name)));
            QVERIFY(file.open(QIODevice::WriteOnly));
            file.write(separableTable(offset));
        }
        QFile legend(m_dir.filePath(QStringLiteral("classes.json")));
        QVERIFY(legend.open(QIODevice::WriteOnly));
        legend.write("{\"classes\": [{\"id\": 3, \"name\": \"Maize\", \"colour\": \"#ffd92f\"},"
                     "{\"id\": 2, \"name\": \"Grassland\", \"colour\": \"#33a02c\"},"
                     "{\"id\": 13, \"name\": \"Winter Wheat\", \"colour\": \"#b2df8a\"}]}");
        legend.close();
        // The same classes with a mapping of crop codes 0…5 (5: ignore), as a legend of
        // resources/legends has it.
        QFile mapped(m_dir.filePath(QStringLiteral("coded-legend.json")));
        QVERIFY(mapped.open(QIODevice::WriteOnly));
        mapped.write("{\"field\": \"CODE\", \"classes\": [{\"id\": 3, \"name\": \"Maize\", \"colour\": \"#ffd92f\"},"
                     "{\"id\": 2, \"name\": \"Grassland\", \"colour\": \"#33a02c\"},"
                     "{\"id\": 13, \"name\": \"Winter Wheat\", \"colour\": \"#b2df8a\"}],"
                     "\"mapping\": [{\"value\": \"0\", \"class\": \"Maize\"}, {\"value\": \"1\", \"class\": \"Grassland\"},"
                     "{\"value\": \"2\", \"class\": \"Winter Wheat\"}, {\"value\": \"3\", \"class\": \"Maize\"},"
                     "{\"value\": \"4\", \"class\": \"Grassland\"}, {\"value\": \"5\", \"class\": null}]}");
        mapped.close();
        QFile coded(m_dir.filePath(QStringLiteral("coded.csv")));
        QVERIFY(coded.open(QIODevice::WriteOnly));
        coded.write(codedTable({"0", "1", "2", "3", "4", "5", "13"}));
        coded.close();
        QFile unmapped(m_dir.filePath(QStringLiteral("unmapped.csv")));
        QVERIFY(unmapped.open(QIODevice::WriteOnly));
        unmapped.write(codedTable({"0", "1", "2", "3", "4", "5", "9"}));
    }

    void trainOnATableSplitsByGroup()
    {
        const CliResult r = runCli({QStringLiteral("train"), QStringLiteral("--samples"), path("train.csv"),
                                    QStringLiteral("--csv-group-column"), QStringLiteral("field"),
                                    QStringLiteral("--csv-bands"), QStringLiteral("NDVI"), QStringLiteral("--csv-steps"),
                                    QStringLiteral("3"), QStringLiteral("--csv-classes"), path("classes.json"),
                                    QStringLiteral("--out"), path("lstm.model"), QStringLiteral("--epochs"),
                                    QStringLiteral("40"), QStringLiteral("--fine-tune-epochs"), QStringLiteral("0"),
                                    QStringLiteral("--batch-size"), QStringLiteral("16"), QStringLiteral("--quiet")});
        QVERIFY2(r.code == 0, qPrintable(r.output));
        // 30 fields, 0.2 held out: round(0.2 × 30) = 6 groups (36 samples) validation, 24
        // groups (144 samples) train.
        QVERIFY2(r.output.contains(QStringLiteral("24 groups (144 samples) train, 6 groups (36 samples) validation")),
                 qPrintable(r.output));
    }

    void anEnsembleOnATableHoldsOutOtherGroupsPerNetwork()
    {
        CliResult r = runCli({QStringLiteral("train"), QStringLiteral("--samples"), path("train.csv"),
                              QStringLiteral("--csv-group-column"), QStringLiteral("field"),
                              QStringLiteral("--csv-bands"), QStringLiteral("NDVI"), QStringLiteral("--csv-steps"),
                              QStringLiteral("3"), QStringLiteral("--csv-classes"), path("classes.json"),
                              QStringLiteral("--out"), path("ensemble.model"), QStringLiteral("--members"), QStringLiteral("2"),
                              QStringLiteral("--epochs"), QStringLiteral("5"), QStringLiteral("--fine-tune-epochs"),
                              QStringLiteral("0"), QStringLiteral("--batch-size"), QStringLiteral("16")});
        QVERIFY2(r.code == 0, qPrintable(r.output));
        // Each network holds out 6 of the 30 fields, drawn with its own seed; the validation
        // figures are out-of-member: each held-out sample judged by the networks that held it out.
        QVERIFY2(r.output.contains(QStringLiteral("Ensemble member 1 of 2 (seed 42): 24 groups (144 samples) train, 6 groups (36 samples) validation")),
                 qPrintable(r.output));
        QVERIFY2(r.output.contains(QStringLiteral("Ensemble member 2 of 2 (seed 43): 24 groups (144 samples) train, 6 groups (36 samples) validation")),
                 qPrintable(r.output));
        static const QRegularExpression heldOut(QStringLiteral("out-of-member on ([0-9]+) held-out samples"));
        const QRegularExpressionMatch m = heldOut.match(r.output);
        QVERIFY2(m.hasMatch(), qPrintable(r.output));
        QVERIFY2(m.captured(1).toInt() > 36 && m.captured(1).toInt() <= 72, qPrintable(r.output)); // two different draws
        r = runCli({QStringLiteral("model-info"), path("ensemble.model")});
        QVERIFY2(r.code == 0 && r.output.contains(QStringLiteral("2 networks")), qPrintable(r.output));
        QVERIFY2(r.output.contains(QStringLiteral("own groups per member")), qPrintable(r.output));
    }

    void evaluateAModelOnATable()
    {
        const CliResult r = runCli({QStringLiteral("evaluate"), QStringLiteral("--model"), path("lstm.model"),
                                    QStringLiteral("--samples"), path("test.csv"), QStringLiteral("--csv-group-column"),
                                    QStringLiteral("field"), QStringLiteral("--out"), path("report")});
        QVERIFY2(r.code == 0, qPrintable(r.output));
        // 30 fields × 6 pixels of the held-out table, every one labelled.
        static const QRegularExpression oa(QStringLiteral("Pixels 180, OA ([0-9.]+)"));
        const QRegularExpressionMatch m = oa.match(r.output);
        QVERIFY2(m.hasMatch(), qPrintable(r.output));
        // The peaks are 0.6 apart with 0.04 of noise: the classes are separable.
        QVERIFY2(m.captured(1).toDouble() >= 0.9, qPrintable(r.output));
        QFile json(path("report/accuracy.json"));
        QVERIFY(json.open(QIODevice::ReadOnly));
        const QJsonObject report = QJsonDocument::fromJson(json.readAll()).object();
        QCOMPARE(report.value(QStringLiteral("metadata")).toObject().value(QStringLiteral("model_kind")).toString(),
                 QStringLiteral("lstm"));
    }

    void scoringAgainstTheTruthNeedsTrueClasses()
    {
        // A CSV table knows only declared labels.
        CliResult r = runCli({QStringLiteral("evaluate"), QStringLiteral("--model"), path("lstm.model"),
                              QStringLiteral("--samples"), path("test.csv"), QStringLiteral("--csv-group-column"),
                              QStringLiteral("field"), QStringLiteral("--against"), QStringLiteral("truth"),
                              QStringLiteral("--out"), path("truth-report")});
        QCOMPARE(r.code, 1);
        QVERIFY2(r.output.contains(QStringLiteral("test.csv")) && r.output.contains(QStringLiteral("no true classes")),
                 qPrintable(r.output));
        QVERIFY(!QFile::exists(path("truth-report/accuracy.json")));
        r = runCli({QStringLiteral("evaluate"), QStringLiteral("--model"), path("lstm.model"), QStringLiteral("--samples"),
                    path("test.csv"), QStringLiteral("--against"), QStringLiteral("truths"), QStringLiteral("--out"),
                    path("truth-report")});
        QCOMPARE(r.code, 1);
        QVERIFY2(r.output.contains(QStringLiteral("declarations or truth")), qPrintable(r.output));
    }

    void theForestGoesThroughTheSameEvaluateStep()
    {
        CliResult r = runCli({QStringLiteral("samples"), QStringLiteral("import"), QStringLiteral("--csv"), path("train.csv"),
                              QStringLiteral("--out"), path("train.samples"), QStringLiteral("--bands"), QStringLiteral("NDVI"),
                              QStringLiteral("--steps"), QStringLiteral("3"), QStringLiteral("--group-column"),
                              QStringLiteral("field"), QStringLiteral("--classes"), path("classes.json")});
        QVERIFY2(r.code == 0, qPrintable(r.output));
        r = runCli({QStringLiteral("forest"), QStringLiteral("train"), QStringLiteral("--samples"), path("train.samples"),
                    QStringLiteral("--out"), path("rf.model"), QStringLiteral("--trees"), QStringLiteral("30")});
        QVERIFY2(r.code == 0, qPrintable(r.output));
        r = runCli({QStringLiteral("evaluate"), QStringLiteral("--model"), path("rf.model"), QStringLiteral("--samples"),
                    path("test.csv"), QStringLiteral("--csv-group-column"), QStringLiteral("field"),
                    QStringLiteral("--out"), path("report-rf")});
        QVERIFY2(r.code == 0, qPrintable(r.output));
        QVERIFY2(r.output.contains(QStringLiteral("Pixels 180, OA 1.0000")), qPrintable(r.output));

        // The forest's own options go into the model file; unusable ones write nothing.
        r = runCli({QStringLiteral("forest"), QStringLiteral("train"), QStringLiteral("--samples"), path("train.samples"),
                    QStringLiteral("--out"), path("rf16.model"), QStringLiteral("--trees"), QStringLiteral("10"),
                    QStringLiteral("--max-bins"), QStringLiteral("16"), QStringLiteral("--sample-fraction"),
                    QStringLiteral("0.5"), QStringLiteral("--features-per-split"), QStringLiteral("1")});
        QVERIFY2(r.code == 0, qPrintable(r.output));
        const auto options = cropmap::core::forest::RandomForest::load(path("rf16.model")).metadata().options;
        QCOMPARE(options.maxBins, 16);
        QCOMPARE(options.sampleFraction, 0.5);
        QCOMPARE(options.featuresPerSplit, 1.0);
        r = runCli({QStringLiteral("forest"), QStringLiteral("train"), QStringLiteral("--samples"), path("train.samples"),
                    QStringLiteral("--out"), path("rf300.model"), QStringLiteral("--max-bins"), QStringLiteral("300")});
        QCOMPARE(r.code, 1);
        QVERIFY2(r.output.contains(QStringLiteral("bins 300")), qPrintable(r.output));
        QVERIFY(!QFile::exists(path("rf300.model")));
    }

    void aTableThatDoesNotFitTheModelNamesFileAndLine()
    {
        // Without --csv-group-column the "field" column counts as a value: 4 values ≠ T × B = 3.
        const CliResult r = runCli({QStringLiteral("evaluate"), QStringLiteral("--model"), path("lstm.model"),
                                    QStringLiteral("--samples"), path("test.csv"), QStringLiteral("--out"), path("bad")});
        QCOMPARE(r.code, 1);
        QVERIFY2(r.output.contains(QStringLiteral("test.csv")) && r.output.contains(QStringLiteral("line 1"))
                     && r.output.contains(QStringLiteral("T × B = 3 × 1 = 3")),
                 qPrintable(r.output));
        QVERIFY(!QFile::exists(path("bad/accuracy.json")));
    }

    void importTakesTheCsvFlagsOfTrain()
    {
        const CliResult r = runCli({QStringLiteral("samples"), QStringLiteral("import"), QStringLiteral("--csv"),
                                    path("coded.csv"), QStringLiteral("--out"), path("coded.samples"),
                                    QStringLiteral("--csv-bands"), QStringLiteral("NDVI"), QStringLiteral("--csv-steps"),
                                    QStringLiteral("3"), QStringLiteral("--csv-group-column"), QStringLiteral("field"),
                                    QStringLiteral("--csv-skip-columns"), QStringLiteral("date"),
                                    QStringLiteral("--csv-legend"), path("coded-legend.json")});
        QVERIFY2(r.code == 0, qPrintable(r.output));
        QVERIFY2(r.output.contains(QStringLiteral("Wrote 7 samples of 3 classes (7 groups)")), qPrintable(r.output));
        QVERIFY2(r.output.contains(QStringLiteral("1 samples are unlabelled")), qPrintable(r.output));
        // Maize 0, Grassland 1, Winter Wheat 2: codes 0 → 0, 1 → 1, 2 → 2 (through the mapping,
        // not the class with id 2, Grassland), 3 → 0, 4 → 1, 5 → ignore −1; 13 is not mapped
        // but Winter Wheat's id → 2.
        const auto set = cropmap::core::sampling::SampleSet::load(path("coded.samples"));
        QCOMPARE(set.classIndices(), std::vector<std::int16_t>({0, 1, 2, 0, 1, -1, 2}));
    }

    void importRejectsBadInput_data()
    {
        QTest::addColumn<QString>("table");
        QTest::addColumn<QStringList>("arguments");
        QTest::addColumn<QString>("message");
        const QString coded = QStringLiteral("coded.csv");
        const QStringList table{QStringLiteral("--csv-bands"), QStringLiteral("NDVI"), QStringLiteral("--csv-steps"),
                                QStringLiteral("3"), QStringLiteral("--csv-group-column"), QStringLiteral("field")};
        QTest::newRow("no bands") << coded << QStringList{QStringLiteral("--csv-steps"), QStringLiteral("3")}
                                  << QStringLiteral("\"%1\" needs --csv-bands and --csv-steps");
        QTest::newRow("bad steps") << coded << QStringList{QStringLiteral("--csv-bands"), QStringLiteral("NDVI"),
                                                  QStringLiteral("--csv-steps"), QStringLiteral("three")}
                                   << QStringLiteral("--csv-steps takes a whole number ≥ 1, not \"three\"");
        QTest::newRow("date not skipped") << coded << table + QStringList{QStringLiteral("--csv-legend"), QStringLiteral("%2")}
                                          << QStringLiteral("\"%1\", line 1: 4 value columns, but T × B = 3 × 1 = 3 "
                                                            "(value columns: date, t1_NDVI, t2_NDVI, t3_NDVI;");
        QTest::newRow("unknown skipped column")
            << coded << table + QStringList{QStringLiteral("--csv-skip-columns"), QStringLiteral("day")}
            << QStringLiteral("\"%1\", line 1: no skipped column \"day\"");
        QTest::newRow("no such legend")
            << coded << table + QStringList{QStringLiteral("--csv-skip-columns"), QStringLiteral("date"),
                                   QStringLiteral("--csv-legend"), QStringLiteral("no-such-legend")}
            << QStringLiteral("No legend \"no-such-legend\"");
        QTest::newRow("classes-less legend")
            << coded << table + QStringList{QStringLiteral("--csv-skip-columns"), QStringLiteral("date"),
                                   QStringLiteral("--csv-legend"), QStringLiteral("%3")}
            << QStringLiteral("Legend \"%3\" has neither \"classes\" nor \"mapping\"");
        // Line 8: code 9 is neither mapped nor a class id of the legend (3, 2, 13).
        QTest::newRow("unmapped label")
            << QStringLiteral("unmapped.csv") << table + QStringList{QStringLiteral("--csv-skip-columns"), QStringLiteral("date"),
                                   QStringLiteral("--csv-legend"), QStringLiteral("%2")}
            << QStringLiteral("\"%1\", line 8: unknown label \"9\": neither a value of the legend's mapping nor a class");
    }

    void importRejectsBadInput()
    {
        QFETCH(QString, table);
        QFETCH(QStringList, arguments);
        QFETCH(QString, message);
        QFile empty(path("empty-legend.json"));
        QVERIFY(empty.open(QIODevice::WriteOnly));
        empty.write("{\"field\": \"CODE\"}");
        empty.close();
        QFile::remove(path("bad.samples"));
        const QString csv = m_dir.filePath(table);
        for (QString &argument : arguments) {
            argument.replace(QStringLiteral("%2"), path("coded-legend.json"));
            argument.replace(QStringLiteral("%3"), path("empty-legend.json"));
        }
        message.replace(QStringLiteral("%1"), csv);
        message.replace(QStringLiteral("%3"), path("empty-legend.json"));
        const CliResult r = runCli(QStringList{QStringLiteral("samples"), QStringLiteral("import"), QStringLiteral("--csv"),
                                               csv, QStringLiteral("--out"), path("bad.samples")}
                                   + arguments);
        QCOMPARE(r.code, 1);
        QVERIFY2(r.output.contains(message), qPrintable(r.output + QStringLiteral("\nexpected: ") + message));
        QVERIFY(!QFile::exists(path("bad.samples")));
    }

    void importAndTrainReadTheSitsTable()
    {
        if (!QFile::exists(sitsTable))
            QSKIP("the shared sits table is not there");
        CliResult r = runCli(QStringList{QStringLiteral("samples"), QStringLiteral("import"), QStringLiteral("--csv"),
                                         sitsTable, QStringLiteral("--out"), path("sits.samples")}
                             + sitsArguments());
        QVERIFY2(r.code == 0, qPrintable(r.output));
        // The data README: 2,115 samples of 9 classes at 1,592 locations.
        QVERIFY2(r.output.contains(QStringLiteral("Wrote 2115 samples of 9 classes (1592 groups)")), qPrintable(r.output));
        // Train reads it with the same flags (one short pass: this is about reading).
        r = runCli(QStringList{QStringLiteral("train"), QStringLiteral("--samples"), sitsTable, QStringLiteral("--out"),
                               path("sits.model"), QStringLiteral("--epochs"), QStringLiteral("1"),
                               QStringLiteral("--fine-tune-epochs"), QStringLiteral("0"), QStringLiteral("--batch-size"),
                               QStringLiteral("512"), QStringLiteral("--quiet")}
                   + sitsArguments());
        QVERIFY2(r.code == 0, qPrintable(r.output));
        // Every location on one side of the split only: the two sides add up to the table.
        static const QRegularExpression split(
            QStringLiteral("(\\d+) groups \\((\\d+) samples\\) train, (\\d+) groups \\((\\d+) samples\\) validation"));
        const QRegularExpressionMatch m = split.match(r.output);
        QVERIFY2(m.hasMatch(), qPrintable(r.output));
        QCOMPARE(m.captured(1).toInt() + m.captured(3).toInt(), 1592);
        QCOMPARE(m.captured(2).toInt() + m.captured(4).toInt(), 2115);
        QVERIFY(QFile::exists(path("sits.model")));
    }

private:
    QString path(const char *name) const { return m_dir.filePath(QString::fromLatin1(name)); }

    QTemporaryDir m_dir;
};

QTEST_GUILESS_MAIN(TestSampleTableCommands)
#include "tst_sample_table_commands.moc"
