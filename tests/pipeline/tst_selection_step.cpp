// SPDX-License-Identifier: GPL-3.0-or-later
// The select step's pieces that need no trained model: the options its cross-fitted weak
// models train with.
#include <QJsonObject>
#include <QTest>

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
};

QTEST_GUILESS_MAIN(TestSelectionStep)
#include "tst_selection_step.moc"
