// SPDX-License-Identifier: GPL-3.0-or-later
#include "forest/decision_tree.h"

#include <algorithm>

#include "sampling/seeded_random.h"

namespace cropmap::core::forest {

namespace {

struct Split
{
    int feature = -1;
    int bin = -1;
    double score = 0.0;
};

struct PendingNode
{
    std::int32_t node;
    std::int64_t begin;
    std::int64_t end;
    int depth;
};

/**
 * Grows one tree. A split "bin ≤ b" of a node with class counts n_c is scored by
 * Σ_c L_c² / n_L + Σ_c R_c² / n_R, which is n minus the children's summed Gini impurity
 * n_L · (1 − Σ (L_c / n_L)²) + n_R · (1 − Σ (R_c / n_R)²): the largest score is the
 * best split, and it must beat the node's own Σ n_c² / n to be a split at all.
 */
class Grower
{
public:
    Grower(const BinnedTable &table, const TreeGrowth &growth, std::uint64_t seed)
        : m_table(table)
        , m_growth(growth)
        , m_features(table.bins->featureCount())
        , m_binCount(table.bins->binCount())
        , m_random(seed)
        , m_histogram(std::size_t(m_binCount) * std::size_t(growth.classes))
        , m_total(std::size_t(growth.classes))
        , m_left(std::size_t(growth.classes))
        , m_order(std::size_t(m_features))
    {
        for (int f = 0; f < m_features; ++f)
            m_order[std::size_t(f)] = f;
    }

    void grow(std::vector<std::int32_t> &rows, std::vector<TreeNode> &nodes, std::vector<float> &leaves)
    {
        nodes.assign(1, TreeNode{});
        std::vector<PendingNode> pending{{0, 0, std::int64_t(rows.size()), 0}};
        while (!pending.empty()) {
            const PendingNode item = pending.back();
            pending.pop_back();
            const Split split = bestSplit(rows.data() + item.begin, item.end - item.begin, item.depth);
            if (split.feature < 0) {
                nodes[std::size_t(item.node)] = {-1, 0.0f, std::int32_t(leaves.size() / std::size_t(m_growth.classes)), 0};
                const float n = float(item.end - item.begin);
                for (std::int64_t c : m_total)
                    leaves.push_back(float(c) / n);
                continue;
            }
            const std::uint8_t *bins = m_table.rows;
            const int features = m_features;
            const auto middle = std::partition(rows.begin() + item.begin, rows.begin() + item.end,
                                               [&](std::int32_t r) {
                                                   return bins[std::size_t(r) * std::size_t(features)
                                                               + std::size_t(split.feature)]
                                                          <= split.bin;
                                               });
            const auto left = std::int32_t(nodes.size());
            nodes[std::size_t(item.node)] = {split.feature, m_table.bins->threshold(split.feature, split.bin),
                                             left, left + 1};
            nodes.resize(nodes.size() + 2);
            const std::int64_t cut = middle - rows.begin();
            pending.push_back({left + 1, cut, item.end, item.depth + 1});
            pending.push_back({left, item.begin, cut, item.depth + 1});
        }
    }

private:
    /** Counts the node's classes into m_total, then searches its split (feature −1: a leaf). */
    Split bestSplit(const std::int32_t *rows, std::int64_t n, int depth)
    {
        std::fill(m_total.begin(), m_total.end(), 0);
        for (std::int64_t i = 0; i < n; ++i)
            ++m_total[std::size_t(m_table.labels[rows[i]])];
        Split best;
        const bool pure = std::count(m_total.begin(), m_total.end(), n) == 1;
        if (pure || n < 2 * std::int64_t(m_growth.minSamplesLeaf)
            || (m_growth.maxDepth > 0 && depth >= m_growth.maxDepth))
            return best;
        double parent = 0.0;
        for (std::int64_t c : m_total)
            parent += double(c) * double(c);
        parent /= double(n);
        // A split must beat the node by more than rounding: equal scores mean no gain.
        best.score = parent * (1.0 + 1e-12);
        // scikit-learn's rule: try featuresPerSplit random features, and go on drawing while
        // none of them separates the node.
        for (int j = 0; j < m_features; ++j) {
            const auto pick =
                std::size_t(j) + std::size_t(m_random.below(std::uint64_t(m_features - j)));
            std::swap(m_order[std::size_t(j)], m_order[pick]);
            scoreFeature(m_order[std::size_t(j)], rows, n, best);
            if (j + 1 >= m_growth.featuresPerSplit && best.feature >= 0)
                break;
        }
        return best;
    }

    void scoreFeature(int feature, const std::int32_t *rows, std::int64_t n, Split &best)
    {
        const int classes = m_growth.classes;
        const std::int64_t minLeaf = m_growth.minSamplesLeaf;
        const std::uint8_t *bins = m_table.rows + feature;
        const std::size_t stride = std::size_t(m_features);
        std::fill(m_left.begin(), m_left.end(), 0);
        double sumLeft = 0.0;
        double sumRight = 0.0;
        for (std::int64_t c : m_total)
            sumRight += double(c) * double(c);
        std::int64_t nLeft = 0;
        // Moving h rows of class c from right to left changes L_c² by h(2L_c + h) and R_c²
        // by h(h − 2R_c).
        auto move = [&](int c, std::int64_t h) {
            const std::int64_t l = m_left[std::size_t(c)];
            const std::int64_t r = m_total[std::size_t(c)] - l;
            sumLeft += double(h) * double(2 * l + h);
            sumRight += double(h) * double(h - 2 * r);
            m_left[std::size_t(c)] = l + h;
            nLeft += h;
        };
        auto consider = [&](int bin) {
            const std::int64_t nRight = n - nLeft;
            if (nLeft < minLeaf || nRight < minLeaf)
                return;
            const double score = sumLeft / double(nLeft) + sumRight / double(nRight);
            if (score > best.score)
                best = {feature, bin, score};
        };
        // Small nodes sort (bin, class) keys; large ones fill a bins × classes histogram.
        if (n * 8 < std::int64_t(m_binCount) * classes) {
            m_keys.resize(std::size_t(n));
            for (std::int64_t i = 0; i < n; ++i)
                m_keys[std::size_t(i)] = std::uint32_t(bins[std::size_t(rows[i]) * stride]) * std::uint32_t(classes)
                                         + std::uint32_t(m_table.labels[rows[i]]);
            std::sort(m_keys.begin(), m_keys.end());
            for (std::int64_t i = 0; i < n; ++i) {
                const int bin = int(m_keys[std::size_t(i)] / std::uint32_t(classes));
                if (i > 0 && bin != int(m_keys[std::size_t(i - 1)] / std::uint32_t(classes)))
                    consider(int(m_keys[std::size_t(i - 1)] / std::uint32_t(classes)));
                move(int(m_keys[std::size_t(i)] % std::uint32_t(classes)), 1);
            }
            return;
        }
        std::fill(m_histogram.begin(), m_histogram.end(), 0);
        for (std::int64_t i = 0; i < n; ++i)
            ++m_histogram[std::size_t(bins[std::size_t(rows[i]) * stride]) * std::size_t(classes)
                          + std::size_t(m_table.labels[rows[i]])];
        for (int bin = 0; bin + 1 < m_binCount && n - nLeft >= minLeaf; ++bin) {
            const std::int32_t *counts = m_histogram.data() + std::size_t(bin) * std::size_t(classes);
            const std::int64_t before = nLeft;
            for (int c = 0; c < classes; ++c)
                if (counts[c] != 0)
                    move(c, counts[c]);
            if (nLeft != before)
                consider(bin);
        }
    }

    const BinnedTable &m_table;
    const TreeGrowth m_growth;
    const int m_features;
    const int m_binCount;
    // Our own generator, not std::uniform_int_distribution: the same seed must grow the same
    // tree with every standard library.
    sampling::SeededRandom m_random;
    std::vector<std::int32_t> m_histogram;
    std::vector<std::int64_t> m_total;
    std::vector<std::int64_t> m_left;
    std::vector<int> m_order;
    std::vector<std::uint32_t> m_keys;
};

} // namespace

DecisionTree DecisionTree::grow(const BinnedTable &table, std::vector<std::int32_t> rowIndices,
                                const TreeGrowth &growth, std::uint64_t seed)
{
    DecisionTree tree;
    tree.m_classes = growth.classes;
    Grower(table, growth, seed).grow(rowIndices, tree.m_nodes, tree.m_leaves);
    return tree;
}

void DecisionTree::accumulateMany(const float *samples, int count, int features, float *sums) const
{
    constexpr int kLanes = 16;
    const TreeNode *nodes = m_nodes.data();
    for (int first = 0; first < count; first += kLanes) {
        const int lanes = std::min(kLanes, count - first);
        std::int32_t at[kLanes] = {};
        for (bool moving = true; moving;) {
            moving = false;
            for (int k = 0; k < lanes; ++k) {
                const TreeNode &node = nodes[at[k]];
                if (node.feature < 0)
                    continue;
                const float value = samples[std::size_t(first + k) * std::size_t(features) + std::size_t(node.feature)];
                at[k] = !(value > node.threshold) ? node.left : node.right;
                moving = true;
            }
        }
        for (int k = 0; k < lanes; ++k) {
            const float *distribution = m_leaves.data() + std::size_t(nodes[at[k]].left) * std::size_t(m_classes);
            float *sum = sums + std::size_t(first + k) * std::size_t(m_classes);
            for (int c = 0; c < m_classes; ++c)
                sum[c] += distribution[c];
        }
    }
}

bool DecisionTree::fromParts(std::vector<TreeNode> nodes, std::vector<float> leaves, int classes,
                             int features, DecisionTree &tree)
{
    if (nodes.empty() || classes < 1 || leaves.size() % std::size_t(classes) != 0)
        return false;
    const auto leafCount = std::int64_t(leaves.size() / std::size_t(classes));
    const auto nodeCount = std::int64_t(nodes.size());
    for (std::int64_t k = 0; k < nodeCount; ++k) {
        const TreeNode &node = nodes[std::size_t(k)];
        const bool ok = node.feature < 0
                            ? node.left >= 0 && node.left < leafCount
                            // Children after their parent: a walk always ends at a leaf.
                            : node.feature < features && node.left > k && node.left < nodeCount
                                  && node.right > k && node.right < nodeCount;
        if (!ok)
            return false;
    }
    tree.m_nodes = std::move(nodes);
    tree.m_leaves = std::move(leaves);
    tree.m_classes = classes;
    return true;
}

} // namespace cropmap::core::forest
