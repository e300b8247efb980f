// SPDX-License-Identifier: GPL-3.0-or-later
// The pieces of the random forest checked against values worked out by hand: the bins, one
// tree's Gini split and leaves, thread-count independence, cancellation and old files.
#include <cmath>
#include <limits>

#include <QFile>
#include <QTemporaryDir>
#include <QTest>

#include "forest/decision_tree.h"
#include "forest/feature_bins.h"
#include "forest/random_forest.h"
#include "sampling/sample_set.h"
#include "util/error.h"
#include "util/feedback.h"

using namespace cropmap::core;
using namespace cropmap::core::forest;

namespace {

constexpr float kNaN = std::numeric_limits<float>::quiet_NaN();

/** A tree on one feature x = 1…6 with labels 0 0 1 0 1 1, over \a classes classes. */
DecisionTree handTree(int classes, int maxDepth)
{
    static const float x[6] = {1, 2, 3, 4, 5, 6};
    static const std::int32_t labels[6] = {0, 0, 1, 0, 1, 1};
    static const FeatureBins bins = FeatureBins::fromValues(x, 6, 1, 255);
    static const std::vector<std::uint8_t> rows = bins.binRows(x, 6);
    const BinnedTable table{&bins, rows.data(), labels, 6};
    TreeGrowth growth;
    growth.classes = classes;
    growth.maxDepth = maxDepth;
    return DecisionTree::grow(table, {0, 1, 2, 3, 4, 5}, growth, 1);
}

std::vector<float> leafOf(const DecisionTree &tree, float x)
{
    std::vector<float> sum(std::size_t(tree.classCount()), 0.0f);
    tree.accumulate(&x, sum.data());
    return sum;
}

sampling::SampleSet noisyTwoClasses(int perClass)
{
    const thematic::ClassTable classes({{1, QStringLiteral("Wheat"), QStringLiteral("#ffff00")},
                                        {2, QStringLiteral("Maize"), QStringLiteral("#ff8000")}});
    sampling::SampleSet set({QStringLiteral("B04"), QStringLiteral("B08")}, {QStringLiteral("2018-05")},
                            classes);
    for (int i = 0; i < perClass; ++i)
        for (int c = 0; c < 2; ++c) {
            // Overlapping classes, so trees differ with their bootstraps.
            const float values[2] = {float((i * 7919) % 100) / 100.0f + 0.3f * c,
                                     float((i * 104729 + c * 31) % 97) / 97.0f};
            set.append(0, i, c, std::uint32_t(i + 1), c, c, values);
        }
    return set;
}

} // namespace

class TestForestTrees : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void binsCutBetweenDistinctValues()
    {
        // Three distinct values, at most 4 bins: cuts midway, 1.5 and 2.5; NaN is bin 0.
        const float values[5] = {3, 1, kNaN, 2, 2};
        const FeatureBins bins = FeatureBins::fromValues(values, 5, 1, 4);
        QCOMPARE(bins.cutCount(0), 2);
        QCOMPARE(bins.cuts(0)[0], 1.5f);
        QCOMPARE(bins.cuts(0)[1], 2.5f);
        QCOMPARE(bins.binRows(values, 5), (std::vector<std::uint8_t>{3, 1, 0, 2, 2}));
        QCOMPARE(bins.binCount(), 4);
        QCOMPARE(bins.threshold(0, 2), 2.5f);
        QVERIFY(std::isinf(bins.threshold(0, 0)) && bins.threshold(0, 0) < 0);
    }

    void binsCutAtQuantilesWhenValuesAreMany()
    {
        // 1…8 in 4 bins: the values at ranks 8·j/4 = 2, 4, 6 (3, 5, 7) end a bin each, so the
        // cuts are 3.5, 5.5 and 7.5.
        const float values[8] = {8, 7, 6, 5, 4, 3, 2, 1};
        const FeatureBins bins = FeatureBins::fromValues(values, 8, 1, 4);
        QCOMPARE(bins.cutCount(0), 3);
        QCOMPARE(bins.cuts(0)[0], 3.5f);
        QCOMPARE(bins.cuts(0)[1], 5.5f);
        QCOMPARE(bins.cuts(0)[2], 7.5f);
        QCOMPARE(bins.bin(0, 3.5f), std::uint8_t(1));
        QCOMPARE(bins.bin(0, 3.6f), std::uint8_t(2));
    }

    void treeTakesTheBestGiniSplit_data()
    {
        QTest::addColumn<int>("classes");
        QTest::newRow("histogram") << 2;  // 6 rows · 8 ≥ 7 bins · 2 classes
        QTest::newRow("sorted keys") << 10; // 6 rows · 8 < 7 bins · 10 classes
    }

    void treeTakesTheBestGiniSplit()
    {
        // Labels 0 0 1 0 1 1 at x = 1…6. Scores Σ L_c²/n_L + Σ R_c²/n_R of "x ≤ k":
        //   k=1: 1/1 + (4+9)/5 = 3.6    k=2: 4/2 + (1+9)/4 = 4.5    k=3: 5/3 + 5/3 = 3.33
        //   k=4: (9+1)/4 + 4/2 = 4.5    k=5: (9+4)/5 + 1/1 = 3.6    (the node itself: 18/6 = 3)
        // k = 2 and k = 4 tie; the first found, 2, wins: threshold 2.5 (midway between 2 and 3).
        QFETCH(int, classes);
        const DecisionTree stump = handTree(classes, 1);
        QCOMPARE(stump.nodes().size(), std::size_t(3));
        QCOMPARE(stump.nodes()[0].feature, 0);
        QCOMPARE(stump.nodes()[0].threshold, 2.5f);
        // Left leaf: rows 1, 2, both class 0. Right leaf: 0 1 1 1 → 1/4, 3/4.
        QCOMPARE(leafOf(stump, 2.0f)[0], 1.0f);
        QCOMPARE(leafOf(stump, 5.0f)[0], 0.25f);
        QCOMPARE(leafOf(stump, 5.0f)[1], 0.75f);
        // A missing value goes left at every split.
        QCOMPARE(leafOf(stump, kNaN)[0], 1.0f);

        // Grown until pure, the tree gives every training row its own class back.
        const DecisionTree full = handTree(classes, 0);
        const int expected[6] = {0, 0, 1, 0, 1, 1};
        for (int i = 0; i < 6; ++i)
            QCOMPARE(leafOf(full, float(i + 1))[std::size_t(expected[i])], 1.0f);
    }

    void batchWalkAgreesWithOneByOne()
    {
        // 40 samples (more than one batch of 16, and a ragged tail) including missing values.
        const DecisionTree tree = handTree(2, 0);
        std::vector<float> x;
        for (int i = 0; i < 40; ++i)
            x.push_back(i % 7 == 0 ? kNaN : 0.5f + 0.17f * float(i));
        std::vector<float> many(x.size() * 2, 0.0f);
        tree.accumulateMany(x.data(), int(x.size()), 1, many.data());
        for (std::size_t i = 0; i < x.size(); ++i) {
            const std::vector<float> one = leafOf(tree, x[i]);
            QCOMPARE(many[2 * i], one[0]);
            QCOMPARE(many[2 * i + 1], one[1]);
        }
    }

    void damagedTreesAreRefused()
    {
        DecisionTree tree;
        // A split whose child points back at itself would loop forever.
        QVERIFY(!DecisionTree::fromParts({{0, 0.5f, 0, 1}, {-1, 0, 0, 0}}, {1, 0}, 2, 1, tree));
        QVERIFY(!DecisionTree::fromParts({{-1, 0, 3, 0}}, {1, 0}, 2, 1, tree)); // leaf 3 of 1
        QVERIFY(!DecisionTree::fromParts({{5, 0.5f, 1, 2}, {-1, 0, 0, 0}, {-1, 0, 0, 0}}, {1, 0}, 2, 1, tree));
        QVERIFY(DecisionTree::fromParts({{0, 0.5f, 1, 2}, {-1, 0, 0, 0}, {-1, 0, 1, 0}}, {1, 0, 0, 1}, 2, 1, tree));
    }

    void threadCountDoesNotChangeTheForest()
    {
        Feedback feedback;
        const sampling::SampleSet set = noisyTwoClasses(200);
        RandomForestOptions options;
        options.trees = 12;
        options.threads = 1;
        const auto one = RandomForest::train(set, options, feedback).predictProbabilities(set, {});
        options.threads = 3;
        const auto three = RandomForest::train(set, options, feedback).predictProbabilities(set, {});
        QCOMPARE(one, three);
    }

    void cancelStopsTraining()
    {
        Feedback feedback;
        feedback.cancel();
        QVERIFY_THROWS_EXCEPTION(Canceled, RandomForest::train(noisyTwoClasses(50), {}, feedback));
    }

    void xgboostForestFilesAskForRetraining()
    {
        // The container of earlier cropmap versions, whose forests were XGBoost boosters.
        QTemporaryDir dir;
        const QString path = dir.filePath(QStringLiteral("old.model"));
        const QByteArray header = R"({"format":"cropmap-forest","sections":[{"name":"forest-0","bytes":0}]})";
        QByteArray data("CROPMAP-MODEL\n");
        const std::uint32_t version = 1;
        const quint64 length = quint64(header.size());
        data.append(reinterpret_cast<const char *>(&version), 4);
        data.append(reinterpret_cast<const char *>(&length), 8);
        data.append(header);
        QFile file(path);
        QVERIFY(file.open(QIODevice::WriteOnly));
        file.write(data);
        file.close();
        try {
            RandomForest::load(path);
            QFAIL("an XGBoost forest file was accepted");
        } catch (const Error &e) {
            QVERIFY2(e.message().contains(path) && e.message().contains(QStringLiteral("XGBoost")),
                     qPrintable(e.message()));
        }
    }
};

QTEST_GUILESS_MAIN(TestForestTrees)
#include "tst_forest_trees.moc"
