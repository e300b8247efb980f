// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <cstdint>
#include <vector>

#include "forest/feature_bins.h"

namespace cropmap::core::forest {

/** One node of a DecisionTree: a split, or (feature < 0) a leaf. 16 bytes, stored as is. */
struct TreeNode
{
    std::int32_t feature = -1;
    float threshold = 0.0f; //!< go left when !(value > threshold): missing values go left
    std::int32_t left = 0;  //!< left child, or for a leaf the index of its class distribution
    std::int32_t right = 0;
};
static_assert(sizeof(TreeNode) == 16);

/** What growing one tree needs besides its rows. */
struct TreeGrowth
{
    int classes = 2;
    int featuresPerSplit = 1; //!< features tried per node (more while none splits)
    int minSamplesLeaf = 1;
    int maxDepth = 0;         //!< 0: unlimited
};

/** The binned training table every tree of a forest grows on. */
struct BinnedTable
{
    const FeatureBins *bins = nullptr;
    const std::uint8_t *rows = nullptr; //!< rows × features bins, row-major
    const std::int32_t *labels = nullptr;
    std::int64_t rowCount = 0;
};

/**
 * \brief A CART classification tree grown on binned features with the Gini criterion.
 *
 * Nodes are split until pure, smaller than 2 · minSamplesLeaf or at maxDepth, like
 * scikit-learn's DecisionTreeClassifier; each node tries `featuresPerSplit` random features
 * (more when none of them separates the node) and every bin boundary of each. Leaves keep the
 * class distribution of their training rows, which the forest averages.
 */
class DecisionTree
{
public:
    /** Grows a tree on the rows \a rowIndices of \a table (repeats allowed: a bootstrap). */
    static DecisionTree grow(const BinnedTable &table, std::vector<std::int32_t> rowIndices,
                             const TreeGrowth &growth, std::uint64_t seed);

    /** Adds this tree's class distribution for the raw values \a sample to \a sum. */
    void accumulate(const float *sample, float *sum) const
    {
        const TreeNode *node = m_nodes.data();
        while (node->feature >= 0)
            node = m_nodes.data() + (!(sample[node->feature] > node->threshold) ? node->left : node->right);
        const float *distribution = m_leaves.data() + std::size_t(node->left) * std::size_t(m_classes);
        for (int c = 0; c < m_classes; ++c)
            sum[c] += distribution[c];
    }

    /**
     * accumulate() for \a count samples of \a features values each: walks up to 16 of them
     * down the tree side by side, one level per round, so the memory loads and the branches of
     * different samples overlap instead of waiting on each other.
     */
    void accumulateMany(const float *samples, int count, int features, float *sums) const;

    int classCount() const { return m_classes; }
    const std::vector<TreeNode> &nodes() const { return m_nodes; }
    const std::vector<float> &leaves() const { return m_leaves; }
    /** A tree from stored nodes and leaves; false when they do not form a tree. */
    static bool fromParts(std::vector<TreeNode> nodes, std::vector<float> leaves, int classes,
                          int features, DecisionTree &tree);

private:
    std::vector<TreeNode> m_nodes;
    std::vector<float> m_leaves; //!< leaf count × classes
    int m_classes = 0;
};

} // namespace cropmap::core::forest
