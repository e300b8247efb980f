// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <vector>

#include "forest/decision_tree.h"
#include "forest/random_forest.h"

namespace cropmap::core::forest {

class RandomForest::Private
{
public:
    ForestMetadata metadata;
    std::vector<DecisionTree> trees;
    int threads = 1;
};

/** Threads to use for \a threads (0: every core). */
int resolvedThreads(int threads);

} // namespace cropmap::core::forest
