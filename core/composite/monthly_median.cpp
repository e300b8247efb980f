// SPDX-License-Identifier: GPL-3.0-or-later
#include "composite/monthly_median.h"

#include <cmath>

namespace cropmap::core::composite {

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
