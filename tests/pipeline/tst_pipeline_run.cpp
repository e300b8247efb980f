// SPDX-License-Identifier: GPL-3.0-or-later
// End to end, as a user runs it: `cropmap synth` writes a small scene, `cropmap run` runs the
// whole method on a project file, a second run skips every step, a changed option re-runs
// only what depends on it.
#include <cmath>

#include <QDir>
#include <QDirIterator>
#include <QFile>
#include <QFileInfo>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QProcess>
#include <QTemporaryDir>
#include <QTest>

#include "common/synthetic_project.h"

#include "io/raster_source.h"
#include "pipeline/pipeline_runner.h"
#include "pipeline/project.h"
#include "util/error.h"
#include "util/feedback.h"

using namespace cropmap::core::pipeline;

namespace {

QString runCli(const QStringList &arguments, int *exitCode)
{
    QProcess cli;
    cli.setProcessChannelMode(QProcess::MergedChannels);
    cli.start(QStringLiteral(CROPMAP_CLI), arguments);
    cli.waitForFinished(600000);
    *exitCode = cli.exitStatus() == QProcess::NormalExit ? cli.exitCode() : -1;
    return QString::fromUtf8(cli.readAll());
}

// Every file under \a folder with its bytes.
QMap<QString, QByteArray> filesOf(const QString &folder)
{
    QMap<QString, QByteArray> out;
    QDirIterator it(folder, QDir::Files | QDir::Hidden, QDirIterator::Subdirectories);
    while (it.hasNext()) {
        QFile f(it.next());
        if (f.open(QIODevice::ReadOnly))
            out.insert(f.fileName(), f.readAll());
    }
    return out;
}

QJsonObject readJson(const QString &path)
{
    QFile f(path);
    f.open(QIODevice::ReadOnly);
    return QJsonDocument::fromJson(f.readAll()).object();
}

} // namespace

class TestPipelineRun : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase()
    {
        QVERIFY(m_dir.isValid());
        int code = 0;
        const QString out = runCli({QStringLiteral("synth"), QStringLiteral("--out"), m_dir.filePath(QStringLiteral("scene")),
                                    QStringLiteral("--tiles"), QStringLiteral("2"), QStringLiteral("--size"), QStringLiteral("128"),
                                    QStringLiteral("--acquisitions"), QStringLiteral("14,20"), QStringLiteral("--seed"), QStringLiteral("3")},
                                   &code);
        QVERIFY2(code == 0, qPrintable(out));
        m_project = cropmap::tests::writeSyntheticProject(
            m_dir.path(), {.budget = 4000, .epochs = 6, .stage2Epochs = 3, .patience = 3});
        QVERIFY(!m_project.isEmpty());
    }

    void runsTheWholeMethod()
    {
        int code = 0;
        const QString out = runCli({QStringLiteral("run"), m_project}, &code);
        QVERIFY2(code == 0, qPrintable(out));
        const QString run = m_dir.filePath(QStringLiteral("run"));
        for (const QString &tile : {QStringLiteral("T33UUP"), QStringLiteral("T33UVP")}) {
            QVERIFY(QFile::exists(run + QStringLiteral("/maps/") + tile + QStringLiteral("_classes.tif")));
            QVERIFY(QFile::exists(run + QStringLiteral("/maps/") + tile + QStringLiteral("_posterior.tif")));
            QVERIFY(QFile::exists(run + QStringLiteral("/select/") + tile + QStringLiteral("_reliable.tif")));
        }
        for (const QString &f : {QStringLiteral("accuracy.json"), QStringLiteral("accuracy.html"),
                                 QStringLiteral("accuracy.csv"), QStringLiteral("accuracy_truth.json")})
            QVERIFY2(QFile::exists(run + QStringLiteral("/reports/") + f), qPrintable(f));
        for (const QString &f : {QStringLiteral("parcels.gpkg"), QStringLiteral("parcels.qml"),
                                 QStringLiteral("summary.json"), QStringLiteral("summary.csv")})
            QVERIFY2(QFile::exists(run + QStringLiteral("/check/") + f), qPrintable(f));
        // The synthetic scene knows its wrong declarations: the check reports how well it finds them.
        const QJsonObject check = readJson(run + QStringLiteral("/check/summary.json"));
        QVERIFY(check.value(QStringLiteral("detection")).toObject().contains(QStringLiteral("test")));
        QFile html(run + QStringLiteral("/reports/accuracy.html"));
        QVERIFY(html.open(QIODevice::ReadOnly));
        const QByteArray page = html.readAll();
        QVERIFY(page.contains("id=\"declaration-check\""));
        QVERIFY(page.contains("inside the crop mask"));

        // `evaluate --model … --samples … --against truth` scores a model file on the test set
        // as the evaluate step does: the same OA against the truth as its report's final model.
        const QString byModel = m_dir.filePath(QStringLiteral("by-model"));
        const QString scored = runCli({QStringLiteral("evaluate"), QStringLiteral("--model"), run + QStringLiteral("/models/final.model"),
                                       QStringLiteral("--samples"), run + QStringLiteral("/samples/test.samples"),
                                       QStringLiteral("--against"), QStringLiteral("truth"), QStringLiteral("--out"), byModel},
                                      &code);
        QVERIFY2(code == 0, qPrintable(scored));
        const double stepOA = readJson(run + QStringLiteral("/reports/accuracy_truth.json"))
                                  .value(QStringLiteral("comparisons")).toArray().at(1).toObject()
                                  .value(QStringLiteral("metrics")).toObject()
                                  .value(QStringLiteral("overall_accuracy")).toDouble();
        const double modelOA = readJson(byModel + QStringLiteral("/accuracy.json"))
                                   .value(QStringLiteral("metrics")).toObject()
                                   .value(QStringLiteral("overall_accuracy")).toDouble();
        QVERIFY2(stepOA > 0 && std::abs(stepOA - modelOA) < 1e-9, qPrintable(QStringLiteral("%1 vs %2").arg(stepOA).arg(modelOA)));
        const QJsonObject byModelReport = readJson(byModel + QStringLiteral("/accuracy.json"));
        QVERIFY(byModelReport.value(QStringLiteral("reference")).toString().startsWith(QStringLiteral("true classes")));

        // The crop mask (the default "declared"): a pixel is mapped exactly where a declared
        // parcel of a legend class lies, and the report's areas are those pixels, once each.
        double classifiedHa = 0;
        for (const QString &tile : {QStringLiteral("T33UUP"), QStringLiteral("T33UVP")}) {
            const auto map = cropmap::core::io::RasterSource::open(run + QStringLiteral("/maps/") + tile + QStringLiteral("_classes.tif")).readAll();
            const auto declared = cropmap::core::io::RasterSource::open(run + QStringLiteral("/thematic/") + tile + QStringLiteral("_classes.tif")).readAll();
            QCOMPARE(map.size(), declared.size());
            qint64 outside = 0, inside = 0;
            for (std::size_t p = 0; p < map.size(); ++p) {
                const bool mapped = std::isfinite(map[p]) && map[p] != 0;
                const bool crop = std::isfinite(declared[p]) && declared[p] != 0;
                outside += mapped && !crop;
                inside += mapped && crop;
            }
            QCOMPARE(outside, qint64(0));
            QVERIFY(inside > 1000);
            classifiedHa += double(inside) * 0.01; // 10 m pixels
        }
        // Both tiles in one VRT per layer, with the class style, for the GUI and QGIS.
        const QString mosaic = run + QStringLiteral("/maps/mosaic_classes.vrt");
        QVERIFY(QFile::exists(run + QStringLiteral("/maps/mosaic_posterior.vrt")));
        QVERIFY(QFile::exists(run + QStringLiteral("/maps/mosaic_classes.qml")));
        const auto whole = cropmap::core::io::RasterSource::open(mosaic);
        const auto second = cropmap::core::io::RasterSource::open(run + QStringLiteral("/maps/T33UVP_classes.tif"));
        const QPointF corner = whole.grid().mapToPixel(second.grid().pixelCentre(0, 0));
        const cropmap::core::io::Window w{int(corner.x()), int(corner.y()), second.grid().width(), second.grid().height()};
        const auto inMosaic = whole.readWindow(1, w), own = second.readAll();
        qint64 same = 0;
        for (std::size_t p = 0; p < own.size(); ++p)
            same += (std::isnan(own[p]) && std::isnan(inMosaic[p])) || own[p] == inMosaic[p];
        QCOMPARE(same, qint64(own.size())); // the synthetic tiles do not overlap
        const QJsonObject accuracy = readJson(run + QStringLiteral("/reports/accuracy.json"));
        QCOMPARE(accuracy.value(QStringLiteral("metadata")).toObject().value(QStringLiteral("classify_mask")).toString(),
                 QStringLiteral("declared"));
        double mappedHa = 0;
        for (const QJsonValue &v : accuracy.value(QStringLiteral("mapped_area")).toArray())
            mappedHa += v.toDouble();
        QVERIFY2(std::abs(mappedHa - classifiedHa) < 1e-6, qPrintable(QStringLiteral("%1 vs %2").arg(mappedHa).arg(classifiedHa)));

        // Weak vs final against the synthetic truth: the cleaning should not hurt. With 6 epochs
        // on 4000 samples the two models are close, so allow noise of a few points.
        const QJsonObject summary = readJson(run + QStringLiteral("/.state/evaluate.json")).value(QStringLiteral("summary")).toObject();
        const QJsonObject truth = summary.value(QStringLiteral("truth")).toObject();
        const double weakOa = truth.value(QStringLiteral("weak")).toObject().value(QStringLiteral("oa")).toDouble();
        const double finalOa = truth.value(QStringLiteral("final")).toObject().value(QStringLiteral("oa")).toDouble();
        qInfo("synthetic truth OA: weak %.3f, final %.3f", weakOa, finalOa);
        QVERIFY2(weakOa > 0.4, qPrintable(QString::number(weakOa)));
        QVERIFY2(finalOa >= weakOa - 0.05, qPrintable(QStringLiteral("final %1 < weak %2").arg(finalOa).arg(weakOa)));
    }

    void rerunSkipsFinishedSteps()
    {
        const PipelineRunner runner(Project::load(m_project));
        for (PipelineStep step : PipelineRunner::steps())
            QCOMPARE(int(runner.state(step)), int(StepState::UpToDate));
        int code = 0;
        const QString out = runCli({QStringLiteral("run"), m_project}, &code);
        QVERIFY2(code == 0, qPrintable(out));
        QCOMPARE(out.count(QStringLiteral("up to date, skipped")), 9);
    }

    void cancelDuringClassifyKeepsThePreviousMaps()
    {
        // Classify forced to run again and canceled in its second tile: the first tile's new
        // maps were staged, not put in place, so every previous map, style and posterior is
        // byte for byte as it was, no temporary file is left, and the step stays up to date.
        class CancelInSecondTile : public cropmap::core::Feedback
        {
        protected:
            void onProgress(double fraction, const QString &) override
            {
                if (fraction > 0.55)
                    cancel();
            }
        };
        const QString run = m_dir.filePath(QStringLiteral("run"));
        const QMap<QString, QByteArray> before = filesOf(run + QStringLiteral("/maps"));
        QVERIFY(before.size() >= 6);
        PipelineRunner runner(Project::load(m_project));
        CancelInSecondTile feedback;
        QVERIFY_THROWS_EXCEPTION(cropmap::core::Canceled,
                                 runner.run(feedback, PipelineStep::Classify, PipelineStep::Classify, true));
        QVERIFY(before == filesOf(run + QStringLiteral("/maps")));
        QVERIFY(!QFileInfo::exists(run + QStringLiteral("/maps.staging")));
        QDirIterator all(run, QDir::Files | QDir::Hidden, QDirIterator::Subdirectories);
        while (all.hasNext()) {
            const QString file = all.next();
            QVERIFY2(!file.endsWith(QStringLiteral(".tmp")), qPrintable(file));
        }
        QCOMPARE(int(runner.state(PipelineStep::Classify)), int(StepState::UpToDate));
    }

    void copiedProjectStaysUpToDate()
    {
        // The project folder with its scene and outputs, copied file by file (new times,
        // another absolute path): every step is still up to date.
        QTemporaryDir copy;
        QDirIterator it(m_dir.path(), QDir::Files | QDir::Hidden, QDirIterator::Subdirectories);
        const QDir source(m_dir.path());
        while (it.hasNext()) {
            const QString file = it.next();
            const QString target = copy.filePath(source.relativeFilePath(file));
            QVERIFY(QDir().mkpath(QFileInfo(target).absolutePath()));
            QVERIFY2(QFile::copy(file, target), qPrintable(target));
        }
        const PipelineRunner runner(Project::load(copy.filePath(QStringLiteral("project.json"))));
        const QList<StepStatus> statuses = runner.statuses();
        for (int i = 0; i < statuses.size(); ++i)
            QVERIFY2(statuses[i].state == StepState::UpToDate,
                     qPrintable(PipelineRunner::stepName(PipelineRunner::steps()[i]) + u' ' + statuses[i].reason));
    }

    void selectRunsAloneOnTheRunsFiles()
    {
        // `cropmap select` on the files `cropmap run` wrote, with the run's own rule and seed,
        // gives the run's selection: the same kept count and the same final set size.
        const QString run = m_dir.filePath(QStringLiteral("run"));
        int code = 0;
        const QString out = runCli({QStringLiteral("select"), QStringLiteral("--model"), run + QStringLiteral("/models/weak.model"),
                                    QStringLiteral("--pool"), run + QStringLiteral("/samples/pool/train.samples"),
                                    QStringLiteral("--train"), run + QStringLiteral("/samples/train.samples"),
                                    QStringLiteral("--out"), m_dir.filePath(QStringLiteral("alone")),
                                    QStringLiteral("--composites"), run + QStringLiteral("/composites"),
                                    QStringLiteral("--quiet")},
                                   &code);
        QVERIFY2(code == 0, qPrintable(out));
        const QJsonObject alone = readJson(m_dir.filePath(QStringLiteral("alone/selection.json")));
        const QJsonObject inRun = readJson(run + QStringLiteral("/select/selection.json"));
        QCOMPARE(alone.value(QStringLiteral("totals")), inRun.value(QStringLiteral("totals")));
        QCOMPARE(alone.value(QStringLiteral("cleaning")), inRun.value(QStringLiteral("cleaning")));
        QVERIFY(QFile::exists(m_dir.filePath(QStringLiteral("alone/T33UUP_reliable.tif"))));
        QVERIFY(out.contains(QStringLiteral("cleaning against the truth")));

        // A rule that removes nothing has no precision (null in selection.json), and the
        // summary says so instead of printing 0.
        const QString none = runCli({QStringLiteral("select"), QStringLiteral("--model"), run + QStringLiteral("/models/weak.model"),
                                     QStringLiteral("--pool"), run + QStringLiteral("/samples/pool/train.samples"),
                                     QStringLiteral("--train"), run + QStringLiteral("/samples/train.samples"),
                                     QStringLiteral("--out"), m_dir.filePath(QStringLiteral("alone-none")),
                                     QStringLiteral("--rule"), QStringLiteral("none"), QStringLiteral("--quiet")},
                                    &code);
        QVERIFY2(code == 0, qPrintable(none));
        QVERIFY(readJson(m_dir.filePath(QStringLiteral("alone-none/selection.json")))
                    .value(QStringLiteral("cleaning")).toObject().value(QStringLiteral("precision")).isNull());
        QVERIFY2(none.contains(QStringLiteral("removed 0 pixels, 0 wrongly declared; precision – (nothing removed), recall 0.000")),
                 qPrintable(none));

        const QString missing = runCli({QStringLiteral("select"), QStringLiteral("--model"), run + QStringLiteral("/models/weak.model")}, &code);
        QCOMPARE(code, 1);
        QVERIFY2(missing.contains(QStringLiteral("select needs --pool")), qPrintable(missing));
    }

    void changedDefaultInvalidatesTheTraining()
    {
        // The run recorded this version's training defaults for its architecture; a record
        // made when a default differed (the LSTM's input noise was 0.2) makes the model out of
        // date, naming the default, and so does a record from before defaults were recorded.
        const Project project = Project::load(m_project);
        const QString path = project.outputDir() + QStringLiteral("/.state/train_weak.json");
        QFile file(path);
        QVERIFY(file.open(QIODevice::ReadOnly));
        const QByteArray original = file.readAll();
        file.close();
        QJsonObject record = QJsonDocument::fromJson(original).object();
        QJsonObject options = record.value(QStringLiteral("options")).toObject();
        QJsonObject defaults = options.value(QStringLiteral("defaults_used")).toObject();
        QCOMPARE(defaults.value(QStringLiteral("input_noise")).toDouble(), 0.4);
        const auto rewrite = [&](const QJsonObject &o) {
            QJsonObject r = record;
            r.insert(QStringLiteral("options"), o);
            QFile out(path);
            QVERIFY(out.open(QIODevice::WriteOnly | QIODevice::Truncate));
            out.write(QJsonDocument(r).toJson());
        };
        defaults.insert(QStringLiteral("input_noise"), 0.2);
        QJsonObject older = options;
        older.insert(QStringLiteral("defaults_used"), defaults);
        rewrite(older);
        QCOMPARE(PipelineRunner(project).status(PipelineStep::TrainWeak).reason,
                 QStringLiteral("option defaults_used.input_noise: 0.2 → 0.4"));
        older.remove(QStringLiteral("defaults_used"));
        rewrite(older);
        QCOMPARE(PipelineRunner(project).status(PipelineStep::TrainWeak).reason,
                 QStringLiteral("option defaults_used: not recorded by the last run (an earlier version of cropmap)"));
        QVERIFY(file.open(QIODevice::WriteOnly | QIODevice::Truncate));
        file.write(original);
        file.close();
        QCOMPARE(int(PipelineRunner(project).state(PipelineStep::TrainWeak)), int(StepState::UpToDate));
    }

    void changedTrainingOptionInvalidatesOnlyLaterSteps()
    {
        Project project = Project::load(m_project);
        QJsonObject train = project.stepOptions(QStringLiteral("train"));
        train.insert(QStringLiteral("epochs"), 5);
        project.steps.insert(QStringLiteral("train"), train);
        project.save(m_project);
        const PipelineRunner runner(Project::load(m_project));
        QCOMPARE(int(runner.state(PipelineStep::Composite)), int(StepState::UpToDate));
        QCOMPARE(int(runner.state(PipelineStep::Sample)), int(StepState::UpToDate));
        QCOMPARE(int(runner.state(PipelineStep::TrainWeak)), int(StepState::OutOfDate));
        // Each says why: the option with both values, and the later ones which step comes first.
        QCOMPARE(runner.status(PipelineStep::TrainWeak).reason, QStringLiteral("option train.epochs: 6 → 5"));
        QVERIFY2(runner.status(PipelineStep::Classify).reason.contains(PipelineRunner::stepTitle(PipelineStep::TrainWeak)),
                 qPrintable(runner.status(PipelineStep::Classify).reason));
    }

    void mistypedProjectKeyIsReported()
    {
        QFile file(m_dir.filePath(QStringLiteral("typo.json")));
        QVERIFY(file.open(QIODevice::WriteOnly));
        file.write("{\n \"archive\": \"a\", \"parcels\": \"p\", \"field\": \"f\", \"legend\": \"l\",\n \"trian\": {}\n}\n");
        file.close();
        int code = 0;
        const QString out = runCli({QStringLiteral("run"), file.fileName()}, &code);
        QCOMPARE(code, 1);
        QVERIFY2(out.contains(QStringLiteral("line 3")) && out.contains(QStringLiteral("\"trian\"")), qPrintable(out));
    }

private:
    QTemporaryDir m_dir;
    QString m_project;
};

QTEST_GUILESS_MAIN(TestPipelineRun)
#include "tst_pipeline_run.moc"
