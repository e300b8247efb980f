// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QJsonObject>
#include <QString>
#include <QStringList>
#include <memory>
#include <vector>

#include "model/band_statistics.h"
#include "model/model_spec.h"
#include "thematic/class_table.h"

namespace cropmap::core::sampling {
class SampleSet;
}

namespace cropmap::core::model {

/**
 * \brief Everything a model file says besides its weights: enough to classify with it.
 *
 * steps holds the T step labels (months "2017-09", … or acquisition dates), bands the B band
 * names, normalisation the training statistics, training what produced it (options, log
 * summary, class weights).
 */
struct ModelMetadata
{
    ModelSpec spec;
    thematic::ClassTable classes;
    QStringList bands;
    QStringList steps;
    QString period;
    BandStatistics normalisation;
    QJsonObject training;
    int members = 1; //!< networks in the file (an ensemble averages their probabilities)

    int stepCount() const { return int(steps.size()); }
    int bandCount() const { return int(bands.size()); }
    int classCount() const { return classes.size(); }

    QJsonObject toJson() const;
    /** Reads toJson()'s object; throws Error naming \a context when inconsistent. */
    static ModelMetadata fromJson(const QJsonObject &object, const QString &context);
};

/**
 * \brief A trained crop classifier: network, normalisation and class table, LibTorch-free.
 *
 * The application (classify, select, ui) uses this class only; the LibTorch network lives
 * behind a pointer to keep `torch/torch.h` out of every other translation unit.
 * Inputs are raw sample values, N × T × B time-major as SampleSet stores them; the model
 * standardises them with its stored statistics.
 *
 * \note predict*() are const but not re-entrant on one object (LibTorch modules are not);
 *       use one CropModel per thread, or call them from one thread.
 */
class CropModel
{
public:
    class Private;

    CropModel();
    /** A model with fresh weights (drawn from LibTorch's generator, see seedRandom()). */
    explicit CropModel(ModelMetadata metadata);
    ~CropModel();
    CropModel(CropModel &&) noexcept;
    CropModel &operator=(CropModel &&) noexcept;

    bool isNull() const { return !m_d; }
    int memberCount() const;
    /**
     * Adds \a other's networks to this model's ensemble: predictions then average the class
     * probabilities of every member. Throws Error unless both have the same architecture,
     * classes, bands, steps and normalisation.
     */
    void addMembers(CropModel &&other);
    const ModelMetadata &metadata() const;
    ModelMetadata &metadata();

    /**
     * Throws Error naming \a dataName and both layouts unless data of \a bands × \a steps
     * fits this model (same band names in the same order, same number of steps).
     */
    void checkCompatible(const QStringList &bands, int steps, const QString &dataName) const;

    /** N × U logits for \a count raw samples of T × B values each. */
    std::vector<float> predictLogits(const float *values, qint64 count) const;
    /** N × U class probabilities (softmax of the logits). */
    std::vector<float> predictProbabilities(const float *values, qint64 count) const;
    /** Probabilities of every sample of \a samples, after checkCompatible(). */
    std::vector<float> predictProbabilities(const sampling::SampleSet &samples,
                                            const QString &dataName) const;

    /** Writes the model file atomically; throws Error naming it. */
    void save(const QString &path) const;
    /** Reads a model file; throws Error naming it when missing, corrupt or inconsistent. */
    static CropModel load(const QString &path);
    /** The metadata of a model file without reading its weights. */
    static ModelMetadata readMetadata(const QString &path);

    /**
     * Sets LibTorch's intra-op threads for the process (0: every core; it defaults to 1 on
     * Debian). A process-wide setting: it takes effect only when called from the application's
     * main thread (the command line's commands, the GUI's main() at startup) and is ignored on
     * worker threads, which take the process value when they first run LibTorch work. Returns
     * whether it was applied.
     */
    static bool setThreadCount(int threads);
    /** Seeds LibTorch's global generator (weight initialisation, dropout). */
    static void seedRandom(quint64 seed);

    Private &d();
    const Private &d() const;

private:
    std::unique_ptr<Private> m_d;
};

} // namespace cropmap::core::model
