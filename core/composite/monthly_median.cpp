// SPDX-License-Identifier: GPL-3.0-or-later
#include "composite/monthly_median.h"

#include <array>
#include <cmath>
#include <mutex>

namespace cropmap::core::composite {

const std::vector<std::pair<int, int>> &sortingNetwork(int n)
{
    static std::array<std::vector<std::pair<int, int>>, kMaxNetworkRows + 1> networks;
    static std::once_flag built;
    std::call_once(built, [] {
        for (int size = 2; size <= kMaxNetworkRows; ++size) {
            // Batcher's odd-even merge sort for any size: merge runs of length q into 2q.
            auto &net = networks[std::size_t(size)];
            for (int q = 1; q < size; q <<= 1) {
                for (int k = q; k >= 1; k >>= 1) {
                    for (int j = k % q; j + k < size; j += 2 * k) {
                        for (int i = 0; i < std::min(k, size - j - k); ++i) {
                            if ((i + j) / (2 * q) == (i + j + k) / (2 * q))
                                net.emplace_back(i + j, i + j + k);
                        }
                    }
                }
            }
        }
    });
    return networks[std::size_t(std::clamp(n, 0, kMaxNetworkRows))];
}

void medianAcrossRows(float *const *rows, int rowCount, std::size_t pixels,
                      const std::uint16_t *validCounts, float *median)
{
    const auto &network = sortingNetwork(rowCount);
    // Chunks of pixels small enough that all rows of a chunk stay in L2 while the network
    // sweeps over them (32 rows × 1024 px × 4 B = 128 KiB).
    constexpr std::size_t chunk = 1024;
    for (std::size_t begin = 0; begin < pixels; begin += chunk) {
        const std::size_t end = std::min(pixels, begin + chunk);
        for (const auto &[a, b] : network) {
            float *__restrict lo = rows[a];
            float *__restrict hi = rows[b];
            // Rows a and b never overlap; std::min/max on finite floats and +inf map to
            // minps/maxps once the compiler knows that.
#pragma GCC ivdep
            for (std::size_t i = begin; i < end; ++i) {
                const float x = lo[i], y = hi[i];
                lo[i] = std::min(x, y);
                hi[i] = std::max(x, y);
            }
        }
        for (std::size_t i = begin; i < end; ++i) {
            const int n = validCounts[i];
            if (n > 0)
                median[i] = 0.5f * (rows[(n - 1) / 2][i] + rows[n / 2][i]);
        }
    }
}

namespace {

// The gap filling of both modes; fraction(g, previous, next) is how far step g lies between
// the valid steps around it.
template<typename Fraction>
int fillGaps(float *series, int steps, std::ptrdiff_t stride, Fraction fraction)
{
    const auto at = [series, stride](int t) -> float & { return series[t * stride]; };
    int previous = -1; // last valid step seen
    int filled = 0;
    for (int t = 0; t <= steps; ++t) {
        if (t < steps && std::isnan(at(t)))
            continue;
        // Steps (previous, t) are a gap; t == steps closes a trailing gap.
        if (t - previous > 1) {
            if (previous < 0 && t == steps)
                return 0; // no valid step at all: leave nodata
            for (int g = previous + 1; g < t; ++g) {
                if (previous < 0)
                    at(g) = at(t);
                else if (t == steps)
                    at(g) = at(previous);
                else
                    at(g) = at(previous) + (at(t) - at(previous)) * fraction(g, previous, t);
                ++filled;
            }
        }
        previous = t;
    }
    return filled;
}

} // namespace

int fillGapsLinear(float *series, int steps, std::ptrdiff_t stride)
{
    return fillGaps(series, steps, stride,
                    [](int g, int a, int b) { return float(g - a) / float(b - a); });
}

int fillGapsLinearAt(float *series, const double *days, int steps, std::ptrdiff_t stride)
{
    return fillGaps(series, steps, stride, [days](int g, int a, int b) {
        return float((days[g] - days[a]) / (days[b] - days[a]));
    });
}

} // namespace cropmap::core::composite
