// SPDX-License-Identifier: GPL-3.0-or-later
// CSV sample tables through the real binary: `cropmap train` on a table with a group column
// (group-wise validation split), `cropmap evaluate --model --samples` on a table, the random
// forest through the same evaluate step, and a table whose columns do not fit the model.
#include <QFile>
#include <QJsonDocument>
#include <QJsonObject>
#include <QProcess>
#include <QRegularExpression>
#include <QTemporaryDir>
#include <QTest>

#include "forest/random_forest.h"

namespace {

struct CliResult
{
    int code = -1;
    QString output;
};

CliResult runCli(const QStringList &arguments)
{
    QProcess cli;
    cli.setProcessChannelMode(QProcess::MergedChannels);
    cli.start(QStringLiteral(CROPMAP_CLI), arguments);
    cli.waitForFinished(300000);
    return {cli.exitStatus() == QProcess::NormalExit ? cli.exitCode() : -1, QString::fromUtf8(cli.readAll())};
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

private:
    QString path(const char *name) const { return m_dir.filePath(QString::fromLatin1(name)); }

    QTemporaryDir m_dir;
};

QTEST_GUILESS_MAIN(TestSampleTableCommands)
#include "tst_sample_table_commands.moc"
