// SPDX-License-Identifier: GPL-3.0-or-later
// A small bfloat16 GEMM for the fused LSTM (issue 17, item 6): Debian's OpenBLAS has no
// sbgemm, and its float kernels on this CPU run 256 bits wide. AVX-512 BF16's dot product
// (VDPBF16PS) does 32 multiply-adds an instruction with float sums: register tiles of 6 rows ×
// 64 columns of C (24 accumulators), B packed once per model, A rounded per call.
#include "classify/bf16_gemm.h"

#include <algorithm>
#include <cstring>

#include <immintrin.h>

namespace cropmap::core::classify {

bool bf16GemmSupported()
{
#if defined(__x86_64__) && defined(__GNUC__)
    static const bool supported = __builtin_cpu_supports("avx512f") && __builtin_cpu_supports("avx512bw")
                                  && __builtin_cpu_supports("avx512bf16");
    return supported;
#else
    return false;
#endif
}

std::uint16_t toBf16(float x)
{
    std::uint32_t bits;
    std::memcpy(&bits, &x, sizeof bits);
    if ((bits & 0x7fffffffu) > 0x7f800000u) // NaN: keep it a (quiet) NaN
        return std::uint16_t((bits >> 16) | 0x40u);
    bits += 0x7fffu + ((bits >> 16) & 1u);
    return std::uint16_t(bits >> 16);
}

float fromBf16(std::uint16_t x)
{
    const std::uint32_t bits = std::uint32_t(x) << 16;
    float f;
    std::memcpy(&f, &bits, sizeof f);
    return f;
}

PackedBf16::PackedBf16(const float *b, int rows, int depth)
    : n(rows)
    , k(depth)
    , kPairs((depth + 1) / 2)
{
    const int panels = (rows + 15) / 16;
    data.assign(std::size_t(panels) * kPairs * 32, 0);
    for (int j = 0; j < rows; ++j)
        for (int kk = 0; kk < depth; ++kk) {
            const int panel = j / 16, lane = j % 16, pair = kk / 2;
            data[(std::size_t(panel) * kPairs + pair) * 32 + 2 * lane + kk % 2] =
                toBf16(b[std::size_t(j) * depth + kk]);
        }
}

namespace {

constexpr int kRows = 6;       // rows of C a register tile holds
constexpr int kVectors = 4;    // 16-column vectors a register tile holds
constexpr int kRowChunk = 96;  // rows of A kept in cache while every panel of B passes

/** C[rows × 16·vectors] += A·Bᵀ on one register tile; the last vector stores \a lastMask. */
template<int Rows, int Vectors>
__attribute__((target("avx512f,avx512bf16"))) void tile(const std::uint32_t *a, int kPairs,
                                                        const std::uint16_t *b, std::size_t panelStride,
                                                        float *c, int ldc, __mmask16 lastMask)
{
    // Fully unrolled whatever the optimisation level, so that the tile lives in registers.
    __m512 acc[Rows][Vectors];
#pragma GCC unroll 8
    for (int r = 0; r < Rows; ++r)
#pragma GCC unroll 4
        for (int v = 0; v < Vectors; ++v)
            acc[r][v] = _mm512_maskz_loadu_ps(v == Vectors - 1 ? lastMask : __mmask16(0xffff),
                                              c + std::size_t(r) * ldc + 16 * v);
    for (int p = 0; p < kPairs; ++p) {
        __m512bh bv[Vectors];
#pragma GCC unroll 4
        for (int v = 0; v < Vectors; ++v)
            bv[v] = (__m512bh)_mm512_loadu_si512(b + v * panelStride + std::size_t(p) * 32);
#pragma GCC unroll 8
        for (int r = 0; r < Rows; ++r) {
            const __m512bh av = (__m512bh)_mm512_set1_epi32(int(a[std::size_t(r) * kPairs + p]));
#pragma GCC unroll 4
            for (int v = 0; v < Vectors; ++v)
                acc[r][v] = _mm512_dpbf16_ps(acc[r][v], av, bv[v]);
        }
    }
#pragma GCC unroll 8
    for (int r = 0; r < Rows; ++r)
#pragma GCC unroll 4
        for (int v = 0; v < Vectors; ++v)
            _mm512_mask_storeu_ps(c + std::size_t(r) * ldc + 16 * v,
                                  v == Vectors - 1 ? lastMask : __mmask16(0xffff), acc[r][v]);
}

/** Row \a row (k floats) as k rounded to an even count of bfloat16 values, side by side: the
 *  pairs the tiles broadcast. VCVTNE2PS2BF16 rounds to nearest even, as toBf16. */
__attribute__((target("avx512f,avx512bw,avx512bf16"))) void roundRow(const float *row, int k, std::uint16_t *out)
{
    int i = 0;
    for (; i + 32 <= k; i += 32) {
        const __m512bh v = _mm512_cvtne2ps_pbh(_mm512_loadu_ps(row + i + 16), _mm512_loadu_ps(row + i));
        _mm512_storeu_si512(out + i, (__m512i)v);
    }
    if (i < k) {
        const int rest = k - i; // 1 … 31 values; the pad value beyond k is zero
        const __mmask16 low = rest >= 16 ? __mmask16(0xffff) : __mmask16((1u << rest) - 1u);
        const __mmask16 high = rest > 16 ? __mmask16((1u << (rest - 16)) - 1u) : __mmask16(0);
        const __m512bh v = _mm512_cvtne2ps_pbh(_mm512_maskz_loadu_ps(high, row + i + 16),
                                               _mm512_maskz_loadu_ps(low, row + i));
        const int words = (rest + 1) / 2 * 2;
        _mm512_mask_storeu_epi16(out + i, __mmask32(words >= 32 ? 0xffffffffu : (1u << words) - 1u), (__m512i)v);
    }
}

using TileFunction = void (*)(const std::uint32_t *, int, const std::uint16_t *, std::size_t, float *, int,
                              __mmask16);

template<int Rows>
TileFunction tileFor(int vectors)
{
    switch (vectors) {
    case 1:
        return tile<Rows, 1>;
    case 2:
        return tile<Rows, 2>;
    case 3:
        return tile<Rows, 3>;
    default:
        return tile<Rows, 4>;
    }
}

TileFunction tileFor(int rows, int vectors)
{
    switch (rows) {
    case 1:
        return tileFor<1>(vectors);
    case 2:
        return tileFor<2>(vectors);
    case 3:
        return tileFor<3>(vectors);
    case 4:
        return tileFor<4>(vectors);
    case 5:
        return tileFor<5>(vectors);
    default:
        return tileFor<6>(vectors);
    }
}

} // namespace

void gemmBf16(int m, const float *a, const PackedBf16 &b, float *c, int ldc)
{
    if (m <= 0 || b.n <= 0)
        return;
    const int kPairs = b.kPairs;
    const std::size_t panelStride = std::size_t(kPairs) * 32;
    const int chunks = (m + kRowChunk - 1) / kRowChunk;
#pragma omp parallel
    {
        std::vector<std::uint32_t> rowsBf16(std::size_t(kRowChunk) * kPairs);
#pragma omp for schedule(static)
        for (int chunk = 0; chunk < chunks; ++chunk) {
            const int first = chunk * kRowChunk;
            const int count = std::min(kRowChunk, m - first);
            // A's rows of this chunk as bfloat16 pairs (k padded with a zero).
            for (int r = 0; r < count; ++r)
                roundRow(a + std::size_t(first + r) * b.k, b.k,
                         reinterpret_cast<std::uint16_t *>(rowsBf16.data() + std::size_t(r) * kPairs));
            for (int column = 0; column < b.n; column += 16 * kVectors) {
                const int vectors = std::min(kVectors, (b.n - column + 15) / 16);
                const int lastColumns = b.n - column - 16 * (vectors - 1);
                const __mmask16 lastMask = lastColumns >= 16 ? __mmask16(0xffff)
                                                             : __mmask16((1u << lastColumns) - 1u);
                const std::uint16_t *panel = b.data.data() + std::size_t(column / 16) * panelStride;
                for (int r = 0; r < count; r += kRows) {
                    const int rows = std::min(kRows, count - r);
                    tileFor(rows, vectors)(rowsBf16.data() + std::size_t(r) * kPairs, kPairs, panel,
                                           panelStride, c + std::size_t(first + r) * ldc + column, ldc,
                                           lastMask);
                }
            }
        }
    }
}

} // namespace cropmap::core::classify
