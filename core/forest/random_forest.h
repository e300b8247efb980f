// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <cstdint>
#include <memory>
#include <vector>

#include <QJsonObject>
#include <QString>
#include <QStringList>

#include "thematic/class_table.h"

namespace cropmap::core {
class Feedback;
}

namespace cropmap::core::sampling {
class SampleSet;
}

namespace cropmap::core::forest {

/** \brief Options of random-forest training; the defaults are scikit-learn's. */
struct RandomForestOptions
{
    int trees = 100;
    int maxDepth = 0;          //!< 0: grow until leaves are pure or minSamplesLeaf stops them
    int minSamplesLeaf = 1;
    double featuresPerSplit = 0.0; //!< share of the T × B features tried per split; 0: √F / F
    double sampleFraction = 0.632; //!< rows per tree, drawn without replacement
    /** Candidate thresholds per feature (XGBoost's histogram bins). 32 instead of XGBoost's
     *  256 trains about 4× faster on 120 features; reflectance series lose no accuracy. */
    int maxBins = 32;
    int threads = 0;               //!< 0: every core
    std::uint64_t seed = 1;

    QJsonObject toJson() const;
    static RandomForestOptions fromJson(const QJsonObject &object);
};

/** \brief What a forest file says besides its trees: enough to classify with it. */
struct ForestMetadata
{
    thematic::ClassTable classes;
    QStringList bands;
    QStringList steps;
    RandomForestOptions options;
    QJsonObject training; //!< samples, features, timing

    int stepCount() const { return int(steps.size()); }
    int bandCount() const { return int(bands.size()); }
    int classCount() const { return classes.size(); }
};

/**
 * \brief The random-forest baseline (issue 9): trained on a SampleSet, applied to raw samples.
 *
 * Built on XGBoost's C API in random-forest mode: one boosting round of many parallel trees
 * (learning rate 1, rows subsampled, features sampled per split), which XGBoost averages.
 * Chosen over OpenCV's cv::ml::RTrees (4.6) because RTrees grows its trees one after another
 * on one thread and cannot take NaN, while XGBoost builds each tree with all threads and
 * routes missing values (a month without a clear observation) natively. The price, measured
 * by bench/forest: for U classes XGBoost grows U regression trees (one per softmax output) for
 * each forest tree, so with 15 classes it trains several times slower than scikit-learn's
 * RandomForestClassifier on the same table, at the same accuracy.
 *
 * Inputs are N × T × B time-major values as SampleSet stores them; no normalisation is
 * needed (trees are invariant to monotone scaling). The file is cropmap's model container
 * (ModelFile layout, "format": "cropmap-forest") with the class table, bands and steps, so
 * the classify and evaluate steps can tell it from a network and check the data against it.
 *
 * \note predictProbabilities() is const but not re-entrant on one object: use one forest per
 *       thread, or call it from one thread (it uses all threads itself).
 */
class RandomForest
{
public:
    class Private;

    RandomForest();
    ~RandomForest();
    RandomForest(RandomForest &&) noexcept;
    RandomForest &operator=(RandomForest &&) noexcept;

    bool isNull() const { return !m_d; }
    const ForestMetadata &metadata() const;

    /**
     * Trains on the labelled samples of \a samples (class index ≥ 0). Throws Error when none
     * is labelled or the options are unusable, Canceled when \a feedback is canceled.
     */
    static RandomForest train(const sampling::SampleSet &samples, const RandomForestOptions &options,
                              Feedback &feedback);

    /** Throws Error naming \a dataName and both layouts unless bands and steps fit. */
    void checkCompatible(const QStringList &bands, int steps, const QString &dataName) const;

    /** N × U class probabilities for \a count raw samples of T × B values each. */
    std::vector<float> predictProbabilities(const float *values, qint64 count) const;
    /** Probabilities of every sample of \a samples, after checkCompatible(). */
    std::vector<float> predictProbabilities(const sampling::SampleSet &samples,
                                            const QString &dataName) const;
    /** Most probable class index of each of \a count samples. */
    std::vector<int> predictClasses(const float *values, qint64 count) const;

    /** Threads for prediction (0: every core). */
    void setThreadCount(int threads);

    /** Writes the forest file atomically; throws Error naming it. */
    void save(const QString &path) const;
    /** Reads a forest file; throws Error naming it when missing, corrupt or not a forest. */
    static RandomForest load(const QString &path);

private:
    std::unique_ptr<Private> m_d;
};

} // namespace cropmap::core::forest
