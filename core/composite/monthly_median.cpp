// SPDX-License-Identifier: GPL-3.0-or-later
#include "composite/monthly_median.h"

#include <algorithm>
#include <cmath>

namespace cropmap::core::composite {

float medianInPlace(float *values, int count)
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

int fillGapsLinear(float *series, int steps, std::ptrdiff_t stride)
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
                    at(g) = at(previous)
                            + (at(t) - at(previous)) * float(g - previous) / float(t - previous);
                ++filled;
            }
        }
        previous = t;
    }
    return filled;
}

} // namespace cropmap::core::composite
