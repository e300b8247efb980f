// SPDX-License-Identifier: GPL-3.0-or-later
#include <QJsonArray>
#include <QJsonObject>
#include <QTest>

#include "sampling/spatial_split.h"
#include "sampling/stratified_sampler.h"
#include "util/error.h"

using namespace cropmap::core;
using sampling::StratifiedSampler;

class TestStratifiedSampler : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void quantileInterpolatesBetweenOrderStatistics_data()
    {
        QTest::addColumn<std::vector<double>>("values");
        QTest::addColumn<double>("q");
        QTest::addColumn<double>("expected");
        // Sorted 0.01 0.03 0.06 0.10 0.30 0.50; h = (6 − 1) · 0.65 = 3.25;
        // x₃ + 0.25 · (x₄ − x₃) = 0.10 + 0.25 · 0.20 = 0.15 (numpy.percentile(…, 65) gives 0.15).
        QTest::newRow("six priors, 65th") << std::vector<double>{0.5, 0.3, 0.1, 0.06, 0.03, 0.01} << 0.65 << 0.15;
        // h = 4 · 0.65 = 2.6 on 1 2 3 4 5: 3 + 0.6 · 1 = 3.6.
        QTest::newRow("five values") << std::vector<double>{5, 1, 4, 2, 3} << 0.65 << 3.6;
        QTest::newRow("median of even count") << std::vector<double>{1, 2, 3, 4} << 0.5 << 2.5;
        QTest::newRow("q = 1 is the maximum") << std::vector<double>{1, 9, 3} << 1.0 << 9.0;
        QTest::newRow("q = 0 is the minimum") << std::vector<double>{1, 9, 3} << 0.0 << 1.0;
        QTest::newRow("one value") << std::vector<double>{0.42} << 0.65 << 0.42;
    }

    void quantileInterpolatesBetweenOrderStatistics()
    {
        QFETCH(std::vector<double>, values);
        QFETCH(double, q);
        QFETCH(double, expected);
        QVERIFY(qAbs(StratifiedSampler::quantile(values, q) - expected) < 1e-12);
    }

    void sharesAndCountsOfSixClasses()
    {
        // N_u = 5000 3000 1000 600 300 100, N = 10 000: p_u = 0.50 0.30 0.10 0.06 0.03 0.01.
        // τ = 0.15 (above): most present = classes 1, 2; least = 3…6.
        // s_u = 0.50, 0.30 | 2·0.10+0.01 = 0.21, 2·0.06+0.01 = 0.13, 2·0.03+0.01 = 0.07,
        //       2·0.01+0.01 = 0.03; Σ s = 1.24.
        // S = 1000: S·s_u/Σs = 403.23, 241.94, 169.35, 104.84, 56.45, 24.19
        //   → round 403, 242, 169, 105, 56, 24; class 6 holds only 20 in its train patches → 20,
        //   class 4 holds 80 → 80.
        QVector<thematic::TargetClass> classes;
        for (int id = 1; id <= 6; ++id)
            classes.push_back({id, QStringLiteral("c%1").arg(id), QStringLiteral("#000000")});
        const std::vector<qint64> totals = {5000, 3000, 1000, 600, 300, 100};
        const std::vector<qint64> available = {3000, 1800, 600, 80, 180, 20};
        sampling::StratifiedSamplingOptions options;
        double tau = 0;
        const auto plan = StratifiedSampler::plan(thematic::ClassTable(classes), totals, available, 1000, options, &tau);
        QVERIFY(qAbs(tau - 0.15) < 1e-12);
        const std::vector<bool> most = {true, true, false, false, false, false};
        const std::vector<double> shares = {0.50, 0.30, 0.21, 0.13, 0.07, 0.03};
        const std::vector<qint64> planned = {403, 242, 169, 80, 56, 20};
        for (std::size_t i = 0; i < 6; ++i) {
            QCOMPARE(plan[i].mostPresent, bool(most[i]));
            QVERIFY(qAbs(plan[i].prior - double(totals[i]) / 10000.0) < 1e-12);
            QVERIFY(qAbs(plan[i].share - shares[i]) < 1e-12);
            QCOMPARE(plan[i].planned, planned[i]);
        }
        // Without k_boost and k_min the shares are the priors: n_u = round(1000 · p_u) capped.
        options.kBoost = 1;
        options.kMin = 0;
        const auto plain = StratifiedSampler::plan(thematic::ClassTable(classes), totals, totals, 1000, options);
        QCOMPARE(plain[0].planned, 500);
        QCOMPARE(plain[5].planned, 10);
    }

    void ordinalsAreDistinctSortedAndReproducible()
    {
        sampling::SeededRandom a(7), b(7), c(8);
        const auto first = StratifiedSampler::chooseOrdinals(1000, 100, a);
        QCOMPARE(first.size(), std::size_t(100));
        QVERIFY(std::is_sorted(first.begin(), first.end()));
        QVERIFY(std::adjacent_find(first.begin(), first.end()) == first.end());
        QVERIFY(first.front() >= 0 && first.back() < 1000);
        QCOMPARE(StratifiedSampler::chooseOrdinals(1000, 100, b), first);
        QVERIFY(StratifiedSampler::chooseOrdinals(1000, 100, c) != first);
        // Asking for more than the pool gives the whole pool.
        QCOMPARE(StratifiedSampler::chooseOrdinals(3, 10, a), (std::vector<qint64>{0, 1, 2}));
    }

    void splitCountsAreExactAndShuffledBySeed()
    {
        // 100 patches at 0.6/0.2/0.2 → exactly 60/20/20; 7 patches at the same shares: 4.2, 1.4,
        // 1.4 → floors 4, 1, 1; the one left goes to the largest remainder (0.2, 0.4, 0.4: a tie
        // between validation and test, which goes to the earlier set) → 4, 2, 1.
        QCOMPARE(sampling::SpatialSplit::setCounts(100, {0.6, 0.2, 0.2}), (std::array<int, 3>{60, 20, 20}));
        QCOMPARE(sampling::SpatialSplit::setCounts(7, {0.6, 0.2, 0.2}), (std::array<int, 3>{4, 2, 1}));
        const io::TileGrid grid = io::TileGrid::northUp(io::TileGrid::wktFromEpsg(32633), QPointF(600000, 5400000), 10, 64, 64);
        sampling::SpatialSplitOptions options;
        const sampling::SpatialSplit one(grid, QStringLiteral("T33UVP"), options);
        const sampling::SpatialSplit again(grid, QStringLiteral("T33UVP"), options);
        const sampling::SpatialSplit otherTile(grid, QStringLiteral("T33UWP"), options);
        std::array<int, 4> counts{};
        bool differs = false;
        for (int p = 0; p < 100; ++p) {
            ++counts[std::size_t(one.setOfPatch(p))];
            QCOMPARE(one.setOfPatch(p), again.setOfPatch(p));
            differs = differs || one.setOfPatch(p) != otherTile.setOfPatch(p);
        }
        QCOMPARE(counts, (std::array<int, 4>{0, 60, 20, 20}));
        QVERIFY(differs);
        // 64 pixels into 10 patches by pixel centre: patch of column c = ⌊(2c + 1)·10 / 128⌋;
        // column 6 → ⌊130/128⌋ = 1, column 5 → ⌊110/128⌋ = 0, column 63 → 9.
        QCOMPARE(one.patchColumnOf(5), 0);
        QCOMPARE(one.patchColumnOf(6), 1);
        QCOMPARE(one.patchColumnOf(63), 9);
        QCOMPARE(one.patchPixels(1), QRect(6, 0, 7, 6)); // columns 6–12, rows 0–5
    }

    void quantileIsReadInPercent_data()
    {
        QTest::addColumn<QJsonValue>("value");
        QTest::addColumn<double>("percent");
        QTest::newRow("the default") << QJsonValue() << 65.0;
        QTest::newRow("a project's number") << QJsonValue(65) << 65.0;
        QTest::newRow("the CLI's text") << QJsonValue(QStringLiteral(" 62.5")) << 62.5;
        QTest::newRow("the maximum") << QJsonValue(100) << 100.0;
        QTest::newRow("just above the fractions") << QJsonValue(1.5) << 1.5;
    }

    void quantileIsReadInPercent()
    {
        QFETCH(QJsonValue, value);
        QFETCH(double, percent);
        QCOMPARE(sampling::StratifiedSamplingOptions::parseQuantilePercent(value, QStringLiteral("here")), percent);
    }

    void quantilesInAnotherUnitAreRefused_data()
    {
        QTest::addColumn<QJsonValue>("value");
        QTest::addColumn<QString>("expected");
        // 0.65 is what a fraction-minded user writes: taken as percent it would be the 0.65th
        // percentile, a different plan, so it is refused with the value meant.
        QTest::newRow("a fraction") << QJsonValue(0.65) << QStringLiteral("not a fraction: 0.65 would put τ at the 0.65th percentile of the priors (did you mean 65?)");
        QTest::newRow("one is a fraction too") << QJsonValue(1) << QStringLiteral("(did you mean 100?)");
        QTest::newRow("a fraction as text") << QJsonValue(QStringLiteral("0.5")) << QStringLiteral("(did you mean 50?)");
        QTest::newRow("zero") << QJsonValue(0) << QStringLiteral("must lie in (1, 100] percent, not 0");
        QTest::newRow("negative") << QJsonValue(-65) << QStringLiteral("must lie in (1, 100] percent, not -65");
        QTest::newRow("above 100") << QJsonValue(650) << QStringLiteral("must lie in (1, 100] percent, not 650");
        QTest::newRow("not a number") << QJsonValue(QStringLiteral("65%")) << QStringLiteral("must be a number in percent, e.g. 65, not \"65%\"");
        QTest::newRow("a list") << QJsonValue(QJsonArray{65}) << QStringLiteral("must be a number in percent");
    }

    void quantilesInAnotherUnitAreRefused()
    {
        QFETCH(QJsonValue, value);
        QFETCH(QString, expected);
        try {
            sampling::StratifiedSamplingOptions::parseQuantilePercent(value, QStringLiteral("p.json, line 3: \"quantile\""));
            QFAIL("expected an error");
        } catch (const Error &e) {
            QVERIFY2(e.message().startsWith(QStringLiteral("p.json, line 3: \"quantile\": ")) && e.message().contains(expected),
                     qPrintable(e.message()));
        }
        // The plan refuses the same values, whoever filled the options.
        sampling::StratifiedSamplingOptions options;
        options.quantilePercent = value.isDouble() ? value.toDouble() : 0.5;
        QVERIFY_THROWS_EXCEPTION(Error, StratifiedSampler::plan(twoClasses(), {30, 70}, {30, 70}, 100, options));
    }

    void planUsesAndPrintsThePercentileItWasGiven()
    {
        // The six priors of sharesAndCountsOfSixClasses sorted: 0.01 0.03 0.06 0.10 0.30 0.50.
        // 50th: h = 5 · 0.5 = 2.5, τ = 0.06 + 0.5 · (0.10 − 0.06) = 0.08, so class 3 (0.10),
        // least present at the 65th (τ = 0.15), is most present now; class 4 (0.06) is not.
        QVector<thematic::TargetClass> classes;
        for (int id = 1; id <= 6; ++id)
            classes.push_back({id, QStringLiteral("c%1").arg(id), QStringLiteral("#000000")});
        const std::vector<qint64> totals = {5000, 3000, 1000, 600, 300, 100};
        const auto options = sampling::StratifiedSamplingOptions::fromJson(
            QJsonObject{{QStringLiteral("quantile"), 50}, {QStringLiteral("budget"), 1000}}, 7, QStringLiteral("p.json"));
        QCOMPARE(options.quantilePercent, 50.0);
        QCOMPARE(options.budget, qint64(1000));
        QCOMPARE(options.seed, std::uint64_t(7));
        double tau = 0;
        const auto plan = StratifiedSampler::plan(thematic::ClassTable(classes), totals, totals, 1000, options, &tau);
        QVERIFY(qAbs(tau - 0.08) < 1e-12);
        QVERIFY(plan[2].mostPresent && !plan[3].mostPresent);
        QVERIFY(StratifiedSampler::formatPlan(plan, tau, options.quantilePercent, QStringLiteral("train"))
                    .startsWith(QStringLiteral("τ = 0.08000 (the 50th percentile of the priors)")));
        QCOMPARE(StratifiedSampler::percentileName(65), QStringLiteral("65th"));
        QCOMPARE(StratifiedSampler::percentileName(21), QStringLiteral("21st"));
        QCOMPARE(StratifiedSampler::percentileName(12), QStringLiteral("12th"));
        QCOMPARE(StratifiedSampler::percentileName(62.5), QStringLiteral("62.5th"));
    }

    void badPlansAreRefused()
    {
        QVERIFY_THROWS_EXCEPTION(Error, StratifiedSampler::quantile({}, 0.65));
        QVERIFY_THROWS_EXCEPTION(Error, StratifiedSampler::quantile({1, 2}, 1.5));
        QVERIFY(!sampling::SpatialSplit::parseFractions(QStringLiteral("0.6,0.4")));
        QVERIFY(!sampling::SpatialSplit::parseFractions(QStringLiteral("0.6,-0.2,0.6")));
        QCOMPARE(*sampling::SpatialSplit::parseFractions(QStringLiteral("0.7, 0.1,0.2")), (std::array<double, 3>{0.7, 0.1, 0.2}));
    }

private:
    static thematic::ClassTable twoClasses()
    {
        return thematic::ClassTable(QVector<thematic::TargetClass>{{1, QStringLiteral("a"), QStringLiteral("#000000")},
                                                                   {2, QStringLiteral("b"), QStringLiteral("#000000")}});
    }
};

QTEST_GUILESS_MAIN(TestStratifiedSampler)
#include "tst_stratified_sampler.moc"
