// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <algorithm>
#include <cstddef>
#include <cstdint>
#include <utility>
#include <vector>

namespace cropmap::core::composite {

/**
 * Median of the \a count values at \a values, reordering them; an even count gives the mean
 * of the two middle values (DESIGN.md §2). \a count must be ≥ 1 and the values finite.
 * Inline because it runs once per pixel, band and month in the compositor's innermost loop.
 */
inline float medianInPlace(float *values, int count)
{
    // A month holds a handful of observations: insertion sort beats nth_element's partitioning
    // overhead up to about a dozen values, and the whole stack is millions of such calls.
    if (count <= 12) {
        for (int i = 1; i < count; ++i) {
            const float v = values[i];
            int j = i - 1;
            while (j >= 0 && values[j] > v) {
                values[j + 1] = values[j];
                --j;
            }
            values[j + 1] = v;
        }
        const int half = count / 2;
        return count % 2 ? values[half] : 0.5f * (values[half - 1] + values[half]);
    }
    const int half = count / 2;
    std::nth_element(values, values + half, values + count);
    const float upper = values[half];
    if (count % 2)
        return upper;
    // nth_element leaves the smaller values in front: the lower middle is their maximum.
    const float lower = *std::max_element(values, values + half);
    return 0.5f * (lower + upper);
}

/** Largest observation count that medianAcrossRows() sorts with a network (191 comparators). */
constexpr int kMaxNetworkRows = 32;

/**
 * Batcher's odd–even merge-sort network for \a n values: comparator pairs (i, j), i < j, that
 * sort any input when each puts the smaller value at i. Built once per n (1 … kMaxNetworkRows).
 */
const std::vector<std::pair<int, int>> &sortingNetwork(int n);

/**
 * Medians of \a pixels pixels at once, the compositor's fast path. rows[s] holds observation s
 * of every pixel, +infinity where it is not valid (so invalid values sort last); \a validCounts
 * gives each pixel's number of valid observations. Sorts the rows in place across s with
 * sortingNetwork(rowCount) — branch-free min/max over contiguous pixels, which the compiler
 * vectorises — then writes the median of the valid values (the mean of the two middle ones
 * for an even count, exactly as medianInPlace()) to median[i]; pixels without a valid value
 * are left untouched. \a rowCount must not exceed kMaxNetworkRows.
 */
void medianAcrossRows(float *const *rows, int rowCount, std::size_t pixels,
                      const std::uint16_t *validCounts, float *median);

/**
 * Fills the NaN steps of a time series of \a steps values lying \a stride floats apart:
 * a gap between two valid steps by linear interpolation in time (step index), a gap before
 * the first or after the last valid step with that nearest valid value. A series without
 * any valid step stays NaN. Returns the number of steps filled.
 */
int fillGapsLinear(float *series, int steps, std::ptrdiff_t stride = 1);

/** Like fillGapsLinear(), interpolating on the step positions \a days (ascending, e.g. days
 *  since the first acquisition) instead of the step index: the whole-series mode's dates are
 *  irregular. */
int fillGapsLinearAt(float *series, const double *days, int steps, std::ptrdiff_t stride = 1);

} // namespace cropmap::core::composite
