// SPDX-License-Identifier: GPL-3.0-or-later
#include <cmath>

#include <QJsonArray>
#include <QTest>

#include "evaluate/accuracy_metrics.h"
#include "evaluate/area_estimate.h"
#include "evaluate/confusion_matrix.h"
#include "util/error.h"

using namespace cropmap::core;
using namespace cropmap::core::evaluate;

namespace {

bool near(double value, double expected, double tolerance)
{
    return std::abs(value - expected) <= tolerance;
}

/**
 * Rows = reference A, B, C, D; columns = prediction.
 *   A: 50  5  0  5   (60)
 *   B: 10 30  0  0   (40)
 *   C:  4  6  0  0   (10)   C is never predicted
 *   D:  0  0  0  0   ( 0)   D is absent from the reference but predicted 5 times
 * column totals 64, 41, 0, 5; n = 110; diagonal 80.
 */
ConfusionMatrix handWorked()
{
    return ConfusionMatrix::fromCounts(4, {50, 5, 0, 5, 10, 30, 0, 0, 4, 6, 0, 0, 0, 0, 0, 0});
}

//! Olofsson et al. (2014), Table 8, transposed into our orientation (rows = reference):
//! the paper's rows (map) are deforestation, forest gain, stable forest, stable non-forest:
//! [66 0 5 4], [0 55 8 12], [1 0 153 11], [2 1 9 313].
ConfusionMatrix olofssonExample()
{
    return ConfusionMatrix::fromCounts(4, {66, 0, 1, 2, 0, 55, 0, 1, 5, 8, 153, 9, 4, 12, 11, 313});
}

} // namespace

class TestAccuracyMetrics : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void matrixCountsPairsAndMerges()
    {
        ConfusionMatrix m(3);
        // Pairs (ref, pred): (0,0) (0,1) (2,2) (2,2); (-1,1) and (1,-1) are unlabelled / no data.
        m.addPairs({0, 0, 2, 2, -1, 1}, {0, 1, 2, 2, 1, -1});
        QCOMPARE(m.total(), 4);
        QCOMPARE(m.at(2, 2), 2);
        QCOMPARE(m.referenceTotal(0), 2);
        QCOMPARE(m.predictedTotal(1), 1);
        ConfusionMatrix other(3);
        other.add(1, 0, 7);
        m.merge(other);
        QCOMPARE(m.at(1, 0), 7);
        QCOMPARE(m.total(), 11);
        QCOMPARE(ConfusionMatrix::fromJson(m.toJson(), QString()), m);
        QVERIFY_THROWS_EXCEPTION(Error, m.add(3, 0));
        QVERIFY_THROWS_EXCEPTION(Error, m.merge(ConfusionMatrix(2)));
        QVERIFY_THROWS_EXCEPTION(Error, ConfusionMatrix::fromCounts(2, {1, 2, 3}));
        QVERIFY_THROWS_EXCEPTION(Error, ConfusionMatrix::fromJson(QJsonArray{QJsonArray{1, 2}}, QString()));
    }

    void metricsMatchTheHandWorkedMatrix()
    {
        const auto m = AccuracyMetrics::compute(handWorked());
        QCOMPARE(m.total, 110);
        QCOMPARE(m.overallAccuracy, 80.0 / 110.0); // 0.7273
        // PA = diagonal / row: A 50/60, B 30/40, C 0/10, D undefined (no reference pixel).
        QCOMPARE(m.perClass[0].producersAccuracy, 50.0 / 60.0);
        QCOMPARE(m.perClass[1].producersAccuracy, 0.75);
        QCOMPARE(m.perClass[2].producersAccuracy, 0.0);
        QVERIFY(std::isnan(m.perClass[3].producersAccuracy));
        // UA = diagonal / column: A 50/64, B 30/41, C undefined (never predicted), D 0/5.
        QCOMPARE(m.perClass[0].usersAccuracy, 50.0 / 64.0);
        QCOMPARE(m.perClass[1].usersAccuracy, 30.0 / 41.0);
        QVERIFY(std::isnan(m.perClass[2].usersAccuracy));
        QCOMPARE(m.perClass[3].usersAccuracy, 0.0);
        // F1 = 2·n_uu / (row + column): A 100/124 = 0.8065, B 60/81 = 0.7407,
        // C 0/10 = 0 (present, never predicted), D undefined (absent from the reference).
        QCOMPARE(m.perClass[0].f1, 100.0 / 124.0);
        QCOMPARE(m.perClass[1].f1, 60.0 / 81.0);
        QCOMPARE(m.perClass[2].f1, 0.0);
        QVERIFY(std::isnan(m.perClass[3].f1));
        // F1 is the harmonic mean of PA and UA where both exist: A 2·(5/6)(50/64)/((5/6)+(50/64)).
        const double pa = 50.0 / 60.0, ua = 50.0 / 64.0;
        QCOMPARE(m.perClass[0].f1, 2 * pa * ua / (pa + ua));
        // Macro F1 over the 3 classes present in the reference: (0.8065 + 0.7407 + 0)/3 = 0.5157.
        QCOMPARE(m.classesInReference, 3);
        QCOMPARE(m.macroF1, (100.0 / 124.0 + 60.0 / 81.0) / 3.0);
        QCOMPARE(m.minF1, 0.0);
        QCOMPARE(m.minF1Class, 2);
        // Kappa: p_e = (60·64 + 40·41 + 10·0 + 0·5)/110² = 5480/12100;
        // κ = (80/110 − 5480/12100)/(1 − 5480/12100) = (8800 − 5480)/(12100 − 5480) = 3320/6620.
        QCOMPARE(m.kappa, 3320.0 / 6620.0); // 0.5015
    }

    void kappaOfPerfectAndDegenerateMatrices()
    {
        // Perfect 2-class map: p_o = 1, p_e = (3·3 + 1·1)/16 = 10/16 → κ = 1.
        const auto perfect = AccuracyMetrics::compute(ConfusionMatrix::fromCounts(2, {3, 0, 0, 1}));
        QCOMPARE(perfect.kappa, 1.0);
        QCOMPARE(perfect.macroF1, 1.0);
        // One class everywhere: p_e = 1 → κ undefined.
        const auto single = AccuracyMetrics::compute(ConfusionMatrix::fromCounts(2, {4, 0, 0, 0}));
        QVERIFY(std::isnan(single.kappa));
        QCOMPARE(single.overallAccuracy, 1.0);
        QCOMPARE(single.classesInReference, 1);
        // Empty matrix: nothing is defined.
        const auto empty = AccuracyMetrics::compute(ConfusionMatrix(3));
        QVERIFY(std::isnan(empty.overallAccuracy) && std::isnan(empty.macroF1) && std::isnan(empty.kappa));
        QVERIFY(AccuracyMetrics::compute(handWorked()).toJson({}).value(QStringLiteral("classes"))
                    .toArray().at(2).toObject().value(QStringLiteral("users_accuracy")).isNull());
    }

    void areaEstimatesReproduceOlofssonsWorkedExample()
    {
        // Mapped areas in 30 m pixels (Olofsson et al. 2014, section 5): 200 000, 150 000,
        // 3 200 000, 6 450 000; A_tot = 10⁷ → W = 0.02, 0.015, 0.32, 0.645. n_i· = 75, 75, 165, 325.
        const auto est = AreaEstimate::estimate(olofssonExample(), {200000, 150000, 3200000, 6450000},
                                                QStringLiteral("pixels"));
        QCOMPARE(est.totalArea, 1e7);
        QVERIFY(est.unsampledStrata.empty());
        // Table 9: p̂_11 = 0.02·66/75 = 0.0176; p̂_13 (map deforestation, ref stable forest)
        // = 0.02·5/75 = 0.00133, stored at (reference 2, map 0).
        QVERIFY(near(est.proportions[0], 0.0176, 1e-12));
        QVERIFY(near(est.proportions[2 * 4 + 0], 0.02 * 5 / 75, 1e-12));

        // Deforestation: p̂_·1 = 0.0176 + 0 + 0.32·1/165 + 0.645·2/325 = 0.0235086.
        // S² = 0.02²·0.88·0.12/74 + 0.32²·(1/165)(164/165)/164 + 0.645²·(2/325)(323/325)/324
        //    = 5.708e-7 + 3.761e-6 + 7.853e-6 = 1.2185e-5 → S = 0.0034907.
        // Area 235 086 px ± 1.96·34 907 = ± 68 418 px; at 0.09 ha/px 21 158 ± 6 158 ha, the
        // published figures.
        const auto &deforestation = est.perClass[0];
        QVERIFY(near(deforestation.areaShare, 0.0235086, 1e-7));
        QVERIFY(near(deforestation.areaShareSE, 0.0034907, 1e-7));
        QVERIFY(near(deforestation.area, 235086.25, 0.5));
        QVERIFY(near(deforestation.areaCI95, 68418.2, 0.5));
        QVERIFY(near(deforestation.area * 0.09, 21158, 1));
        QVERIFY(near(deforestation.areaCI95 * 0.09, 6158, 1));
        // The other published areas (ha): forest gain 11 686 ± 3 756, stable forest
        // 285 770 ± 15 510, stable non-forest 581 386 ± 16 282.
        const double ha[4][2] = {{21158, 6158}, {11686, 3756}, {285770, 15510}, {581386, 16282}};
        for (int k = 1; k < 4; ++k) {
            QVERIFY(near(est.perClass[std::size_t(k)].area * 0.09, ha[k][0], 1));
            QVERIFY(near(est.perClass[std::size_t(k)].areaCI95 * 0.09, ha[k][1], 1));
        }
        // UA = n_ii / n_i·: 66/75 = 0.88, 55/75 = 0.733, 153/165 = 0.927, 313/325 = 0.963;
        // 95 % CI = 1.96·√(UA(1−UA)/(n_i·−1)): deforestation 1.96·√(0.88·0.12/74) = 0.074;
        // published ± 0.07, 0.10, 0.04, 0.02.
        const double ua[4][2] = {{0.88, 0.07}, {0.73, 0.10}, {0.93, 0.04}, {0.96, 0.02}};
        for (int k = 0; k < 4; ++k) {
            QVERIFY(near(est.perClass[std::size_t(k)].usersAccuracy, ua[k][0], 0.005));
            QVERIFY(near(1.96 * est.perClass[std::size_t(k)].usersSE, ua[k][1], 0.005));
        }
        QVERIFY(near(1.96 * deforestation.usersSE, 1.96 * std::sqrt(0.88 * 0.12 / 74), 1e-12));
        // PA = p̂_jj / p̂_·j: deforestation 0.0176/0.0235086 = 0.7487 (published 0.75 ± 0.21),
        // forest gain 0.85, stable forest 0.93 ± 0.03, stable non-forest 0.96. The published
        // CIs of forest gain (0.23) and stable non-forest (0.01) do not follow from eq. 7 with the
        // table's counts (0.254 and 0.018 here, as other implementations also find), so they are
        // not pinned.
        QVERIFY(near(deforestation.producersAccuracy, 0.0176 / 0.0235086, 1e-5));
        QVERIFY(near(1.96 * deforestation.producersSE, 0.21, 0.005));
        QVERIFY(near(est.perClass[1].producersAccuracy, 0.85, 0.005));
        QVERIFY(near(est.perClass[2].producersAccuracy, 0.93, 0.005));
        QVERIFY(near(1.96 * est.perClass[2].producersSE, 0.03, 0.005));
        QVERIFY(near(est.perClass[3].producersAccuracy, 0.96, 0.005));
        QVERIFY(near(1.96 * est.perClass[1].producersSE, 0.2544, 0.0005));
        QVERIFY(near(1.96 * est.perClass[3].producersSE, 0.0184, 0.0005));
        // OA = Σ p̂_jj = 0.0176 + 0.011 + 0.29673 + 0.62118 = 0.9465 (published 0.95 ± 0.02):
        // V = Σ W_i² UA_i(1−UA_i)/(n_i·−1) → 1.96·S = 0.0185.
        QVERIFY(near(est.overallAccuracy, 0.946512, 1e-6));
        QVERIFY(near(1.96 * est.overallSE, 0.02, 0.005));
        // The estimated shares add up to 1.
        double sum = 0;
        for (const auto &c : est.perClass)
            sum += c.areaShare;
        QVERIFY(near(sum, 1.0, 1e-12));
    }

    void unsampledStrataAreListed()
    {
        // Class 1 is mapped (area 50) but no test pixel was mapped as 1.
        const auto est = AreaEstimate::estimate(ConfusionMatrix::fromCounts(2, {5, 0, 1, 0}),
                                                {50, 50}, QStringLiteral("ha"));
        QCOMPARE(est.unsampledStrata, std::vector<int>{1});
        QVERIFY(std::isnan(est.perClass[1].usersAccuracy));
        QVERIFY_THROWS_EXCEPTION(Error, AreaEstimate::estimate(ConfusionMatrix(2), {1}, QString()));
        QVERIFY_THROWS_EXCEPTION(Error, AreaEstimate::estimate(ConfusionMatrix(2), {0, 0}, QString()));
    }

    void clusterStandardErrorsByHand()
    {
        // Two classes mapped on 50 ha each (W = 0.5, 0.5); three parcels (clusters):
        //   c1: 2 pixels mapped 0, reference 0;  c2: 2 mapped 0, reference 1;  c3: 4 mapped 1, reference 1.
        // M_0 = M_1 = 4, r_00 = r_01 = 0.5, r_11 = 1; a_i = W_i / M_i = 0.125; n = 3 clusters.
        const std::vector<std::uint64_t> parcel{7, 7, 9, 9, 4, 4, 4, 4};
        const std::vector<int> reference{0, 0, 1, 1, 1, 1, 1, 1};
        const std::vector<int> mapped{0, 0, 0, 0, 1, 1, 1, 1};
        const ClusterCounts clusters = ClusterCounts::fromPixels(parcel, reference, mapped);
        QCOMPARE(clusters.clusters.size(), std::size_t(3));
        QCOMPARE(clusters.clusters[0], (std::vector<ClusterCounts::Cell>{{0, 0, 2}}));
        ConfusionMatrix matrix(2);
        matrix.addPairs(reference, mapped);
        const AreaEstimate est = AreaEstimate::estimate(matrix, {50, 50}, QStringLiteral("ha"), clusters);
        QCOMPARE(est.clusterCount, qint64(3));
        // Point estimates as without clusters: p̂_·0 = 0.25, p̂_·1 = 0.75, OA = 0.75.
        QVERIFY(near(est.perClass[0].areaShare, 0.25, 1e-12));
        QVERIFY(near(est.perClass[1].areaShare, 0.75, 1e-12));
        QVERIFY(near(est.overallAccuracy, 0.75, 1e-12));
        // p̂_·0: z = 0.125 (2 − 0.5·2) = 0.125, −0.125, 0; V = 3/2 · 0.03125 = 0.046875.
        QVERIFY(near(est.perClass[0].areaShareSE, std::sqrt(0.046875), 1e-12));
        QVERIFY(near(est.perClass[1].areaShareSE, std::sqrt(0.046875), 1e-12));
        QVERIFY(near(est.perClass[0].areaSE, 100 * std::sqrt(0.046875), 1e-9));
        QVERIFY(near(est.perClass[0].areaCI95, 1.96 * 100 * std::sqrt(0.046875), 1e-9));
        // UA_0 = 0.5: z = (2 − 1)/4, (0 − 1)/4, 0; V = 3/2 · 0.125 = 0.1875. UA_1 = 1: V = 0.
        QVERIFY(near(est.perClass[0].usersSE, std::sqrt(0.1875), 1e-12));
        QVERIFY(near(est.perClass[1].usersSE, 0.0, 1e-12));
        // OA: z = 0.125 (2 − 1), 0.125 (0 − 1), 0.125 (4 − 4); V = 0.046875.
        QVERIFY(near(est.overallSE, std::sqrt(0.046875), 1e-12));
        // PA_0 = 1, every reference-0 pixel mapped 0: SE 0. PA_1 = 0.5 / 0.75 = 2/3:
        // z(p̂_11) = 0 everywhere, z(p̂_·1) = −0.125, 0.125, 0, so z = ∓(2/3 · 0.125) / 0.75;
        // V = 3/2 · 2 · (1/9)² = 1/27.
        QVERIFY(near(est.perClass[0].producersSE, 0.0, 1e-12));
        QVERIFY(near(est.perClass[1].producersAccuracy, 2.0 / 3.0, 1e-12));
        QVERIFY(near(est.perClass[1].producersSE, std::sqrt(1.0 / 27.0), 1e-12));
        // Wider than the pixel formulas, which take the 8 pixels as independent:
        // S(p̂_·0) = √(0.25 · 0.25 / 3) = 0.144 < 0.217.
        const AreaEstimate pixels = AreaEstimate::estimate(matrix, {50, 50}, QStringLiteral("ha"));
        QVERIFY(near(pixels.perClass[0].areaShareSE, std::sqrt(0.25 * 0.25 / 3.0), 1e-12));
        QVERIFY(pixels.perClass[0].areaShareSE < est.perClass[0].areaShareSE);

        // Clusters that do not add up to the matrix, one cluster only (no variance).
        ClusterCounts missing = clusters;
        missing.clusters.pop_back();
        QVERIFY_THROWS_EXCEPTION(Error, AreaEstimate::estimate(matrix, {50, 50}, QStringLiteral("ha"), missing));
        ConfusionMatrix one(2);
        one.addPairs({0, 1}, {0, 0});
        const AreaEstimate single = AreaEstimate::estimate(
            one, {50, 50}, QStringLiteral("ha"), ClusterCounts::fromPixels({1, 1}, {0, 1}, {0, 0}));
        QVERIFY(std::isnan(single.perClass[0].areaShareSE));
        QVERIFY_THROWS_EXCEPTION(Error, ClusterCounts::fromPixels({1}, {0, 1}, {0, 0}));
    }

    void clusterCountsRoundTripAndBadJson()
    {
        const ClusterCounts clusters =
            ClusterCounts::fromPixels({3, 3, 3, 8}, {0, 1, 0, 2}, {0, 0, 0, 1});
        QCOMPARE(clusters.toJson(), (QJsonArray{QJsonArray{0, 0, 2, 0, 1, 1}, QJsonArray{1, 2, 1}}));
        QCOMPARE(ClusterCounts::fromJson(clusters.toJson(), 3, QStringLiteral("a.json")), clusters);
        const auto refused = [](const QJsonArray &json, const char *words) {
            try {
                ClusterCounts::fromJson(json, 3, QStringLiteral("a.json"));
            } catch (const Error &e) {
                const QString message = QString::fromUtf8(e.what());
                return message.contains(QStringLiteral("a.json")) && message.contains(QString::fromUtf8(words));
            }
            return false;
        };
        QVERIFY(refused(QJsonArray{QJsonArray{0, 0}}, "expected [map class"));
        QVERIFY(refused(QJsonArray{QJsonArray{0, 3, 1}}, "outside 0…2"));
        QVERIFY(refused(QJsonArray{QJsonArray{0, 1, 0}}, "positive integer"));
        QVERIFY(refused(QJsonArray{QJsonArray{0, 1, 1.5}}, "positive integer"));
        QVERIFY(refused(QJsonArray{1}, "cluster 1"));
    }
};

QTEST_GUILESS_MAIN(TestAccuracyMetrics)
#include "tst_accuracy_metrics.moc"
