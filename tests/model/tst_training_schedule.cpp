// SPDX-License-Identifier: GPL-3.0-or-later
#include <QTest>
#include <cmath>

#include "model/train_options.h"
#include "model/training_schedule.h"
#include "util/error.h"

using namespace cropmap::core;
using namespace cropmap::core::model;

/** The step schedule of docs/training.md, its numbers worked out by hand. */
class TestTrainingSchedule : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void batchSizeGivesAtLeast32StepsAPass()
    {
        // The largest power of two ≤ n / 32 within [32, 256].
        QCOMPARE(TrainingSchedule::autoBatchSize(100), 32);    // 3 steps a pass at 32: the floor
        QCOMPARE(TrainingSchedule::autoBatchSize(333), 32);    // 333 / 32 = 10.4 < 64
        QCOMPARE(TrainingSchedule::autoBatchSize(2047), 32);   // 63.97 < 64
        QCOMPARE(TrainingSchedule::autoBatchSize(2048), 64);   // 2048 / 32 = 64
        QCOMPARE(TrainingSchedule::autoBatchSize(5000), 128);  // 156.25 → 128
        QCOMPARE(TrainingSchedule::autoBatchSize(8192), 256);  // 256
        QCOMPARE(TrainingSchedule::autoBatchSize(300000), 256); // capped
    }

    void membersAutoFollowsTheTableSize()
    {
        QCOMPARE(TrainOptions().members, 0); // auto unless asked
        // Members that each hold out their own groups (a table with groups):
        QCOMPARE(TrainingSchedule::autoMembers(333, true), 3);
        QCOMPARE(TrainingSchedule::autoMembers(1361, true), 3);  // a sits-matogrosso fold
        QCOMPARE(TrainingSchedule::autoMembers(10000, true), 3); // up to and including 10 000
        QCOMPARE(TrainingSchedule::autoMembers(10001, true), 1);
        // Members that would share one validation set (a project): one network at any size.
        QCOMPARE(TrainingSchedule::autoMembers(333, false), 1);
        QCOMPARE(TrainingSchedule::autoMembers(19998, false), 1); // the demo's weak set
        TrainOptions options;
        options.members = -1;
        QVERIFY_THROWS_EXCEPTION(cropmap::core::Error, options.validate());
        options.members = kMaxMembers + 1;
        QVERIFY_THROWS_EXCEPTION(cropmap::core::Error, options.validate());
        options.members = kMaxMembers;
        options.validate();
    }

    void aSmallTableGetsItsStepsAndChecks()
    {
        const TrainOptions options; // the defaults: 3000 + 1000 steps, warm-up 100, rate 1e-3
        const TrainingSchedule s = TrainingSchedule::forStage(options, 1, 333);
        QCOMPARE(s.batchSize, 32);
        QCOMPARE(s.stepsPerEpoch, 10); // ⌊333 / 32⌋, the last batch takes the 13 left over
        QCOMPARE(s.batchBegin(9), qint64(288));
        QCOMPARE(s.batchLength(9, 333), qint64(45)); // 32 + 13
        QCOMPARE(s.batchBegin(10), qint64(0));       // the next pass
        QCOMPARE(s.batchLength(10, 333), qint64(32));
        QCOMPARE(s.budget, 3000);
        QCOMPARE(s.evalEvery, 25);     // one pass is 10 steps: raised to 25
        QCOMPARE(s.checks(), 120);
        QCOMPARE(s.warmup, 100);
        QCOMPARE(s.peakRate, 1e-3);
        QCOMPARE(s.floorRate, 1e-5);
        const TrainingSchedule two = TrainingSchedule::forStage(options, 2, 333);
        QCOMPARE(two.budget, 1000);
        QCOMPARE(two.warmup, 100);
        QVERIFY(std::abs(two.peakRate - 3e-4) < 1e-12);
    }

    void aLargeTableChecksEvery250Steps()
    {
        const TrainingSchedule s = TrainingSchedule::forStage(TrainOptions(), 1, 300000);
        QCOMPARE(s.batchSize, 256);
        QCOMPARE(s.stepsPerEpoch, 1171); // ⌊300000 / 256⌋
        QCOMPARE(s.evalEvery, 250);
        QCOMPARE(s.checks(), 12);        // ⌈3000 / 250⌉
    }

    void aTableSmallerThanABatchIsOneStep()
    {
        TrainOptions options;
        options.batchSize = 64;
        const TrainingSchedule s = TrainingSchedule::forStage(options, 1, 33);
        QCOMPARE(s.stepsPerEpoch, 1);
        QCOMPARE(s.batchLength(0, 33), qint64(33));
        QCOMPARE(s.batchLength(1, 33), qint64(33));
    }

    void epochCapsShortenTheBudget()
    {
        TrainOptions options;
        options.batchSize = 30;
        options.epochs = 12;
        options.fineTuneEpochs = 0;
        const TrainingSchedule s = TrainingSchedule::forStage(options, 1, 180);
        QCOMPARE(s.stepsPerEpoch, 6);
        QCOMPARE(s.budget, 72);  // 12 passes of 6 steps < 3000
        QCOMPARE(s.evalEvery, 25);
        QCOMPARE(s.warmup, 7);   // a tenth of 72
        QCOMPARE(TrainingSchedule::forStage(options, 2, 180).budget, 0); // stage 2 skipped
    }

    void warmUpThenCosineDecay()
    {
        TrainingSchedule s;
        s.budget = 1100;
        s.warmup = 100;
        s.peakRate = 1e-3;
        s.floorRate = 1e-5;
        // Warm-up: peak · (s + 1) / 100.
        QCOMPARE(s.rate(0), 1e-5);
        QVERIFY(std::abs(s.rate(49) - 5e-4) < 1e-15);
        QVERIFY(std::abs(s.rate(99) - 1e-3) < 1e-15);
        // Decay over the 1000 steps after it: floor + (peak − floor) · ½ (1 + cos(π p)).
        QVERIFY(std::abs(s.rate(100) - 1e-3) < 1e-15);                  // p = 0
        QVERIFY(std::abs(s.rate(600) - (1e-5 + 0.99e-3 * 0.5)) < 1e-15); // p = ½: 5.05e-4
        // p = ¼: ½ (1 + √½) = 0.853553…
        QVERIFY(std::abs(s.rate(350) - (1e-5 + 0.99e-3 * 0.8535533905932737)) < 1e-15);
        QVERIFY(std::abs(s.rate(1100) - 1e-5) < 1e-15);                 // p = 1
        QVERIFY(s.rate(1099) > s.rate(1100));
    }

    void badOptionsAreRefusedByName()
    {
        TrainOptions options;
        options.epochs = 0;
        try {
            options.validate();
            QFAIL("epochs 0 was accepted");
        } catch (const Error &e) {
            QVERIFY(e.message().contains(QStringLiteral("epochs")));
        }
        options = TrainOptions();
        options.averaging = 1.0;
        QVERIFY_THROWS_EXCEPTION(Error, options.validate());
        options = TrainOptions();
        options.steps = 0;
        QVERIFY_THROWS_EXCEPTION(Error, options.validate());
        QCOMPARE(checkpointCriterionFromName(QStringLiteral("f1")), CheckpointCriterion::MacroF1);
        QVERIFY_THROWS_EXCEPTION(Error, checkpointCriterionFromName(QStringLiteral("oa")));
    }

    void labelSmoothingAndMixupAreOffByDefaultAndChecked()
    {
        TrainOptions options;
        QCOMPARE(options.labelSmoothing, 0.0);
        QCOMPARE(options.mixup, 0.0);
        QVERIFY(!options.toJson().contains(QStringLiteral("label_smoothing")));
        options.labelSmoothing = 0.1;
        options.mixup = 0.4;
        options.validate();
        QCOMPARE(options.toJson().value(QStringLiteral("label_smoothing")).toDouble(), 0.1);
        QCOMPARE(options.toJson().value(QStringLiteral("mixup")).toDouble(), 0.4);
        options.labelSmoothing = 1.0; // all on the uniform target: nothing left to learn
        QVERIFY_THROWS_EXCEPTION(Error, options.validate());
        options.labelSmoothing = -0.1;
        QVERIFY_THROWS_EXCEPTION(Error, options.validate());
        options.labelSmoothing = 0.0;
        options.mixup = -1.0;
        QVERIFY_THROWS_EXCEPTION(Error, options.validate());
    }

    void inputNoiseDefaultsByArchitecture()
    {
        // Unset (−1): 0.4 for the seed's LSTM, 0.2 for the other networks; a set value wins,
        // 0 included, and the model's training record holds the value used.
        TrainOptions options;
        QCOMPARE(options.inputNoise, -1.0);
        QCOMPARE(options.effectiveInputNoise(), 0.4);
        QCOMPARE(options.toJson().value(QStringLiteral("input_noise")).toDouble(), 0.4);
        for (const ModelKind kind : {ModelKind::TempCNN, ModelKind::InceptionTime, ModelKind::MSResNet, ModelKind::StarRNN}) {
            options.spec.kind = kind;
            QCOMPARE(options.effectiveInputNoise(), 0.2);
        }
        options.inputNoise = 0.0;
        QCOMPARE(options.effectiveInputNoise(), 0.0);
        options.spec.kind = ModelKind::Lstm;
        QCOMPARE(options.effectiveInputNoise(), 0.0);
        options.validate();
        options.inputNoise = -0.5; // only −1 stands for the default
        QVERIFY_THROWS_EXCEPTION(Error, options.validate());
    }
};

QTEST_GUILESS_MAIN(TestTrainingSchedule)
#include "tst_training_schedule.moc"
