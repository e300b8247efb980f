// SPDX-License-Identifier: GPL-3.0-or-later
#include "forest/random_forest.h"

#include <algorithm>
#include <atomic>
#include <chrono>
#include <cmath>
#include <condition_variable>
#include <exception>
#include <mutex>
#include <thread>

#include <QCoreApplication>
#include <QThread>

#include "forest/random_forest_private.h"
#include "sampling/sample_set.h"
#include "sampling/seeded_random.h"
#include "util/error.h"
#include "util/feedback.h"

namespace cropmap::core::forest {

namespace {

QString tr(const char *text)
{
    return QCoreApplication::translate("cropmap::core::forest", text);
}

// Rows predicted per task: every tree's nodes stay in cache while it walks a whole chunk.
constexpr qint64 kPredictChunk = 256;

void checkOptions(const RandomForestOptions &o)
{
    if (o.trees < 1 || o.maxDepth < 0 || o.minSamplesLeaf < 1 || o.threads < 0 || o.maxBins < 2
        || o.maxBins > 255 || !(o.featuresPerSplit >= 0.0 && o.featuresPerSplit <= 1.0)
        || !(o.sampleFraction > 0.0 && o.sampleFraction <= 1.0))
        throw Error(tr("Unusable random forest options: trees %1, max depth %2, min samples per "
                       "leaf %3, features per split %4, sample fraction %5, threads %6, bins %7")
                        .arg(o.trees)
                        .arg(o.maxDepth)
                        .arg(o.minSamplesLeaf)
                        .arg(o.featuresPerSplit)
                        .arg(o.sampleFraction)
                        .arg(o.threads)
                        .arg(o.maxBins));
}

std::uint64_t mixSeed(std::uint64_t seed, int tree)
{
    // SplitMix64 finaliser: neighbouring trees get unrelated streams.
    std::uint64_t z = seed + 0x9e3779b97f4a7c15ull * std::uint64_t(tree + 1);
    z = (z ^ (z >> 30)) * 0xbf58476d1ce4e5b9ull;
    z = (z ^ (z >> 27)) * 0x94d049bb133111ebull;
    return z ^ (z >> 31);
}

/** Runs \a task(k) for k in [0, count) on \a threads threads; rethrows the first error. */
template <typename Task>
void runParallel(int count, int threads, Task task, const std::atomic<bool> &stop)
{
    std::atomic<int> next{0};
    std::exception_ptr error;
    std::mutex errorMutex;
    auto worker = [&] {
        try {
            for (int k = next++; k < count && !stop.load(); k = next++)
                task(k);
        } catch (...) {
            const std::lock_guard lock(errorMutex);
            if (!error)
                error = std::current_exception();
            next = count;
        }
    };
    std::vector<std::thread> pool;
    for (int t = 1; t < std::min(threads, count); ++t)
        pool.emplace_back(worker);
    worker();
    for (std::thread &thread : pool)
        thread.join();
    if (error)
        std::rethrow_exception(error);
}

} // namespace

int resolvedThreads(int threads)
{
    return threads > 0 ? threads : std::max(1, QThread::idealThreadCount());
}

RandomForest::RandomForest() = default;
RandomForest::~RandomForest() = default;
RandomForest::RandomForest(RandomForest &&) noexcept = default;
RandomForest &RandomForest::operator=(RandomForest &&) noexcept = default;

const ForestMetadata &RandomForest::metadata() const
{
    return m_d->metadata;
}

RandomForest RandomForest::train(const sampling::SampleSet &samples,
                                 const RandomForestOptions &options, Feedback &feedback)
{
    checkOptions(options);
    const auto start = std::chrono::steady_clock::now();
    const int features = samples.featureCount();
    const int classes = samples.classes().size();
    std::vector<float> values;
    std::vector<std::int32_t> labels;
    for (qint64 i = 0; i < samples.size(); ++i) {
        const int c = samples.classIndex(i);
        if (c < 0 || c >= classes)
            continue;
        values.insert(values.end(), samples.values(i), samples.values(i) + features);
        labels.push_back(c);
    }
    if (labels.empty() || features == 0)
        throw Error(tr("Cannot train a random forest: the sample set has no labelled samples"));
    if (classes < 2)
        throw Error(tr("Cannot train a random forest: it needs at least two classes, the sample "
                       "set has %1").arg(classes));

    feedback.setProgress(0.0, tr("Binning %1 features").arg(features));
    const auto rows = std::int64_t(labels.size());
    const FeatureBins bins = FeatureBins::fromValues(values.data(), rows, features, options.maxBins);
    const std::vector<std::uint8_t> binned = bins.binRows(values.data(), rows);
    values = {};
    const BinnedTable table{&bins, binned.data(), labels.data(), rows};
    TreeGrowth growth;
    growth.classes = classes;
    growth.minSamplesLeaf = options.minSamplesLeaf;
    growth.maxDepth = options.maxDepth;
    growth.featuresPerSplit = std::max(1, int(options.featuresPerSplit > 0.0
                                                  ? std::floor(options.featuresPerSplit * features)
                                                  : std::floor(std::sqrt(double(features)))));
    const auto drawn = std::max<std::int64_t>(1, std::llround(options.sampleFraction * double(rows)));

    auto d = std::make_unique<Private>();
    d->metadata = {samples.classes(), samples.bands(), samples.steps(), options, {}};
    d->threads = resolvedThreads(options.threads);
    d->trees.resize(std::size_t(options.trees));
    std::atomic<bool> stop{false};
    std::atomic<int> grown{0};
    std::mutex mutex;
    std::condition_variable treeDone;
    auto growTree = [&](int k) {
        // SeededRandom rather than std:: distributions, whose draws differ between standard
        // libraries: the same seed grows the same forest everywhere.
        sampling::SeededRandom random(mixSeed(options.seed, k));
        std::vector<std::int32_t> bootstrap(static_cast<std::size_t>(drawn));
        for (std::int32_t &r : bootstrap)
            r = std::int32_t(random.below(std::uint64_t(rows)));
        d->trees[std::size_t(k)] =
            DecisionTree::grow(table, std::move(bootstrap), growth, random.next());
        ++grown;
        treeDone.notify_one();
    };
    // Workers grow trees; this thread reports progress and passes a cancel on within 50 ms.
    std::exception_ptr error;
    std::thread workers([&] {
        try {
            runParallel(options.trees, d->threads, growTree, stop);
        } catch (...) {
            error = std::current_exception();
        }
        const std::lock_guard lock(mutex);
        stop = true;
        treeDone.notify_one();
    });
    {
        std::unique_lock lock(mutex);
        while (grown.load() < options.trees && !stop.load()) {
            treeDone.wait_for(lock, std::chrono::milliseconds(50));
            if (feedback.isCanceled())
                stop = true;
            feedback.setProgress(double(grown.load()) / options.trees,
                                 tr("Growing trees: %1 of %2").arg(grown.load()).arg(options.trees));
        }
    }
    workers.join();
    if (error)
        std::rethrow_exception(error);
    feedback.throwIfCanceled();
    feedback.setProgress(1.0);

    std::int64_t nodes = 0;
    for (const DecisionTree &tree : d->trees)
        nodes += std::int64_t(tree.nodes().size());
    d->metadata.training = {
        {QStringLiteral("samples"), qint64(rows)},
        {QStringLiteral("features"), features},
        {QStringLiteral("features_per_split"), growth.featuresPerSplit},
        {QStringLiteral("nodes"), qint64(nodes)},
        {QStringLiteral("threads"), d->threads},
        {QStringLiteral("seconds"),
         std::chrono::duration<double>(std::chrono::steady_clock::now() - start).count()},
        {QStringLiteral("library"), QStringLiteral("cropmap histogram CART")},
    };
    RandomForest forest;
    forest.m_d = std::move(d);
    return forest;
}

void RandomForest::checkCompatible(const QStringList &bands, int steps, const QString &dataName) const
{
    const ForestMetadata &m = m_d->metadata;
    if (bands == m.bands && steps == m.stepCount())
        return;
    throw Error(tr("%1 has %2 steps × bands %3, but the random forest was trained on %4 steps × "
                   "bands %5")
                    .arg(dataName)
                    .arg(steps)
                    .arg(bands.join(u','))
                    .arg(m.stepCount())
                    .arg(m.bands.join(u',')));
}

std::vector<float> RandomForest::predictProbabilities(const float *values, qint64 count) const
{
    const int classes = m_d->metadata.classCount();
    const int features = m_d->metadata.stepCount() * m_d->metadata.bandCount();
    std::vector<float> result(std::size_t(count) * std::size_t(classes), 0.0f);
    const float share = 1.0f / float(m_d->trees.size());
    const auto chunks = int((count + kPredictChunk - 1) / kPredictChunk);
    const std::atomic<bool> never{false};
    runParallel(chunks, m_d->threads, [&](int chunk) {
        const qint64 first = chunk * kPredictChunk;
        const qint64 last = std::min(count, first + kPredictChunk);
        for (const DecisionTree &tree : m_d->trees)
            tree.accumulateMany(values + first * features, int(last - first), features,
                                result.data() + first * classes);
        for (qint64 k = first * classes; k < last * classes; ++k)
            result[std::size_t(k)] *= share;
    }, never);
    return result;
}

std::vector<float> RandomForest::predictProbabilities(const sampling::SampleSet &samples,
                                                      const QString &dataName) const
{
    checkCompatible(samples.bands(), samples.stepCount(), dataName);
    return predictProbabilities(samples.allValues().data(), samples.size());
}

std::vector<int> RandomForest::predictClasses(const float *values, qint64 count) const
{
    const std::vector<float> probabilities = predictProbabilities(values, count);
    const int classes = m_d->metadata.classCount();
    std::vector<int> result(static_cast<std::size_t>(count));
    for (qint64 i = 0; i < count; ++i) {
        const float *row = probabilities.data() + std::size_t(i) * std::size_t(classes);
        result[std::size_t(i)] = int(std::max_element(row, row + classes) - row);
    }
    return result;
}

void RandomForest::setThreadCount(int threads)
{
    m_d->threads = resolvedThreads(threads);
}

} // namespace cropmap::core::forest
