// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <memory>
#include <vector>

#include <QString>
#include <QStringList>

#include "classify/fused_lstm.h"
#include "thematic/class_table.h"

namespace cropmap::core::model {
class CropModel;
}
namespace cropmap::core::forest {
class RandomForest;
}

namespace cropmap::core::classify {

class ModelPredictor;

/**
 * \brief Whatever a model file holds — a network ("cropmap-model") or a random forest
 * ("cropmap-forest") — behind one interface, so classify, evaluate and the experiments treat
 * the baseline exactly like the LSTM (issue 9: "used by the same classify and evaluate steps").
 *
 * \note Not thread-safe: one Classifier per thread.
 */
class Classifier
{
public:
    /** Reads \a path, telling the kinds apart by the header's "format"; throws Error naming it. */
    static Classifier load(const QString &path);

    Classifier(Classifier &&) noexcept;
    Classifier &operator=(Classifier &&) noexcept;
    ~Classifier();

    bool isForest() const { return m_forest != nullptr; }
    bool isFusedLstm() const;
    QString kindName() const; //!< "lstm", "msresnet", …, "forest"
    const QString &path() const { return m_path; }
    const thematic::ClassTable &classes() const;
    const QStringList &bands() const;
    const QStringList &steps() const;
    int classCount() const { return classes().size(); }

    /** The fused LSTM's arithmetic; returns what is in use (Float32 for every other model,
     *  and where the CPU has no AVX-512 BF16). */
    Precision setPrecision(Precision precision);

    /**
     * Throws Error naming \a dataName, this file and both layouts unless data of \a bands ×
     * \a steps (labels) fits: the same bands in the same order, the same number of steps and,
     * where both carry labels, the same labels (the period).
     */
    void checkCompatible(const QStringList &bands, const QStringList &steps, const QString &dataName) const;

    /** \a count × U probabilities of raw samples (T × B values each, time-major); \a raw may be
     *  overwritten (standardised in place on the fused LSTM path). */
    void predict(float *raw, qint64 count, float *probabilities);
    /** Probabilities of \a count samples, in batches; the input is left unchanged. */
    std::vector<float> predictAll(const float *raw, qint64 count);

private:
    Classifier() = default;

    QString m_path;
    std::unique_ptr<model::CropModel> m_model;
    std::unique_ptr<ModelPredictor> m_predictor;
    std::unique_ptr<forest::RandomForest> m_forest;
};

} // namespace cropmap::core::classify
