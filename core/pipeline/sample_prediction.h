// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QString>

#include <vector>

#include "util/memory_budget.h"

namespace cropmap::core {
class Feedback;
}
namespace cropmap::core::sampling {
class SampleReader;
}

namespace cropmap::core::pipeline {

/**
 * The most probable class of samples of \a set by the model file \a modelFile (network or
 * random forest, read the way `cropmap classify` reads it): of every sample, or of those at
 * \a indices (ascending), in that order. The values are read part by part within a share of
 * \a memory, so a full tile's test pixels never sit in memory whole (issue 17, item 5). Throws
 * Error when the model's bands, steps or classes differ from the samples'. Reports progress to
 * and can be cancelled through \a feedback.
 */
std::vector<int> predictedClasses(const QString &modelFile, const sampling::SampleReader &set,
                                  const std::vector<qint64> *indices, const MemoryBudget &memory,
                                  Feedback &feedback);

} // namespace cropmap::core::pipeline
