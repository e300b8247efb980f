// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <cstdint>
#include <vector>

#include <QtGlobal>

namespace cropmap::core::select {

/** \brief The final training set drawn from the reliable pool. */
struct PoolDraw
{
    std::vector<qint64> indices;      //!< drawn pixels, ascending
    std::vector<qint64> poolPerClass; //!< kept pixels of each class
    std::vector<qint64> drawnPerClass; //!< min(target n_u, pool_u)
};

/**
 * Draws the final training set from the reliable pool (DESIGN.md §2): for each class u,
 * min(\a targetCounts[u], pool_u) pixels, without replacement, among the pixels with
 * \a keep = 1 and \a classIndex = u. The targets come from the stratified scheme (priors of
 * the eroded map), so a pool smaller than its target caps n_u rather than shifting samples to
 * other classes. Reproducible: the pixels of a class are ordered by a seeded hash and the first
 * n_u taken. Throws Error when the arrays differ in length.
 */
PoolDraw drawFromPool(const std::vector<int> &classIndex, const std::vector<std::uint8_t> &keep,
                      const std::vector<qint64> &targetCounts, quint64 seed);

} // namespace cropmap::core::select
