// SPDX-License-Identifier: GPL-3.0-or-later
#include "classify/fused_lstm.h"

#include <algorithm>
#include <cmath>

#include <QCoreApplication>

#include "util/error.h"

extern "C" {
// Fortran BLAS: every Debian BLAS (reference, OpenBLAS, BLIS) exports it; not all export cblas.
void sgemm_(const char *transa, const char *transb, const int *m, const int *n, const int *k,
            const float *alpha, const float *a, const int *lda, const float *b, const int *ldb,
            const float *beta, float *c, const int *ldc);
}

namespace cropmap::core::classify {

void sgemmRowMajorTransB(int m, int n, int k, float alpha, const float *a, const float *b,
                         float beta, float *c, int ldc)
{
    // Row-major C = A·Bᵀ is column-major Cᵀ = B·Aᵀ: with B (n × k row-major) read as a
    // column-major k × n matrix and transposed, and A read as column-major k × m.
    const char transB = 'T';
    const char transA = 'N';
    sgemm_(&transB, &transA, &n, &m, &k, &alpha, b, &k, a, &k, &beta, c, &ldc);
}

namespace {

// One time step of the cell update for rows [0, n): gates hold i, f, g, o pre-activations.
// Compiled twice: for the baseline (x86-64-v2: libmvec's 4-wide expf/tanhf) and for AVX-512
// (16-wide), chosen at run time; once the products run in bfloat16 the gates are a third of
// the work.
#define CROPMAP_CELL_UPDATE_BODY                                                                   \
    _Pragma("omp parallel for schedule(static)") for (int row = 0; row < n; ++row)                 \
    {                                                                                              \
        float *g = gates + std::size_t(row) * 4 * h;                                               \
        float *c = cell + std::size_t(row) * h;                                                    \
        float *out = hidden + std::size_t(row) * h;                                                \
        _Pragma("omp simd") for (int j = 0; j < h; ++j)                                            \
        {                                                                                          \
            const float in = 1.0f / (1.0f + std::exp(-g[j]));                                      \
            const float forget = 1.0f / (1.0f + std::exp(-g[h + j]));                              \
            const float candidate = std::tanh(g[2 * h + j]);                                       \
            const float outGate = 1.0f / (1.0f + std::exp(-g[3 * h + j]));                         \
            const float state = forget * c[j] + in * candidate;                                    \
            c[j] = state;                                                                          \
            out[j] = outGate * std::tanh(state);                                                   \
        }                                                                                          \
    }

void fusedCellUpdate(float *gates, float *cell, float *hidden, int n, int h)
{
    CROPMAP_CELL_UPDATE_BODY
}

__attribute__((target("avx512f"))) void fusedCellUpdateAvx512(float *gates, float *cell, float *hidden, int n, int h)
{
    CROPMAP_CELL_UPDATE_BODY
}

#undef CROPMAP_CELL_UPDATE_BODY

using CellUpdate = void (*)(float *, float *, float *, int, int);

CellUpdate cellUpdate()
{
    static const CellUpdate chosen = __builtin_cpu_supports("avx512f") ? fusedCellUpdateAvx512 : fusedCellUpdate;
    return chosen;
}

} // namespace

const char *precisionName(Precision precision)
{
    return precision == Precision::BFloat16 ? "bfloat16" : "float32";
}

Precision precisionFromName(const QString &name, const QString &context)
{
    const QString n = name.trimmed().toLower();
    if (n == QStringLiteral("float32") || n == QStringLiteral("fp32"))
        return Precision::Float32;
    if (n == QStringLiteral("bfloat16") || n == QStringLiteral("bf16"))
        return Precision::BFloat16;
    throw Error(QCoreApplication::translate("cropmap::core::classify",
                                            "%1: the precision must be \"float32\" or \"bfloat16\", not \"%2\"")
                    .arg(context, name));
}

Precision FusedLstm::setPrecision(Precision precision)
{
    if (precision == Precision::BFloat16 && !bf16GemmSupported())
        precision = Precision::Float32;
    m_precision = precision;
    m_packedIh.clear();
    m_packedHh.clear();
    if (precision == Precision::BFloat16)
        for (const LstmLayerWeights &l : m_weights.layers) {
            m_packedIh.emplace_back(l.weightIh.data(), 4 * l.hiddenSize, l.inputSize);
            m_packedHh.emplace_back(l.weightHh.data(), 4 * l.hiddenSize, l.hiddenSize);
        }
    return m_precision;
}

FusedLstm::FusedLstm(LstmNetworkWeights weights)
    : m_weights(std::move(weights))
{
    if (m_weights.layers.empty() || m_weights.classCount < 1)
        throw Error(QCoreApplication::translate("cropmap::core::classify",
                                                "An LSTM needs at least one layer and one class"));
    for (const LstmLayerWeights &l : m_weights.layers) {
        const std::size_t g = std::size_t(4) * l.hiddenSize;
        if (l.weightIh.size() != g * l.inputSize || l.weightHh.size() != g * l.hiddenSize
            || l.bias.size() != g)
            throw Error(QCoreApplication::translate("cropmap::core::classify",
                                                    "LSTM layer weights have the wrong shape"));
    }
}

double FusedLstm::flopsPerSample(int steps) const
{
    double flops = 0;
    for (const LstmLayerWeights &l : m_weights.layers)
        flops += 2.0 * steps * 4 * l.hiddenSize * (l.inputSize + l.hiddenSize);
    flops += 2.0 * m_weights.classCount * m_weights.layers.back().hiddenSize;
    return flops;
}

void FusedLstm::predictProbabilities(const float *samples, int n, int steps, float *probabilities)
{
    if (n <= 0)
        return;
    const int bands = inputSize();
    int maxHidden = 0;
    for (const LstmLayerWeights &l : m_weights.layers)
        maxHidden = std::max(maxHidden, l.hiddenSize);
    const std::size_t tn = std::size_t(steps) * n;
    m_input.resize(tn * bands);
    m_gates.resize(tn * 4 * maxHidden);
    m_output.resize(tn * maxHidden);
    m_cell.resize(std::size_t(n) * maxHidden);
    m_zeros.assign(std::size_t(n) * maxHidden, 0.0f);

    // Sample-major (i, t, b) → time-major (t, i, b), so each step's rows are contiguous.
    for (int i = 0; i < n; ++i)
        for (int t = 0; t < steps; ++t)
            std::copy_n(samples + (std::size_t(i) * steps + t) * bands, bands,
                        m_input.data() + (std::size_t(t) * n + i) * bands);

    const float *layerInput = m_input.data();
    const bool bf16 = m_precision == Precision::BFloat16;
    const CellUpdate update = cellUpdate();
    for (std::size_t layer = 0; layer < m_weights.layers.size(); ++layer) {
        const LstmLayerWeights &l = m_weights.layers[layer];
        const int h = l.hiddenSize;
        const int g = 4 * h;
        // Input projections of all steps at once, bias preloaded into C.
        for (std::size_t r = 0; r < tn; ++r)
            std::copy_n(l.bias.data(), g, m_gates.data() + r * g);
        if (bf16)
            gemmBf16(int(tn), layerInput, m_packedIh[layer], m_gates.data(), g);
        else
            sgemmRowMajorTransB(int(tn), g, l.inputSize, 1.0f, layerInput, l.weightIh.data(), 1.0f,
                                m_gates.data(), g);
        std::fill_n(m_cell.data(), std::size_t(n) * h, 0.0f);
        const float *previous = m_zeros.data();
        for (int t = 0; t < steps; ++t) {
            float *gates = m_gates.data() + std::size_t(t) * n * g;
            float *hidden = m_output.data() + std::size_t(t) * n * h;
            if (t > 0 && bf16)
                gemmBf16(n, previous, m_packedHh[layer], gates, g);
            else if (t > 0)
                sgemmRowMajorTransB(n, g, h, 1.0f, previous, l.weightHh.data(), 1.0f, gates, g);
            update(gates, m_cell.data(), hidden, n, h);
            previous = hidden;
        }
        // The next layer reads this layer's outputs; copy them where the input was so the
        // output buffer can be rewritten.
        if (&l != &m_weights.layers.back()) {
            m_input.resize(tn * h);
            std::copy_n(m_output.data(), tn * h, m_input.data());
            layerInput = m_input.data();
        }
    }

    // Head on the last step's hidden state, then a numerically stable softmax.
    const int hLast = m_weights.layers.back().hiddenSize;
    const int u = m_weights.classCount;
    const float *last = m_output.data() + std::size_t(steps - 1) * n * hLast;
    for (int i = 0; i < n; ++i)
        std::copy_n(m_weights.fcBias.data(), u, probabilities + std::size_t(i) * u);
    sgemmRowMajorTransB(n, u, hLast, 1.0f, last, m_weights.fcWeight.data(), 1.0f, probabilities, u);
#pragma omp parallel for schedule(static)
    for (int i = 0; i < n; ++i) {
        float *p = probabilities + std::size_t(i) * u;
        const float top = *std::max_element(p, p + u);
        float sum = 0;
        for (int k = 0; k < u; ++k) {
            p[k] = std::exp(p[k] - top);
            sum += p[k];
        }
        for (int k = 0; k < u; ++k)
            p[k] /= sum;
    }
}

} // namespace cropmap::core::classify
