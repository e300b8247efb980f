// SPDX-License-Identifier: GPL-3.0-or-later
#include "model/classification_scores.h"

namespace cropmap::core::model {

ClassificationScores ClassificationScores::fromConfusion(const std::vector<double> &confusion,
                                                         int classes)
{
    ClassificationScores scores;
    double total = 0.0, correct = 0.0, f1Sum = 0.0;
    int f1Count = 0;
    for (int u = 0; u < classes; ++u) {
        double rowSum = 0.0, columnSum = 0.0;
        for (int v = 0; v < classes; ++v) {
            rowSum += confusion[std::size_t(u * classes + v)];
            columnSum += confusion[std::size_t(v * classes + u)];
        }
        const double hits = confusion[std::size_t(u * classes + u)];
        total += rowSum;
        correct += hits;
        if (rowSum + columnSum > 0.0) {
            f1Sum += 2.0 * hits / (rowSum + columnSum);
            ++f1Count;
        }
    }
    scores.overallAccuracy = total > 0.0 ? correct / total : 0.0;
    scores.macroF1 = f1Count > 0 ? f1Sum / f1Count : 0.0;
    return scores;
}

} // namespace cropmap::core::model
