// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <cstdint>
#include <vector>

#include <QtGlobal>

namespace cropmap::core::select {

/**
 * Assigns each pixel to one of \a folds cross-fitting folds (0…folds−1) for the
 * `crossfit_folds` option: fold k's pixels are judged by a weak model trained on the other
 * folds, so no pixel is judged by a model that saw it.
 *
 * All pixels of a parcel share a fold, since neighbouring pixels of one field are near-copies
 * and would leak across folds; pixels with parcel id 0 are units of their own. Units are
 * visited in a seeded pseudo-random order and each goes to the fold with the fewest pixels so
 * far (lowest fold on ties), so folds hold similar pixel counts. Throws Error if folds < 2.
 */
std::vector<int> assignCrossfitFolds(const std::vector<std::uint32_t> &parcelIds, int folds,
                                     quint64 seed);

} // namespace cropmap::core::select
