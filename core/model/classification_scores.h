// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <vector>

namespace cropmap::core::model {

/**
 * \brief Overall accuracy and macro F1 from a U × U confusion matrix (row: true class,
 * column: predicted), the two numbers training selects and logs by.
 *
 * Macro F1 averages over the classes that occur as truth or as prediction (as
 * scikit-learn does), so a class absent from the validation set does not count as F1 = 0.
 */
struct ClassificationScores
{
    double overallAccuracy = 0.0;
    double macroF1 = 0.0;

    static ClassificationScores fromConfusion(const std::vector<double> &confusion, int classes);
};

} // namespace cropmap::core::model
