// SPDX-License-Identifier: GPL-3.0-or-later
#include <QTest>

#include <torch/torch.h>

#include "classify/fused_lstm.h"

using namespace cropmap::core::classify;

namespace {

std::vector<float> toVector(const torch::Tensor &t)
{
    const torch::Tensor c = t.contiguous().to(torch::kFloat32);
    return std::vector<float>(c.data_ptr<float>(), c.data_ptr<float>() + c.numel());
}

} // namespace

class TestFusedLstm : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void matchesLibTorch_data()
    {
        QTest::addColumn<int>("bands");
        QTest::addColumn<int>("steps");
        QTest::addColumn<int>("batch");
        QTest::newRow("seed LSTM on 12 composites of 10 bands") << 10 << 12 << 37;
        QTest::newRow("single band NDVI, 7 steps") << 1 << 7 << 5;
        QTest::newRow("one sample") << 10 << 12 << 1;
    }
    void matchesLibTorch()
    {
        QFETCH(int, bands);
        QFETCH(int, steps);
        QFETCH(int, batch);
        torch::manual_seed(3);
        const std::vector<int> hidden = {200, 125, 100};
        const int classes = 15;
        std::vector<torch::nn::LSTM> lstms;
        LstmNetworkWeights weights;
        int input = bands;
        for (int h : hidden) {
            lstms.emplace_back(torch::nn::LSTMOptions(input, h).batch_first(true));
            lstms.back()->eval();
            LstmLayerWeights layer;
            layer.inputSize = input;
            layer.hiddenSize = h;
            layer.weightIh = toVector(lstms.back()->named_parameters()["weight_ih_l0"]);
            layer.weightHh = toVector(lstms.back()->named_parameters()["weight_hh_l0"]);
            layer.bias = toVector(lstms.back()->named_parameters()["bias_ih_l0"]
                                  + lstms.back()->named_parameters()["bias_hh_l0"]);
            weights.layers.push_back(layer);
            input = h;
        }
        torch::nn::Linear fc(hidden.back(), classes);
        weights.classCount = classes;
        weights.fcWeight = toVector(fc->weight);
        weights.fcBias = toVector(fc->bias);

        const torch::Tensor x = torch::randn({batch, steps, bands});
        torch::Tensor reference;
        {
            torch::NoGradGuard guard;
            torch::Tensor y = x;
            for (auto &l : lstms)
                y = std::get<0>(l->forward(y));
            reference = torch::softmax(fc->forward(y.select(1, steps - 1)), 1);
        }
        FusedLstm fused(weights);
        const std::vector<float> samples = toVector(x);
        std::vector<float> probabilities(std::size_t(batch) * classes);
        fused.predictProbabilities(samples.data(), batch, steps, probabilities.data());
        const std::vector<float> expected = toVector(reference);
        float worst = 0;
        for (std::size_t i = 0; i < expected.size(); ++i)
            worst = std::max(worst, std::abs(expected[i] - probabilities[i]));
        QVERIFY2(worst < 1e-5f, qPrintable(QStringLiteral("max difference %1").arg(worst)));
        // A second call reuses the buffers and gives the same numbers.
        std::vector<float> again(probabilities.size());
        fused.predictProbabilities(samples.data(), batch, steps, again.data());
        QCOMPARE(again, probabilities);
    }

    void flopsCountMatchesHandCount()
    {
        // One layer, I = 2, H = 3, T = 4, U = 5: 2·4·(4·3)·(2 + 3) = 480, head 2·5·3 = 30.
        LstmNetworkWeights w;
        w.layers.push_back({2, 3, std::vector<float>(24), std::vector<float>(36), std::vector<float>(12)});
        w.classCount = 5;
        w.fcWeight.resize(15);
        w.fcBias.resize(5);
        QCOMPARE(FusedLstm(w).flopsPerSample(4), 510.0);
    }
};

QTEST_GUILESS_MAIN(TestFusedLstm)
#include "tst_fused_lstm.moc"
