// SPDX-License-Identifier: GPL-3.0-or-later
#include <QTemporaryDir>
#include <QTest>

#include <torch/torch.h>

#include "classify/fused_lstm.h"
#include "classify/model_predictor.h"
#include "model/crop_model.h"
#include "model/model_file.h"
#include "util/error.h"

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

    void ensembleAveragesItsMembersOnBothPaths()
    {
        using cropmap::core::model::CropModel;
        using cropmap::core::model::ModelMetadata;
        ModelMetadata m;
        m.classes = cropmap::core::thematic::ClassTable(
            {{3, QStringLiteral("Maize"), QStringLiteral("#ffd92f")},
             {2, QStringLiteral("Grassland"), QStringLiteral("#33a02c")},
             {13, QStringLiteral("Winter Wheat"), QStringLiteral("#b2df8a")}});
        m.bands = {QStringLiteral("B04"), QStringLiteral("B08")};
        m.steps = {QStringLiteral("2018-01"), QStringLiteral("2018-02"), QStringLiteral("2018-03"),
                   QStringLiteral("2018-04")};
        m.normalisation.mean = {1000.0, 3000.0};
        m.normalisation.std = {500.0, 800.0};
        torch::manual_seed(1);
        CropModel a(m);
        torch::manual_seed(2);
        CropModel b(m);
        torch::manual_seed(3);
        CropModel c(m);
        const int n = 9;
        std::vector<float> raw(std::size_t(n) * 4 * 2);
        for (std::size_t i = 0; i < raw.size(); ++i)
            raw[i] = float(500 + (i * 7919) % 3000);
        const auto pa = a.predictProbabilities(raw.data(), n);
        const auto pb = b.predictProbabilities(raw.data(), n);
        const auto pc = c.predictProbabilities(raw.data(), n);

        CropModel ensemble = std::move(a);
        CropModel pair = std::move(b);
        pair.addMembers(std::move(c)); // a model that is itself an ensemble joins whole
        ensemble.addMembers(std::move(pair));
        QCOMPARE(ensemble.memberCount(), 3);
        QCOMPARE(ensemble.metadata().members, 3);
        const auto libtorch = ensemble.predictProbabilities(raw.data(), n);
        ModelPredictor predictor(ensemble);
        QVERIFY(predictor.isFused());
        std::vector<float> scratch = raw;
        std::vector<float> fused(std::size_t(n) * 3);
        predictor.predict(scratch.data(), n, fused.data());
        for (std::size_t i = 0; i < libtorch.size(); ++i) {
            const float mean = (pa[i] + pb[i] + pc[i]) / 3.0f;
            QVERIFY2(std::abs(libtorch[i] - mean) < 1e-5f, qPrintable(QString::number(i)));
            QVERIFY2(std::abs(fused[i] - mean) < 1e-5f, qPrintable(QString::number(i)));
        }

        // One file holds every member; reading it back gives the same probabilities.
        QTemporaryDir dir;
        const QString path = dir.filePath(QStringLiteral("ensemble.model"));
        ensemble.save(path);
        QCOMPARE(CropModel::readMetadata(path).members, 3);
        const CropModel loaded = CropModel::load(path);
        QCOMPARE(loaded.memberCount(), 3);
        QCOMPARE(loaded.predictProbabilities(raw.data(), n), libtorch);

        // A file whose header names more members than it holds is refused, naming the file.
        auto file = cropmap::core::model::ModelFile::read(path);
        file.header.insert(QStringLiteral("members"), 4);
        const QString broken = dir.filePath(QStringLiteral("broken.model"));
        file.write(broken);
        try {
            CropModel::load(broken);
            QFAIL("a missing member's weights must be an error");
        } catch (const cropmap::core::Error &e) {
            QVERIFY2(e.message().contains(broken), qPrintable(e.message()));
        }
    }

    void ensembleOfDifferentLayoutsIsRefused()
    {
        using cropmap::core::model::CropModel;
        using cropmap::core::model::ModelMetadata;
        ModelMetadata m;
        m.classes = cropmap::core::thematic::ClassTable({{1, QStringLiteral("A"), QStringLiteral("#000000")},
                                                         {2, QStringLiteral("B"), QStringLiteral("#ffffff")}});
        m.bands = {QStringLiteral("B04")};
        m.steps = {QStringLiteral("2018-01"), QStringLiteral("2018-02")};
        m.normalisation.mean = {1000.0};
        m.normalisation.std = {500.0};
        CropModel a(m);
        m.normalisation.mean = {900.0};
        CropModel b(m);
        QVERIFY_THROWS_EXCEPTION(cropmap::core::Error, a.addMembers(std::move(b)));
        QCOMPARE(a.memberCount(), 1);
    }
};

QTEST_GUILESS_MAIN(TestFusedLstm)
#include "tst_fused_lstm.moc"
