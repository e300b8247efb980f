// SPDX-License-Identifier: GPL-3.0-or-later
#include "model/model_trainer.h"

#include <QCoreApplication>
#include <QElapsedTimer>
#include <QFileInfo>
#include <QJsonArray>
#include <numeric>
#include <random>

#include "model/classification_scores.h"
#include "model/crop_model_private.h"
#include "model/distributed_context.h"
#include "model/network_state.h"
#include "model/training_tensors.h"
#include "model/training_checkpoint.h"
#include "model/weighted_loss.h"
#include "sampling/sample_set.h"
#include "util/error.h"
#include "util/feedback.h"

namespace cropmap::core::model {

namespace {

QString tr(const char *text)
{
    return QCoreApplication::translate("cropmap::core::model", text);
}

quint64 epochSeed(quint64 seed, int stage, int epoch)
{
    return seed * 1000003ULL + quint64(stage) * 10007ULL + quint64(epoch);
}

} // namespace

ModelTrainer::ModelTrainer(TrainOptions options, DistributedContext *distributed)
    : m_options(std::move(options))
    , m_distributed(distributed)
{}

namespace {

/** \brief One training run's state; the stages and epochs of ModelTrainer::train(). */
class TrainingRun
{
public:
    TrainingRun(const TrainOptions &options, DistributedContext *distributed, Feedback &feedback,
                const EpochObserver &observer)
        : m_options(options)
        , m_distributed(distributed)
        , m_feedback(feedback)
        , m_observer(observer)
    {}

    TrainingResult run(const sampling::SampleSet &train, const sampling::SampleSet &validation,
                       const QString &trainName, const QString &validationName);

private:
    int rank() const { return m_distributed ? m_distributed->rank() : 0; }
    int world() const { return m_distributed ? m_distributed->worldSize() : 1; }
    bool isRoot() const { return rank() == 0; }
    int classes() const { return m_model.metadata().classCount(); }
    SequenceClassifierImpl &network() { return *m_model.d().network; }
    torch::Tensor stageWeights() const { return m_stage == 1 ? m_weights : torch::Tensor(); }

    void sumOverRanks(std::vector<double> &values);
    void synchroniseInitialWeights();
    void makeOptimizer();
    EpochRecord trainEpoch();
    PassTotals evaluate(const LabelledTensors &set);
    void finishEpoch(EpochRecord record);
    void writeCheckpoint();
    bool resumeFromCheckpoint(const QJsonObject &fingerprint);
    void startStage2();

    const TrainOptions &m_options;
    DistributedContext *m_distributed;
    Feedback &m_feedback;
    const EpochObserver &m_observer;

    CropModel m_model;
    LabelledTensors m_train, m_val;
    torch::Tensor m_weights; //!< stage-1 class weights
    std::unique_ptr<torch::optim::RMSprop> m_optimizer;
    QJsonObject m_fingerprint;
    int m_stage = 1;
    int m_epoch = 0;
    double m_bestLoss = std::numeric_limits<double>::infinity();
    int m_bestEpoch = 0;
    int m_sinceBest = 0;
    NetworkState m_best;
    std::vector<EpochRecord> m_log;
};

void TrainingRun::sumOverRanks(std::vector<double> &values)
{
    if (m_distributed)
        m_distributed->allReduceSum(values.data(), qint64(values.size()));
}

void TrainingRun::synchroniseInitialWeights()
{
    if (!m_distributed)
        return;
    torch::NoGradGuard noGrad;
    for (auto &tensor : network().parameters()) {
        torch::Tensor contiguous = tensor.contiguous();
        m_distributed->broadcast(contiguous.data_ptr<float>(), contiguous.numel());
        tensor.copy_(contiguous);
    }
}

void TrainingRun::makeOptimizer()
{
    const double rate = m_stage == 1
        ? m_options.learningRate
        : m_options.learningRate * m_options.fineTuneLearningRateFactor;
    m_optimizer = std::make_unique<torch::optim::RMSprop>(network().parameters(),
                                                          torch::optim::RMSpropOptions(rate));
}

EpochRecord TrainingRun::trainEpoch()
{
    QElapsedTimer clock;
    clock.start();
    const quint64 seed = epochSeed(m_options.seed, m_stage, m_epoch + 1);
    torch::manual_seed(seed);
    std::mt19937_64 shuffler(seed);
    std::vector<int64_t> order(std::size_t(m_train.size()));
    std::iota(order.begin(), order.end(), 0);
    std::shuffle(order.begin(), order.end(), shuffler);

    network().train();
    const auto parameters = network().parameters();
    PassTotals totals(classes());
    const int64_t n = m_train.size();
    const int64_t batches = (n + m_options.batchSize - 1) / m_options.batchSize;
    for (int64_t b = 0; b < batches; ++b) {
        m_feedback.throwIfCanceled();
        const int64_t begin = b * m_options.batchSize;
        const int64_t length = std::min<int64_t>(m_options.batchSize, n - begin);
        const torch::Tensor batch =
            torch::from_blob(order.data() + begin, {length}, torch::kInt64);
        const double denominator = weightSum(m_train.y.index_select(0, batch), stageWeights());
        // This rank's share of the global mini-batch.
        const int64_t first = begin + length * rank() / world();
        const int64_t last = begin + length * (rank() + 1) / world();
        m_optimizer->zero_grad();
        if (last > first) {
            const torch::Tensor mine =
                torch::from_blob(order.data() + first, {last - first}, torch::kInt64);
            const torch::Tensor y = m_train.y.index_select(0, mine);
            const torch::Tensor logits = network().forward(m_train.x.index_select(0, mine));
            const torch::Tensor loss =
                weightedCrossEntropySum(logits, y, stageWeights()) / denominator;
            loss.backward();
            totals.values[0] += loss.item<double>() * double(length);
            totals.values[1] += double(last - first);
            totals.addConfusion(y, logits.argmax(1), classes());
        }
        if (m_distributed) {
            std::vector<torch::Tensor> grads;
            for (const auto &p : parameters)
                grads.push_back(p.grad().defined() ? p.grad().reshape({-1})
                                                   : torch::zeros({p.numel()}));
            torch::Tensor flat = torch::cat(grads);
            m_distributed->allReduceSum(flat.data_ptr<float>(), flat.numel());
            int64_t offset = 0;
            for (const auto &p : parameters) {
                p.mutable_grad() = flat.slice(0, offset, offset + p.numel()).view_as(p).clone();
                offset += p.numel();
            }
        }
        m_optimizer->step();
        const int maxEpochs = m_stage == 1 ? m_options.epochs : m_options.fineTuneEpochs;
        const double stageStart = m_stage == 1 ? 0.0 : 0.5;
        m_feedback.setProgress(stageStart + 0.5 * (m_epoch + double(b + 1) / batches) / maxEpochs,
                               tr("Stage %1, epoch %2").arg(m_stage).arg(m_epoch + 1));
    }
    sumOverRanks(totals.values);
    EpochRecord record;
    record.stage = m_stage;
    record.epoch = m_epoch + 1;
    // values[0] holds Σ_batches (global batch loss × batch length) once summed over ranks.
    record.trainLoss = n > 0 ? totals.values[0] / double(n) : 0.0;
    record.trainOa = ClassificationScores::fromConfusion(totals.confusion(), classes())
                         .overallAccuracy;
    const PassTotals val = evaluate(m_val);
    const auto scores = ClassificationScores::fromConfusion(val.confusion(), classes());
    record.valLoss = val.values[1] > 0 ? val.values[0] / val.values[1] : 0.0;
    record.valOa = scores.overallAccuracy;
    record.valMacroF1 = scores.macroF1;
    record.seconds = clock.elapsed() / 1000.0;
    return record;
}

PassTotals TrainingRun::evaluate(const LabelledTensors &set)
{
    torch::NoGradGuard noGrad;
    network().eval();
    PassTotals totals(classes());
    // Rank r evaluates the samples r, r + world, …; the sums are combined below.
    const torch::Tensor mine = torch::arange(int64_t(rank()), int64_t(set.size()),
                                             int64_t(world()), torch::kInt64);
    constexpr int64_t kChunk = 4096;
    for (int64_t begin = 0; begin < mine.size(0); begin += kChunk) {
        const torch::Tensor index = mine.slice(0, begin, begin + kChunk);
        const torch::Tensor y = set.y.index_select(0, index);
        const torch::Tensor logits = network().forward(set.x.index_select(0, index));
        totals.values[0] += weightedCrossEntropySum(logits, y, stageWeights()).item<double>();
        totals.values[1] += weightSum(y, stageWeights());
        totals.addConfusion(y, logits.argmax(1), classes());
    }
    sumOverRanks(totals.values);
    return totals;
}

void TrainingRun::finishEpoch(EpochRecord record)
{
    ++m_epoch;
    // A NaN loss never compares smaller, so a diverged run stops by patience.
    if (record.valLoss < m_bestLoss) {
        m_bestLoss = record.valLoss;
        m_bestEpoch = m_epoch;
        m_sinceBest = 0;
        m_best = captureState(network());
    } else {
        ++m_sinceBest;
    }
    m_log.push_back(record);
    m_feedback.log(tr("stage %1 epoch %2: train loss %3, val loss %4, val OA %5, val macro F1 "
                      "%6 (%7 s)")
                       .arg(record.stage)
                       .arg(record.epoch)
                       .arg(record.trainLoss, 0, 'f', 4)
                       .arg(record.valLoss, 0, 'f', 4)
                       .arg(record.valOa, 0, 'f', 4)
                       .arg(record.valMacroF1, 0, 'f', 4)
                       .arg(record.seconds, 0, 'f', 1));
    writeCheckpoint();
    if (m_observer)
        m_observer(record);
}

void TrainingRun::writeCheckpoint()
{
    if (!isRoot())
        return;
    if (!m_options.logPath.isEmpty())
        writeEpochLog(m_log, m_options.logPath);
    if (m_options.checkpointPath.isEmpty())
        return;
    TrainingCheckpoint checkpoint;
    checkpoint.fingerprint = m_fingerprint;
    checkpoint.stage = m_stage;
    checkpoint.epoch = m_epoch;
    checkpoint.bestValLoss = m_bestLoss;
    checkpoint.bestEpoch = m_bestEpoch;
    checkpoint.epochsSinceBest = m_sinceBest;
    checkpoint.log = m_log;
    checkpoint.weights = serializeState(captureState(network()));
    checkpoint.bestWeights = serializeState(m_best);
    if (m_epoch > 0)
        checkpoint.optimizer = serializeOptimizer(*m_optimizer);
    checkpoint.write(m_options.checkpointPath);
}

bool TrainingRun::resumeFromCheckpoint(const QJsonObject &fingerprint)
{
    const QString &path = m_options.checkpointPath;
    if (!m_options.resume || path.isEmpty())
        return false;
    if (!QFileInfo::exists(path)) {
        m_feedback.log(tr("No checkpoint \"%1\" yet: training starts afresh").arg(path));
        return false;
    }
    const TrainingCheckpoint checkpoint = TrainingCheckpoint::read(path);
    if (checkpoint.fingerprint != fingerprint)
        throw Error(tr("Checkpoint \"%1\" was written for other samples or options (model, "
                       "learning rate, batch size, seed, process count); remove it or train "
                       "without --resume")
                        .arg(path));
    const QString context = tr("Checkpoint \"%1\"").arg(path);
    loadSerializedState(network(), checkpoint.bestWeights, context);
    m_best = captureState(network());
    loadSerializedState(network(), checkpoint.weights, context);
    m_stage = checkpoint.stage;
    m_epoch = checkpoint.epoch;
    m_bestLoss = checkpoint.bestValLoss;
    m_bestEpoch = checkpoint.bestEpoch;
    m_sinceBest = checkpoint.epochsSinceBest;
    m_log = checkpoint.log;
    makeOptimizer();
    if (!checkpoint.optimizer.isEmpty())
        loadSerializedOptimizer(*m_optimizer, checkpoint.optimizer, context);
    m_feedback.log(tr("Resuming from \"%1\": stage %2 after epoch %3").arg(path).arg(m_stage).arg(m_epoch));
    return true;
}

void TrainingRun::startStage2()
{
    m_stage = 2;
    m_epoch = 0;
    m_sinceBest = 0;
    makeOptimizer();
    // Stage 2 must beat stage 1's best weights under the unweighted loss to replace them.
    QElapsedTimer clock;
    clock.start();
    const PassTotals val = evaluate(m_val);
    const auto scores = ClassificationScores::fromConfusion(val.confusion(), classes());
    m_bestLoss = val.values[1] > 0 ? val.values[0] / val.values[1] : 0.0;
    m_bestEpoch = 0;
    m_best = captureState(network());
    EpochRecord record{2, 0, 0.0, m_bestLoss, 0.0, scores.overallAccuracy, scores.macroF1,
                       clock.elapsed() / 1000.0};
    m_log.push_back(record);
    writeCheckpoint();
    if (m_observer)
        m_observer(record);
}

} // namespace

namespace {

void checkSet(const sampling::SampleSet &set, const QString &name)
{
    if (set.isEmpty())
        throw Error(tr("Sample set %1 holds no samples").arg(name));
    if (set.classes().isEmpty() || set.featureCount() == 0)
        throw Error(tr("Sample set %1 has no classes, bands or steps").arg(name));
}

TrainingResult TrainingRun::run(const sampling::SampleSet &train,
                                const sampling::SampleSet &validation, const QString &trainName,
                                const QString &validationName)
{
    checkSet(train, trainName);
    checkSet(validation, validationName);
    if (!(validation.classes() == train.classes()))
        throw Error(tr("Sample sets %1 and %2 use different class tables")
                        .arg(trainName, validationName));
    CropModel::setThreadCount(m_options.threads);

    TrainingResult result;
    result.classWeights = ClassWeights::fromCounts(train.countsPerClass());
    for (int u : result.classWeights.absentClasses)
        m_feedback.log(tr("Class \"%1\" has no training samples in %2: it gets weight 0 and "
                          "the model cannot learn it")
                           .arg(train.classes().at(u).name, trainName));

    ModelMetadata metadata;
    metadata.spec = m_options.spec;
    metadata.classes = train.classes();
    metadata.bands = train.bands();
    metadata.steps = train.steps();
    metadata.period = train.metadata().value(QStringLiteral("period")).toString();
    // Sample sets carry their step labels, not always a period: the first and last labels
    // name it in the CLI's own syntax ("2017-09:2018-08"), so model-info can always show it.
    if (metadata.period.isEmpty() && !metadata.steps.isEmpty())
        metadata.period = metadata.steps.first() + u':' + metadata.steps.last();
    metadata.normalisation = BandStatistics::compute(train);
    torch::manual_seed(m_options.seed);
    m_model = CropModel(std::move(metadata));
    m_model.checkCompatible(validation.bands(), validation.stepCount(), validationName);
    synchroniseInitialWeights();

    m_train = toTensors(train, m_model.d());
    m_val = toTensors(validation, m_model.d());
    if (m_train.size() == 0 || m_val.size() == 0)
        throw Error(tr("Sample set %1 has no labelled samples")
                        .arg(m_train.size() == 0 ? trainName : validationName));
    m_weights = torch::tensor(std::vector<float>(result.classWeights.weights.begin(),
                                                 result.classWeights.weights.end()));
    m_fingerprint = m_options.toJson();
    m_fingerprint.insert(QStringLiteral("train_samples"), m_train.size());
    m_fingerprint.insert(QStringLiteral("val_samples"), m_val.size());
    m_fingerprint.insert(QStringLiteral("processes"), world());
    m_fingerprint.insert(QStringLiteral("normalisation"),
                         m_model.metadata().normalisation.toJson());

    if (!resumeFromCheckpoint(m_fingerprint)) {
        m_best = captureState(network());
        makeOptimizer();
    }
    const int lastStage = m_options.fineTuneEpochs > 0 ? 2 : 1;
    while (true) {
        const int maxEpochs = m_stage == 1 ? m_options.epochs : m_options.fineTuneEpochs;
        while (m_epoch < maxEpochs && m_sinceBest < m_options.patience)
            finishEpoch(trainEpoch());
        restoreState(network(), m_best, tr("best weights"));
        if (m_stage >= lastStage)
            break;
        startStage2();
    }

    m_stage = 2; // the returned model is judged by the unweighted loss
    const PassTotals val = evaluate(m_val);
    const auto scores = ClassificationScores::fromConfusion(val.confusion(), classes());
    result.valLoss = val.values[1] > 0 ? val.values[0] / val.values[1] : 0.0;
    result.valOa = scores.overallAccuracy;
    result.valMacroF1 = scores.macroF1;
    result.trainSamples = m_train.size();
    result.valSamples = m_val.size();
    result.log = m_log;

    QJsonArray weights, absent;
    for (double w : result.classWeights.weights)
        weights.append(w);
    for (int u : result.classWeights.absentClasses)
        absent.append(u);
    QJsonObject training = m_options.toJson();
    training.insert(QStringLiteral("class_weights"), weights);
    training.insert(QStringLiteral("classes_without_training_samples"), absent);
    training.insert(QStringLiteral("train_samples"), result.trainSamples);
    training.insert(QStringLiteral("val_samples"), result.valSamples);
    training.insert(QStringLiteral("processes"), world());
    training.insert(QStringLiteral("epochs_run"), int(m_log.size()));
    training.insert(QStringLiteral("val_loss"), result.valLoss);
    training.insert(QStringLiteral("val_oa"), result.valOa);
    training.insert(QStringLiteral("val_macro_f1"), result.valMacroF1);
    m_model.metadata().training = training;
    result.model = std::move(m_model);
    return result;
}

} // namespace

TrainingResult ModelTrainer::train(const sampling::SampleSet &train,
                                   const sampling::SampleSet &validation, Feedback &feedback,
                                   const QString &trainName, const QString &validationName)
{
    m_options.validate();
    const QString trainLabel =
        trainName.isEmpty() ? tr("(training)") : QStringLiteral("\"%1\"").arg(trainName);
    const QString valLabel = validationName.isEmpty()
        ? tr("(validation)")
        : QStringLiteral("\"%1\"").arg(validationName);
    TrainingRun run(m_options, m_distributed, feedback, m_observer);
    return run.run(train, validation, trainLabel, valLabel);
}

} // namespace cropmap::core::model
