// SPDX-License-Identifier: GPL-3.0-or-later
#include <algorithm>
#include <map>
#include <set>

#include <QTest>

#include "sampling/sample_set.h"
#include "sampling/stratified_group_split.h"
#include "util/error.h"

using namespace cropmap::core;
using namespace cropmap::core::sampling;

namespace {

thematic::ClassTable fourClasses()
{
    return thematic::ClassTable({{1, QStringLiteral("Maize"), QStringLiteral("#ffd92f")},
                                 {2, QStringLiteral("Grassland"), QStringLiteral("#33a02c")},
                                 {3, QStringLiteral("Wheat"), QStringLiteral("#b2df8a")},
                                 {4, QStringLiteral("Potatoes"), QStringLiteral("#a6761d")}});
}

/** One sample set built group by group: addGroup(class, size) gives parcel ids 1, 2, …. */
struct GroupedSet
{
    SampleSet set{{QStringLiteral("NDVI")}, {QStringLiteral("t1")}, fourClasses()};
    std::uint32_t nextParcel = 1;

    std::uint32_t addGroup(int classIndex, int size)
    {
        const float value = 0.5f;
        for (int k = 0; k < size; ++k)
            set.append(0, k, int(nextParcel), nextParcel, classIndex, -1, &value);
        return nextParcel++;
    }
    void addSample(std::uint32_t parcel, int classIndex)
    {
        const float value = 0.5f;
        set.append(0, 0, int(parcel), parcel, classIndex, -1, &value);
    }
};

// Class of each sample on each fold: counts[fold][class].
std::vector<std::vector<int>> countsPerFold(const SampleSet &set, const std::vector<int> &fold, int k)
{
    std::vector<std::vector<int>> counts(std::size_t(k), std::vector<int>(std::size_t(set.classes().size()), 0));
    for (qint64 i = 0; i < set.size(); ++i)
        ++counts[std::size_t(fold[std::size_t(i)])][std::size_t(set.classIndex(i))];
    return counts;
}

std::vector<int> sortedColumn(const std::vector<std::vector<int>> &counts, int classIndex)
{
    std::vector<int> column;
    for (const auto &row : counts)
        column.push_back(row[std::size_t(classIndex)]);
    std::sort(column.begin(), column.end());
    return column;
}

std::set<std::uint32_t> parcelsOf(const SampleSet &set, const std::vector<qint64> &indices)
{
    std::set<std::uint32_t> parcels;
    for (const qint64 i : indices)
        parcels.insert(set.parcelId(i));
    return parcels;
}

} // namespace

class TestStratifiedGroupSplit : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void foldsFollowTheGreedyRuleOnDistinctSizes()
    {
        // One class, groups of 4, 3, 2 and 1 samples, k = 2. Largest first, each to the fold
        // with the fewest samples of the class: 4 → fold 0 (tie, lowest number), 3 → fold 1
        // (0 < 4), 2 → fold 1 (3 < 4), 1 → fold 0 (4 < 5). Sizes differ, so no seed matters.
        GroupedSet g;
        for (const int size : {4, 3, 2, 1})
            g.addGroup(0, size);
        for (const std::uint64_t seed : {1ull, 2ull, 99ull}) {
            const std::vector<int> fold = StratifiedGroupSplit::folds(g.set, 2, seed);
            const std::vector<int> expected = {0, 0, 0, 0, 1, 1, 1, 1, 1, 0};
            QCOMPARE(fold, expected);
        }
    }

    void foldsBalanceEachClass_data()
    {
        QTest::addColumn<quint64>("seed");
        for (quint64 seed = 1; seed <= 6; ++seed)
            QTest::addRow("seed %llu", seed) << seed;
    }

    void foldsBalanceEachClass()
    {
        QFETCH(quint64, seed);
        // k = 3. Maize: groups of 3, 3, 2, 1, 1 (10 samples): 3 and 3 go to two empty folds,
        // 2 to the third, 1 to that one (2 < 3), the last 1 anywhere: Maize per fold {3, 3, 4}.
        // Grassland: three groups of 2, then three of 1: {2, 2, 2}, then {3, 3, 3}.
        // Every fold holds 6 or 7 samples, whatever order the seed gives equal sizes.
        GroupedSet g;
        for (const int size : {3, 3, 2, 1, 1})
            g.addGroup(0, size);
        for (const int size : {2, 2, 2, 1, 1, 1})
            g.addGroup(1, size);
        const std::vector<int> fold = StratifiedGroupSplit::folds(g.set, 3, seed);
        const auto counts = countsPerFold(g.set, fold, 3);
        QCOMPARE(sortedColumn(counts, 0), (std::vector<int>{3, 3, 4}));
        QCOMPARE(sortedColumn(counts, 1), (std::vector<int>{3, 3, 3}));
        std::vector<int> totals;
        for (const auto &row : counts)
            totals.push_back(row[0] + row[1]);
        std::sort(totals.begin(), totals.end());
        QCOMPARE(totals, (std::vector<int>{6, 6, 7}));
    }

    void foldsNeverSplitAGroupAndAreSeeded()
    {
        // 40 groups of 1–3 samples over three classes, plus 5 samples without a group.
        GroupedSet g;
        for (int n = 0; n < 40; ++n)
            g.addGroup(n % 3, 1 + n % 3 + (n / 7) % 2);
        for (int n = 0; n < 5; ++n)
            g.addSample(0, 2);
        const std::vector<int> fold = StratifiedGroupSplit::folds(g.set, 5, 7);
        QCOMPARE(qint64(fold.size()), g.set.size());
        std::map<std::uint32_t, int> foldOfParcel;
        std::set<int> used;
        for (qint64 i = 0; i < g.set.size(); ++i) {
            const int f = fold[std::size_t(i)];
            QVERIFY(f >= 0 && f < 5);
            used.insert(f);
            if (g.set.parcelId(i) == 0)
                continue;
            const auto [it, inserted] = foldOfParcel.emplace(g.set.parcelId(i), f);
            QVERIFY2(it->second == f, qPrintable(QStringLiteral("parcel %1 in two folds").arg(it->first)));
        }
        QCOMPARE(int(used.size()), 5);
        QCOMPARE(StratifiedGroupSplit::folds(g.set, 5, 7), fold);
        QVERIFY(StratifiedGroupSplit::folds(g.set, 5, 8) != fold);
        QVERIFY_THROWS_EXCEPTION(Error, StratifiedGroupSplit::folds(g.set, 1, 7));
    }

    void validationHoldsEveryClassWithTwoGroups_data()
    {
        QTest::addColumn<quint64>("seed");
        for (quint64 seed = 1; seed <= 6; ++seed)
            QTest::addRow("seed %llu", seed) << seed;
    }

    void validationHoldsEveryClassWithTwoGroups()
    {
        QFETCH(quint64, seed);
        // Fraction 0.2: Maize has 10 groups → round(2.0) = 2 validate; Grassland 2 groups →
        // round(0.4) = 0, raised to 1; Wheat 1 group → stays in training and is reported;
        // Potatoes 5 groups → round(1.0) = 1. 4 of the 18 groups validate.
        GroupedSet g;
        std::map<std::uint32_t, int> classOfParcel;
        for (const auto &[classIndex, groups] : {std::pair{0, 10}, std::pair{1, 2}, std::pair{2, 1}, std::pair{3, 5}})
            for (int n = 0; n < groups; ++n)
                classOfParcel[g.addGroup(classIndex, 1 + n % 4)] = classIndex;
        const StratifiedGroupSplitResult split = StratifiedGroupSplit::validation(g.set, 0.2, seed);
        QCOMPARE(split.validationGroups, 4);
        QCOMPARE(split.trainGroups, 14);
        QCOMPARE(split.classesNotValidated, std::vector<int>{2});
        QCOMPARE(qint64(split.train.size() + split.validation.size()), g.set.size());
        const auto train = parcelsOf(g.set, split.train);
        const auto validation = parcelsOf(g.set, split.validation);
        std::map<int, int> validatedGroups;
        for (const std::uint32_t parcel : validation) {
            QVERIFY2(!train.count(parcel), qPrintable(QStringLiteral("parcel %1 on both sides").arg(parcel)));
            ++validatedGroups[classOfParcel[parcel]];
        }
        QCOMPARE(validatedGroups, (std::map<int, int>{{0, 2}, {1, 1}, {3, 1}}));
        for (const int classIndex : {0, 1, 3})
            QVERIFY(std::any_of(train.begin(), train.end(),
                                [&](std::uint32_t p) { return classOfParcel[p] == classIndex; }));
        const StratifiedGroupSplitResult again = StratifiedGroupSplit::validation(g.set, 0.2, seed);
        QCOMPARE(again.validation, split.validation);
    }

    void mixedGroupsCountForTheirMajorityClass()
    {
        // Parcel 1: two Maize and one Grassland sample (a Maize group); parcel 2: Maize;
        // parcel 3: Grassland. Maize has two groups, so one validates; Grassland has one
        // group of its own, which must stay in training whatever the seed.
        GroupedSet g;
        const std::uint32_t mixed = g.addGroup(0, 2);
        g.addSample(mixed, 1);
        g.addGroup(0, 1);
        const std::uint32_t grass = g.addGroup(1, 1);
        for (std::uint64_t seed = 1; seed <= 10; ++seed) {
            const StratifiedGroupSplitResult split = StratifiedGroupSplit::validation(g.set, 0.5, seed);
            QCOMPARE(split.validationGroups, 1);
            const auto validation = parcelsOf(g.set, split.validation);
            QVERIFY(!validation.count(grass));
            // Grassland is validated only through the mixed Maize parcel.
            QCOMPARE(split.classesNotValidated,
                     validation.count(mixed) ? std::vector<int>{} : std::vector<int>{1});
        }
    }
};

QTEST_GUILESS_MAIN(TestStratifiedGroupSplit)
#include "tst_stratified_group_split.moc"
