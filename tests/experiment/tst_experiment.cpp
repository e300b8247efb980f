// SPDX-License-Identifier: GPL-3.0-or-later
// The seed's tables rerun on a project: the aggregation over repeats against hand-worked
// means and standard deviations, option checks, and table1/2/3 end to end on a tiny
// synthetic scene (1 repeat, 2 epochs), including resuming and the bad-input errors.
#include <cmath>

#include <QDir>
#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QProcess>
#include <QTemporaryDir>
#include <QTest>

#include "common/synthetic_project.h"

#include "experiment/experiment_report.h"
#include "experiment/experiment_runner.h"
#include "pipeline/pipeline_runner.h"
#include "pipeline/project.h"
#include "sampling/sample_file.h"
#include "sampling/sample_set.h"
#include "sampling/training_set_job.h"
#include "util/error.h"
#include "util/feedback.h"

using namespace cropmap::core;
using namespace cropmap::core::experiment;

namespace {

class LogFeedback : public Feedback
{
public:
    QStringList lines;

protected:
    void onLog(const QString &message) override { lines << message; }
};

// One repeat's scores as runColumn() stores them: two classes, declarations only.
QJsonObject runScores(int seed, double oa, const QJsonValue &f1Second)
{
    const QJsonArray classes{
        QJsonObject{{QStringLiteral("producers_accuracy"), oa}, {QStringLiteral("users_accuracy"), 1.0},
                    {QStringLiteral("f1"), oa}, {QStringLiteral("reference_count"), 10}},
        QJsonObject{{QStringLiteral("producers_accuracy"), QJsonValue()}, {QStringLiteral("users_accuracy"), 0.5},
                    {QStringLiteral("f1"), f1Second}, {QStringLiteral("reference_count"), 0}}};
    const QJsonObject metrics{{QStringLiteral("overall_accuracy"), oa}, {QStringLiteral("kappa"), oa - 0.1},
                              {QStringLiteral("macro_f1"), oa}, {QStringLiteral("min_f1"), oa},
                              {QStringLiteral("classes"), classes}};
    return {{QStringLiteral("seed"), seed},
            {QStringLiteral("train_seconds"), 10.0 * seed},
            {QStringLiteral("classify_seconds"), 1.0},
            {QStringLiteral("train_samples"), 100},
            {QStringLiteral("final"), QJsonObject{{QStringLiteral("declarations"), metrics}}}};
}

sampling::SampleSet twoClassTestSet()
{
    const thematic::ClassTable classes({{1, QStringLiteral("Maize"), QStringLiteral("#ffd92f")},
                                        {2, QStringLiteral("Wheat"), QStringLiteral("#b2df8a")}});
    return sampling::SampleSet({QStringLiteral("B04")}, {QStringLiteral("2018-01")}, classes);
}

QJsonObject stat(const QJsonObject &o, const QString &key)
{
    return o.value(key).toObject();
}

} // namespace

class TestExperiment : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void repeatsGiveMeanAndSampleStandardDeviation()
    {
        ExperimentOptions options;
        options.table = ExperimentTable::Table2;
        options.repeats = 2;
        // OA 0.8 and 0.9: mean 0.85; sample sd = sqrt(((0.8-0.85)² + (0.9-0.85)²) / (2-1))
        // = sqrt(0.005) = 0.0707107. The second class's F1 is null in seed 1 (absent) and
        // 0.4 in seed 2: its mean is over the one finite value, 0.4, with n = 1.
        const std::vector<ColumnRuns> columns{{QStringLiteral("lstm"), {runScores(1, 0.8, QJsonValue()), runScores(2, 0.9, 0.4)}}};
        const QJsonObject report = aggregateRuns(options, QStringLiteral("T33UVP"), twoClassTestSet(), columns);
        const QJsonObject column = report.value(QStringLiteral("columns")).toArray().at(0).toObject();
        const QJsonObject declared = column.value(QStringLiteral("final")).toObject().value(QStringLiteral("declarations")).toObject();
        QCOMPARE(stat(declared, QStringLiteral("overall_accuracy")).value(QStringLiteral("mean")).toDouble(), 0.85);
        QVERIFY(std::abs(stat(declared, QStringLiteral("overall_accuracy")).value(QStringLiteral("sd")).toDouble() - 0.0707107) < 1e-6);
        QVERIFY(std::abs(stat(declared, QStringLiteral("kappa")).value(QStringLiteral("mean")).toDouble() - 0.75) < 1e-12);
        const QJsonObject second = declared.value(QStringLiteral("classes")).toArray().at(1).toObject();
        QCOMPARE(stat(second, QStringLiteral("f1")).value(QStringLiteral("mean")).toDouble(), 0.4);
        QCOMPARE(stat(second, QStringLiteral("f1")).value(QStringLiteral("n")).toInt(), 1);
        QVERIFY(stat(second, QStringLiteral("producers_accuracy")).value(QStringLiteral("mean")).isNull());
        // Training seconds 10 and 20: mean 15, sd sqrt(50) = 7.0710678.
        QCOMPARE(stat(column, QStringLiteral("train_seconds")).value(QStringLiteral("mean")).toDouble(), 15.0);
        QCOMPARE(column.value(QStringLiteral("title")).toString(), QStringLiteral("weighted LSTM"));
        QCOMPARE(column.value(QStringLiteral("seeds")).toArray(), (QJsonArray{1, 2}));

        // The console table shows percentages with their sd: 85.0±7.1 for the OA.
        const QString text = formatTable(report, QStringLiteral("final"), QStringLiteral("declarations"));
        QVERIFY2(text.contains(QStringLiteral("85.0±7.1")), qPrintable(text));
        QVERIFY2(text.contains(QStringLiteral("40.0")), qPrintable(text));

        QTemporaryDir dir;
        writeReports(report, dir.filePath(QStringLiteral("table2")));
        QFile csv(dir.filePath(QStringLiteral("table2.csv")));
        QVERIFY(csv.open(QIODevice::ReadOnly));
        const QString csvText = QString::fromUtf8(csv.readAll());
        QVERIFY2(csvText.contains(QStringLiteral("table2,T33UVP,lstm,final,declarations,overall_accuracy,,0.85,0.07071067812,2")),
                 qPrintable(csvText));
        QVERIFY(QFile::exists(dir.filePath(QStringLiteral("table2.html"))));
        QVERIFY(QFile::exists(dir.filePath(QStringLiteral("table2.json"))));
    }

    void badOptionsAreRejected_data()
    {
        QTest::addColumn<QString>("table");
        QTest::addColumn<QStringList>("columns");
        QTest::addColumn<int>("repeats");
        QTest::addColumn<QString>("expected");
        QTest::newRow("unknown table") << "table4" << QStringList{} << 1 << "Unknown experiment \"table4\"";
        QTest::newRow("unknown rule") << "table3" << QStringList{QStringLiteral("strict")} << 1 << "no column \"strict\"";
        QTest::newRow("network in table1") << "table1" << QStringList{QStringLiteral("lstm")} << 1 << "no column \"lstm\"";
        QTest::newRow("no repeats") << "table2" << QStringList{} << 0 << "between 1 and 100";
        QTest::newRow("table1 on every tile") << "table1" << QStringList{} << -1 << "needs one target tile";
    }

    void badOptionsAreRejected()
    {
        QFETCH(QString, table);
        QFETCH(QStringList, columns);
        QFETCH(int, repeats);
        QFETCH(QString, expected);
        try {
            ExperimentOptions options;
            options.table = ExperimentOptions::tableFromName(table);
            options.columns = columns;
            options.repeats = repeats < 0 ? 1 : repeats;
            if (repeats < 0) // the row that asks for every tile
                options.targetTile = ExperimentOptions::allTiles();
            options.validate();
            QFAIL("no error");
        } catch (const Error &e) {
            QVERIFY2(e.message().contains(expected), qPrintable(e.message()));
        }
    }

    void seedsReplaceRepeats()
    {
        ExperimentOptions options;
        options.repeats = 3;
        QCOMPARE(options.effectiveSeeds(1), (QList<int>{1, 2, 3}));
        options.repeats = 1;
        options.seeds = {5, 2};
        QCOMPARE(options.effectiveSeeds(1), (QList<int>{5, 2}));
        options.validate();
        const auto rejected = [](ExperimentOptions o, const QString &expected) {
            try {
                o.validate();
            } catch (const Error &e) {
                return e.message().contains(expected);
            }
            return false;
        };
        ExperimentOptions both = options;
        both.repeats = 2;
        QVERIFY(rejected(both, QStringLiteral("not both")));
        ExperimentOptions negative = options;
        negative.seeds = {1, -4};
        QVERIFY(rejected(negative, QStringLiteral("not -4")));
        ExperimentOptions twice = options;
        twice.seeds = {2, 7, 2};
        QVERIFY(rejected(twice, QStringLiteral("seed 2 is given twice")));
    }

    void initTestCase()
    {
        QVERIFY(m_dir.isValid());
        QProcess synth;
        synth.setProcessChannelMode(QProcess::MergedChannels);
        synth.start(QStringLiteral(CROPMAP_CLI),
                    {QStringLiteral("synth"), QStringLiteral("--out"), m_dir.filePath(QStringLiteral("scene")),
                     QStringLiteral("--tiles"), QStringLiteral("2"), QStringLiteral("--size"), QStringLiteral("96"),
                     QStringLiteral("--acquisitions"), QStringLiteral("14,20"), QStringLiteral("--seed"), QStringLiteral("5")});
        QVERIFY(synth.waitForFinished(120000));
        QVERIFY2(synth.exitCode() == 0, synth.readAll().constData());
        m_project = cropmap::tests::writeSyntheticProject(m_dir.path(), {.patches = 4, .budget = 1200});
        QVERIFY(!m_project.isEmpty());
    }

    void missingTargetTileFailsBeforeTraining()
    {
        ExperimentOptions options;
        options.table = ExperimentTable::Table2;
        options.targetTile = QStringLiteral("T99XXX");
        ExperimentRunner runner(pipeline::Project::load(m_project), options);
        LogFeedback feedback;
        try {
            runner.run(feedback);
            QFAIL("no error");
        } catch (const Error &e) {
            QVERIFY2(e.message().contains(QStringLiteral("T99XXX")) && e.message().contains(QStringLiteral("T33UVP")),
                     qPrintable(e.message()));
        }
        QVERIFY(!QDir(runner.folder()).exists()); // no column was trained
    }

    void tableTwoComparesTheNetworksAndResumes()
    {
        ExperimentOptions options;
        options.table = ExperimentTable::Table2;
        ExperimentRunner runner(pipeline::Project::load(m_project), options);
        LogFeedback feedback;
        const QJsonObject report = runner.run(feedback);
        // The tile with the most acquisitions (20 against 14) is the target, as the seed's T33UVP.
        QCOMPARE(report.value(QStringLiteral("target_tile")).toString(), QStringLiteral("T33UVP"));
        QVERIFY(report.value(QStringLiteral("has_truth")).toBool());
        const QJsonArray columns = report.value(QStringLiteral("columns")).toArray();
        QCOMPARE(columns.size(), 5);
        for (const QJsonValue &c : columns) {
            const double oa = c.toObject().value(QStringLiteral("final")).toObject().value(QStringLiteral("truth")).toObject()
                                  .value(QStringLiteral("overall_accuracy")).toObject().value(QStringLiteral("mean")).toDouble(-1);
            QVERIFY2(oa >= 0.0 && oa <= 1.0, qPrintable(c.toObject().value(QStringLiteral("column")).toString()));
        }
        for (const QString &suffix : {QStringLiteral("json"), QStringLiteral("csv"), QStringLiteral("html")})
            QVERIFY(QFile::exists(runner.reportPath(suffix)));
        QVERIFY(QFile::exists(runner.folder() + QStringLiteral("/forest-s1.model")));

        // A second run reuses every finished column.
        LogFeedback again;
        const QJsonObject second = ExperimentRunner(pipeline::Project::load(m_project), options).run(again);
        QCOMPARE(again.lines.filter(QStringLiteral("up to date, reused")).size(), 5);
        QCOMPARE(second.value(QStringLiteral("columns")), report.value(QStringLiteral("columns")));
    }

    void everyTileScoresTheWholeTestSet()
    {
        // --target-tile all: the forest column scored on every test pixel of both tiles.
        ExperimentOptions options;
        options.table = ExperimentTable::Table2;
        options.columns = {QStringLiteral("forest")};
        options.targetTile = ExperimentOptions::allTiles();
        ExperimentRunner runner(pipeline::Project::load(m_project), options);
        LogFeedback feedback;
        const QJsonObject report = runner.run(feedback);
        QCOMPARE(report.value(QStringLiteral("target_tile")).toString(), QStringLiteral("all"));
        QVERIFY(report.value(QStringLiteral("title")).toString().contains(QStringLiteral("every tile")));
        const pipeline::PipelineRunner base(pipeline::Project::load(m_project));
        const sampling::SampleReader test(sampling::TrainingSetJob::setPath(base.sampleFolder(), sampling::SplitSet::Test));
        QCOMPARE(report.value(QStringLiteral("test_pixels")).toDouble(), double(test.size()));
        // More than the target tile's own test pixels: both tiles have some.
        QCOMPARE(test.index().tiles().size(), 2);
        const QJsonObject one = ExperimentRunner(pipeline::Project::load(m_project), [] {
                                    ExperimentOptions o;
                                    o.table = ExperimentTable::Table2;
                                    o.columns = {QStringLiteral("forest")};
                                    return o;
                                }()).run(feedback);
        QVERIFY(one.value(QStringLiteral("test_pixels")).toDouble() < double(test.size()));
    }

    void reusedColumnsGetTheirMissingMatrices()
    {
        // A column written before scores carried confusion matrices: the matrices are added
        // from the model on disk, without training again, and equal those of a fresh run.
        ExperimentOptions options;
        options.table = ExperimentTable::Table2;
        const QString path = ExperimentRunner(pipeline::Project::load(m_project), options).folder()
                             + QStringLiteral("/lstm-s1.json");
        QFile file(path);
        QVERIFY(file.open(QIODevice::ReadOnly));
        QJsonObject column = QJsonDocument::fromJson(file.readAll()).object();
        file.close();
        QJsonObject final = column.value(QStringLiteral("final")).toObject();
        const QJsonValue matrices = final.take(QStringLiteral("confusion_matrices"));
        QVERIFY(matrices.isObject());
        column.insert(QStringLiteral("final"), final);
        QVERIFY(file.open(QIODevice::WriteOnly | QIODevice::Truncate));
        file.write(QJsonDocument(column).toJson());
        file.close();

        LogFeedback feedback;
        ExperimentRunner(pipeline::Project::load(m_project), options).run(feedback);
        QCOMPARE(feedback.lines.filter(QStringLiteral("confusion matrices added")).size(), 1);
        QCOMPARE(feedback.lines.filter(QStringLiteral("up to date, reused")).size(), 4);
        QVERIFY(file.open(QIODevice::ReadOnly));
        const QJsonObject restored = QJsonDocument::fromJson(file.readAll()).object();
        QCOMPARE(restored.value(QStringLiteral("final")).toObject().value(QStringLiteral("confusion_matrices")), matrices);
    }

    void tableOneSplitsTheTrainingArea()
    {
        ExperimentOptions options;
        options.table = ExperimentTable::Table1;
        LogFeedback feedback;
        const QJsonObject report = ExperimentRunner(pipeline::Project::load(m_project), options).run(feedback);
        const QJsonArray columns = report.value(QStringLiteral("columns")).toArray();
        QCOMPARE(columns.size(), 4);
        auto mean = [&](int i, const char *key) {
            return columns[i].toObject().value(QLatin1String(key)).toObject().value(QStringLiteral("mean")).toDouble();
        };
        // (i) the whole series of T33UVP: one step per acquisition date (20), scored on the
        // same test pixels as the monthly columns (the split's patches are seeded per tile).
        QCOMPARE(mean(0, "steps"), 20.0);
        QCOMPARE(mean(0, "test_pixels"), report.value(QStringLiteral("test_pixels")).toDouble());
        QCOMPARE(mean(1, "steps"), 12.0);
        // All tiles' samples are the union of the target tile's and the other tile's.
        QCOMPARE(mean(1, "train_samples") + mean(2, "train_samples"), mean(3, "train_samples"));
        QVERIFY(mean(1, "train_samples") > 0 && mean(2, "train_samples") > 0);
    }

    void tableThreeComparesTheRulesFromTheCli()
    {
        QProcess cli;
        cli.setProcessChannelMode(QProcess::MergedChannels);
        cli.start(QStringLiteral(CROPMAP_CLI), {QStringLiteral("experiment"), QStringLiteral("table3"), m_project,
                                               QStringLiteral("--columns"), QStringLiteral("none,adaptive")});
        QVERIFY(cli.waitForFinished(600000));
        const QString out = QString::fromUtf8(cli.readAll());
        QVERIFY2(cli.exitCode() == 0, qPrintable(out));
        QVERIFY2(out.contains(QStringLiteral("cleaning precision")) && out.contains(QStringLiteral("weak model against the truth")),
                 qPrintable(out));
        QFile file(m_dir.filePath(QStringLiteral("run/experiments/table3.json")));
        QVERIFY(file.open(QIODevice::ReadOnly));
        const QJsonArray columns = QJsonDocument::fromJson(file.readAll()).object().value(QStringLiteral("columns")).toArray();
        QCOMPARE(columns.size(), 2);
        // Rule none removes nothing; both rules start from the same weak model, so its scores agree.
        const QJsonObject none = columns[0].toObject();
        QCOMPARE(none.value(QStringLiteral("cleaning")).toObject().value(QStringLiteral("removed")).toObject()
                     .value(QStringLiteral("mean")).toDouble(), 0.0);
        QCOMPARE(none.value(QStringLiteral("weak")), columns[1].toObject().value(QStringLiteral("weak")));
    }

    void experimentLeavesTheProjectsRecordsAlone()
    {
        // The records of the project's steps, byte for byte, before and after experiments:
        // one that reuses everything, and one asked with changed sampling options, which
        // must not run the sample step again in the project's folder.
        const QDir state(m_dir.filePath(QStringLiteral("run/.state")));
        const auto records = [&state] {
            QMap<QString, QByteArray> out;
            for (const QString &name : state.entryList(QDir::Files)) {
                QFile f(state.filePath(name));
                if (f.open(QIODevice::ReadOnly))
                    out.insert(name, f.readAll());
            }
            return out;
        };
        const QMap<QString, QByteArray> before = records();
        QVERIFY(before.contains(QStringLiteral("sample.json")));
        ExperimentOptions options;
        options.table = ExperimentTable::Table2;
        LogFeedback feedback;
        ExperimentRunner(pipeline::Project::load(m_project), options).run(feedback);
        QCOMPARE(records(), before);

        pipeline::Project changed = pipeline::Project::load(m_project);
        changed.steps.insert(QStringLiteral("sampling"), QJsonObject{{QStringLiteral("budget"), 900}});
        try {
            ExperimentRunner(changed, options).run(feedback);
            QFAIL("no error");
        } catch (const Error &e) {
            QVERIFY2(e.message().contains(QStringLiteral("sample")) && e.message().contains(QStringLiteral("budget")),
                     qPrintable(e.message()));
        }
        QCOMPARE(records(), before);
    }

    void theWeakModelsColumnsReuseIt()
    {
        // After table 3 (which trained the project's weak model), table 2's LSTM column is that
        // model, copied, not trained again: seed 1 the project's own, seed 2 the one trained
        // for seed 2 in experiments/weak-s2 (shared with table 3's repeats).
        ExperimentOptions options;
        options.table = ExperimentTable::Table2;
        options.columns = {QStringLiteral("lstm"), QStringLiteral("forest")};
        options.repeats = 2;
        ExperimentRunner runner(pipeline::Project::load(m_project), options);
        QFile::remove(runner.folder() + QStringLiteral("/lstm-s1.json")); // left by the first table 2
        LogFeedback feedback;
        const QJsonObject report = runner.run(feedback);
        QCOMPARE(feedback.lines.filter(QStringLiteral("the weak model of seed")).size(), 2);
        const auto bytes = [](const QString &path) {
            QFile f(path);
            return f.open(QIODevice::ReadOnly) ? f.readAll() : QByteArray();
        };
        const QByteArray weak1 = bytes(m_dir.filePath(QStringLiteral("run/models/weak.model")));
        const QByteArray weak2 = bytes(m_dir.filePath(QStringLiteral("run/experiments/weak-s2/models/weak.model")));
        QVERIFY(!weak1.isEmpty() && !weak2.isEmpty() && weak1 != weak2);
        QCOMPARE(bytes(runner.folder() + QStringLiteral("/lstm-s1.model")), weak1);
        QCOMPARE(bytes(runner.folder() + QStringLiteral("/lstm-s2.model")), weak2);
        // Its training time is the weak model's, summed from the log written beside it.
        const QJsonObject lstm = report.value(QStringLiteral("columns")).toArray().at(0).toObject();
        QCOMPARE(lstm.value(QStringLiteral("column")).toString(), QStringLiteral("lstm"));
        QVERIFY(lstm.value(QStringLiteral("train_seconds")).toObject().value(QStringLiteral("mean")).toDouble() > 0.0);
        // The forest is no weak model: trained as before.
        QVERIFY(QFile::exists(runner.folder() + QStringLiteral("/forest-s2.model")));
    }

    void runsOfExplicitSeedsAreReusedByRepeats()
    {
        // --seeds 3 in one process: the run is stored as forest-s3, exactly what --repeats 3
        // (seeds 1, 2, 3) stores, so the later run with repeats trains nothing again.
        ExperimentOptions options;
        options.table = ExperimentTable::Table2;
        options.columns = {QStringLiteral("forest")};
        options.seeds = {3};
        LogFeedback feedback;
        const QJsonObject alone = ExperimentRunner(pipeline::Project::load(m_project), options).run(feedback);
        QCOMPARE(feedback.lines.filter(QStringLiteral("forest, seed 3: up to date")).size(), 0);
        QCOMPARE(alone.value(QStringLiteral("repeats")).toInt(), 1);
        const QJsonObject forest = alone.value(QStringLiteral("columns")).toArray().at(0).toObject();
        QCOMPARE(forest.value(QStringLiteral("seeds")).toArray(), (QJsonArray{3}));

        options.seeds.clear();
        options.repeats = 3;
        ExperimentRunner runner(pipeline::Project::load(m_project), options);
        QVERIFY(QFile::exists(runner.folder() + QStringLiteral("/forest-s3.model")));
        LogFeedback again;
        const QJsonObject all = runner.run(again);
        QCOMPARE(again.lines.filter(QStringLiteral("forest, seed 3: up to date")).size(), 1);
        QCOMPARE(all.value(QStringLiteral("repeats")).toInt(), 3);
        QCOMPARE(all.value(QStringLiteral("columns")).toArray().at(0).toObject().value(QStringLiteral("seeds")).toArray(),
                 (QJsonArray{1, 2, 3}));
    }

private:
    QTemporaryDir m_dir;
    QString m_project;
};

QTEST_GUILESS_MAIN(TestExperiment)
#include "tst_experiment.moc"
