// SPDX-License-Identifier: GPL-3.0-or-later
// The select step's pieces that need no trained model: the options its cross-fitted weak
// models train with, and the checks of the model against the pool.
#include <QFile>
#include <QJsonObject>
#include <QTemporaryDir>
#include <QTest>

#include "../model/synthetic_samples.h"
#include "model/crop_model.h"
#include "util/error.h"
#include "util/feedback.h"

#include "pipeline/project.h"
#include "pipeline/selection_step.h"
#include "pipeline/step_options.h"

using namespace cropmap::core;

namespace {

// Everything but the seed: the fold models must train like the weak model in every other way.
QJsonObject withoutSeed(const model::TrainOptions &options)
{
    QJsonObject json = options.toJson();
    json.remove(QStringLiteral("seed"));
    return json;
}

} // namespace

class TestSelectionStep : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void foldModelsTrainWithTheProjectsOptionsAndTheirOwnSeed()
    {
        pipeline::Project project;
        project.seed = 7;
        project.steps = QJsonObject{{QStringLiteral("train"),
                                     QJsonObject{{QStringLiteral("model"), QStringLiteral("tempcnn")},
                                                 {QStringLiteral("epochs"), 12},
                                                 {QStringLiteral("patience"), 3},
                                                 {QStringLiteral("learning_rate"), 0.005},
                                                 {QStringLiteral("batch_size"), 64},
                                                 {QStringLiteral("threads"), 2}}}};
        model::TrainOptions weak = pipeline::trainOptions(project);
        // What the weak model's own run adds; a fold model must not share its files.
        weak.checkpointPath = QStringLiteral("models/weak.checkpoint");
        weak.logPath = QStringLiteral("models/weak_log");
        weak.resume = true;
        for (int k = 0; k < 3; ++k) {
            const model::TrainOptions fold = pipeline::crossfitTrainOptions(weak, k);
            QCOMPARE(withoutSeed(fold), withoutSeed(weak));
            QCOMPARE(fold.spec.kind, model::ModelKind::TempCNN);
            QCOMPARE(fold.epochs, 12);
            QCOMPARE(fold.patience, 3);
            QCOMPARE(fold.learningRate, 0.005);
            QCOMPARE(fold.batchSize, 64);
            QCOMPARE(fold.threads, 2);
            // Project seed 7: folds 0, 1, 2 train with seeds 8, 9, 10.
            QCOMPARE(fold.seed, quint64(8 + k));
            QVERIFY(fold.checkpointPath.isEmpty());
            QVERIFY(fold.logPath.isEmpty());
            QVERIFY(!fold.resume);
        }
    }

    void aModelOfAnotherClassTableIsRefusedNamingBoth()
    {
        // The same three classes in another order: same size, same bands and steps, so only
        // the class table tells that the model's indices mean other classes on this pool.
        QTemporaryDir dir;
        const sampling::SampleSet pool = cropmap::tests::separableSamples(4, 4, 2, 1);
        pipeline::SelectionFiles files;
        files.pool = dir.filePath(QStringLiteral("pool.samples"));
        files.weakTrain = files.pool;
        files.weakModel = dir.filePath(QStringLiteral("weak.model"));
        files.outputFolder = dir.filePath(QStringLiteral("select"));
        pool.save(files.pool);
        model::ModelMetadata m;
        const auto &c = pool.classes();
        m.classes = thematic::ClassTable({c.at(1), c.at(0), c.at(2)});
        m.bands = pool.bands();
        m.steps = pool.steps();
        m.normalisation.mean = {0.5, 0.5};
        m.normalisation.std = {0.2, 0.2};
        model::CropModel(m).save(files.weakModel);
        Feedback feedback;
        try {
            pipeline::runSelection(files, select::SelectionOptions(), feedback);
            QFAIL("a model of another class table must be refused");
        } catch (const Error &e) {
            QVERIFY2(e.message().contains(files.weakModel) && e.message().contains(files.pool)
                         && e.message().contains(QStringLiteral("2 Winter Wheat, 1 Maize")),
                     qPrintable(e.message()));
        }
        QVERIFY(!QFile::exists(files.outputFolder)); // nothing written

        // Other steps (T = 5): refused by the layout check, also naming the pool.
        model::ModelMetadata other = m;
        other.classes = c;
        other.steps << QStringLiteral("2018-05");
        model::CropModel(other).save(files.weakModel);
        try {
            pipeline::runSelection(files, select::SelectionOptions(), feedback);
            QFAIL("a model of another layout must be refused");
        } catch (const Error &e) {
            QVERIFY2(e.message().contains(files.pool), qPrintable(e.message()));
        }
    }
};

QTEST_GUILESS_MAIN(TestSelectionStep)
#include "tst_selection_step.moc"
