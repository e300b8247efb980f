// SPDX-License-Identifier: GPL-3.0-or-later
#include "model/class_weights.h"

#include <algorithm>

namespace cropmap::core::model {

ClassWeights ClassWeights::fromCounts(const std::vector<qint64> &counts)
{
    ClassWeights result;
    const qint64 maxCount = counts.empty() ? 0 : *std::max_element(counts.begin(), counts.end());
    for (std::size_t u = 0; u < counts.size(); ++u) {
        if (counts[u] > 0) {
            result.weights.push_back(double(maxCount) / double(counts[u]));
        } else {
            result.weights.push_back(0.0);
            result.absentClasses.push_back(int(u));
        }
    }
    return result;
}

} // namespace cropmap::core::model
