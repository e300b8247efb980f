// SPDX-License-Identifier: GPL-3.0-or-later
#include <cmath>

#include <QTest>

#include "select/reliable_sample_selector.h"
#include "util/error.h"

using namespace cropmap::core;
using namespace cropmap::core::select;

namespace {

/** One hand-built pixel: declared, predicted, P (max softmax), posterior of the declared class. */
struct Pixel
{
    int declared;
    int predicted;
    float posterior;
    float declaredPosterior;
    std::uint32_t parcel = 0;
    int truth = -1;
};

SelectionInput inputOf(int classCount, const std::vector<Pixel> &pixels, bool withTruth = false)
{
    SelectionInput input;
    input.classCount = classCount;
    for (const Pixel &p : pixels) {
        input.declared.push_back(p.declared);
        input.predicted.push_back(p.predicted);
        input.predictedPosterior.push_back(p.posterior);
        input.declaredPosterior.push_back(p.declaredPosterior);
        input.parcelId.push_back(p.parcel);
        if (withTruth)
            input.trueClass.push_back(p.truth);
    }
    return input;
}

SelectionResult run(SelectionRule rule, const SelectionInput &input, double percentile = 25.0)
{
    SelectionOptions options;
    options.rule = rule;
    options.percentile = percentile;
    return ReliableSampleSelector(options).select(input);
}

std::vector<std::uint8_t> flags(std::initializer_list<int> values)
{
    return std::vector<std::uint8_t>(values.begin(), values.end());
}

} // namespace

class TestReliableSampleSelector : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void seedKeepsCandidatesAboveTheClassPercentile_data()
    {
        QTest::addColumn<double>("percentile");
        QTest::addColumn<std::vector<std::uint8_t>>("expected");
        // Class 0: candidates P = 0.9, 0.6, 0.8, 0.7 (pixels 0–3); pixel 4 disagrees.
        // Class 1: candidates P = 0.99, 0.5, 0.7, 0.95 (pixels 5–8).
        // 25 %: floor(0.25·4) = 1 dropped per class: pixel 1 (0.6) and pixel 6 (0.5).
        QTest::newRow("25th percentile") << 25.0 << flags({1, 0, 1, 1, 0, 1, 0, 1, 1});
        // 50 %: floor(0.5·4) = 2: pixels 1, 3 (0.6, 0.7) and 6, 7 (0.5, 0.7).
        QTest::newRow("median") << 50.0 << flags({1, 0, 1, 0, 0, 1, 0, 0, 1});
        // 0 %: every candidate stays; only the disagreeing pixel 4 goes.
        QTest::newRow("no cut") << 0.0 << flags({1, 1, 1, 1, 0, 1, 1, 1, 1});
    }
    void seedKeepsCandidatesAboveTheClassPercentile()
    {
        QFETCH(double, percentile);
        QFETCH(std::vector<std::uint8_t>, expected);
        const auto input = inputOf(2, {{0, 0, 0.9f, 0.9f}, {0, 0, 0.6f, 0.6f}, {0, 0, 0.8f, 0.8f},
                                       {0, 0, 0.7f, 0.7f}, {0, 1, 0.95f, 0.05f},
                                       {1, 1, 0.99f, 0.99f}, {1, 1, 0.5f, 0.5f},
                                       {1, 1, 0.7f, 0.7f}, {1, 1, 0.95f, 0.95f}});
        const auto result = run(SelectionRule::Seed, input, percentile);
        QCOMPARE(result.keep, expected);
        QCOMPARE(result.perClass[0].labelled, 5);
        QCOMPARE(result.perClass[0].candidates, 4);
        QCOMPARE(result.perClass[0].disagreementRate, 0.2); // 1 of 5
        QCOMPARE(result.perClass[0].droppedDisagreeing, 1);
    }

    void seedRanksTiesSoPosteriorsOfOneNeverEmptyAClass()
    {
        // 8 candidates all at P = 1.0: a threshold "P above the 25th percentile" (= 1.0) would
        // keep none; by rank exactly floor(0.25·8) = 2 go and 6 stay.
        std::vector<Pixel> pixels(8, Pixel{0, 0, 1.0f, 1.0f});
        const auto input = inputOf(1, pixels);
        const auto result = run(SelectionRule::Seed, input);
        QCOMPARE(result.perClass[0].kept, 6);
        QCOMPARE(result.perClass[0].droppedAgreeing, 2);
        // The same seed drops the same two pixels.
        QCOMPARE(run(SelectionRule::Seed, input).keep, result.keep);
        // A class with a single candidate keeps it: floor(0.25·1) = 0.
        QCOMPARE(run(SelectionRule::Seed, inputOf(1, {{0, 0, 1.0f, 1.0f}})).perClass[0].kept, 1);
    }

    void adaptiveKeepsClassWholeBelowTheFloorAndPrunesByRate()
    {
        std::vector<Pixel> pixels;
        // Class 0: 20 pixels, pixel 0 disagrees (posterior of u 0.4), pixel 1 agrees weakly
        // (0.3), the rest agree at 0.9. r_0 = 1/20 = 0.05, not below 5 %: drop ⌈0.05·20⌉ = 1,
        // the lowest posterior for u, i.e. the weakly agreeing pixel 1, not the disagreeing one.
        pixels.push_back({0, 1, 0.6f, 0.4f});
        pixels.push_back({0, 0, 0.3f, 0.3f});
        for (int i = 0; i < 18; ++i)
            pixels.push_back({0, 0, 0.9f, 0.9f});
        // Class 1: 25 pixels (20…44), pixel 20 disagrees: r_1 = 1/25 = 0.04 < 0.05 → all kept.
        pixels.push_back({1, 2, 0.8f, 0.2f});
        for (int i = 0; i < 24; ++i)
            pixels.push_back({1, 1, 0.9f, 0.9f});
        // Class 2: 10 pixels (45…54), 3 disagree with posteriors of u 0.1, 0.2, 0.35, the
        // agreeing 7 have 0.5…0.95. r_2 = 0.3 → drop ⌈0.3·10⌉ = 3: the disagreeing three.
        for (float p : {0.1f, 0.2f, 0.35f})
            pixels.push_back({2, 0, 1.0f - p, p});
        for (float p : {0.5f, 0.6f, 0.7f, 0.8f, 0.85f, 0.9f, 0.95f})
            pixels.push_back({2, 2, p, p});
        const auto result = run(SelectionRule::Adaptive, inputOf(3, pixels));

        QCOMPARE(result.perClass[0].disagreementRate, 0.05);
        QVERIFY(!result.perClass[0].keptWhole);
        QCOMPARE(result.keep[0], std::uint8_t(1));
        QCOMPARE(result.keep[1], std::uint8_t(0));
        QCOMPARE(result.perClass[0].kept, 19);
        QCOMPARE(result.perClass[0].droppedAgreeing, 1);
        QCOMPARE(result.perClass[0].droppedDisagreeing, 0);

        QCOMPARE(result.perClass[1].disagreementRate, 0.04);
        QVERIFY(result.perClass[1].keptWhole);
        QCOMPARE(result.perClass[1].kept, 25);
        QCOMPARE(result.keep[20], std::uint8_t(1));

        QVERIFY(std::abs(result.perClass[2].disagreementRate - 0.3) < 1e-12);
        QCOMPARE(result.perClass[2].kept, 7);
        QCOMPARE(result.perClass[2].droppedDisagreeing, 3);
        for (int i = 45; i < 48; ++i)
            QCOMPARE(result.keep[std::size_t(i)], std::uint8_t(0));
        QCOMPARE(result.keptCount(), 19 + 25 + 7);
    }

    void parcelRuleDropsFieldsThatMostlyDisagreeWithAGuard()
    {
        std::vector<Pixel> pixels;
        const auto field = [&](int cls, std::uint32_t parcel, int size, int agreeing) {
            for (int i = 0; i < size; ++i)
                pixels.push_back({cls, i < agreeing ? cls : (cls + 1) % 3, 0.8f, 0.5f, parcel});
        };
        // Class 0, 14 pixels: A 1/4 agree (< half: drop), B 2/4 (exactly half: keep),
        // C 4/4 (keep), D 0/2 (drop). Dropped share 6/14 = 0.43 ≤ 0.5, so the rule applies.
        field(0, 1, 4, 1); // pixels 0–3
        field(0, 2, 4, 2); // 4–7
        field(0, 3, 4, 4); // 8–11
        field(0, 4, 2, 0); // 12–13
        // Class 1, 10 pixels: E 2/6 (drop), F 4/4. Dropped share 6/10 = 0.6 > 0.5: guard, keep all.
        field(1, 5, 6, 2); // 14–19
        field(1, 6, 4, 4); // 20–23
        // Class 2: two pixels outside any parcel, each judged alone: the agreeing one stays,
        // the disagreeing one goes (share 1/2 = 0.5, not above the guard).
        pixels.push_back({2, 2, 0.9f, 0.9f, 0});
        pixels.push_back({2, 0, 0.9f, 0.1f, 0});
        const auto result = run(SelectionRule::Parcel, inputOf(3, pixels));

        std::vector<std::uint8_t> expected(pixels.size(), 1);
        for (int i : {0, 1, 2, 3, 12, 13, 25})
            expected[std::size_t(i)] = 0;
        QCOMPARE(result.keep, expected);
        // Class 0: kept B + C = 8; dropped A (3 disagreeing + 1 agreeing) and D (2 disagreeing).
        QCOMPARE(result.perClass[0].kept, 8);
        QCOMPARE(result.perClass[0].droppedDisagreeing, 5);
        QCOMPARE(result.perClass[0].droppedAgreeing, 1);
        QVERIFY(!result.perClass[0].guardApplied);
        QVERIFY(result.perClass[1].guardApplied);
        QCOMPARE(result.perClass[1].kept, 10);
        QVERIFY(!result.perClass[2].guardApplied);
        QCOMPARE(result.perClass[2].kept, 1);
    }

    void classTheWeakModelNeverPredictsIsKeptWhole_data()
    {
        QTest::addColumn<SelectionRule>("rule");
        QTest::addColumn<double>("parcelGuard");
        QTest::addColumn<std::vector<std::uint8_t>>("expected");
        QTest::addColumn<SelectionGuard>("guard");
        // Class 0 (pixels 0–3, parcel 1): all agree, P = 0.9, 0.8, 0.7, 0.6.
        // Class 1 (4–7, parcel 2): 4–6 agree at 0.9, 7 predicted as 0 (posterior of 1: 0.3).
        // Class 2 = u (8–10, parcel 3): predicted as 0, 1, 0: no candidates, r_u = 1.
        // seed: class 0 drops floor(0.25·4) = 1 (pixel 3, P 0.6); class 1 drops floor(0.75) = 0
        // candidates and its disagreeing pixel 7; u would lose all 3 pixels: kept whole.
        QTest::newRow("seed") << SelectionRule::Seed << 0.5
                              << flags({1, 1, 1, 0, 1, 1, 1, 0, 1, 1, 1}) << SelectionGuard::NoCandidates;
        // adaptive: r_0 = 0 < 5 %, class 0 whole; r_1 = 1/4 → drop ⌈0.25·4⌉ = 1, the lowest
        // posterior of 1 (pixel 7); r_u = 1 would drop ⌈1·3⌉ = 3, all of u: kept whole.
        QTest::newRow("adaptive") << SelectionRule::Adaptive << 0.5
                                  << flags({1, 1, 1, 1, 1, 1, 1, 0, 1, 1, 1}) << SelectionGuard::NoCandidates;
        // parcel: parcel 2 has 3/4 agreeing (kept); parcel 3 has 0/3 and would drop 3 of u's 3
        // pixels, over the guard's 0.5 · 3 = 1.5: the parcel guard keeps u whole.
        QTest::newRow("parcel") << SelectionRule::Parcel << 0.5
                                << flags({1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1}) << SelectionGuard::ParcelShare;
        // parcel_guard 1: 3 > 1 · 3 is false, the parcel guard lets the rule drop all of u;
        // the no-candidates guard still keeps it whole.
        QTest::newRow("parcel, guard off") << SelectionRule::Parcel << 1.0
                                           << flags({1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1})
                                           << SelectionGuard::NoCandidates;
        // none keeps everything anyway: kept whole, no guard needed.
        QTest::newRow("none") << SelectionRule::None << 0.5
                              << flags({1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1}) << SelectionGuard::None;
    }
    void classTheWeakModelNeverPredictsIsKeptWhole()
    {
        QFETCH(SelectionRule, rule);
        QFETCH(double, parcelGuard);
        QFETCH(std::vector<std::uint8_t>, expected);
        QFETCH(SelectionGuard, guard);
        const auto input = inputOf(3, {{0, 0, 0.9f, 0.9f, 1}, {0, 0, 0.8f, 0.8f, 1},
                                       {0, 0, 0.7f, 0.7f, 1}, {0, 0, 0.6f, 0.6f, 1},
                                       {1, 1, 0.9f, 0.9f, 2}, {1, 1, 0.9f, 0.9f, 2},
                                       {1, 1, 0.9f, 0.9f, 2}, {1, 0, 0.6f, 0.3f, 2},
                                       {2, 0, 0.7f, 0.2f, 3}, {2, 1, 0.6f, 0.3f, 3},
                                       {2, 0, 0.5f, 0.25f, 3}});
        SelectionOptions options;
        options.rule = rule;
        options.parcelGuard = parcelGuard;
        const auto result = ReliableSampleSelector(options).select(input);
        QCOMPARE(result.keep, expected);
        const ClassSelectionStats &u = result.perClass[2];
        QCOMPARE(u.candidates, 0);
        QCOMPARE(u.disagreementRate, 1.0);
        QCOMPARE(u.kept, 3);
        QCOMPARE(u.droppedDisagreeing, 0);
        QVERIFY(u.keptWhole);
        QCOMPARE(u.guard, guard);
        QCOMPARE(u.guardApplied, guard != SelectionGuard::None);
        // The guard is for u alone: the classes the weak model does predict go by the rule.
        QCOMPARE(result.perClass[0].guard, SelectionGuard::None);
        QCOMPARE(result.perClass[1].guard, SelectionGuard::None);
    }

    void ruleThatWouldStripAClassWithCandidatesKeepsItWhole()
    {
        // parcel_guard 1 (the parcel guard off): class 0 is one parcel of 3 pixels, 1 agreeing,
        // fewer than half, so the rule drops all 3 although pixel 0 is a candidate.
        // Class 1 (pixels 3, 4) agrees and is untouched.
        const auto input = inputOf(2, {{0, 0, 0.9f, 0.9f, 1}, {0, 1, 0.8f, 0.2f, 1},
                                       {0, 1, 0.8f, 0.2f, 1}, {1, 1, 0.9f, 0.9f, 2},
                                       {1, 1, 0.9f, 0.9f, 2}});
        SelectionOptions options;
        options.rule = SelectionRule::Parcel;
        options.parcelGuard = 1.0;
        const auto result = ReliableSampleSelector(options).select(input);
        QCOMPARE(result.keep, flags({1, 1, 1, 1, 1}));
        QCOMPARE(result.perClass[0].candidates, 1);
        QCOMPARE(result.perClass[0].guard, SelectionGuard::WouldEmpty);
        QVERIFY(result.perClass[0].keptWhole);
        QCOMPARE(result.perClass[1].guard, SelectionGuard::None);
        QVERIFY(!result.perClass[1].guardApplied);
    }

    void noneKeepsEveryLabelledPixel()
    {
        const auto input = inputOf(2, {{0, 1, 0.9f, 0.1f}, {1, 1, 0.2f, 0.2f}, {-1, 0, 0.9f, 0.0f}});
        const auto result = run(SelectionRule::None, input);
        QCOMPARE(result.keep, flags({1, 1, 0})); // the unlabelled pixel is never in the pool
        QCOMPARE(result.labelledCount(), 2);
        QVERIFY(result.perClass[0].keptWhole);
    }

    void cleaningScoresCountRemovedWrongPixels()
    {
        // Class 0 (adaptive, r = 3/10 → drop the 3 lowest posteriors of u):
        // pixels 0–2 disagree (u posteriors 0.1, 0.2, 0.3), pixels 0 and 1 are truly class 1
        // (wrong), pixel 2 truly class 0; pixel 3 agrees (0.95) but is truly class 1 (wrong);
        // pixels 4–9 agree (0.9) and are correct.
        // wrong = 3 (pixels 0, 1, 3), removed = 3 (0, 1, 2), removed wrong = 2 (0, 1).
        // precision = 2/3, recall = 2/3, correct = 7, kept correct = 6 → 6/7.
        std::vector<Pixel> pixels = {{0, 1, 0.9f, 0.1f, 0, 1}, {0, 1, 0.8f, 0.2f, 0, 1},
                                     {0, 1, 0.7f, 0.3f, 0, 0}, {0, 0, 0.95f, 0.95f, 0, 1}};
        for (int i = 0; i < 6; ++i)
            pixels.push_back({0, 0, 0.9f, 0.9f, 0, 0});
        const auto result = run(SelectionRule::Adaptive, inputOf(2, pixels, true));
        QVERIFY(result.cleaning.has_value());
        const CleaningScore &score = *result.cleaning;
        QCOMPARE(score.wrong, 3);
        QCOMPARE(score.removed, 3);
        QCOMPARE(score.removedWrong, 2);
        QCOMPARE(score.precision, 2.0 / 3.0);
        QCOMPARE(score.recall, 2.0 / 3.0);
        QCOMPARE(score.correctKeptShare, 6.0 / 7.0);
        QCOMPARE(result.perClass[0].wrongDeclared, 3);
        QCOMPARE(result.perClass[0].wrongRemoved, 2);
        // `none` removes nothing: precision undefined (NaN), recall 0.
        const auto none = run(SelectionRule::None, inputOf(2, pixels, true));
        QVERIFY(std::isnan(none.cleaning->precision));
        QCOMPARE(none.cleaning->recall, 0.0);
    }

    void fromProbabilitiesTakesArgmaxAndDeclaredPosterior()
    {
        // Pixel 0 declared 2: probabilities (0.1, 0.7, 0.2) → predicted 1, P 0.7, P(2) 0.2.
        // Pixel 1 declared 0: (0.6, 0.3, 0.1) → predicted 0, P 0.6, P(0) 0.6.
        const auto input = SelectionInput::fromProbabilities(
            3, {2, 0}, {0.1f, 0.7f, 0.2f, 0.6f, 0.3f, 0.1f}, {7, 8});
        QCOMPARE(input.predicted, (std::vector<int>{1, 0}));
        QCOMPARE(input.predictedPosterior, (std::vector<float>{0.7f, 0.6f}));
        QCOMPARE(input.declaredPosterior, (std::vector<float>{0.2f, 0.6f}));
        QVERIFY_THROWS_EXCEPTION(Error, SelectionInput::fromProbabilities(3, {0}, {0.5f, 0.5f}, {1}));
    }

    void rejectsInconsistentInput()
    {
        auto input = inputOf(2, {{0, 0, 0.9f, 0.9f}, {1, 1, 0.9f, 0.9f}});
        input.parcelId.pop_back();
        QVERIFY_THROWS_EXCEPTION(Error, run(SelectionRule::Seed, input));
        QVERIFY_THROWS_EXCEPTION(Error, run(SelectionRule::Seed, inputOf(2, {{0, 2, 0.9f, 0.1f}})));
        auto noDeclared = inputOf(2, {{0, 0, 0.9f, 0.9f}});
        noDeclared.declaredPosterior.clear();
        QVERIFY_THROWS_EXCEPTION(Error, run(SelectionRule::Adaptive, noDeclared));
        QCOMPARE(run(SelectionRule::Seed, noDeclared).keptCount(), 1); // seed does not need it
    }
};

QTEST_GUILESS_MAIN(TestReliableSampleSelector)
#include "tst_reliable_sample_selector.moc"
