// SPDX-License-Identifier: GPL-3.0-or-later
#include "model/model_trainer.h"

#include <QCoreApplication>
#include <QDir>
#include <QElapsedTimer>
#include <QFileInfo>
#include <QJsonArray>
#include <numeric>

#include "model/classification_scores.h"
#include "model/crop_model_private.h"
#include "model/distributed_context.h"
#include "model/network_state.h"
#include "model/training_schedule.h"
#include "model/training_tensors.h"
#include "model/training_checkpoint.h"
#include "model/weighted_loss.h"
#include "sampling/sample_set.h"
#include "sampling/seeded_random.h"
#include "util/error.h"
#include "util/feedback.h"

namespace cropmap::core::model {

namespace {

QString tr(const char *text)
{
    return QCoreApplication::translate("cropmap::core::model", text);
}

NetworkState cloneState(const NetworkState &state)
{
    NetworkState copy;
    for (const auto &[name, tensor] : state)
        copy.emplace_back(name, tensor.clone());
    return copy;
}

/** The stage-1 class weights w_u as the loss takes them. */
torch::Tensor weightTensor(const ClassWeights &weights)
{
    return torch::tensor(std::vector<float>(weights.weights.begin(), weights.weights.end()));
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

/** \brief One training run's state; the stages and checks of ModelTrainer::train(). */
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

    void setNormalisation(const BandStatistics *statistics) { m_fixedNormalisation = statistics; }

    TrainingResult run(const sampling::SampleSet &train, const sampling::SampleSet &validation,
                       const QString &trainName, const QString &validationName);

private:
    int rank() const { return m_distributed ? m_distributed->rank() : 0; }
    int world() const { return m_distributed ? m_distributed->worldSize() : 1; }
    bool isRoot() const { return rank() == 0; }
    int classes() const { return m_model.metadata().classCount(); }
    SequenceClassifierImpl &network() { return *m_model.d().network; }
    torch::Tensor stageWeights() const { return m_stage == 1 ? m_weights : torch::Tensor(); }
    bool averaging() const { return m_options.averaging > 0.0; }
    /** A copy of the weights a check judges: the average, or the raw weights without one. */
    NetworkState checkedWeights() { return averaging() ? cloneState(m_average) : captureState(network()); }
    int lastStage() const { return m_lastStage; }

    void sumOverRanks(std::vector<double> &values);
    void synchroniseInitialWeights();
    void beginStage(int stage);
    void makeOptimizer();
    const std::vector<int64_t> &orderOfEpoch(int64_t epoch);
    EpochRecord trainInterval();
    void averageGradientsOverRanks(const std::vector<torch::Tensor> &parameters);
    PassTotals evaluate(const LabelledTensors &set);
    PassTotals evaluateChecked(const LabelledTensors &set);
    EpochRecord validationRecord(EpochRecord record);
    bool isBetter(const EpochRecord &record) const;
    void finishCheck(EpochRecord record);
    void writeCheckpoint();
    bool resumeFromCheckpoint(const QJsonObject &fingerprint);
    void startStage2();
    void refitOnAllSamples(int stage1Steps, int stage2Steps, QJsonObject &summary);
    void warnAboutUnjudgedClasses(const sampling::SampleSet &train,
                                  const sampling::SampleSet &validation,
                                  const QString &validationName, QJsonArray &unjudged);

    const TrainOptions &m_options;
    DistributedContext *m_distributed;
    Feedback &m_feedback;
    const EpochObserver &m_observer;
    const BandStatistics *m_fixedNormalisation = nullptr;

    CropModel m_model;
    LabelledTensors m_train, m_val;
    torch::Tensor m_weights; //!< stage-1 class weights
    std::unique_ptr<torch::optim::RMSprop> m_optimizer;
    QJsonObject m_fingerprint;
    TrainingSchedule m_schedule;
    int m_lastStage = 2;
    int m_stage = 1;
    int m_check = 0; //!< validation checks done in the stage
    int m_step = 0;  //!< optimiser steps done in the stage
    double m_bestLoss = std::numeric_limits<double>::infinity();
    double m_bestF1 = -1.0;
    double m_bestPosterior = -1.0;
    int m_bestCheck = 0;
    int m_bestStep = 0;
    int m_sinceBest = 0;
    NetworkState m_best;
    NetworkState m_average; //!< exponential moving average of the weights (when averaging)
    int64_t m_orderEpoch = -1;
    std::vector<int64_t> m_order;
    std::vector<EpochRecord> m_log;
    QJsonArray m_stageSummaries;
    bool m_refitting = false;
    int m_refitStop = 0; //!< while refitting: the step a stage stops at
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

void TrainingRun::beginStage(int stage)
{
    m_stage = stage;
    m_check = 0;
    m_step = 0;
    m_sinceBest = 0;
    m_bestCheck = 0;
    m_bestStep = 0;
    m_bestLoss = std::numeric_limits<double>::infinity();
    m_bestF1 = -1.0;
    m_bestPosterior = -1.0;
    m_orderEpoch = -1;
    m_schedule = TrainingSchedule::forStage(m_options, stage, m_train.size());
    makeOptimizer();
    m_best = captureState(network());
    if (averaging())
        m_average = captureState(network());
}

void TrainingRun::makeOptimizer()
{
    torch::optim::RMSpropOptions options(m_schedule.rate(0));
    options.weight_decay(m_options.weightDecay);
    m_optimizer = std::make_unique<torch::optim::RMSprop>(network().parameters(), options);
}

const std::vector<int64_t> &TrainingRun::orderOfEpoch(int64_t epoch)
{
    if (epoch == m_orderEpoch)
        return m_order;
    // Fisher–Yates with the project's own generator: the same batches on every platform.
    m_order.resize(std::size_t(m_train.size()));
    std::iota(m_order.begin(), m_order.end(), 0);
    sampling::SeededRandom random(epochSeed(m_options.seed, m_stage, int(epoch) + 1));
    for (std::size_t k = m_order.size(); k > 1; --k)
        std::swap(m_order[k - 1], m_order[random.below(k)]);
    m_orderEpoch = epoch;
    return m_order;
}

void TrainingRun::averageGradientsOverRanks(const std::vector<torch::Tensor> &parameters)
{
    std::vector<torch::Tensor> grads;
    for (const auto &p : parameters)
        grads.push_back(p.grad().defined() ? p.grad().reshape({-1}) : torch::zeros({p.numel()}));
    torch::Tensor flat = torch::cat(grads);
    m_distributed->allReduceSum(flat.data_ptr<float>(), flat.numel());
    int64_t offset = 0;
    for (const auto &p : parameters) {
        p.mutable_grad() = flat.slice(0, offset, offset + p.numel()).view_as(p).clone();
        offset += p.numel();
    }
}

EpochRecord TrainingRun::trainInterval()
{
    QElapsedTimer clock;
    clock.start();
    // Dropout draws from a generator seeded per check, so a run resumed at a check replays
    // exactly the steps an uninterrupted one takes.
    torch::manual_seed(epochSeed(m_options.seed, m_stage, 1000000 + m_check + 1));
    network().train();
    const auto parameters = network().parameters();
    PassTotals totals(classes());
    const int64_t n = m_train.size();
    const int last = std::min(m_step + m_schedule.evalEvery,
                              m_refitting ? m_refitStop : m_schedule.budget);
    double rate = 0.0;
    double batchLengths = 0.0;
    for (; m_step < last; ++m_step) {
        m_feedback.throwIfCanceled();
        const std::vector<int64_t> &order = orderOfEpoch(m_step / m_schedule.stepsPerEpoch);
        const int64_t begin = m_schedule.batchBegin(m_step);
        const int64_t length = m_schedule.batchLength(m_step, n);
        const torch::Tensor batch = torch::from_blob(const_cast<int64_t *>(order.data()) + begin,
                                                     {length}, torch::kInt64);
        const double denominator = weightSum(m_train.y.index_select(0, batch), stageWeights());
        // This rank's share of the global mini-batch.
        const int64_t first = begin + length * rank() / world();
        const int64_t end = begin + length * (rank() + 1) / world();
        m_optimizer->zero_grad();
        const double inputNoise = m_options.effectiveInputNoise();
        // Mixup draws λ ~ Beta(α, α) (two Gamma(α) draws) and a shuffle of the global batch
        // from LibTorch's generator, seeded per check like the noise; every rank draws alike,
        // so each rank's share is the single-process batch's share.
        double lambda = 1.0;
        torch::Tensor shuffle;
        if (m_options.mixup > 0.0) {
            const torch::Tensor g =
                torch::_standard_gamma(torch::full({2}, m_options.mixup, torch::kDouble));
            const double a = g[0].item<double>();
            const double b = g[1].item<double>();
            lambda = a + b > 0.0 ? a / (a + b) : 1.0;
            shuffle = torch::randperm(length, torch::kInt64);
        }
        if (end <= first && inputNoise > 0.0)
            torch::randn({length, m_train.x.size(1), m_train.x.size(2)}); // keep the generator in step
        if (end > first) {
            const torch::Tensor mine = torch::from_blob(
                const_cast<int64_t *>(order.data()) + first, {end - first}, torch::kInt64);
            const torch::Tensor y = m_train.y.index_select(0, mine);
            torch::Tensor x = m_train.x.index_select(0, mine);
            torch::Tensor partnerY;
            if (shuffle.defined()) {
                const torch::Tensor partners =
                    batch.index_select(0, shuffle.slice(0, first - begin, end - begin));
                partnerY = m_train.y.index_select(0, partners);
                x = lambda * x + (1.0 - lambda) * m_train.x.index_select(0, partners);
            }
            if (inputNoise > 0.0) {
                // Augmentation: jitter in standardised units, drawn for the whole global batch
                // on every rank so that each rank's share is the single-process draw.
                const torch::Tensor noise =
                    torch::randn({length, x.size(1), x.size(2)}).slice(0, first - begin, end - begin);
                x = x + inputNoise * noise;
            }
            const torch::Tensor logits = network().forward(x);
            const double epsilon = m_options.labelSmoothing;
            torch::Tensor loss = weightedCrossEntropySum(logits, y, stageWeights(), epsilon);
            // The partners are a shuffle of the same global batch, so their weight sum equals
            // the batch's and the denominator stays the weighted mean's; train OA counts the
            // batch's own labels.
            if (partnerY.defined())
                loss = lambda * loss
                       + (1.0 - lambda)
                             * weightedCrossEntropySum(logits, partnerY, stageWeights(), epsilon);
            loss = loss / denominator;
            loss.backward();
            totals.values[0] += loss.item<double>() * double(length);
            totals.values[1] += double(end - first);
            totals.addConfusion(y, logits.argmax(1), classes());
        }
        batchLengths += double(length);
        if (m_distributed)
            averageGradientsOverRanks(parameters);
        if (m_options.clipNorm > 0.0)
            torch::nn::utils::clip_grad_norm_(parameters, m_options.clipNorm);
        rate = m_schedule.rate(m_step);
        for (auto &group : m_optimizer->param_groups())
            static_cast<torch::optim::RMSpropOptions &>(group.options()).lr(rate);
        m_optimizer->step();
        if (averaging()) {
            // The average follows closely at first, then settles to its full horizon.
            const double decay =
                std::min(m_options.averaging, double(1 + m_step) / double(10 + m_step));
            updateAverage(m_average, network(), decay);
        }
        const double stageShare = lastStage() == 1 ? 1.0 : 0.5;
        const double stageStart = m_stage == 1 ? 0.0 : 0.5;
        m_feedback.setProgress(stageStart + stageShare * double(m_step + 1) / m_schedule.budget,
                               tr("Stage %1, step %2 of %3")
                                   .arg(m_stage)
                                   .arg(m_step + 1)
                                   .arg(m_schedule.budget));
    }
    sumOverRanks(totals.values);
    EpochRecord record;
    record.stage = m_stage;
    record.epoch = m_check + 1;
    record.step = m_step;
    record.learningRate = rate;
    // values[0] holds Σ_batches (global batch loss × batch length) once summed over ranks.
    record.trainLoss = batchLengths > 0 ? totals.values[0] / batchLengths : 0.0;
    record.trainOa = ClassificationScores::fromConfusion(totals.confusion(), classes())
                         .overallAccuracy;
    if (!m_refitting)
        record = validationRecord(record);
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
        totals.addTruePosteriors(y, logits);
    }
    sumOverRanks(totals.values);
    return totals;
}

PassTotals TrainingRun::evaluateChecked(const LabelledTensors &set)
{
    if (!averaging())
        return evaluate(set);
    // The checked weights are the average: swap it in, evaluate, swap the raw weights back.
    const NetworkState raw = captureState(network());
    restoreState(network(), m_average, tr("averaged weights"));
    const PassTotals totals = evaluate(set);
    restoreState(network(), raw, tr("training weights"));
    return totals;
}

EpochRecord TrainingRun::validationRecord(EpochRecord record)
{
    const PassTotals val = evaluateChecked(m_val);
    const auto scores = ClassificationScores::fromConfusion(val.confusion(), classes());
    record.valLoss = val.values[1] > 0 ? val.values[0] / val.values[1] : 0.0;
    record.valOa = scores.overallAccuracy;
    record.valMacroF1 = scores.macroF1;
    record.valPosterior = val.balancedPosterior();
    return record;
}

bool TrainingRun::isBetter(const EpochRecord &record) const
{
    // A NaN loss never compares better, so a diverged run stops by patience.
    if (!(record.valLoss == record.valLoss))
        return false;
    switch (m_options.criterion) {
    case CheckpointCriterion::MacroF1:
        return record.valMacroF1 > m_bestF1
               || (record.valMacroF1 == m_bestF1 && record.valLoss < m_bestLoss);
    case CheckpointCriterion::Posterior:
        return record.valPosterior > m_bestPosterior;
    case CheckpointCriterion::Loss:
        break;
    }
    return record.valLoss < m_bestLoss;
}

void TrainingRun::finishCheck(EpochRecord record)
{
    ++m_check;
    record.improved = isBetter(record);
    if (record.improved) {
        m_bestLoss = record.valLoss;
        m_bestF1 = record.valMacroF1;
        m_bestPosterior = record.valPosterior;
        m_bestCheck = m_check;
        m_bestStep = m_step;
        m_sinceBest = 0;
        m_best = checkedWeights();
    } else {
        ++m_sinceBest;
    }
    m_log.push_back(record);
    m_feedback.log(tr("stage %1 check %2 (step %3, rate %4): train loss %5, val loss %6, val OA "
                      "%7, val macro F1 %8, val posterior %9 (%10 s)")
                       .arg(record.stage)
                       .arg(record.epoch)
                       .arg(record.step)
                       .arg(record.learningRate, 0, 'g', 3)
                       .arg(record.trainLoss, 0, 'f', 4)
                       .arg(record.valLoss, 0, 'f', 4)
                       .arg(record.valOa, 0, 'f', 4)
                       .arg(record.valMacroF1, 0, 'f', 4)
                       .arg(record.valPosterior, 0, 'f', 4)
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
    checkpoint.epoch = m_check;
    checkpoint.step = m_step;
    checkpoint.bestValLoss = m_bestLoss;
    checkpoint.bestEpoch = m_bestCheck;
    checkpoint.epochsSinceBest = m_sinceBest;
    checkpoint.log = m_log;
    checkpoint.weights = serializeState(captureState(network()));
    checkpoint.bestWeights = serializeState(m_best);
    if (averaging())
        checkpoint.averageWeights = serializeState(m_average);
    if (m_step > 0)
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
    beginStage(checkpoint.stage);
    m_best = deserializeState(network(), checkpoint.bestWeights, context);
    if (averaging() && !checkpoint.averageWeights.isEmpty())
        m_average = deserializeState(network(), checkpoint.averageWeights, context);
    loadSerializedState(network(), checkpoint.weights, context);
    m_check = checkpoint.epoch;
    m_step = checkpoint.step;
    m_bestLoss = checkpoint.bestValLoss;
    m_bestCheck = checkpoint.bestEpoch;
    m_sinceBest = checkpoint.epochsSinceBest;
    m_log = checkpoint.log;
    for (const EpochRecord &record : m_log)
        if (record.stage == m_stage && record.epoch == m_bestCheck) {
            m_bestF1 = record.valMacroF1;
            m_bestPosterior = record.valPosterior;
            m_bestStep = record.step;
        }
    if (!checkpoint.optimizer.isEmpty())
        loadSerializedOptimizer(*m_optimizer, checkpoint.optimizer, context);
    m_feedback.log(tr("Resuming from \"%1\": stage %2 after check %3 (step %4)")
                       .arg(path)
                       .arg(m_stage)
                       .arg(m_check)
                       .arg(m_step));
    return true;
}

void TrainingRun::startStage2()
{
    beginStage(2);
    // Stage 2 must beat stage 1's kept weights under the unweighted loss to replace them.
    QElapsedTimer clock;
    clock.start();
    EpochRecord record = validationRecord(EpochRecord{});
    record.stage = 2;
    record.epoch = 0;
    record.improved = true;
    record.seconds = clock.elapsed() / 1000.0;
    m_bestLoss = record.valLoss;
    m_bestF1 = record.valMacroF1;
    m_bestPosterior = record.valPosterior;
    m_log.push_back(record);
    writeCheckpoint();
    if (m_observer)
        m_observer(record);
}

void TrainingRun::warnAboutUnjudgedClasses(const sampling::SampleSet &train,
                                           const sampling::SampleSet &validation,
                                           const QString &validationName, QJsonArray &unjudged)
{
    const std::vector<qint64> trainCounts = train.countsPerClass();
    const std::vector<qint64> valCounts = validation.countsPerClass();
    for (std::size_t u = 0; u < trainCounts.size(); ++u) {
        if (trainCounts[u] == 0 || (u < valCounts.size() && valCounts[u] > 0))
            continue;
        unjudged.append(train.classes().at(int(u)).name);
        m_feedback.log(tr("Class \"%1\" has training samples but none in %2: the validation "
                          "checks cannot judge it, and its F1 counts as 0 in the macro F1")
                           .arg(train.classes().at(int(u)).name, validationName));
    }
}

void TrainingRun::refitOnAllSamples(int stage1Steps, int stage2Steps, QJsonObject &summary)
{
    // One set of training and validation samples; the class weights follow its counts.
    m_train = LabelledTensors{torch::cat({m_train.x, m_val.x}), torch::cat({m_train.y, m_val.y})};
    const torch::Tensor counts = torch::bincount(m_train.y, {}, classes()).to(torch::kFloat64);
    std::vector<qint64> perClass(static_cast<std::size_t>(classes()), 0);
    for (int u = 0; u < classes(); ++u)
        perClass[std::size_t(u)] = qint64(counts[u].item<double>());
    const ClassWeights weights = ClassWeights::fromCounts(perClass);
    m_weights = weightTensor(weights);
    m_feedback.log(tr("Refit on the %1 training and validation samples: stage 1 for %2 steps, "
                      "stage 2 for %3 steps, as the validation checks chose")
                       .arg(m_train.size())
                       .arg(stage1Steps)
                       .arg(stage2Steps));
    // The same start as the selection run: same seed, fresh weights.
    torch::manual_seed(m_options.seed);
    ModelMetadata metadata = m_model.metadata();
    m_model = CropModel(std::move(metadata));
    synchroniseInitialWeights();
    m_refitting = true;
    for (int stage = 1; stage <= 2; ++stage) {
        const int stop = stage == 1 ? stage1Steps : stage2Steps;
        if (stage == 2 && stop == 0)
            break;
        beginStage(stage);
        m_refitStop = std::min(stop, m_schedule.budget);
        while (m_step < m_refitStop)
            trainInterval();
        m_best = checkedWeights();
        restoreState(network(), m_best, tr("refitted weights"));
    }
    m_refitting = false;
    summary = QJsonObject{{QStringLiteral("samples"), m_train.size()},
                          {QStringLiteral("stage1_steps"), stage1Steps},
                          {QStringLiteral("stage2_steps"), stage2Steps}};
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
    metadata.normalisation = m_fixedNormalisation ? *m_fixedNormalisation : BandStatistics::compute(train);
    torch::manual_seed(m_options.seed);
    m_model = CropModel(std::move(metadata));
    m_model.checkCompatible(validation.bands(), validation.stepCount(), validationName);
    synchroniseInitialWeights();

    m_train = toTensors(train, m_model.d());
    m_val = toTensors(validation, m_model.d());
    if (m_train.size() == 0 || m_val.size() == 0)
        throw Error(tr("Sample set %1 has no labelled samples")
                        .arg(m_train.size() == 0 ? trainName : validationName));
    m_weights = weightTensor(result.classWeights);
    QJsonArray unjudged;
    warnAboutUnjudgedClasses(train, validation, validationName, unjudged);
    m_fingerprint = m_options.toJson();
    m_fingerprint.insert(QStringLiteral("train_samples"), m_train.size());
    m_fingerprint.insert(QStringLiteral("val_samples"), m_val.size());
    m_fingerprint.insert(QStringLiteral("processes"), world());
    m_fingerprint.insert(QStringLiteral("normalisation"),
                         m_model.metadata().normalisation.toJson());

    m_lastStage = m_options.fineTuneSteps > 0 && m_options.fineTuneEpochs != 0 ? 2 : 1;
    if (!resumeFromCheckpoint(m_fingerprint))
        beginStage(1);
    m_feedback.log(tr("Schedule: %1 training samples, batch %2 (%3 steps a pass), a validation "
                      "check every %4 steps, stage 1 at most %5 steps, patience %6 checks")
                       .arg(m_train.size())
                       .arg(m_schedule.batchSize)
                       .arg(m_schedule.stepsPerEpoch)
                       .arg(m_schedule.evalEvery)
                       .arg(TrainingSchedule::forStage(m_options, 1, m_train.size()).budget)
                       .arg(m_options.patience));
    while (true) {
        while (m_step < m_schedule.budget && m_sinceBest < m_options.patience)
            finishCheck(trainInterval());
        restoreState(network(), m_best, tr("best weights"));
        m_stageSummaries.append(QJsonObject{{QStringLiteral("stage"), m_stage},
                                            {QStringLiteral("budget"), m_schedule.budget},
                                            {QStringLiteral("steps_run"), m_step},
                                            {QStringLiteral("checks"), m_check},
                                            {QStringLiteral("kept_check"), m_bestCheck},
                                            {QStringLiteral("kept_step"), m_bestStep},
                                            {QStringLiteral("rate"), m_schedule.peakRate}});
        if (m_stage >= lastStage())
            break;
        startStage2();
    }

    m_stage = 2; // the returned model is judged by the unweighted loss
    const PassTotals val = evaluate(m_val);
    QJsonObject refit;
    if (m_options.refit) {
        // The steps each stage kept; stage 2's check 0 (stage 1's weights) means none.
        const int stage1Steps = m_stageSummaries.at(0).toObject().value(QStringLiteral("kept_step")).toInt();
        const int stage2Steps = m_stageSummaries.size() > 1
            ? m_stageSummaries.at(1).toObject().value(QStringLiteral("kept_step")).toInt()
            : 0;
        if (stage1Steps > 0)
            refitOnAllSamples(stage1Steps, stage2Steps, refit);
    }
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
    training.insert(QStringLiteral("checks_run"), int(m_log.size()));
    training.insert(QStringLiteral("batch_size_used"), m_schedule.batchSize);
    training.insert(QStringLiteral("steps_per_epoch"), m_schedule.stepsPerEpoch);
    training.insert(QStringLiteral("eval_every_used"), m_schedule.evalEvery);
    training.insert(QStringLiteral("stages"), m_stageSummaries);
    training.insert(QStringLiteral("classes_without_validation_samples"), unjudged);
    if (!refit.isEmpty())
        training.insert(QStringLiteral("refit"), refit);
    training.insert(QStringLiteral("val_loss"), result.valLoss);
    training.insert(QStringLiteral("val_oa"), result.valOa);
    training.insert(QStringLiteral("val_macro_f1"), result.valMacroF1);
    m_model.metadata().training = training;
    result.model = std::move(m_model);
    return result;
}

} // namespace

QString memberPath(const QString &path, int member, bool hasSuffix)
{
    if (path.isEmpty() || member == 0)
        return path;
    const QString tag = QStringLiteral(".member%1").arg(member + 1);
    if (!hasSuffix)
        return path + tag;
    const QFileInfo info(path);
    return info.dir().filePath(info.completeBaseName() + tag
                               + (info.suffix().isEmpty() ? QString() : u'.' + info.suffix()));
}

namespace {

/** The unweighted loss, OA and macro F1 of \a model's mean probabilities on \a validation. */
void scoreEnsemble(CropModel &model, const sampling::SampleSet &validation,
                   TrainingResult &result)
{
    torch::NoGradGuard noGrad;
    const LabelledTensors val = toTensors(validation, model.d());
    const int classes = model.metadata().classCount();
    const int members = model.memberCount();
    for (int m = 0; m < members; ++m)
        model.d().member(m)->eval();
    PassTotals totals(classes);
    constexpr int64_t kChunk = 4096;
    for (int64_t begin = 0; begin < val.size(); begin += kChunk) {
        const torch::Tensor x = val.x.slice(0, begin, begin + kChunk);
        const torch::Tensor y = val.y.slice(0, begin, begin + kChunk);
        torch::Tensor mean = torch::softmax(model.d().member(0)->forward(x), 1);
        for (int m = 1; m < members; ++m)
            mean += torch::softmax(model.d().member(m)->forward(x), 1);
        // log p of a distribution is its own log-softmax: the loss below is plain cross-entropy.
        const torch::Tensor logp = (mean / double(members)).clamp_min(1e-30).log();
        totals.values[0] += weightedCrossEntropySum(logp, y, torch::Tensor()).item<double>();
        totals.values[1] += weightSum(y, torch::Tensor());
        totals.addConfusion(y, logp.argmax(1), classes);
    }
    const auto scores = ClassificationScores::fromConfusion(totals.confusion(), classes);
    result.valLoss = totals.values[1] > 0 ? totals.values[0] / totals.values[1] : 0.0;
    result.valOa = scores.overallAccuracy;
    result.valMacroF1 = scores.macroF1;
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
    // Members here share one validation set: auto trains one network (autoMembers).
    const int members = m_options.members > 0 ? m_options.members
                                               : TrainingSchedule::autoMembers(train.size(), false);
    if (members == 1) {
        TrainOptions single = m_options;
        single.members = 1;
        TrainingRun run(single, m_distributed, feedback, m_observer);
        if (m_fixedNormalisation)
            run.setNormalisation(&m_normalisation);
        TrainingResult result = run.run(train, validation, trainLabel, valLabel);
        if (m_options.members == 0)
            result.model.metadata().training.insert(QStringLiteral("members_auto"), true);
        return result;
    }

    // An ensemble: the same sets, one seed per member; each member keeps its own checkpoint
    // and check log, the model file holds them all and averages their probabilities.
    TrainingResult ensemble;
    QJsonArray memberRuns;
    for (int m = 0; m < members; ++m) {
        TrainOptions options = m_options;
        options.members = 1;
        options.seed = m_options.seed + quint64(m);
        options.checkpointPath = memberPath(m_options.checkpointPath, m, true);
        options.logPath = memberPath(m_options.logPath, m, false);
        feedback.log(tr("Ensemble member %1 of %2 (seed %3)").arg(m + 1).arg(members).arg(options.seed));
        ScopedFeedback memberFeedback(feedback, double(m) / members, double(m + 1) / members);
        TrainingRun run(options, m_distributed, memberFeedback, m_observer);
        if (m_fixedNormalisation)
            run.setNormalisation(&m_normalisation);
        TrainingResult member = run.run(train, validation, trainLabel, valLabel);
        QJsonObject summary = member.model.metadata().training;
        memberRuns.append(QJsonObject{{QStringLiteral("member"), m + 1},
                                      {QStringLiteral("seed"), QString::number(options.seed)},
                                      {QStringLiteral("val_loss"), member.valLoss},
                                      {QStringLiteral("val_oa"), member.valOa},
                                      {QStringLiteral("val_macro_f1"), member.valMacroF1},
                                      {QStringLiteral("checks_run"), summary.value(QStringLiteral("checks_run"))},
                                      {QStringLiteral("stages"), summary.value(QStringLiteral("stages"))}});
        if (m == 0)
            ensemble = std::move(member); // its check log stays the one the curves show
        else
            ensemble.model.addMembers(std::move(member.model));
    }
    scoreEnsemble(ensemble.model, validation, ensemble);
    QJsonObject training = ensemble.model.metadata().training;
    training.insert(QStringLiteral("members"), members); // asked for: auto trains one here
    training.insert(QStringLiteral("seed"), QString::number(m_options.seed));
    training.insert(QStringLiteral("member_runs"), memberRuns);
    training.insert(QStringLiteral("val_loss"), ensemble.valLoss);
    training.insert(QStringLiteral("val_oa"), ensemble.valOa);
    training.insert(QStringLiteral("val_macro_f1"), ensemble.valMacroF1);
    ensemble.model.metadata().training = training;
    feedback.log(tr("Ensemble of %1 members on %2: val loss %3, val OA %4, val macro F1 %5")
                     .arg(members)
                     .arg(valLabel)
                     .arg(ensemble.valLoss, 0, 'f', 4)
                     .arg(ensemble.valOa, 0, 'f', 4)
                     .arg(ensemble.valMacroF1, 0, 'f', 4));
    return ensemble;
}

} // namespace cropmap::core::model
