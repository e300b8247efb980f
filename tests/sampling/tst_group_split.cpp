// SPDX-License-Identifier: GPL-3.0-or-later
#include <set>

#include <QTest>

#include "sampling/group_split.h"
#include "sampling/sample_set.h"

using namespace cropmap::core;
using namespace cropmap::core::sampling;

namespace {

/** 10 parcels (ids 101…110) of 5 pixels each, then 3 pixels without a parcel (id 0). */
SampleSet parcelSamples()
{
    SampleSet set({QStringLiteral("B02")}, {QStringLiteral("t1")},
                  thematic::ClassTable({{1, QStringLiteral("Wheat"), QStringLiteral("#ffff00")}}));
    const float value = 0.5f;
    for (std::uint32_t parcel = 101; parcel <= 110; ++parcel)
        for (int k = 0; k < 5; ++k)
            set.append(0, k, int(parcel), parcel, 0, -1, &value);
    for (int k = 0; k < 3; ++k)
        set.append(0, k, 0, 0, 0, -1, &value);
    return set;
}

std::set<std::uint32_t> parcelsOf(const SampleSet &set, const std::vector<qint64> &indices)
{
    std::set<std::uint32_t> parcels;
    for (const qint64 i : indices)
        if (set.parcelId(i) != 0)
            parcels.insert(set.parcelId(i));
    return parcels;
}

} // namespace

class TestGroupSplit : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void neverSharesAGroup_data()
    {
        QTest::addColumn<quint64>("seed");
        for (quint64 seed = 1; seed <= 5; ++seed)
            QTest::addRow("seed %llu", seed) << seed;
    }

    void neverSharesAGroup()
    {
        QFETCH(quint64, seed);
        const SampleSet set = parcelSamples();
        const GroupSplitResult split = GroupSplit::split(set, 0.3, seed);
        // 10 parcels + 3 single pixels = 13 groups; round(0.3 · 13) = round(3.9) = 4 validate.
        QCOMPARE(split.validationGroups, 4);
        QCOMPARE(split.trainGroups, 9);
        QCOMPARE(qint64(split.train.size() + split.validation.size()), set.size());
        const auto train = parcelsOf(set, split.train);
        const auto validation = parcelsOf(set, split.validation);
        for (const std::uint32_t parcel : validation)
            QVERIFY2(!train.count(parcel), qPrintable(QStringLiteral("parcel %1 on both sides").arg(parcel)));
        // Every parcel keeps its 5 pixels on one side, so the validation side holds
        // 5 · (parcels there) + (single pixels there) samples and 4 groups in all.
        const qint64 singles = qint64(split.validation.size()) - 5 * qint64(validation.size());
        QCOMPARE(qint64(validation.size()) + singles, 4);
        // Seeded: the same seed gives the same split.
        QCOMPARE(GroupSplit::split(set, 0.3, seed).validation, split.validation);
    }

    void keepsBothSidesNonEmpty()
    {
        const SampleSet set = parcelSamples();
        // round(0.01 · 13) = 0 and round(0.99 · 13) = 13 are clamped to 1 and 12.
        QCOMPARE(GroupSplit::split(set, 0.01, 1).validationGroups, 1);
        QCOMPARE(GroupSplit::split(set, 0.99, 1).trainGroups, 1);
        QCOMPARE(GroupSplit::split(set, 0.0, 1).validation.size(), std::size_t(0));
    }
};

QTEST_GUILESS_MAIN(TestGroupSplit)
#include "tst_group_split.moc"
