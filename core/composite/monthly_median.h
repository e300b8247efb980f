// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <cstddef>

namespace cropmap::core::composite {

/**
 * Median of the \a count values at \a values, reordering them; an even count gives the mean
 * of the two middle values (DESIGN.md §2). \a count must be ≥ 1 and the values finite.
 */
float medianInPlace(float *values, int count);

/**
 * Fills the NaN steps of a time series of \a steps values lying \a stride floats apart:
 * a gap between two valid steps by linear interpolation in time (step index), a gap before
 * the first or after the last valid step with that nearest valid value. A series without
 * any valid step stays NaN. Returns the number of steps filled.
 */
int fillGapsLinear(float *series, int steps, std::ptrdiff_t stride = 1);

} // namespace cropmap::core::composite
