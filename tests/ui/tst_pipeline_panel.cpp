// SPDX-License-Identifier: GPL-3.0-or-later
// Runs steps of a tiny synthetic method project from the Pipeline dock of the real main window.
#include <QDateTime>
#include <QDeadlineTimer>
#include <QDirIterator>
#include <QElapsedTimer>
#include <QFile>
#include <QJsonDocument>
#include <QJsonObject>
#include <QLineEdit>
#include <QPushButton>
#include <QDoubleSpinBox>
#include <QSignalSpy>
#include <QTableWidget>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QTest>
#include <QTimer>

#include "app/error_reporter.h"
#include "app/main_window.h"
#include "canvas/map_canvas.h"
#include "layers/layer_tree_model.h"
#include "layers/map_layer.h"
#include "layers/vector_layer.h"
#include "legend/legend_document.h"
#include "legend/legend_editor.h"
#include "pipeline/pipeline_feedback.h"
#include "pipeline/pipeline_panel.h"
#include "pipeline/step_options_editor.h"
#include "results/posterior_inspector.h"
#include "results/results_view.h"
#include "model/crop_model.h"
#include "pipeline/pipeline_runner.h"
#include "sampling/sample_set.h"
#include "sampling/training_set_job.h"
#include "select/reliable_sample_selector.h"
#include "common/synthetic_scene.h"
#include "synth/scene_job.h"
#include "training/training_monitor.h"
#include "util/feedback.h"

using namespace cropmap::ui;
using cropmap::core::JobResult;
using cropmap::core::pipeline::PipelineStep;
using cropmap::core::pipeline::Project;
using State = PipelinePanel::State;

Q_DECLARE_METATYPE(cropmap::core::JobResult::Status)

namespace {

QStringList filesUnder(const QString &folder)
{
    QStringList files;
    QDirIterator it(folder, QDir::Files | QDir::Hidden, QDirIterator::Subdirectories);
    while (it.hasNext())
        files << it.next();
    return files;
}

} // namespace

class TestPipelinePanel : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase()
    {
        QStandardPaths::setTestModeEnabled(true);
        qRegisterMetaType<JobResult::Status>();
        QVERIFY(m_dir.isValid());
        // One 64 × 64 px tile with 12 acquisitions: seconds for the composite step.
        cropmap::core::synth::SceneOptions scene;
        scene.tiles = 1;
        scene.size = 64;
        scene.acquisitions = {12};
        scene.seed = 5;
        const QString failed = cropmap::tests::writeSyntheticScene(m_dir.path(), scene);
        QVERIFY2(failed.isEmpty(), qPrintable(failed));
        // A copy of the synthetic legend: the test edits and saves it.
        QVERIFY(QFile::copy(QStringLiteral(CROPMAP_SOURCE_DIR "/resources/legends/synthetic.json"),
                            m_dir.filePath(QStringLiteral("legend.json"))));
        QFile::setPermissions(m_dir.filePath(QStringLiteral("legend.json")),
                              QFile::ReadOwner | QFile::WriteOwner);
        ErrorReporter::setHandler([this](QWidget *, const QString &, const QString &message) {
            m_errors << message;
        });
    }

    void init()
    {
        m_errors.clear();
        m_window = std::make_unique<MainWindow>();
        m_window->resize(1200, 800);
        m_window->show();
        QVERIFY(QTest::qWaitForWindowExposed(m_window.get()));
    }

    void cleanup() { m_window.reset(); }

    void runsTheRasterizeStepAndShowsItsOutput()
    {
        QVERIFY(m_window->openProject(writeProject(QStringLiteral("run"), QStringLiteral("scene/archive"))));
        PipelinePanel *panel = m_window->pipelinePanel();
        QVERIFY(panel->project().has_value());
        for (PipelineStep step : cropmap::core::pipeline::PipelineRunner::steps())
            QCOMPARE(panel->state(step), State::NotRun);
        // The method project put its parcels on the map.
        QCOMPARE(m_window->layerModel()->count(), 1);

        // The rasterize step needs the composites' grid: run the composite step first.
        auto *runStep = panel->findChild<QPushButton *>(QStringLiteral("runStepButton"));
        panel->selectStep(PipelineStep::Composite);
        QTest::mouseClick(runStep, Qt::LeftButton);
        QVERIFY(panel->isRunning());
        QTRY_VERIFY_WITH_TIMEOUT(!panel->isRunning(), 120000);
        QVERIFY2(panel->lastError().isEmpty(), qPrintable(panel->lastError()));
        QCOMPARE(panel->state(PipelineStep::Composite), State::UpToDate);
        QCOMPARE(m_window->layerModel()->count(), 2);

        panel->selectStep(PipelineStep::Rasterize);
        QTest::mouseClick(runStep, Qt::LeftButton);
        QCOMPARE(panel->state(PipelineStep::Rasterize), State::Running);
        QVERIFY(!runStep->isEnabled());
        QTRY_VERIFY_WITH_TIMEOUT(!panel->isRunning(), 60000);
        QVERIFY2(panel->lastError().isEmpty(), qPrintable(panel->lastError()));
        QCOMPARE(panel->state(PipelineStep::Rasterize), State::UpToDate);
        QCOMPARE(panel->state(PipelineStep::Sample), State::NotRun);
        QVERIFY(runStep->isEnabled());
        // The eroded class raster of the tile appeared as a layer on top.
        QCOMPARE(m_window->layerModel()->count(), 3);
        const QStringList rasterized = panel->outputRasters(PipelineStep::Rasterize);
        QCOMPARE(rasterized.size(), 1);
        QCOMPARE(QFileInfo(m_window->layerModel()->layer(0)->source()).absoluteFilePath(),
                 QFileInfo(rasterized[0]).absoluteFilePath());
        QVERIFY(m_errors.isEmpty());

        // Editing and saving the project's legend makes the rasterize step out of date, as
        // `cropmap run` would see it (the legend is one of the step's inputs).
        LegendEditor *editor = m_window->legendEditor();
        QCOMPARE(QFileInfo(editor->legendPath()).absoluteFilePath(),
                 QFileInfo(m_dir.filePath(QStringLiteral("legend.json"))).absoluteFilePath());
        const QString value = editor->document()->legend().values().first();
        const int classId = editor->document()->legend().classIdOf(value);
        editor->document()->assign({value}, classId == 1 ? 2 : 1);
        QCOMPARE(panel->state(PipelineStep::Rasterize), State::UpToDate);
        QVERIFY(editor->saveLegend());
        QCOMPARE(panel->state(PipelineStep::Rasterize), State::OutOfDate);
        QCOMPARE(panel->state(PipelineStep::Composite), State::UpToDate);
    }

    void cancelLeavesNoOutput()
    {
        QVERIFY(m_window->openProject(writeProject(QStringLiteral("canceled"), QStringLiteral("scene/archive"))));
        PipelinePanel *panel = m_window->pipelinePanel();
        QVERIFY(runAndCancelAtFirstProgress(panel, PipelineStep::Composite, false));
        QCOMPARE(panel->state(PipelineStep::Composite), State::NotRun);
        QVERIFY(m_errors.isEmpty());
        // The step did start (the runner logs its cancellation), and left nothing behind.
        QFile log(m_dir.filePath(QStringLiteral("canceled/run.log")));
        QVERIFY(log.open(QIODevice::ReadOnly));
        QVERIFY(log.readAll().contains("composite canceled"));
        const QStringList left = filesUnder(m_dir.filePath(QStringLiteral("canceled/composites")));
        QVERIFY2(left.isEmpty(), qPrintable(left.join(QLatin1Char(' '))));
        QVERIFY(panel->findChild<QPushButton *>(QStringLiteral("runAllButton"))->isEnabled());
    }

    void failureShowsTheCoreMessage()
    {
        QVERIFY(m_window->openProject(writeProject(QStringLiteral("broken"), QStringLiteral("scene/no-such-archive"))));
        PipelinePanel *panel = m_window->pipelinePanel();
        QTest::mouseClick(panel->findChild<QPushButton *>(QStringLiteral("runAllButton")), Qt::LeftButton);
        QTRY_VERIFY_WITH_TIMEOUT(!panel->isRunning(), 60000);
        QCOMPARE(panel->state(PipelineStep::Composite), State::Failed);
        QCOMPARE(panel->state(PipelineStep::Rasterize), State::NotRun);
        QVERIFY2(panel->lastError().contains(QStringLiteral("no-such-archive")), qPrintable(panel->lastError()));
        QCOMPARE(m_errors.size(), 1);
        QCOMPARE(m_errors[0], panel->lastError());
    }

    void optionsEditorWritesTheProjectFile()
    {
        // The project of the first test: its composite step is up to date.
        const QString path = m_dir.filePath(QStringLiteral("run.json"));
        QVERIFY(m_window->openProject(path));
        PipelinePanel *panel = m_window->pipelinePanel();
        QCOMPARE(panel->state(PipelineStep::Composite), State::UpToDate);
        panel->selectStep(PipelineStep::Composite);
        QTableWidget *table = panel->optionsEditor()->table();
        // One row per key the composite section may hold (the project sets threads = 2).
        QCOMPARE(table->rowCount(), Project::allowedKeys(QStringLiteral("composite")).size());
        const auto rowOf = [table](const QString &key) {
            for (int row = 0; row < table->rowCount(); ++row) {
                if (table->item(row, 1)->text() == key)
                    return row;
            }
            return -1;
        };
        QCOMPARE(table->item(rowOf(QStringLiteral("threads")), 2)->text(), QStringLiteral("2"));
        QCOMPARE(table->item(rowOf(QStringLiteral("block_size")), 2)->text(), QString());
        // What the file sets is bold; a default is not.
        QVERIFY(table->item(rowOf(QStringLiteral("threads")), 1)->font().bold());
        QVERIFY(!table->item(rowOf(QStringLiteral("block_size")), 1)->font().bold());

        // A new block size: written to the file, and the composite step is out of date.
        table->item(rowOf(QStringLiteral("block_size")), 2)->setText(QStringLiteral("256"));
        QCOMPARE(readProject(path).value(QStringLiteral("composite")).toObject().value(QStringLiteral("block_size")).toInt(), 256);
        QCOMPARE(panel->state(PipelineStep::Composite), State::OutOfDate);
        // Back to the default: the options are what the step ran with, so it is up to date.
        table->item(rowOf(QStringLiteral("block_size")), 2)->setText(QString());
        QVERIFY(!readProject(path).value(QStringLiteral("composite")).toObject().contains(QStringLiteral("block_size")));
        QCOMPARE(panel->state(PipelineStep::Composite), State::UpToDate);

        // A negative epoch count is refused with the trainer's message; the file stays.
        panel->selectStep(PipelineStep::TrainWeak);
        QCOMPARE(table->rowCount(), Project::allowedKeys(QStringLiteral("train")).size());
        QVERIFY(!readProject(path).contains(QStringLiteral("train")));
        QVERIFY(!panel->optionsEditor()->setOption(QStringLiteral("train"), QStringLiteral("epochs"), QStringLiteral("-3")));
        QCOMPARE(m_errors.size(), 1);
        QVERIFY2(m_errors[0].contains(QStringLiteral("epochs")), qPrintable(m_errors[0]));
        QVERIFY(!readProject(path).contains(QStringLiteral("train")));

        // The filter, typed as a user types, keeps the matching rows of the long train section
        // (by option name, case-insensitive) and keeps applying when the step changes.
        QLineEdit *filter = panel->optionsEditor()->filter();
        QTest::keyClicks(filter, QStringLiteral("MIX"));
        const auto shownKeys = [table] {
            QStringList keys;
            for (int row = 0; row < table->rowCount(); ++row) {
                if (!table->isRowHidden(row))
                    keys << table->item(row, 1)->text();
            }
            return keys;
        };
        QCOMPARE(shownKeys(), QStringList{QStringLiteral("mixup")});
        panel->selectStep(PipelineStep::Composite);
        QCOMPARE(shownKeys(), QStringList{});
        filter->clear();
        QCOMPARE(shownKeys().size(), Project::allowedKeys(QStringLiteral("composite")).size());
        // A value matches too: the composite section's one key set to 2.
        QTest::keyClicks(filter, QStringLiteral("2"));
        QVERIFY(shownKeys().contains(QStringLiteral("threads")));
        filter->clear();
    }

    void runAllFromThePanelWhileTheMapStaysUsable()
    {
        // The whole method on the 64 px tile, with a two-epoch model: about ten seconds.
        const QJsonObject train{{QStringLiteral("epochs"), 2}, {QStringLiteral("stage2_epochs"), 1},
                                {QStringLiteral("patience"), 2}, {QStringLiteral("batch_size"), 64},
                                {QStringLiteral("threads"), 1}};
        const QString path = writeProject(QStringLiteral("all"), QStringLiteral("scene/archive"),
                                          {{QStringLiteral("sampling"), QJsonObject{{QStringLiteral("budget"), 600}}},
                                           {QStringLiteral("train"), train}});
        QVERIFY(m_window->openProject(path));
        PipelinePanel *panel = m_window->pipelinePanel();
        QSignalSpy finished(panel, &PipelinePanel::runFinished);
        // The longest the event loop went without running a 50 ms timer during the run.
        QElapsedTimer sinceTick;
        qint64 longestGap = 0;
        QTimer ticker;
        ticker.setInterval(50);
        connect(&ticker, &QTimer::timeout, this, [&] {
            longestGap = std::max(longestGap, sinceTick.restart());
        });
        QTest::mouseClick(panel->findChild<QPushButton *>(QStringLiteral("runAllButton")), Qt::LeftButton);
        sinceTick.start();
        ticker.start();
        // The map pans while the method runs on the worker thread.
        QVERIFY(panel->isRunning());
        const QPointF centre = m_window->canvas()->settings().centre;
        QTest::keyClick(m_window->canvas(), Qt::Key_Right);
        QVERIFY(m_window->canvas()->settings().centre.x() > centre.x());
        QTRY_VERIFY_WITH_TIMEOUT(!panel->isRunning(), 300000);
        ticker.stop();
        QVERIFY2(panel->lastError().isEmpty(), qPrintable(panel->lastError()));
        QCOMPARE(finished.size(), 1);
        QCOMPARE(finished[0][0].value<JobResult::Status>(), JobResult::Status::Succeeded);
        for (PipelineStep step : cropmap::core::pipeline::PipelineRunner::steps())
            QCOMPARE(panel->state(step), State::UpToDate);
        qInfo("longest pause of the event loop during the run: %lld ms", longestGap);
        QVERIFY2(longestGap < 3000, qPrintable(QString::number(longestGap)));
        // Parcels, then the composite, the eroded declarations, the reliable samples, the
        // posterior and the class map; on top the declaration check's parcels by status (the
        // Parcels dock's overlay, once the check step has written them).
        QCOMPARE(m_window->layerModel()->count(), 7);
        QVERIFY(m_window->layerModel()->layer(0)->property("parcelCheck").toBool());
        QVERIFY(m_window->layerModel()->layer(1)->source().endsWith(QLatin1String("_classes.tif")));
        // The training dock followed the final model through both stages.
        TrainingMonitor *monitor = m_window->trainingMonitor();
        QTRY_VERIFY_WITH_TIMEOUT(!monitor->records().empty(), 5 * TrainingMonitor::kPollMs);
        QCOMPARE(monitor->logPath(), m_dir.filePath(QStringLiteral("all/models/final_log.json")));
        QCOMPARE(monitor->records().front().stage, 1);
        QCOMPARE(monitor->records().back().stage, 2);

        // The results dock read the new report; a click on a cell of its matrix puts exactly
        // that cell's test pixels on the map (the final map classifies them as the model did
        // when the evaluate step counted them).
        ResultsView *results = m_window->resultsView();
        QVERIFY(results->report().has_value());
        const auto &matrix = results->report()->matrix;
        int best = 0;
        for (int u = 1; u < matrix.classCount(); ++u)
            best = matrix.at(u, u) > matrix.at(best, best) ? u : best;
        QVERIFY(matrix.at(best, best) > 0);
        QVERIFY(results->selectCell(best, best));
        QTRY_VERIFY_WITH_TIMEOUT(!results->isSelecting() && m_window->layerModel()->count() == 8, 30000);
        auto *pixels = qobject_cast<VectorLayer *>(m_window->layerModel()->layer(0));
        QVERIFY(pixels);
        QCOMPARE(qint64(pixels->featureCount()), matrix.at(best, best));
        // Another cell replaces the selection rather than adding to it.
        int other = -1;
        for (int u = 0; u < matrix.classCount() && other < 0; ++u) {
            if (u != best && matrix.at(u, u) > 0)
                other = u;
        }
        if (other >= 0) {
            QVERIFY(results->selectCell(other, other));
            QTRY_VERIFY_WITH_TIMEOUT(!results->isSelecting() && m_window->layerModel()->layer(0) != pixels, 30000);
            QCOMPARE(m_window->layerModel()->count(), 8);
            QCOMPARE(qint64(qobject_cast<VectorLayer *>(m_window->layerModel()->layer(0))->featureCount()),
                     matrix.at(other, other));
        }
        QVERIFY(m_errors.isEmpty());
    }

    void cancelClassifyFromThePanelKeepsThePreviousMaps()
    {
        // Classify forced to run again from the panel on the project the whole method ran on,
        // canceled at its first progress report: every previous map, style and posterior is
        // byte for byte as it was, nothing staged is left, and the step is still up to date.
        const QString path = m_dir.filePath(QStringLiteral("all.json"));
        QVERIFY(m_window->openProject(path));
        PipelinePanel *panel = m_window->pipelinePanel();
        QCOMPARE(panel->state(PipelineStep::Classify), State::UpToDate);
        const QString maps = m_dir.filePath(QStringLiteral("all/maps"));
        QMap<QString, QByteArray> before;
        for (const QString &file : filesUnder(maps)) {
            QFile f(file);
            QVERIFY(f.open(QIODevice::ReadOnly));
            before.insert(file, f.readAll());
        }
        QVERIFY(before.size() >= 3); // class map, its style, posterior
        QVERIFY(runAndCancelAtFirstProgress(panel, PipelineStep::Classify, true));
        QMap<QString, QByteArray> after;
        for (const QString &file : filesUnder(maps)) {
            QFile f(file);
            QVERIFY(f.open(QIODevice::ReadOnly));
            after.insert(file, f.readAll());
        }
        QVERIFY(before == after);
        QVERIFY(!QFileInfo::exists(m_dir.filePath(QStringLiteral("all/maps.staging"))));
        QCOMPARE(panel->state(PipelineStep::Classify), State::UpToDate);
        QVERIFY(m_errors.isEmpty());
    }

    void copiedProjectIsUpToDateInThePanel()
    {
        // The project with its scene, legend and outputs copied to another folder, file by
        // file (new times, another absolute path), opens with every step up to date.
        QTemporaryDir copy;
        const QDir source(m_dir.path());
        for (const QString &file : filesUnder(m_dir.path())) {
            const QString relative = source.relativeFilePath(file);
            if (!relative.startsWith(QLatin1String("all")) && !relative.startsWith(QLatin1String("scene/"))
                && relative != QLatin1String("legend.json"))
                continue;
            const QString target = copy.filePath(relative);
            QVERIFY(QDir().mkpath(QFileInfo(target).absolutePath()));
            QVERIFY2(QFile::copy(file, target), qPrintable(target));
        }
        PipelinePanel *panel = m_window->pipelinePanel();
        // Its files are unknown by size and time: a pool thread reads them, not the GUI thread,
        // and the steps say so meanwhile (the scene is small: no bytes may be read here).
        panel->setHashingBudget(0);
        QVERIFY(m_window->openProject(copy.filePath(QStringLiteral("all.json"))));
        QVERIFY(panel->isChecking());
        QCOMPARE(panel->state(PipelineStep::Classify), State::Checking);
        QTRY_VERIFY_WITH_TIMEOUT(!panel->isChecking(), 60000);
        for (PipelineStep step : cropmap::core::pipeline::PipelineRunner::steps())
            QVERIFY2(panel->state(step) == State::UpToDate,
                     qPrintable(cropmap::core::pipeline::PipelineRunner::stepName(step)));
        // Known now (this process hashed them): the next check answers at once.
        panel->refreshStates();
        QVERIFY(!panel->isChecking());
        QCOMPARE(panel->state(PipelineStep::Check), State::UpToDate);
        QVERIFY(m_errors.isEmpty());
    }

    void cancelTrainingStopsWithinASecondAndKeepsTheOldModel()
    {
        // The project the whole method ran on; 500 epochs without early stopping (a minute or
        // so) make the weak model out of date.
        const QString path = m_dir.filePath(QStringLiteral("all.json"));
        QVERIFY(m_window->openProject(path));
        PipelinePanel *panel = m_window->pipelinePanel();
        QVERIFY(panel->optionsEditor()->setOption(QStringLiteral("train"), QStringLiteral("patience"), QStringLiteral("500")));
        QVERIFY(panel->optionsEditor()->setOption(QStringLiteral("train"), QStringLiteral("epochs"), QStringLiteral("500")));
        QCOMPARE(panel->state(PipelineStep::TrainWeak), State::OutOfDate);
        const QString model = m_dir.filePath(QStringLiteral("all/models/weak.model"));
        const QDateTime written = QFileInfo(model).lastModified();
        QSignalSpy finished(panel, &PipelinePanel::runFinished);
        panel->selectStep(PipelineStep::TrainWeak);
        TrainingMonitor *monitor = m_window->trainingMonitor();
        QSignalSpy logged(monitor, &TrainingMonitor::logUpdated);
        QVERIFY(panel->run(PipelineStep::TrainWeak, PipelineStep::TrainWeak));
        // Cancel mid-training, once the new run's stage-1 epochs show in the training dock.
        QTRY_VERIFY_WITH_TIMEOUT(!logged.isEmpty() && !monitor->records().empty()
                                     && monitor->records().back().stage == 1,
                                 60000);
        QVERIFY(panel->isRunning());
        QElapsedTimer stopping;
        stopping.start();
        QTest::mouseClick(panel->findChild<QPushButton *>(QStringLiteral("cancelButton")), Qt::LeftButton);
        QTRY_VERIFY_WITH_TIMEOUT(!panel->isRunning(), 10000);
        qInfo("training stopped %lld ms after Cancel", stopping.elapsed());
        QVERIFY2(stopping.elapsed() < 1000, qPrintable(QString::number(stopping.elapsed())));
        QCOMPARE(finished.size(), 1);
        QCOMPARE(finished[0][0].value<JobResult::Status>(), JobResult::Status::Canceled);
        // The step is not done; the previous model is still there, whole and untouched.
        QCOMPARE(panel->state(PipelineStep::TrainWeak), State::NotRun);
        QCOMPARE(QFileInfo(model).lastModified(), written);
        for (const QString &file : filesUnder(m_dir.filePath(QStringLiteral("all/models"))))
            QVERIFY2(!file.endsWith(QLatin1String(".tmp")), qPrintable(file));
        QVERIFY(m_errors.isEmpty());
    }

    void posteriorThresholdGivesCoreKeptCount()
    {
        // The pool and weak model of the whole run above.
        const QString path = m_dir.filePath(QStringLiteral("all.json"));
        QVERIFY(m_window->openProject(path));
        PosteriorInspector *inspector = m_window->posteriorInspector();
        QVERIFY(inspector->judgePool());
        QTRY_VERIFY_WITH_TIMEOUT(!inspector->isJudging() && inspector->hasInput(), 60000);

        // The same input, built here from core alone: pool, weak model, probabilities.
        const cropmap::core::pipeline::PipelineRunner runner(Project::load(path));
        const QString poolPath = cropmap::core::sampling::TrainingSetJob::setPath(
            runner.poolFolder(), cropmap::core::sampling::SplitSet::Train);
        const cropmap::core::sampling::SampleSet pool = cropmap::core::sampling::SampleSet::load(poolPath);
        const auto weak = cropmap::core::model::CropModel::load(runner.modelPath(false));
        std::vector<int> declared;
        std::vector<std::uint32_t> parcels;
        for (qint64 i = 0; i < pool.size(); ++i) {
            declared.push_back(pool.classIndex(i));
            parcels.push_back(pool.parcelId(i));
        }
        const auto input = cropmap::core::select::SelectionInput::fromProbabilities(
            pool.classes().size(), declared, weak.predictProbabilities(pool, poolPath), parcels);
        // The class with the most candidates (prediction = declaration).
        std::vector<qint64> candidates(std::size_t(pool.classes().size()), 0);
        for (qint64 i = 0; i < input.size(); ++i) {
            if (input.declared[std::size_t(i)] >= 0 && input.declared[std::size_t(i)] == input.predicted[std::size_t(i)])
                ++candidates[std::size_t(input.declared[std::size_t(i)])];
        }
        const int u = int(std::max_element(candidates.begin(), candidates.end()) - candidates.begin());
        inspector->setClassIndex(u);
        QCOMPARE(inspector->candidateCount(), candidates[std::size_t(u)]);
        double histogramTotal = 0;
        for (double count : inspector->histogram())
            histogramTotal += count;
        QCOMPARE(histogramTotal, double(candidates[std::size_t(u)]));
        QList<qint64> keptCounts;
        for (double percentile : {0.0, 40.0, 90.0}) {
            inspector->percentileSpin()->setValue(percentile);
            cropmap::core::select::SelectionOptions options;
            options.rule = cropmap::core::select::SelectionRule::Seed;
            options.percentile = percentile;
            options.seed = 1;
            const qint64 kept = cropmap::core::select::ReliableSampleSelector(options).select(input).perClass[std::size_t(u)].kept;
            QCOMPARE(inspector->keptCount(), kept);
            keptCounts << kept;
        }
        // A higher threshold keeps fewer: the line moves the count.
        QVERIFY2(keptCounts[0] > keptCounts[1] && keptCounts[1] > keptCounts[2],
                 qPrintable(QStringLiteral("%1 %2 %3").arg(keptCounts[0]).arg(keptCounts[1]).arg(keptCounts[2])));
        QVERIFY(m_errors.isEmpty());
    }

private:
    static QJsonObject readProject(const QString &path)
    {
        QFile file(path);
        if (!file.open(QIODevice::ReadOnly))
            return {};
        return QJsonDocument::fromJson(file.readAll()).object();
    }

    // Runs \a step from the panel and cancels it from the worker at its first progress report,
    // i.e. while it runs, as the Cancel button does (it only sets the same flag); true when
    // the run ended canceled.
    static bool runAndCancelAtFirstProgress(PipelinePanel *panel, PipelineStep step, bool force)
    {
        QSignalSpy finished(panel, &PipelinePanel::runFinished);
        panel->selectStep(step);
        if (!panel->run(step, step, force))
            return false;
        PipelineFeedback *feedback = panel->currentFeedback();
        if (!feedback)
            return false;
        connect(feedback, &PipelineFeedback::progressChanged, feedback,
                [feedback] { feedback->cancel(); }, Qt::DirectConnection);
        QDeadlineTimer deadline(60000);
        while (panel->isRunning() && !deadline.hasExpired())
            QTest::qWait(20);
        return finished.size() == 1
               && finished[0][0].value<JobResult::Status>() == JobResult::Status::Canceled;
    }

    QString writeProject(const QString &output, const QString &archive, const QJsonObject &extra = {})
    {
        QJsonObject project{
            {QStringLiteral("archive"), archive},
            {QStringLiteral("parcels"), QStringLiteral("scene/parcels.gpkg")},
            {QStringLiteral("field"), QStringLiteral("SNAR_BEZEICHNUNG")},
            {QStringLiteral("legend"), QStringLiteral("legend.json")},
            {QStringLiteral("output"), output},
            {QStringLiteral("composite"), QJsonObject{{QStringLiteral("threads"), 2}}},
        };
        for (auto it = extra.begin(); it != extra.end(); ++it)
            project.insert(it.key(), it.value());
        const QString path = m_dir.filePath(output + QStringLiteral(".json"));
        QFile file(path);
        if (!file.open(QIODevice::WriteOnly))
            return {};
        file.write(QJsonDocument(project).toJson());
        return path;
    }

    QTemporaryDir m_dir;
    QStringList m_errors;
    std::unique_ptr<MainWindow> m_window;
};

QTEST_MAIN(TestPipelinePanel)
#include "tst_pipeline_panel.moc"
