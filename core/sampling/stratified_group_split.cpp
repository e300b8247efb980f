// SPDX-License-Identifier: GPL-3.0-or-later
#include "sampling/stratified_group_split.h"

#include <algorithm>
#include <cmath>
#include <unordered_map>

#include <QCoreApplication>

#include "sampling/sample_set.h"
#include "sampling/seeded_random.h"
#include "util/error.h"

namespace cropmap::core::sampling {

namespace {

QString tr(const char *text)
{
    return QCoreApplication::translate("cropmap::core::sampling", text);
}

/** The groups of a sample set: members, per-class counts and majority class of each. */
struct Groups
{
    int strata = 0;                      //!< classes + 1 (the last: no labelled sample)
    std::vector<int> groupOf;            //!< per sample
    std::vector<std::vector<qint64>> counts; //!< per group, samples per stratum
    std::vector<int> stratum;            //!< per group, its majority class (or strata − 1)
    std::vector<qint64> size;            //!< per group

    int count() const { return int(size.size()); }
};

Groups groupsOf(const SampleSet &samples)
{
    Groups g;
    g.strata = samples.classes().size() + 1;
    g.groupOf.resize(std::size_t(samples.size()));
    // Numbered in order of first appearance, so the draws depend on the data and seed only.
    std::unordered_map<std::uint32_t, int> numberOfParcel;
    for (qint64 i = 0; i < samples.size(); ++i) {
        const std::uint32_t parcel = samples.parcelId(i);
        int group = g.count();
        if (parcel != 0) {
            const auto [it, inserted] = numberOfParcel.emplace(parcel, group);
            group = it->second;
        }
        if (group == g.count()) {
            g.counts.emplace_back(std::size_t(g.strata), 0);
            g.size.push_back(0);
        }
        const int c = samples.classIndex(i);
        ++g.counts[std::size_t(group)][std::size_t(c >= 0 && c < g.strata - 1 ? c : g.strata - 1)];
        ++g.size[std::size_t(group)];
        g.groupOf[std::size_t(i)] = group;
    }
    g.stratum.resize(g.size.size());
    for (int group = 0; group < g.count(); ++group) {
        const auto &c = g.counts[std::size_t(group)];
        // Labelled samples decide; the "no label" stratum only when the group has none.
        const auto labelled = std::max_element(c.begin(), c.end() - 1);
        g.stratum[std::size_t(group)] = *labelled > 0 ? int(labelled - c.begin()) : g.strata - 1;
    }
    return g;
}

/** 0 … n − 1 in a seeded Fisher–Yates order. */
std::vector<int> shuffled(int n, std::uint64_t seed, const QString &stream)
{
    std::vector<int> order(std::size_t(std::max(n, 0)));
    for (int i = 0; i < n; ++i)
        order[std::size_t(i)] = i;
    SeededRandom random = SeededRandom::forStream(seed, stream);
    for (int k = n - 1; k > 0; --k)
        std::swap(order[std::size_t(k)], order[random.below(std::uint64_t(k) + 1)]);
    return order;
}

} // namespace

std::vector<int> StratifiedGroupSplit::folds(const SampleSet &samples, int k, std::uint64_t seed)
{
    if (k < 2)
        throw Error(tr("Cross-validation needs at least 2 folds, not %1").arg(k));
    const Groups g = groupsOf(samples);
    std::vector<int> order = shuffled(g.count(), seed, QStringLiteral("stratified-group-folds"));
    std::stable_sort(order.begin(), order.end(),
                     [&](int a, int b) { return g.size[std::size_t(a)] > g.size[std::size_t(b)]; });

    std::vector<std::vector<qint64>> perFold(std::size_t(k), std::vector<qint64>(std::size_t(g.strata), 0));
    std::vector<qint64> foldSize(std::size_t(k), 0);
    std::vector<int> foldOfGroup(std::size_t(g.count()), 0);
    for (const int group : order) {
        const std::size_t c = std::size_t(g.stratum[std::size_t(group)]);
        int best = 0;
        for (int f = 1; f < k; ++f) {
            const qint64 have = perFold[std::size_t(f)][c];
            const qint64 bestHave = perFold[std::size_t(best)][c];
            if (have < bestHave || (have == bestHave && foldSize[std::size_t(f)] < foldSize[std::size_t(best)]))
                best = f;
        }
        foldOfGroup[std::size_t(group)] = best;
        for (int s = 0; s < g.strata; ++s)
            perFold[std::size_t(best)][std::size_t(s)] += g.counts[std::size_t(group)][std::size_t(s)];
        foldSize[std::size_t(best)] += g.size[std::size_t(group)];
    }
    std::vector<int> fold(g.groupOf.size());
    for (std::size_t i = 0; i < fold.size(); ++i)
        fold[i] = foldOfGroup[std::size_t(g.groupOf[i])];
    return fold;
}

StratifiedGroupSplitResult StratifiedGroupSplit::validation(const SampleSet &samples, double fraction,
                                                            std::uint64_t seed)
{
    if (!(fraction > 0.0 && fraction < 1.0))
        throw Error(tr("The validation share must lie between 0 and 1, not %1").arg(fraction));
    const Groups g = groupsOf(samples);
    // One seeded order of all groups; each stratum takes its groups in that order.
    const std::vector<int> order = shuffled(g.count(), seed, QStringLiteral("stratified-group-split"));
    std::vector<std::vector<int>> groupsOfStratum(std::size_t(g.strata));
    for (const int group : order)
        groupsOfStratum[std::size_t(g.stratum[std::size_t(group)])].push_back(group);

    StratifiedGroupSplitResult result;
    std::vector<bool> isValidation(std::size_t(g.count()), false);
    for (const auto &groups : groupsOfStratum) {
        const int n = int(groups.size());
        if (n < 2)
            continue;
        const int take = std::clamp(int(std::lround(fraction * n)), 1, n - 1);
        for (int j = 0; j < take; ++j)
            isValidation[std::size_t(groups[std::size_t(j)])] = true;
        result.validationGroups += take;
    }
    result.trainGroups = g.count() - result.validationGroups;

    std::vector<qint64> present(std::size_t(g.strata), 0), validated(std::size_t(g.strata), 0);
    for (qint64 i = 0; i < samples.size(); ++i) {
        const bool validation = isValidation[std::size_t(g.groupOf[std::size_t(i)])];
        (validation ? result.validation : result.train).push_back(i);
        const int c = samples.classIndex(i);
        if (c >= 0 && c < g.strata - 1) {
            ++present[std::size_t(c)];
            validated[std::size_t(c)] += validation ? 1 : 0;
        }
    }
    for (int c = 0; c < g.strata - 1; ++c) {
        if (present[std::size_t(c)] > 0 && validated[std::size_t(c)] == 0)
            result.classesNotValidated.push_back(c);
    }
    return result;
}

} // namespace cropmap::core::sampling
