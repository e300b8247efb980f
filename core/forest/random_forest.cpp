// SPDX-License-Identifier: GPL-3.0-or-later
#include "forest/random_forest.h"

#include <algorithm>
#include <chrono>
#include <cmath>
#include <limits>

#include <QCoreApplication>
#include <QThread>

#include "forest/random_forest_private.h"
#include "sampling/sample_set.h"
#include "util/error.h"
#include "util/feedback.h"

namespace cropmap::core::forest {

namespace {

QString tr(const char *text)
{
    return QCoreApplication::translate("cropmap::core::forest", text);
}

// Trees are grown in up to this many boosters so that training reports progress and can be
// canceled between them; XGBoost builds one booster's trees in a single call.
constexpr int kMaxChunks = 10;

int resolvedThreads(int threads)
{
    return threads > 0 ? threads : std::max(1, QThread::idealThreadCount());
}

void checkOptions(const RandomForestOptions &o)
{
    if (o.trees < 1 || o.maxDepth < 0 || o.minSamplesLeaf < 1 || o.threads < 0 || o.maxBins < 2
        || !(o.featuresPerSplit >= 0.0 && o.featuresPerSplit <= 1.0)
        || !(o.sampleFraction > 0.0 && o.sampleFraction <= 1.0))
        throw Error(tr("Unusable random forest options: trees %1, max depth %2, min samples per "
                       "leaf %3, features per split %4, sample fraction %5, threads %6")
                        .arg(o.trees)
                        .arg(o.maxDepth)
                        .arg(o.minSamplesLeaf)
                        .arg(o.featuresPerSplit)
                        .arg(o.sampleFraction)
                        .arg(o.threads));
}

DMatrixPtr makeMatrix(const float *values, qint64 rows, int features, int threads)
{
    DMatrixHandle handle = nullptr;
    checkXgboost(XGDMatrixCreateFromMat_omp(values, bst_ulong(rows), bst_ulong(features),
                                            std::numeric_limits<float>::quiet_NaN(), &handle,
                                            threads),
                 tr("build a feature matrix"));
    return DMatrixPtr(handle);
}

/** XGBoost parameters of one chunk of \a trees trees: a random forest, not boosting. */
std::vector<std::pair<const char *, QByteArray>>
forestParameters(const RandomForestOptions &o, int trees, int classes, int features,
                 std::uint64_t chunkSeed, int threads)
{
    // max_features="sqrt" of scikit-learn: XGBoost samples ⌊share · F⌋ features per node, so
    // the share is (⌊√F⌋ + ½) / F, which floors to ⌊√F⌋ without rounding surprises.
    const double share = o.featuresPerSplit > 0.0
                             ? o.featuresPerSplit
                             : (std::floor(std::sqrt(double(features))) + 0.5) / features;
    // One round from equal margins: every row has the softmax hessian 2p(1 − p), p = 1/U, so
    // "at least n rows per leaf" is a minimum hessian of n · 2p(1 − p) (a hair less, for floats).
    const double p = 1.0 / classes;
    const double minChildWeight = o.minSamplesLeaf * 2.0 * p * (1.0 - p) * (1.0 - 1e-4);
    std::vector<std::pair<const char *, QByteArray>> params = {
        {"booster", "gbtree"},
        {"objective", "multi:softprob"},
        {"num_class", QByteArray::number(classes)},
        {"tree_method", "hist"},
        {"max_bin", QByteArray::number(o.maxBins)},
        {"learning_rate", "1"},
        {"num_parallel_tree", QByteArray::number(trees)},
        {"subsample", QByteArray::number(o.sampleFraction, 'g', 17)},
        {"colsample_bynode", QByteArray::number(share, 'g', 17)},
        // No shrinkage of leaf values: trees vote with their plain leaf estimates.
        {"reg_lambda", "0"},
        {"min_child_weight", QByteArray::number(minChildWeight, 'g', 17)},
        {"seed", QByteArray::number(chunkSeed & 0x7fffffffu)},
        {"nthread", QByteArray::number(threads)},
        {"verbosity", "0"},
    };
    if (o.maxDepth == 0) {
        // Unlimited depth needs XGBoost's loss-guided growth (depth-wise insists on a limit).
        params.push_back({"grow_policy", "lossguide"});
        params.push_back({"max_depth", "0"});
        params.push_back({"max_leaves", "0"});
    } else {
        params.push_back({"max_depth", QByteArray::number(o.maxDepth)});
    }
    return params;
}

std::uint64_t mixSeed(std::uint64_t seed, int chunk)
{
    // SplitMix64 finaliser: neighbouring chunks get unrelated XGBoost seeds.
    std::uint64_t z = seed + 0x9e3779b97f4a7c15ull * std::uint64_t(chunk + 1);
    z = (z ^ (z >> 30)) * 0xbf58476d1ce4e5b9ull;
    z = (z ^ (z >> 27)) * 0x94d049bb133111ebull;
    return z ^ (z >> 31);
}

} // namespace

void checkXgboost(int status, const QString &what)
{
    if (status != 0)
        throw Error(tr("XGBoost could not %1: %2").arg(what, QString::fromUtf8(XGBGetLastError())));
}

void RandomForest::Private::setParameter(const char *name, const QByteArray &value) const
{
    for (const ForestChunk &chunk : chunks)
        checkXgboost(XGBoosterSetParam(chunk.booster.get(), name, value.constData()),
                     tr("set %1").arg(QString::fromLatin1(name)));
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
    std::vector<float> labels;
    for (qint64 i = 0; i < samples.size(); ++i) {
        const int c = samples.classIndex(i);
        if (c < 0 || c >= classes)
            continue;
        values.insert(values.end(), samples.values(i), samples.values(i) + features);
        labels.push_back(float(c));
    }
    if (labels.empty() || features == 0)
        throw Error(tr("Cannot train a random forest: the sample set has no labelled samples"));
    if (classes < 2)
        throw Error(tr("Cannot train a random forest: it needs at least two classes, the sample "
                       "set has %1").arg(classes));

    const int threads = resolvedThreads(options.threads);
    const qint64 rows = qint64(labels.size());
    DMatrixPtr matrix = makeMatrix(values.data(), rows, features, threads);
    checkXgboost(XGDMatrixSetFloatInfo(matrix.get(), "label", labels.data(), bst_ulong(rows)),
                 tr("set the labels"));
    values = {};

    auto d = std::make_unique<Private>();
    d->metadata = {samples.classes(), samples.bands(), samples.steps(), options, {}};
    d->threads = threads;
    const int chunkCount = std::min(options.trees, kMaxChunks);
    for (int c = 0; c < chunkCount; ++c) {
        feedback.throwIfCanceled();
        feedback.setProgress(double(c) / chunkCount,
                             tr("Growing trees %1 of %2").arg(c * options.trees / chunkCount + 1)
                                 .arg(options.trees));
        const int trees = options.trees / chunkCount + (c < options.trees % chunkCount ? 1 : 0);
        DMatrixHandle train = matrix.get();
        BoosterHandle handle = nullptr;
        checkXgboost(XGBoosterCreate(&train, 1, &handle), tr("create a booster"));
        ForestChunk chunk{BoosterPtr(handle), trees};
        for (const auto &[name, value] :
             forestParameters(options, trees, classes, features, mixSeed(options.seed, c), threads))
            checkXgboost(XGBoosterSetParam(handle, name, value.constData()),
                         tr("set %1").arg(QString::fromLatin1(name)));
        checkXgboost(XGBoosterUpdateOneIter(handle, 0, train), tr("grow trees"));
        d->chunks.push_back(std::move(chunk));
    }
    feedback.setProgress(1.0);

    int major = 0, minor = 0, patch = 0;
    XGBoostVersion(&major, &minor, &patch);
    d->metadata.training = {
        {QStringLiteral("samples"), rows},
        {QStringLiteral("features"), features},
        {QStringLiteral("threads"), threads},
        {QStringLiteral("seconds"),
         std::chrono::duration<double>(std::chrono::steady_clock::now() - start).count()},
        {QStringLiteral("library"), QStringLiteral("XGBoost %1.%2.%3").arg(major).arg(minor).arg(patch)},
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
    if (count == 0)
        return result;
    const DMatrixPtr matrix = makeMatrix(values, count, features, m_d->threads);
    int totalTrees = 0;
    for (const ForestChunk &chunk : m_d->chunks)
        totalTrees += chunk.trees;
    // XGBoost averages a booster's parallel trees (margin = base + mean); weighting each
    // booster's margins by its share of the trees gives the mean over the whole forest.
    for (const ForestChunk &chunk : m_d->chunks) {
        bst_ulong length = 0;
        const float *margins = nullptr;
        checkXgboost(XGBoosterPredict(chunk.booster.get(), matrix.get(), 1, 0, 0, &length, &margins),
                     tr("predict"));
        if (length != bst_ulong(result.size()))
            throw Error(tr("XGBoost returned %1 values for %2 samples × %3 classes")
                            .arg(length)
                            .arg(count)
                            .arg(classes));
        const float weight = float(chunk.trees) / float(totalTrees);
        for (std::size_t k = 0; k < result.size(); ++k)
            result[k] += weight * margins[k];
    }
    for (qint64 i = 0; i < count; ++i) {
        float *row = result.data() + std::size_t(i) * std::size_t(classes);
        const float top = *std::max_element(row, row + classes);
        float sum = 0.0f;
        for (int c = 0; c < classes; ++c)
            sum += (row[c] = std::exp(row[c] - top));
        for (int c = 0; c < classes; ++c)
            row[c] /= sum;
    }
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
    m_d->setParameter("nthread", QByteArray::number(m_d->threads));
}

} // namespace cropmap::core::forest
