// SPDX-License-Identifier: GPL-3.0-or-later
#include <cmath>
#include <cstring>
#include <limits>
#include <random>

#include <QFile>
#include <QTemporaryDir>
#include <QTest>

#include "forest/random_forest.h"
#include "sampling/sample_set.h"
#include "util/error.h"
#include "util/feedback.h"

using namespace cropmap::core;
using namespace cropmap::core::forest;
using sampling::SampleSet;

namespace {

const QStringList kBands{QStringLiteral("B02"), QStringLiteral("B03")};
const QStringList kSteps{QStringLiteral("2017-09"), QStringLiteral("2017-10"), QStringLiteral("2017-11")};

thematic::ClassTable threeClasses()
{
    return thematic::ClassTable({{1, QStringLiteral("Wheat"), QStringLiteral("#ffff00")},
                                 {2, QStringLiteral("Maize"), QStringLiteral("#ff8000")},
                                 {3, QStringLiteral("Grass"), QStringLiteral("#00ff00")}});
}

/**
 * Class c has mean c in all 6 values (3 steps × 2 bands), noise σ = 0.2, and 10 % of the
 * values missing (NaN). Means 1 apart are 2.5 σ from the midpoint, so one value alone is on
 * the wrong side with probability 2 · Φ(−2.5) ≈ 1.2 %; six of them almost never: a forest
 * should be right on ≥ 95 % of the samples.
 */
SampleSet toySet(int perClass, unsigned seed, QStringList bands = kBands)
{
    SampleSet set(bands, kSteps, threeClasses());
    std::mt19937 random(seed);
    std::normal_distribution<float> noise(0.0f, 0.2f);
    std::uniform_real_distribution<float> unit(0.0f, 1.0f);
    float values[6];
    for (int i = 0; i < perClass; ++i) {
        for (int c = 0; c < 3; ++c) {
            for (float &v : values)
                v = unit(random) < 0.1f ? std::numeric_limits<float>::quiet_NaN() : c + noise(random);
            set.append(0, i, c, std::uint32_t(i + 1), c, c, values);
        }
    }
    return set;
}

double accuracy(const RandomForest &forest, const SampleSet &set)
{
    const std::vector<int> predicted = forest.predictClasses(set.allValues().data(), set.size());
    qint64 correct = 0;
    for (qint64 i = 0; i < set.size(); ++i)
        correct += predicted[std::size_t(i)] == set.classIndex(i) ? 1 : 0;
    return double(correct) / double(set.size());
}

RandomForestOptions smallForest(std::uint64_t seed = 7)
{
    RandomForestOptions options;
    options.trees = 25;
    options.threads = 2;
    options.seed = seed;
    return options;
}

} // namespace

class TestRandomForest : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void defaultsAreScikitLearns()
    {
        const RandomForestOptions options;
        QCOMPARE(options.trees, 100);
        QCOMPARE(options.maxDepth, 0);
        QCOMPARE(options.minSamplesLeaf, 1);
        QCOMPARE(options.featuresPerSplit, 0.0);
        QCOMPARE(options.sampleFraction, 1.0); // a bootstrap of N rows
    }

    void separatesToyClasses()
    {
        Feedback feedback;
        const RandomForest forest = RandomForest::train(toySet(100, 1), smallForest(), feedback);
        const SampleSet test = toySet(100, 2);
        const double oa = accuracy(forest, test);
        QVERIFY2(oa >= 0.95, qPrintable(QStringLiteral("overall accuracy %1").arg(oa)));
        QCOMPARE(forest.metadata().training.value(QStringLiteral("samples")).toInteger(), 300);
        // Each row of probabilities sums to 1 (the mean of the trees' leaf distributions).
        const std::vector<float> p = forest.predictProbabilities(test, QStringLiteral("test"));
        QCOMPARE(p.size(), std::size_t(900));
        for (std::size_t i = 0; i < 300; ++i)
            QVERIFY(std::abs(p[3 * i] + p[3 * i + 1] + p[3 * i + 2] - 1.0f) < 1e-5f);
    }

    void seedMakesTrainingRepeatable()
    {
        Feedback feedback;
        const SampleSet train = toySet(50, 3);
        const SampleSet test = toySet(20, 4);
        const auto a = RandomForest::train(train, smallForest(7), feedback).predictProbabilities(test, {});
        const auto b = RandomForest::train(train, smallForest(7), feedback).predictProbabilities(test, {});
        const auto c = RandomForest::train(train, smallForest(8), feedback).predictProbabilities(test, {});
        QCOMPARE(a, b);
        QVERIFY(a != c);
    }

    void saveAndLoadKeepProbabilitiesAndMetadata()
    {
        Feedback feedback;
        RandomForestOptions options = smallForest();
        options.maxDepth = 6;
        options.minSamplesLeaf = 2;
        const RandomForest forest = RandomForest::train(toySet(50, 5), options, feedback);
        QTemporaryDir dir;
        const QString path = dir.filePath(QStringLiteral("toy.model"));
        forest.save(path);
        QVERIFY(!QFile::exists(path + QStringLiteral(".tmp")));
        const RandomForest loaded = RandomForest::load(path);
        QCOMPARE(loaded.metadata().classes, threeClasses());
        QCOMPARE(loaded.metadata().bands, kBands);
        QCOMPARE(loaded.metadata().steps, kSteps);
        QCOMPARE(loaded.metadata().options.maxDepth, 6);
        QCOMPARE(loaded.metadata().options.minSamplesLeaf, 2);
        QCOMPARE(loaded.metadata().options.seed, std::uint64_t(7));
        const SampleSet test = toySet(30, 6);
        const auto before = forest.predictProbabilities(test, {});
        const auto after = loaded.predictProbabilities(test, {});
        QCOMPARE(after.size(), before.size());
        QCOMPARE(std::memcmp(after.data(), before.data(), before.size() * sizeof(float)), 0);
    }

    void mismatchedBandsOrStepsAreAnError()
    {
        Feedback feedback;
        const RandomForest forest = RandomForest::train(toySet(20, 7), smallForest(), feedback);
        const SampleSet swapped = toySet(5, 8, {QStringLiteral("B03"), QStringLiteral("B02")});
        try {
            forest.predictProbabilities(swapped, QStringLiteral("swapped.samples"));
            QFAIL("bands in another order were accepted");
        } catch (const Error &e) {
            QVERIFY2(e.message().contains(QStringLiteral("swapped.samples has 3 steps × bands B03,B02")),
                     qPrintable(e.message()));
            QVERIFY2(e.message().contains(QStringLiteral("3 steps × bands B02,B03")), qPrintable(e.message()));
        }
        QVERIFY_THROWS_EXCEPTION(Error, forest.checkCompatible(kBands, 12, QStringLiteral("stack")));
    }

    void rejectsFilesThatAreNoForest()
    {
        QTemporaryDir dir;
        const QString path = dir.filePath(QStringLiteral("not.model"));
        QFile file(path);
        QVERIFY(file.open(QIODevice::WriteOnly));
        file.write("CROPMAP-SAMPLES\nwhatever");
        file.close();
        QVERIFY_THROWS_EXCEPTION(Error, RandomForest::load(path));
        QVERIFY_THROWS_EXCEPTION(Error, RandomForest::load(dir.filePath(QStringLiteral("missing.model"))));
    }

    void needsLabelledSamples()
    {
        Feedback feedback;
        SampleSet unlabelled(kBands, kSteps, threeClasses());
        const float values[6] = {};
        unlabelled.append(0, 0, 0, 0, -1, -1, values);
        QVERIFY_THROWS_EXCEPTION(Error, RandomForest::train(unlabelled, smallForest(), feedback));
        RandomForestOptions bad = smallForest();
        bad.trees = 0;
        QVERIFY_THROWS_EXCEPTION(Error, RandomForest::train(toySet(5, 9), bad, feedback));
    }
};

QTEST_GUILESS_MAIN(TestRandomForest)
#include "tst_random_forest.moc"
