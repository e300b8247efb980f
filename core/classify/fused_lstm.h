// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <vector>

#include <QString>

#include "classify/bf16_gemm.h"

namespace cropmap::core::classify {

/** Arithmetic of the fused LSTM's matrix products (`classify --precision`). */
enum class Precision
{
    Float32,  //!< float products and sums (the system BLAS): the reference
    BFloat16, //!< inputs and weights rounded to bfloat16, float sums (AVX-512 BF16)
};

/** "float32" / "bfloat16". */
const char *precisionName(Precision precision);
/** Parses "float32" (or "fp32") and "bfloat16" (or "bf16"); throws Error naming \a context. */
Precision precisionFromName(const QString &name, const QString &context);

/** \brief Weights of one LSTM layer in PyTorch's layout (gate order i, f, g, o). */
struct LstmLayerWeights
{
    int inputSize = 0;
    int hiddenSize = 0;
    std::vector<float> weightIh; //!< 4H × I, row-major
    std::vector<float> weightHh; //!< 4H × H, row-major
    std::vector<float> bias;     //!< 4H: b_ih + b_hh
};

/** \brief A stack of LSTM layers and a fully connected head, as the seed's classifier. */
struct LstmNetworkWeights
{
    std::vector<LstmLayerWeights> layers;
    int classCount = 0;
    std::vector<float> fcWeight; //!< U × H_last, row-major
    std::vector<float> fcBias;   //!< U
};

/**
 * \brief CPU inference of a stacked LSTM classifier with fused gates.
 *
 * Per layer, the input projections of all time steps are one sgemm; each step's recurrent
 * sgemm accumulates into its slice of those projections; the gate nonlinearities and the cell
 * update run in one pass over the batch. The batch is time-major internally and the work
 * buffers are reused between calls, so classifying a tile block by block allocates nothing
 * after the first block. Same numbers as torch::nn::LSTM in eval mode (dropout off) up to
 * rounding. Uses the system BLAS (OpenBLAS on Debian with libopenblas0-openmp).
 *
 * \note Not thread-safe (work buffers): one instance per thread, or one shared instance
 *       driven by one thread with a multi-threaded BLAS.
 */
class FusedLstm
{
public:
    explicit FusedLstm(LstmNetworkWeights weights);

    int stepCount(int featureCount) const { return featureCount / inputSize(); }
    int inputSize() const { return m_weights.layers.front().inputSize; }
    int classCount() const { return m_weights.classCount; }

    /**
     * Computes softmax probabilities (n × U, row-major) for \a n samples of \a steps × B
     * values each, time-major per sample (sample i, step t, band b at (i·T + t)·B + b), as
     * SampleSet and the composite stacks store them.
     */
    void predictProbabilities(const float *samples, int n, int steps, float *probabilities);

    /**
     * Chooses the arithmetic of the recurrent layers' products (the head stays float).
     * BFloat16 needs bf16GemmSupported(); without it the layers stay Float32. Returns the
     * precision now in use.
     */
    Precision setPrecision(Precision precision);
    Precision precision() const { return m_precision; }

    /** Floating-point operations per sample for \a steps time steps (for GFLOP/s figures). */
    double flopsPerSample(int steps) const;

private:
    LstmNetworkWeights m_weights;
    Precision m_precision = Precision::Float32;
    std::vector<PackedBf16> m_packedIh; //!< per layer, BFloat16 only
    std::vector<PackedBf16> m_packedHh;
    std::vector<float> m_input;     //!< T × N × I, time-major
    std::vector<float> m_gates;     //!< T × N × 4H
    std::vector<float> m_output;    //!< T × N × H
    std::vector<float> m_cell;      //!< N × H
    std::vector<float> m_zeros;     //!< N × H initial hidden state
};

/** C = alpha·A·Bᵀ + beta·C for row-major A (m × k), B (n × k), C (m × n), via the system BLAS. */
void sgemmRowMajorTransB(int m, int n, int k, float alpha, const float *a, const float *b,
                         float beta, float *c, int ldc);

} // namespace cropmap::core::classify
