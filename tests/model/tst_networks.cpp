// SPDX-License-Identifier: GPL-3.0-or-later
#include <QTest>
#include <cmath>

#include "model/class_weights.h"
#include "model/network_factory.h"
#include "model/training_tensors.h"
#include "model/weighted_loss.h"

using namespace cropmap::core::model;

Q_DECLARE_METATYPE(ModelKind)

class TestNetworks : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase() { torch::set_num_threads(1); }

    void everyModelMapsBatchTimeBandsToLogits_data()
    {
        QTest::addColumn<ModelKind>("kind");
        QTest::addColumn<int>("steps");
        QTest::addColumn<int>("bands");
        QTest::addColumn<int>("classes");
        for (const QString &name : modelKindNames()) {
            const ModelKind kind = modelKindFromName(name);
            // Monthly composites of the seed (12 × 10 → 15) and a short NDVI series (7 × 1).
            QTest::newRow(qPrintable(name + QStringLiteral(" 12x10->15"))) << kind << 12 << 10 << 15;
            QTest::newRow(qPrintable(name + QStringLiteral(" 7x1->3"))) << kind << 7 << 1 << 3;
        }
    }

    void everyModelMapsBatchTimeBandsToLogits()
    {
        QFETCH(ModelKind, kind);
        QFETCH(int, steps);
        QFETCH(int, bands);
        QFETCH(int, classes);
        torch::manual_seed(1);
        ModelSpec spec;
        spec.kind = kind;
        SequenceClassifier network = makeNetwork(spec, steps, bands, classes);
        const torch::Tensor x = torch::randn({4, steps, bands});
        network->train();
        const torch::Tensor trainOut = network->forward(x);
        QCOMPARE(trainOut.sizes().vec(), (std::vector<int64_t>{4, classes}));
        QVERIFY(torch::isfinite(trainOut).all().item<bool>());
        for (const auto &buffer : network->named_buffers())
            QVERIFY2(torch::isfinite(buffer.value()).all().item<bool>(), buffer.key().c_str());
        network->eval();
        torch::NoGradGuard noGrad;
        const torch::Tensor out = network->forward(x);
        QCOMPARE(out.sizes().vec(), (std::vector<int64_t>{4, classes}));
        QVERIFY(torch::isfinite(out).all().item<bool>());
        // One sample alone gets the same logits as inside the batch (no batch coupling in eval).
        const torch::Tensor single = network->forward(x.slice(0, 1, 2));
        QVERIFY(torch::allclose(single, out.slice(0, 1, 2), 1e-4, 1e-5));
    }

    void seedLstmHasTheLayersOfTheSeed()
    {
        // LSTM(200, 125, 100) + FC for B = 10, U = 15; per layer 4·h·(in + h) + 2·4·h:
        // 4·200·210 + 1600 = 169 600; 4·125·325 + 1000 = 163 500; 4·100·225 + 800 = 90 800;
        // FC 100·15 + 15 = 1 515; total 425 415.
        torch::manual_seed(1);
        SequenceClassifier network = makeNetwork(ModelSpec(), 12, 10, 15);
        int64_t count = 0;
        for (const auto &p : network->parameters())
            count += p.numel();
        QCOMPARE(count, int64_t(425415));
    }

    void weightedLossEqualsHandComputedValue()
    {
        // Training counts n = (6, 2, 12) → w = n_max / n = (2, 6, 1).
        const ClassWeights classWeights = ClassWeights::fromCounts({6, 2, 12});
        QCOMPARE(classWeights.weights, (std::vector<double>{2.0, 6.0, 1.0}));
        const torch::Tensor weights = torch::tensor({2.0f, 6.0f, 1.0f});
        // A: logits (0, 0, 0), class 0: CE = ln 3, w = 2.
        // B: logits (ln 2, 0, 0), class 1: p = 1 / (2 + 1 + 1) = 1/4, CE = ln 4, w = 6.
        // C: logits (0, 0, 0), class 2: CE = ln 3, w = 1.
        // Weighted mean = (2 ln 3 + 6 ln 4 + ln 3) / (2 + 6 + 1)
        //               = (3 · 1.0986123 + 6 · 1.3862944) / 9 = 11.6136031 / 9 = 1.2904003.
        const torch::Tensor logits =
            torch::tensor({0.0f, 0.0f, 0.0f, std::log(2.0f), 0.0f, 0.0f, 0.0f, 0.0f, 0.0f})
                .view({3, 3});
        const torch::Tensor targets = torch::tensor({0, 1, 2}, torch::kInt64);
        const double sum = weightedCrossEntropySum(logits, targets, weights).item<double>();
        QCOMPARE(weightSum(targets, weights), 9.0);
        QVERIFY(std::abs(sum / 9.0 - 1.2904003) < 1e-6);
        // Unweighted: (2 ln 3 + ln 4) / 3 = (2.1972246 + 1.3862944) / 3 = 1.1945063.
        const double plain = weightedCrossEntropySum(logits, targets, torch::Tensor()).item<double>();
        QVERIFY(std::abs(plain / weightSum(targets, torch::Tensor()) - 1.1945063) < 1e-6);
    }

    void smoothedLossEqualsHandComputedValue()
    {
        // The samples of weightedLossEqualsHandComputedValue with ε = 0.1 over K = 3 classes:
        // CE_s = 0.9 · (−log p_y) + 0.1 · mean_k(−log p_k).
        // A and C: every −log p_k = ln 3, so CE_s = ln 3 = 1.0986123.
        // B: −log p = (ln 2, ln 4, ln 4), class 1: 0.9 ln 4 + 0.1 (ln 2 + 2 ln 4) / 3
        //    = 1.2476649 + 0.1155245 = 1.3631895.
        // Weighted (2, 6, 1): (3 · 1.0986123 + 6 · 1.3631895) / 9 = 1.2749971.
        // Unweighted: (2 · 1.0986123 + 1.3631895) / 3 = 1.1868047.
        const torch::Tensor weights = torch::tensor({2.0f, 6.0f, 1.0f});
        const torch::Tensor logits =
            torch::tensor({0.0f, 0.0f, 0.0f, std::log(2.0f), 0.0f, 0.0f, 0.0f, 0.0f, 0.0f})
                .view({3, 3});
        const torch::Tensor targets = torch::tensor({0, 1, 2}, torch::kInt64);
        const double weighted = weightedCrossEntropySum(logits, targets, weights, 0.1).item<double>();
        QVERIFY2(std::abs(weighted / 9.0 - 1.2749971) < 1e-6, qPrintable(QString::number(weighted / 9.0)));
        const double plain = weightedCrossEntropySum(logits, targets, torch::Tensor(), 0.1).item<double>();
        QVERIFY(std::abs(plain / 3.0 - 1.1868047) < 1e-6);
        // ε = 0 is the plain weighted cross-entropy of weightedLossEqualsHandComputedValue.
        const double unsmoothed = weightedCrossEntropySum(logits, targets, weights, 0.0).item<double>();
        QVERIFY(std::abs(unsmoothed / 9.0 - 1.2904003) < 1e-6);
    }

    void balancedPosteriorEqualsHandComputedValue()
    {
        // Three classes, four samples. A, class 0, logits (ln 3, 0, 0): p_0 = 3/5 = 0.6.
        // B, class 0, logits (0, 0, 0): p_0 = 1/3. C, class 1, logits (0, ln 4, 0): p_1 =
        // 4/6 = 2/3. D, class 1, logits (0, 0, ln 9) (wrongly labelled, say): p_1 = 1/11.
        // Class 0: (0.6 + 1/3) / 2 = 0.4666667; class 1: (2/3 + 1/11) / 2 = 0.3787879;
        // class 2 has no sample and does not count: (0.4666667 + 0.3787879) / 2 = 0.4227273.
        const torch::Tensor logits = torch::tensor({std::log(3.0f), 0.0f, 0.0f, 0.0f, 0.0f, 0.0f,
                                                    0.0f, std::log(4.0f), 0.0f, 0.0f, 0.0f,
                                                    std::log(9.0f)})
                                         .view({4, 3});
        const torch::Tensor targets = torch::tensor({0, 0, 1, 1}, torch::kInt64);
        PassTotals totals(3);
        totals.addConfusion(targets, logits.argmax(1), 3);
        totals.addTruePosteriors(targets, logits);
        QVERIFY(std::abs(totals.balancedPosterior() - 0.4227273) < 1e-6);
        // The confusion matrix is unaffected by the posterior sums behind it.
        QCOMPARE(totals.confusion(), (std::vector<double>{2, 0, 0, 0, 1, 1, 0, 0, 0}));
    }

    void classWeightsOfAnAbsentClassAreZeroAndReported()
    {
        // n = (6, 2, 12, 0): w = (12/6, 12/2, 12/12, 0) = (2, 6, 1, 0); class 3 reported.
        const ClassWeights weights = ClassWeights::fromCounts({6, 2, 12, 0});
        QCOMPARE(weights.weights, (std::vector<double>{2.0, 6.0, 1.0, 0.0}));
        QCOMPARE(weights.absentClasses, std::vector<int>{3});
        for (double w : weights.weights)
            QVERIFY(std::isfinite(w));
    }
};

QTEST_GUILESS_MAIN(TestNetworks)
#include "tst_networks.moc"
