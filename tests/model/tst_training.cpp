// SPDX-License-Identifier: GPL-3.0-or-later
#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QTemporaryDir>
#include <QTest>
#include <algorithm>
#include <cmath>

#include "model/band_statistics.h"
#include "model/crop_model.h"
#include "model/group_ensemble.h"
#include "model/model_trainer.h"
#include "sampling/stratified_group_split.h"
#include "synthetic_samples.h"
#include "util/error.h"
#include "util/feedback.h"

using namespace cropmap::core;
using namespace cropmap::core::model;

namespace {

/** A small, fast LSTM set-up: T = 6, B = 2, 3 classes, 60 + 20 samples per class. */
TrainOptions smallOptions()
{
    TrainOptions options;
    options.spec.lstmHiddenSizes = {16, 16};
    options.spec.dropout = 0.0;
    options.learningRate = 1e-2;
    options.batchSize = 30;
    options.epochs = 12;
    options.fineTuneEpochs = 4;
    options.patience = 4;
    options.evalEvery = 6; // one check a pass: 180 samples at batch 30
    options.threads = 1; // one thread: bit-identical reruns
    options.seed = 3;
    return options;
}

/** Cancels the run when the progress message reaches \a stopAt (mid-epoch). */
class CancelingFeedback : public Feedback
{
public:
    explicit CancelingFeedback(QString stopAt)
        : m_stopAt(std::move(stopAt))
    {}

protected:
    void onProgress(double, const QString &message) override
    {
        if (message == m_stopAt)
            cancel();
    }

private:
    QString m_stopAt;
};

/** Keeps every logged line. */
class LoggingFeedback : public Feedback
{
public:
    QStringList lines;

protected:
    void onLog(const QString &message) override { lines << message; }
};

double maxDifference(const std::vector<float> &a, const std::vector<float> &b)
{
    double worst = a.size() == b.size() ? 0.0 : 1e9;
    for (std::size_t i = 0; i < std::min(a.size(), b.size()); ++i)
        worst = std::max(worst, double(std::abs(a[i] - b[i])));
    return worst;
}

} // namespace

class TestTraining : public QObject
{
    Q_OBJECT

private:
    sampling::SampleSet m_train = cropmap::tests::separableSamples(60, 6, 2, 11);
    sampling::SampleSet m_val = cropmap::tests::separableSamples(20, 6, 2, 12);

private Q_SLOTS:
    void trainingOnSeparableSamplesReachesHighAccuracy()
    {
        Feedback feedback;
        ModelTrainer trainer(smallOptions());
        const TrainingResult result = trainer.train(m_train, m_val, feedback);
        // The three peaks lie 2 steps apart with noise 0.05 against a height of 0.6: a fitted
        // model separates them almost perfectly; 0.9 leaves room for seeds and BLAS.
        QVERIFY2(result.valOa >= 0.9, qPrintable(QString::number(result.valOa)));
        QVERIFY(result.valMacroF1 >= 0.9);
        QCOMPARE(result.classWeights.weights, (std::vector<double>{1.0, 1.0, 1.0}));
        QCOMPARE(result.trainSamples, qint64(180));
        QVERIFY(!result.log.empty());
        QCOMPARE(result.log.front().stage, 1);
        QCOMPARE(result.log.front().epoch, 1);
        // The model carries what classification needs.
        const ModelMetadata &meta = result.model.metadata();
        QCOMPARE(meta.stepCount(), 6);
        // Steps 2018-01 … 2018-06 and no "period" in the sample metadata: the first and last
        // step labels name the period.
        QCOMPARE(meta.period, QStringLiteral("2018-01:2018-06"));
        QCOMPARE(meta.bands, (QStringList{QStringLiteral("B02"), QStringLiteral("B03")}));
        QCOMPARE(meta.classCount(), 3);
        QCOMPARE(meta.normalisation.bands(), 2);
        const auto probabilities = result.model.predictProbabilities(m_val, QStringLiteral("val"));
        QCOMPARE(probabilities.size(), std::size_t(60 * 3));
        QVERIFY(std::abs(probabilities[0] + probabilities[1] + probabilities[2] - 1.0f) < 1e-5f);
    }

    void labelSmoothingAndMixupStillSeparateAndBoundTheLoss()
    {
        // With ε = 0.1 over 3 classes the smoothed cross-entropy is smallest when the network
        // puts q = (1 − ε + ε/3, ε/3, ε/3) = (0.9333, 0.0333, 0.0333) on the classes: its
        // entropy, −(0.93333 ln 0.93333 + 2 · 0.033333 ln 0.033333) = 0.2911398. No check's
        // training loss can fall below it (the weights are all 1 here), however sure the network
        // gets; mixup only blends pairs of such losses. The classes still separate.
        TrainOptions options = smallOptions();
        options.labelSmoothing = 0.1;
        options.mixup = 0.4;
        Feedback feedback;
        ModelTrainer trainer(options);
        const TrainingResult result = trainer.train(m_train, m_val, feedback);
        QVERIFY2(result.valOa >= 0.9, qPrintable(QString::number(result.valOa)));
        for (const EpochRecord &record : result.log)
            if (record.epoch > 0)
                QVERIFY2(record.trainLoss >= 0.2911398 - 1e-5, qPrintable(QString::number(record.trainLoss)));
        const QJsonObject training = result.model.metadata().training;
        QCOMPARE(training.value(QStringLiteral("label_smoothing")).toDouble(), 0.1);
        QCOMPARE(training.value(QStringLiteral("mixup")).toDouble(), 0.4);
    }

    void stagesStopByPatienceInChecksAndKeepTheBestCheck()
    {
        // A high rate, patience 2 and the loss criterion: stage 1 runs until two checks in a
        // row fail to lower the validation loss, or its 72-step budget ends; the returned weights are the best
        // check's, so re-evaluating them gives that check's loss.
        TrainOptions options = smallOptions();
        options.patience = 2;
        options.fineTuneEpochs = 0;
        options.learningRate = 5e-2;
        options.criterion = CheckpointCriterion::Loss;
        Feedback feedback;
        const TrainingResult result = ModelTrainer(options).train(m_train, m_val, feedback);
        QVERIFY(!result.log.empty());
        int best = 0;
        for (std::size_t i = 0; i < result.log.size(); ++i) {
            QCOMPARE(result.log[i].step, std::min(int(i + 1) * 6, 72));
            if (result.log[i].valLoss < result.log[std::size_t(best)].valLoss)
                best = int(i);
        }
        // The log marks the improving checks; the last of them is the kept one.
        int lastImproved = -1;
        for (std::size_t i = 0; i < result.log.size(); ++i)
            if (result.log[i].improved)
                lastImproved = int(i);
        QCOMPARE(lastImproved, best);
        const int checks = int(result.log.size());
        QVERIFY(result.log.back().step == 72 || checks - 1 - best == options.patience);
        QVERIFY(checks - 1 - best <= options.patience);
        // The kept (averaged) weights were judged in stage-1 terms (weighted loss); all
        // classes have 60 samples, so the weights are 1 and the losses are the same.
        QVERIFY(std::abs(result.valLoss - result.log[std::size_t(best)].valLoss) < 1e-5);
        // The rate warmed up over the first 7 steps (a tenth of 72) and decayed after.
        QVERIFY(result.log.front().learningRate < options.learningRate);
        const QJsonObject training = result.model.metadata().training;
        QCOMPARE(training.value(QStringLiteral("batch_size_used")).toInt(), 30);
        QCOMPARE(training.value(QStringLiteral("eval_every_used")).toInt(), 6);
        QCOMPARE(training.value(QStringLiteral("stages")).toArray().size(), 1);
    }

    void refitTrainsOnTrainingAndValidationForTheKeptSteps()
    {
        TrainOptions options = smallOptions();
        options.fineTuneEpochs = 0;
        Feedback feedback;
        const TrainingResult plain = ModelTrainer(options).train(m_train, m_val, feedback);
        options.refit = true;
        const TrainingResult refitted = ModelTrainer(options).train(m_train, m_val, feedback);
        // The selection run is the same; the refit then trains on 180 + 60 samples for the
        // steps stage 1 kept.
        QCOMPARE(refitted.log.size(), plain.log.size());
        const QJsonObject training = refitted.model.metadata().training;
        const QJsonObject refit = training.value(QStringLiteral("refit")).toObject();
        QCOMPARE(refit.value(QStringLiteral("samples")).toInt(), 240);
        const int kept = training.value(QStringLiteral("stages")).toArray().at(0).toObject()
                             .value(QStringLiteral("kept_step")).toInt();
        QVERIFY(kept > 0);
        QCOMPARE(refit.value(QStringLiteral("stage1_steps")).toInt(), kept);
        QCOMPARE(refit.value(QStringLiteral("stage2_steps")).toInt(), 0);
        const float *values = m_val.allValues().data();
        QVERIFY(maxDifference(plain.model.predictLogits(values, m_val.size()),
                              refitted.model.predictLogits(values, m_val.size()))
                > 1e-4);
        // The validation figures are those of the selection run (the refit trains on them).
        QCOMPARE(refitted.valOa, plain.valOa);
    }

    void aClassMissingFromValidationIsReported()
    {
        // Drop class 2 from the validation set: training must say so, not stay silent.
        std::vector<qint64> keep;
        for (qint64 i = 0; i < m_val.size(); ++i)
            if (m_val.classIndex(i) != 2)
                keep.push_back(i);
        const sampling::SampleSet val = m_val.subset(keep);
        TrainOptions options = smallOptions();
        options.epochs = 1;
        options.fineTuneEpochs = 0;
        LoggingFeedback feedback;
        const TrainingResult result = ModelTrainer(options).train(m_train, val, feedback);
        const QStringList &lines = feedback.lines;
        const QJsonArray unjudged = result.model.metadata()
                                        .training.value(QStringLiteral("classes_without_validation_samples"))
                                        .toArray();
        QCOMPARE(unjudged.size(), 1);
        QCOMPARE(unjudged.at(0).toString(), m_train.classes().at(2).name);
        QVERIFY(std::any_of(lines.begin(), lines.end(), [&](const QString &line) {
            return line.contains(m_train.classes().at(2).name) && line.contains(QStringLiteral("none in"));
        }));
    }

    void stageTwoStartsFromStageOneWeights()
    {
        // Stage 1 alone, then stage 1 + a stage 2 whose learning rate is 0: if stage 2
        // starts from stage 1's best weights, its model is exactly stage 1's model.
        Feedback feedback;
        TrainOptions stage1Only = smallOptions();
        stage1Only.fineTuneEpochs = 0;
        stage1Only.averaging = 0.0; // an average of equal weights may round differently
        const TrainingResult a = ModelTrainer(stage1Only).train(m_train, m_val, feedback);
        TrainOptions frozenStage2 = smallOptions();
        frozenStage2.fineTuneLearningRateFactor = 0.0;
        frozenStage2.averaging = 0.0;
        const TrainingResult b = ModelTrainer(frozenStage2).train(m_train, m_val, feedback);
        QVERIFY(std::any_of(b.log.begin(), b.log.end(),
                            [](const EpochRecord &r) { return r.stage == 2 && r.epoch >= 1; }));
        const float *values = m_val.allValues().data();
        QCOMPARE(a.model.predictLogits(values, m_val.size()),
                 b.model.predictLogits(values, m_val.size()));
        // …and a stage 2 that learns does change them.
        const TrainingResult c = ModelTrainer(smallOptions()).train(m_train, m_val, feedback);
        QVERIFY(maxDifference(a.model.predictLogits(values, m_val.size()),
                              c.model.predictLogits(values, m_val.size()))
                > 1e-4);
    }

    void saveLoadRoundTripGivesIdenticalLogits()
    {
        QTemporaryDir dir;
        Feedback feedback;
        TrainOptions options = smallOptions();
        options.epochs = 2;
        options.fineTuneEpochs = 0;
        const TrainingResult result = ModelTrainer(options).train(m_train, m_val, feedback);
        const QString path = dir.filePath(QStringLiteral("model.pt"));
        result.model.save(path);
        const CropModel loaded = CropModel::load(path);
        const float *values = m_val.allValues().data();
        QCOMPARE(loaded.predictLogits(values, m_val.size()),
                 result.model.predictLogits(values, m_val.size()));
        QCOMPARE(loaded.metadata().toJson(), result.model.metadata().toJson());
        QCOMPARE(CropModel::readMetadata(path).steps, m_train.steps());
        QVERIFY(!QFile::exists(path + QStringLiteral(".tmp")));
    }

    void ensembleTrainsOneMemberPerSeedAndAveragesThem()
    {
        QTemporaryDir dir;
        Feedback feedback;
        TrainOptions options = smallOptions();
        options.epochs = 2;
        options.fineTuneEpochs = 0;
        std::vector<std::vector<float>> single;
        for (quint64 seed : {quint64(3), quint64(4)}) {
            TrainOptions one = options;
            one.seed = seed;
            single.push_back(ModelTrainer(one).train(m_train, m_val, feedback)
                                 .model.predictProbabilities(m_val, QStringLiteral("val")));
        }
        options.members = 2;
        options.checkpointPath = dir.filePath(QStringLiteral("run.checkpoint"));
        options.logPath = dir.filePath(QStringLiteral("run.log"));
        LoggingFeedback logged;
        const TrainingResult result = ModelTrainer(options).train(m_train, m_val, logged);
        QCOMPARE(result.model.memberCount(), 2);
        // Member m is the single run of seed + m, bit for bit on one thread.
        const auto mean = result.model.predictProbabilities(m_val, QStringLiteral("val"));
        for (std::size_t i = 0; i < mean.size(); ++i)
            QVERIFY(std::abs(mean[i] - 0.5f * (single[0][i] + single[1][i])) < 1e-6f);
        const QJsonObject training = result.model.metadata().training;
        QCOMPARE(training.value(QStringLiteral("members")).toInt(), 2);
        QCOMPARE(training.value(QStringLiteral("member_runs")).toArray().size(), 2);
        QCOMPARE(training.value(QStringLiteral("member_runs")).toArray().at(1).toObject()
                     .value(QStringLiteral("seed")).toString(), QStringLiteral("4"));
        QCOMPARE(training.value(QStringLiteral("val_oa")).toDouble(), result.valOa);
        // The ensemble's validation OA is its own argmax, counted by hand.
        int correct = 0;
        for (qint64 i = 0; i < m_val.size(); ++i) {
            const float *p = mean.data() + i * 3;
            const int best = int(std::max_element(p, p + 3) - p);
            correct += best == m_val.classIndex(i) ? 1 : 0;
        }
        QCOMPARE(result.valOa, double(correct) / double(m_val.size()));
        // Each member keeps its own checkpoint and check log.
        QVERIFY(QFile::exists(dir.filePath(QStringLiteral("run.checkpoint"))));
        QVERIFY(QFile::exists(dir.filePath(QStringLiteral("run.member2.checkpoint"))));
        QVERIFY(QFile::exists(dir.filePath(QStringLiteral("run.log.member2.csv"))));
        QVERIFY(logged.lines.filter(QStringLiteral("Ensemble member 2 of 2 (seed 4)")).size() == 1);
    }

    void groupEnsembleMembersHoldOutTheirOwnGroups()
    {
        // 40 groups of three samples (one per class); each member holds out a quarter.
        const sampling::SampleSet pool = cropmap::tests::separableSamples(40, 6, 2, 21);
        GroupEnsembleRequest request;
        request.options = smallOptions();
        request.options.epochs = 2;
        request.options.fineTuneEpochs = 0;
        request.options.members = 2;
        request.validationFraction = 0.25;
        request.splitSeed = [](int member) { return std::uint64_t(100 + member); };
        request.poolName = QStringLiteral("pool");
        LoggingFeedback logged;
        const GroupEnsembleResult result = trainGroupEnsemble(request, pool, logged);
        QCOMPARE(result.training.model.memberCount(), 2);

        // Each member by hand: its own split, seed + m, the pool's normalisation.
        const BandStatistics poolStatistics = BandStatistics::compute(pool);
        std::vector<std::vector<qint64>> heldOut;
        std::vector<std::vector<float>> memberProbabilities; // over the whole pool
        for (int m = 0; m < 2; ++m) {
            const auto split = sampling::StratifiedGroupSplit::validation(pool, 0.25, request.splitSeed(m));
            QCOMPARE(split.validationGroups, 10);
            heldOut.push_back(split.validation);
            TrainOptions one = request.options;
            one.members = 1;
            one.seed = request.options.seed + quint64(m);
            ModelTrainer trainer(one);
            trainer.setNormalisation(poolStatistics);
            Feedback quiet;
            memberProbabilities.push_back(trainer.train(pool.subset(split.train), pool.subset(split.validation), quiet)
                                              .model.predictProbabilities(pool, QStringLiteral("pool")));
        }
        QVERIFY(heldOut[0] != heldOut[1]); // the members hold out different groups
        const auto mean = result.training.model.predictProbabilities(pool, QStringLiteral("pool"));
        for (std::size_t i = 0; i < mean.size(); ++i)
            QVERIFY(std::abs(mean[i] - 0.5f * (memberProbabilities[0][i] + memberProbabilities[1][i])) < 1e-6f);

        // Out-of-member validation: a sample held out by one member is scored by that member
        // alone, by both by their mean; samples both trained on are not scored.
        int correct = 0, scored = 0;
        for (qint64 i = 0; i < pool.size(); ++i) {
            std::vector<double> sum(3, 0.0);
            int by = 0;
            for (int m = 0; m < 2; ++m) {
                if (!std::binary_search(heldOut[std::size_t(m)].begin(), heldOut[std::size_t(m)].end(), i))
                    continue;
                ++by;
                for (int u = 0; u < 3; ++u)
                    sum[std::size_t(u)] += memberProbabilities[std::size_t(m)][std::size_t(i * 3 + u)];
            }
            if (by == 0)
                continue;
            ++scored;
            correct += int(std::max_element(sum.begin(), sum.end()) - sum.begin()) == pool.classIndex(i) ? 1 : 0;
        }
        QCOMPARE(result.validationSamples, qint64(scored));
        QVERIFY(scored > 30 && scored < 60 + 1); // two quarters, overlapping at most partly
        QCOMPARE(result.training.valOa, double(correct) / double(scored));
        const QJsonObject training = result.training.model.metadata().training;
        QCOMPARE(training.value(QStringLiteral("members")).toInt(), 2);
        QCOMPARE(training.value(QStringLiteral("member_runs")).toArray().at(1).toObject()
                     .value(QStringLiteral("val_samples")).toDouble(), 30.0);
        QVERIFY(training.contains(QStringLiteral("member_validation")));
        QCOMPARE(logged.lines.filter(QStringLiteral("Ensemble member 2 of 2 (seed 4)")).size(), 1);

        // One member is ModelTrainer::train on the first split, bit for bit.
        request.options.members = 1;
        Feedback quiet;
        const GroupEnsembleResult single = trainGroupEnsemble(request, pool, quiet);
        const auto split = sampling::StratifiedGroupSplit::validation(pool, 0.25, request.splitSeed(0));
        TrainOptions one = request.options;
        const TrainingResult direct = ModelTrainer(one).train(pool.subset(split.train), pool.subset(split.validation), quiet);
        QCOMPARE(single.training.model.predictLogits(pool.allValues().data(), pool.size()),
                 direct.model.predictLogits(pool.allValues().data(), pool.size()));
        QCOMPARE(single.validationSamples, qint64(split.validation.size()));
    }

    // Auto (the default): one network where the members would share a validation set, three
    // on a small table with groups, each holding out its own; the same three as asking for 3.
    void membersAutoTrainsThreeNetworksOnlyWithTheirOwnGroups()
    {
        Feedback feedback;
        TrainOptions options = smallOptions();
        options.epochs = 1;
        options.fineTuneEpochs = 0;
        options.members = 0; // 180 training samples ≤ 10 000, but one validation set
        const TrainingResult shared = ModelTrainer(options).train(m_train, m_val, feedback);
        QCOMPARE(shared.model.memberCount(), 1);
        QVERIFY(shared.model.metadata().training.value(QStringLiteral("members_auto")).toBool());

        const sampling::SampleSet pool = cropmap::tests::separableSamples(20, 6, 2, 21);
        GroupEnsembleRequest request;
        request.options = options;
        request.validationFraction = 0.25;
        request.splitSeed = [](int member) { return std::uint64_t(100 + member); };
        const GroupEnsembleResult automatic = trainGroupEnsemble(request, pool, feedback);
        QCOMPARE(automatic.training.model.memberCount(), 3);
        const QJsonObject training = automatic.training.model.metadata().training;
        QCOMPARE(training.value(QStringLiteral("members")).toInt(), 3);
        QVERIFY(training.value(QStringLiteral("members_auto")).toBool());
        request.options.members = 3;
        const GroupEnsembleResult three = trainGroupEnsemble(request, pool, feedback);
        QCOMPARE(automatic.training.model.predictLogits(pool.allValues().data(), pool.size()),
                 three.training.model.predictLogits(pool.allValues().data(), pool.size()));
    }

    void resumeContinuesAnInterruptedEpochFromTheCheckpoint()
    {
        QTemporaryDir dir;
        TrainOptions options = smallOptions();
        options.spec.dropout = 0.3; // dropout draws random numbers: the replay must match
        options.epochs = 5;
        options.fineTuneEpochs = 2;
        options.patience = 10;
        Feedback plain;
        const TrainingResult reference = ModelTrainer(options).train(m_train, m_val, plain);

        options.checkpointPath = dir.filePath(QStringLiteral("run.checkpoint"));
        options.logPath = dir.filePath(QStringLiteral("run.log"));
        // 5 passes of 6 steps, a check every 6 steps: cancel in the third interval.
        CancelingFeedback interrupting(QStringLiteral("Stage 1, step 15 of 30"));
        QVERIFY_THROWS_EXCEPTION(Canceled,
                                 ModelTrainer(options).train(m_train, m_val, interrupting));
        QVERIFY(QFile::exists(options.checkpointPath));
        QFile log(options.logPath + QStringLiteral(".json"));
        QVERIFY(log.open(QIODevice::ReadOnly));
        QCOMPARE(QJsonDocument::fromJson(log.readAll()).array().size(), 2); // checks 1 and 2
        log.close();

        options.resume = true;
        Feedback resumed;
        const TrainingResult continued = ModelTrainer(options).train(m_train, m_val, resumed);
        QCOMPARE(continued.log.size(), reference.log.size());
        for (std::size_t i = 0; i < reference.log.size(); ++i) {
            QCOMPARE(continued.log[i].stage, reference.log[i].stage);
            QCOMPARE(continued.log[i].epoch, reference.log[i].epoch);
            QCOMPARE(continued.log[i].step, reference.log[i].step);
            QCOMPARE(continued.log[i].valLoss, reference.log[i].valLoss);
        }
        const float *values = m_val.allValues().data();
        QCOMPARE(continued.model.predictLogits(values, m_val.size()),
                 reference.model.predictLogits(values, m_val.size()));
    }
};

QTEST_GUILESS_MAIN(TestTraining)
#include "tst_training.moc"
