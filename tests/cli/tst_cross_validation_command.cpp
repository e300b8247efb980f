// SPDX-License-Identifier: GPL-3.0-or-later
// `cropmap experiment cv` through the real binary on a small generated table: the fold
// assignment it saves (every row once, groups whole, stratified), the report's fields, the
// reuse of finished cells, and a table without a group column.
#include <algorithm>
#include <cmath>
#include <map>
#include <vector>

#include <QDir>
#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QProcess>
#include <QRegularExpression>
#include <QTemporaryDir>
#include <QTest>

#include "common/cli_process.h"

namespace {

using cropmap::tests::CliResult;

CliResult runCli(const QStringList &arguments)
{
    return cropmap::tests::runCropmap(arguments);
}

constexpr int kFields = 24;

// label,field,t1_B4,t1_B8,t2_B4,t2_B8,t3_B4,t3_B8: three classes whose B8 peaks at step 1, 2
// or 3; field f ("F00" …) is of class f % 3 and has 2 + (f / 3) % 3 pixels, so each class has
// fields of 2, 3, 4, 2, 3, 4, 2 and 3 pixels (23 rows; 69 in all). The rows of one field are
// not adjacent, so the fold file must gather them by name. Without \a withField the same
// rows lack the field column.
QByteArray separableTable(bool withField)
{
    static const char *names[] = {"Maize", "Grassland", "Winter Wheat"};
    QByteArray csv = withField ? "label,field,t1_B4,t1_B8,t2_B4,t2_B8,t3_B4,t3_B8\n"
                               : "label,t1_B4,t1_B8,t2_B4,t2_B8,t3_B4,t3_B8\n";
    for (int p = 0; p < 4; ++p) {
        for (int f = 0; f < kFields; ++f) {
            if (p >= 2 + (f / 3) % 3)
                continue;
            const int c = f % 3;
            const double noise = 0.01 * ((f * 7 + p * 3) % 5);
            csv += QByteArray(names[c]);
            if (withField)
                csv += ",F" + QByteArray::number(f).rightJustified(2, '0');
            for (int t = 0; t < 3; ++t)
                csv += ',' + QByteArray::number(0.1 + noise, 'f', 3) + ','
                       + QByteArray::number(t == c ? 0.8 - noise : 0.2 + noise, 'f', 3);
            csv += '\n';
        }
    }
    return csv;
}

struct FoldRow
{
    QString group;
    QString label;
    int fold = 0;
};

std::vector<FoldRow> readFolds(const QString &path, QString *header)
{
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly))
        return {};
    const QStringList lines = QString::fromUtf8(file.readAll()).split(u'\n', Qt::SkipEmptyParts);
    *header = lines.value(0);
    std::vector<FoldRow> rows(std::size_t(std::max<qsizetype>(lines.size() - 1, 0)));
    for (qsizetype i = 1; i < lines.size(); ++i) {
        const QStringList f = lines[i].split(u',');
        const int row = f.value(0).toInt();
        if (f.size() != 4 || row < 0 || row >= int(rows.size()) || rows[std::size_t(row)].fold != 0)
            return {}; // malformed, out of range or a row listed twice
        rows[std::size_t(row)] = {f[1], f[2], f[3].toInt()};
    }
    return rows;
}

QJsonObject readJson(const QString &path)
{
    QFile file(path);
    return file.open(QIODevice::ReadOnly) ? QJsonDocument::fromJson(file.readAll()).object() : QJsonObject();
}

} // namespace

class TestCrossValidationCommand : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase()
    {
        QVERIFY(m_dir.isValid());
        for (const bool withField : {true, false}) {
            QFile file(path(withField ? "table.csv" : "rows.csv"));
            QVERIFY(file.open(QIODevice::WriteOnly));
            file.write(separableTable(withField));
        }
    }

    void foldsKeepGroupsWholeAndTheReportHasEveryFold()
    {
        const QString out = m_dir.filePath(QStringLiteral("cv"));
        // A smaller step budget than the default keeps three networks a fold (members auto)
        // within seconds; the members are what this checks, not the accuracy.
        const CliResult r = runCli(arguments(out, {QStringLiteral("--models"), QStringLiteral("forest,tempcnn"),
                                                   QStringLiteral("--csv-group-column"), QStringLiteral("field"),
                                                   QStringLiteral("--train"),
                                                   QStringLiteral(R"({"steps": 200, "stage2_steps": 50})")}));
        QVERIFY2(r.code == 0, qPrintable(r.output));
        QVERIFY2(r.output.contains(QStringLiteral("mean ± sd")), qPrintable(r.output));

        QString header;
        const std::vector<FoldRow> rows = readFolds(out + QStringLiteral("/folds.csv"), &header);
        QCOMPARE(header, QStringLiteral("row,group,label,fold"));
        QCOMPARE(int(rows.size()), 69); // every row once
        std::map<QString, int> foldOfGroup;
        std::map<QString, std::vector<int>> perClassAndFold;
        for (const FoldRow &row : rows) {
            QVERIFY(row.fold >= 1 && row.fold <= 3);
            QVERIFY(row.group.startsWith(u'F'));
            const auto [it, inserted] = foldOfGroup.emplace(row.group, row.fold);
            QVERIFY2(it->second == row.fold, qPrintable(QStringLiteral("%1 on two folds").arg(row.group)));
            perClassAndFold.try_emplace(row.label, 3, 0).first->second[std::size_t(row.fold - 1)]++;
        }
        QCOMPARE(int(foldOfGroup.size()), kFields);
        // Stratified: a class's counts per fold differ by at most its largest group (4).
        QCOMPARE(int(perClassAndFold.size()), 3);
        for (const auto &[label, counts] : perClassAndFold) {
            const auto [low, high] = std::minmax_element(counts.begin(), counts.end());
            QVERIFY2(*low > 0 && *high - *low <= 4, qPrintable(label));
        }

        const QJsonObject report = readJson(out + QStringLiteral("/cv.json"));
        QCOMPARE(report.value(QStringLiteral("table")).toString(), QStringLiteral("cv"));
        QCOMPARE(report.value(QStringLiteral("folds")).toInt(), 3);
        QCOMPARE(report.value(QStringLiteral("samples")).toInt(), 69);
        QCOMPARE(report.value(QStringLiteral("groups")).toInt(), kFields);
        const QJsonArray columns = report.value(QStringLiteral("columns")).toArray();
        QCOMPARE(columns.size(), 2);
        for (const QJsonValue &cv : columns) {
            const QJsonObject column = cv.toObject();
            const QString model = column.value(QStringLiteral("column")).toString();
            const QJsonArray folds = column.value(QStringLiteral("folds")).toArray();
            QCOMPARE(folds.size(), 3);
            qint64 tested = 0;
            for (const QJsonValue &f : folds) {
                tested += f.toObject().value(QStringLiteral("test_samples")).toInteger();
                QVERIFY(f.toObject().value(QStringLiteral("macro_f1")).isDouble());
            }
            QCOMPARE(tested, qint64(69)); // every sample is tested once
            // The console's train column is the training part, the 69 − test samples off the
            // fold, also for the ensemble of three whose validation counts overlap.
            for (const QJsonValue &f : folds) {
                const qint64 test = f.toObject().value(QStringLiteral("test_samples")).toInteger();
                const QRegularExpression line(QStringLiteral("\\n  %1 +%2 +%3 ")
                                                  .arg(f.toObject().value(QStringLiteral("fold")).toInt())
                                                  .arg(69 - test)
                                                  .arg(test));
                QVERIFY2(line.match(r.output).hasMatch(), qPrintable(model + u'\n' + r.output));
            }
            const QJsonObject oa = column.value(QStringLiteral("final")).toObject().value(QStringLiteral("declarations"))
                                       .toObject().value(QStringLiteral("overall_accuracy")).toObject();
            QCOMPARE(oa.value(QStringLiteral("n")).toInt(), 3);
            QVERIFY(oa.value(QStringLiteral("sd")).toDouble() >= 0.0);
            // The classes differ by their peak step: the forest separates them all.
            if (model == QStringLiteral("forest"))
                QVERIFY2(oa.value(QStringLiteral("mean")).toDouble() > 0.95, qPrintable(r.output));
            for (int f = 1; f <= 3; ++f) {
                const QJsonObject cell = readJson(out + QStringLiteral("/cv-cells/%1-%2.json").arg(model).arg(f));
                QVERIFY(!cell.isEmpty());
                // By default (members auto) three networks, each holding out its own groups,
                // on a table this small.
                if (model == QStringLiteral("tempcnn"))
                    QCOMPARE(cell.value(QStringLiteral("members")).toInt(), 3);
            }
        }
        for (const char *file : {"cv.csv", "cv.html", "cv-folds.csv"})
            QVERIFY(QFile::exists(out + u'/' + QString::fromLatin1(file)));
    }

    void rerunReusesFinishedCells()
    {
        const QString out = m_dir.filePath(QStringLiteral("cv"));
        const CliResult r = runCli(arguments(out, {QStringLiteral("--models"), QStringLiteral("forest"),
                                                   QStringLiteral("--csv-group-column"), QStringLiteral("field")}));
        QVERIFY2(r.code == 0, qPrintable(r.output));
        QVERIFY2(r.output.contains(QStringLiteral("forest, fold 3: up to date, reused")), qPrintable(r.output));
        // Another seed deals other folds: nothing is reused.
        const CliResult other = runCli(arguments(out, {QStringLiteral("--models"), QStringLiteral("forest"),
                                                       QStringLiteral("--csv-group-column"), QStringLiteral("field"),
                                                       QStringLiteral("--seed"), QStringLiteral("8")}));
        QVERIFY2(other.code == 0, qPrintable(other.output));
        QVERIFY2(!other.output.contains(QStringLiteral("reused")), qPrintable(other.output));
    }

    // --repeats 3: every fold trains with the training seeds 7, 8 and 9 on the same folds; a
    // fold's figures are the means of its three cells, and the mean per seed is the mean of
    // that seed's cells over the folds (worked out here from the cells themselves).
    void repeatsAverageTheTrainingSeeds()
    {
        const QString out = m_dir.filePath(QStringLiteral("cv-repeats"));
        const QStringList options = {QStringLiteral("--models"), QStringLiteral("tempcnn"),
                                     QStringLiteral("--csv-group-column"), QStringLiteral("field"),
                                     QStringLiteral("--train"),
                                     QStringLiteral(R"({"steps": 30, "stage2_steps": 0, "eval_every": 10})")};
        const CliResult r = runCli(arguments(out, options + QStringList{QStringLiteral("--repeats"), QStringLiteral("3")}));
        QVERIFY2(r.code == 0, qPrintable(r.output));
        for (const char *line : {"seed 7", "seed 8", "seed 9", "mean ± sd over seeds"})
            QVERIFY2(r.output.contains(QString::fromUtf8(line)), qPrintable(r.output));

        const QJsonObject report = readJson(out + QStringLiteral("/cv.json"));
        QCOMPARE(report.value(QStringLiteral("training_seeds")).toInt(), 3);
        QCOMPARE(report.value(QStringLiteral("train_options")).toObject().value(QStringLiteral("steps")).toInt(), 30);
        const QJsonObject column = report.value(QStringLiteral("columns")).toArray().at(0).toObject();
        auto oaOf = [](const QJsonObject &cell) {
            return cell.value(QStringLiteral("final")).toObject().value(QStringLiteral("declarations")).toObject()
                .value(QStringLiteral("overall_accuracy")).toDouble(-1.0);
        };
        // cellOa[seed - 7][fold - 1], read from the cell files.
        double cellOa[3][3];
        const QJsonArray folds = column.value(QStringLiteral("folds")).toArray();
        QCOMPARE(folds.size(), 3);
        double meanOfFolds = 0.0;
        for (int f = 1; f <= 3; ++f) {
            const QJsonObject fold = folds.at(f - 1).toObject();
            const QJsonArray repeats = fold.value(QStringLiteral("repeats")).toArray();
            QCOMPARE(repeats.size(), 3);
            double sum = 0.0;
            for (int seed = 7; seed <= 9; ++seed) {
                const QString name = seed == 7 ? QStringLiteral("tempcnn-%1.json").arg(f)
                                               : QStringLiteral("tempcnn-%1-seed%2.json").arg(f).arg(seed);
                const QJsonObject cell = readJson(out + QStringLiteral("/cv-cells/") + name);
                QCOMPARE(cell.value(QStringLiteral("seed")).toString(), QString::number(seed));
                cellOa[seed - 7][f - 1] = oaOf(cell);
                QVERIFY(cellOa[seed - 7][f - 1] >= 0.0);
                QCOMPARE(repeats.at(seed - 7).toObject().value(QStringLiteral("seed")).toString(), QString::number(seed));
                sum += cellOa[seed - 7][f - 1];
            }
            QVERIFY(qAbs(fold.value(QStringLiteral("overall_accuracy")).toDouble() - sum / 3.0) < 1e-12);
            meanOfFolds += sum / 9.0;
        }
        const QJsonObject oa = column.value(QStringLiteral("final")).toObject().value(QStringLiteral("declarations"))
                                   .toObject().value(QStringLiteral("overall_accuracy")).toObject();
        QCOMPARE(oa.value(QStringLiteral("n")).toInt(), 3); // over the folds, not the 9 cells
        QVERIFY(qAbs(oa.value(QStringLiteral("mean")).toDouble() - meanOfFolds) < 1e-12);

        const QJsonArray seedMeans = column.value(QStringLiteral("seed_means")).toArray();
        QCOMPARE(seedMeans.size(), 3);
        double seedMean[3];
        for (int s = 0; s < 3; ++s) {
            seedMean[s] = (cellOa[s][0] + cellOa[s][1] + cellOa[s][2]) / 3.0;
            const QJsonObject m = seedMeans.at(s).toObject();
            QCOMPARE(m.value(QStringLiteral("seed")).toString(), QString::number(7 + s));
            QVERIFY(qAbs(m.value(QStringLiteral("overall_accuracy")).toDouble() - seedMean[s]) < 1e-12);
        }
        double ss = 0.0;
        for (const double m : seedMean)
            ss += (m - meanOfFolds) * (m - meanOfFolds);
        const QJsonObject spread = column.value(QStringLiteral("seed_spread")).toObject()
                                       .value(QStringLiteral("overall_accuracy")).toObject();
        QVERIFY(qAbs(spread.value(QStringLiteral("mean")).toDouble() - meanOfFolds) < 1e-12);
        QVERIFY(qAbs(spread.value(QStringLiteral("sd")).toDouble() - std::sqrt(ss / 2.0)) < 1e-12);

        // Two repeats reuse the cells of seeds 7 and 8 and train nothing.
        const CliResult again = runCli(arguments(out, options + QStringList{QStringLiteral("--repeats"), QStringLiteral("2")}));
        QVERIFY2(again.code == 0, qPrintable(again.output));
        QCOMPARE(int(again.output.count(QStringLiteral("up to date, reused"))), 6);
        QVERIFY2(again.output.contains(QStringLiteral("tempcnn, fold 3, seed 8: up to date, reused")), qPrintable(again.output));
        QCOMPARE(readJson(out + QStringLiteral("/cv.json")).value(QStringLiteral("training_seeds")).toInt(), 2);
    }

    // bench/peer_cv.py --repeats 2 on the folds cropmap saved: a fold's figures are the means of
    // its two forests, and the mean per seed that of the seed's folds (checked from the runs).
    void peerScriptRepeatsOnTheSameFolds()
    {
        const QString python = QStringLiteral("/usr/bin/python3");
        if (!QFile::exists(python))
            QSKIP("no /usr/bin/python3");
        const QString out = m_dir.filePath(QStringLiteral("cv-peer"));
        const CliResult folds0 = runCli(arguments(out, {QStringLiteral("--models"), QStringLiteral("forest"),
                                                        QStringLiteral("--csv-group-column"), QStringLiteral("field")}));
        QVERIFY2(folds0.code == 0, qPrintable(folds0.output));
        QProcess peer;
        peer.setProcessChannelMode(QProcess::MergedChannels);
        peer.start(python, {QStringLiteral(BENCH_SOURCE_DIR "/peer_cv.py"), path("table.csv"), QStringLiteral("--out"), out,
                            QStringLiteral("--skip-columns"), QStringLiteral("field"), QStringLiteral("--bands"),
                            QStringLiteral("B4,B8"), QStringLiteral("--steps"), QStringLiteral("3"), QStringLiteral("--models"),
                            QStringLiteral("rf"), QStringLiteral("--repeats"), QStringLiteral("2"), QStringLiteral("--threads"),
                            QStringLiteral("1")});
        QVERIFY(peer.waitForFinished(120000));
        const QString output = QString::fromUtf8(peer.readAll());
        if (output.contains(QStringLiteral("No module named")))
            QSKIP("python3-sklearn or python3-numpy missing");
        QVERIFY2(peer.exitCode() == 0, qPrintable(output));
        QVERIFY2(output.contains(QStringLiteral("mean ± sd over seeds")), qPrintable(output));
        const QJsonObject rf = readJson(out + QStringLiteral("/peer.json")).value(QStringLiteral("models")).toObject()
                                   .value(QStringLiteral("sklearn_rf")).toObject();
        const QJsonArray folds = rf.value(QStringLiteral("folds")).toArray();
        QCOMPARE(folds.size(), 3);
        double seedSum[2] = {0.0, 0.0};
        for (const QJsonValue &fv : folds) {
            const QJsonArray runs = fv.toObject().value(QStringLiteral("repeats")).toArray();
            QCOMPARE(runs.size(), 2);
            const double a = runs[0].toObject().value(QStringLiteral("overall_accuracy")).toDouble();
            const double b = runs[1].toObject().value(QStringLiteral("overall_accuracy")).toDouble();
            QCOMPARE(runs[1].toObject().value(QStringLiteral("seed")).toInt(), 43);
            QVERIFY(qAbs(fv.toObject().value(QStringLiteral("overall_accuracy")).toDouble() - (a + b) / 2.0) < 1e-12);
            seedSum[0] += a;
            seedSum[1] += b;
        }
        const QJsonArray seedMeans = rf.value(QStringLiteral("seed_means")).toArray();
        QCOMPARE(seedMeans.size(), 2);
        for (int r = 0; r < 2; ++r)
            QVERIFY(qAbs(seedMeans[r].toObject().value(QStringLiteral("overall_accuracy")).toDouble() - seedSum[r] / 3.0)
                    < 1e-12);
    }

    void rejectsRepeatsOutOfRange()
    {
        for (const char *n : {"0", "101", "two"}) {
            const CliResult r = runCli(arguments(m_dir.filePath(QStringLiteral("cv-bad")),
                                                 {QStringLiteral("--repeats"), QString::fromLatin1(n)}));
            QCOMPARE(r.code, 1);
            QVERIFY2(r.output.contains(QStringLiteral("repeats")), qPrintable(r.output));
        }
    }

    void withoutAGroupColumnEveryRowIsAGroup()
    {
        const QString out = m_dir.filePath(QStringLiteral("cv-rows"));
        const CliResult r = runCli(arguments(out, {QStringLiteral("--models"), QStringLiteral("forest")}, "rows.csv"));
        QVERIFY2(r.code == 0, qPrintable(r.output));
        QVERIFY2(r.output.contains(QStringLiteral("every row is its own group")), qPrintable(r.output));
        QString header;
        const std::vector<FoldRow> rows = readFolds(out + QStringLiteral("/folds.csv"), &header);
        QCOMPARE(int(rows.size()), 69);
        for (const FoldRow &row : rows)
            QVERIFY(row.group.isEmpty());
        QCOMPARE(readJson(out + QStringLiteral("/cv.json")).value(QStringLiteral("groups")).toInt(), 69);
    }

    void rejectsAnUnknownModel()
    {
        const CliResult r = runCli(arguments(m_dir.filePath(QStringLiteral("cv-bad")),
                                             {QStringLiteral("--models"), QStringLiteral("forest,svm")}));
        QCOMPARE(r.code, 1);
        QVERIFY2(r.output.contains(QStringLiteral("svm")), qPrintable(r.output));
    }

private:
    QString path(const char *name) const { return m_dir.filePath(QString::fromLatin1(name)); }

    QStringList arguments(const QString &out, const QStringList &extra, const char *table = "table.csv") const
    {
        return QStringList{QStringLiteral("experiment"), QStringLiteral("cv"), path(table),
                           QStringLiteral("--folds"), QStringLiteral("3"), QStringLiteral("--out"), out,
                           QStringLiteral("--seed"), QStringLiteral("7"), QStringLiteral("--threads"),
                           QStringLiteral("1"), QStringLiteral("--quiet"), QStringLiteral("--csv-bands"),
                           QStringLiteral("B4,B8"), QStringLiteral("--csv-steps"), QStringLiteral("3")}
               + extra;
    }

    QTemporaryDir m_dir;
};

QTEST_GUILESS_MAIN(TestCrossValidationCommand)
#include "tst_cross_validation_command.moc"
