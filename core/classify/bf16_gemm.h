// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <cstdint>
#include <vector>

namespace cropmap::core::classify {

/** Whether this CPU runs the bfloat16 dot products (AVX-512 BF16) that gemmBf16 needs. */
bool bf16GemmSupported();

/** Rounds a float to bfloat16, to nearest, ties to even (NaN stays NaN). */
std::uint16_t toBf16(float x);
float fromBf16(std::uint16_t x);

/**
 * \brief A row-major n × k matrix B rounded to bfloat16 and packed for gemmBf16: panels of
 * 16 rows of B (16 columns of C), and within a panel, for each pair of k, the 16 pairs
 * side by side (what one AVX-512 BF16 dot product reads). Rows and k are padded with zeros.
 */
struct PackedBf16
{
    int n = 0;
    int k = 0;
    int kPairs = 0;
    std::vector<std::uint16_t> data;

    PackedBf16() = default;
    PackedBf16(const float *b, int n, int k);
};

/**
 * C += A·Bᵀ for row-major A (m × k, float, rounded to bfloat16 on the way in), B packed
 * (n × k) and C (m × n, float, row stride ldc): the products in bfloat16, the sums in float,
 * as AVX-512 BF16 computes them. Rows are shared among the OpenMP threads. Needs
 * bf16GemmSupported().
 */
void gemmBf16(int m, const float *a, const PackedBf16 &b, float *c, int ldc);

} // namespace cropmap::core::classify
