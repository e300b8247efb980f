// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QtGlobal>
#include <vector>

namespace cropmap::core::model {

/**
 * \brief The class weights of the seed's weighted cross-entropy, w_u = n_max / n_u
 * (Weikmann et al., eq. 1), from the training counts n_u.
 *
 * A class without training samples gets weight 0 (it cannot be learnt, and 1/0 would
 * make the loss infinite) and is listed in absentClasses so the caller can report it.
 */
struct ClassWeights
{
    std::vector<double> weights;
    std::vector<int> absentClasses;

    static ClassWeights fromCounts(const std::vector<qint64> &counts);
};

} // namespace cropmap::core::model
