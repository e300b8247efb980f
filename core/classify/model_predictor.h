// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <memory>
#include <vector>

#include <QtGlobal>

#include "classify/fused_lstm.h"

namespace cropmap::core::model {
class CropModel;
}

namespace cropmap::core::classify {


/**
 * \brief Class probabilities of raw samples with a trained model, on the fastest path.
 *
 * The seed's LSTM runs through FusedLstm (standardised with the model's statistics); every
 * other architecture through the model's LibTorch network. An ensemble's probabilities are
 * the mean of its members'.
 *
 * \note Not thread-safe: one predictor per thread.
 */
class ModelPredictor
{
public:
    explicit ModelPredictor(const model::CropModel &model);
    ~ModelPredictor();

    bool isFused() const { return !m_fused.empty(); }
    int classCount() const;
    /** The fused path's arithmetic (every member); returns what is in use: Float32 on the
     *  LibTorch path and where the CPU lacks bfloat16. */
    Precision setPrecision(Precision precision);

    /**
     * Writes \a count × U probabilities for \a count raw samples (T × B values each,
     * time-major). \a raw is standardised in place on the fused path.
     */
    void predict(float *raw, qint64 count, float *probabilities);
    /** Probabilities of \a count samples, in batches of \a batchSize (input left unchanged). */
    std::vector<float> predictAll(const float *raw, qint64 count, int batchSize = 8192);

private:
    const model::CropModel &m_model;
    std::vector<std::unique_ptr<FusedLstm>> m_fused; //!< one per member; empty: LibTorch path
    std::vector<float> m_memberScratch;
};

} // namespace cropmap::core::classify
