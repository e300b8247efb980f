// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <algorithm>
#include <cstddef>

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

/**
 * Fills the NaN steps of a time series of \a steps values lying \a stride floats apart:
 * a gap between two valid steps by linear interpolation in time (step index), a gap before
 * the first or after the last valid step with that nearest valid value. A series without
 * any valid step stays NaN. Returns the number of steps filled.
 */
int fillGapsLinear(float *series, int steps, std::ptrdiff_t stride = 1);

} // namespace cropmap::core::composite
