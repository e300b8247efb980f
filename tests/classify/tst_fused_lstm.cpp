// SPDX-License-Identifier: GPL-3.0-or-later
#include <cmath>
#include <limits>

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

/** The seed's network (LSTM 200, 125, 100 and a linear head) with LibTorch's random
 *  initialisation, and its weights as FusedLstm takes them. */
LstmNetworkWeights seedNetwork(int bands, int classes, std::vector<torch::nn::LSTM> &lstms, torch::nn::Linear &fc)
{
    const std::vector<int> hidden = {200, 125, 100};
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
    fc = torch::nn::Linear(hidden.back(), classes);
    weights.classCount = classes;
    weights.fcWeight = toVector(fc->weight);
    weights.fcBias = toVector(fc->bias);
    return weights;
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
        const int classes = 15;
        std::vector<torch::nn::LSTM> lstms;
        torch::nn::Linear fc(nullptr);
        const LstmNetworkWeights weights = seedNetwork(bands, classes, lstms, fc);

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

    void bfloat16RoundsToNearestEven()
    {
        // 1 + 2^-8 lies halfway between 1 and 1 + 2^-7: ties go to the even mantissa (1).
        QCOMPARE(toBf16(1.0f), std::uint16_t(0x3f80));
        QCOMPARE(toBf16(1.0f + 1.0f / 256), std::uint16_t(0x3f80));
        // 1 + 3·2^-8 lies halfway between 1 + 2^-7 (odd) and 1 + 2^-6 (even): up.
        QCOMPARE(toBf16(1.0f + 3.0f / 256), std::uint16_t(0x3f82));
        // Just above halfway rounds up, just below down.
        QCOMPARE(toBf16(1.0f + 1.0f / 256 + 1.0f / 65536), std::uint16_t(0x3f81));
        QCOMPARE(toBf16(1.0f + 1.0f / 256 - 1.0f / 65536), std::uint16_t(0x3f80));
        QCOMPARE(toBf16(-2.0f), std::uint16_t(0xc000));
        QCOMPARE(fromBf16(0x3f81), 1.0f + 1.0f / 128);
        QVERIFY(std::isnan(fromBf16(toBf16(std::numeric_limits<float>::quiet_NaN()))));
        QVERIFY(std::isinf(fromBf16(toBf16(std::numeric_limits<float>::infinity()))));
    }

    void bf16GemmAddsExactSumsOfRoundedValues_data()
    {
        QTest::addColumn<int>("m");
        QTest::addColumn<int>("n");
        QTest::addColumn<int>("k");
        QTest::newRow("first layer, 12 steps of 10 bands") << 300 << 800 << 10;
        QTest::newRow("recurrent 125 (odd k, partial vector)") << 97 << 500 << 125;
        QTest::newRow("one row, one column") << 1 << 1 << 1;
        QTest::newRow("tails everywhere") << 13 << 70 << 7;
        QTest::newRow("one tile short of a chunk") << 95 << 64 << 33;
    }
    void bf16GemmAddsExactSumsOfRoundedValues()
    {
        if (!bf16GemmSupported())
            QSKIP("this CPU has no AVX-512 BF16");
        QFETCH(int, m);
        QFETCH(int, n);
        QFETCH(int, k);
        torch::manual_seed(5);
        const std::vector<float> a = toVector(torch::randn({m, k}));
        const std::vector<float> b = toVector(torch::randn({n, k}));
        std::vector<float> c = toVector(torch::randn({m, n})); // accumulated into
        const std::vector<float> before = c;
        gemmBf16(m, a.data(), PackedBf16(b.data(), n, k), c.data(), n);
        double worst = 0;
        for (int i = 0; i < m; ++i)
            for (int j = 0; j < n; ++j) {
                double sum = before[std::size_t(i) * n + j];
                for (int p = 0; p < k; ++p)
                    sum += double(fromBf16(toBf16(a[std::size_t(i) * k + p])))
                           * double(fromBf16(toBf16(b[std::size_t(j) * k + p])));
                worst = std::max(worst, std::abs(sum - double(c[std::size_t(i) * n + j])));
            }
        // Products of bfloat16 values are exact in float; what remains is the float sums'
        // rounding, a few ulps of sums of magnitude √k.
        QVERIFY2(worst < 1e-5 * (1 + std::sqrt(double(k))), qPrintable(QString::number(worst)));
    }

    void bfloat16LstmAgreesWithFloat32()
    {
        torch::manual_seed(3);
        const int classes = 9, steps = 12, bands = 10, batch = 2000;
        std::vector<torch::nn::LSTM> lstms;
        torch::nn::Linear fc(nullptr);
        FusedLstm fused(seedNetwork(bands, classes, lstms, fc));
        QCOMPARE(fused.precision(), Precision::Float32);
        const std::vector<float> samples = toVector(torch::randn({batch, steps, bands}));
        std::vector<float> reference(std::size_t(batch) * classes), rounded(reference.size());
        fused.predictProbabilities(samples.data(), batch, steps, reference.data());
        if (!bf16GemmSupported()) {
            QCOMPARE(fused.setPrecision(Precision::BFloat16), Precision::Float32);
            QSKIP("this CPU has no AVX-512 BF16: the layers stay float32");
        }
        QCOMPARE(fused.setPrecision(Precision::BFloat16), Precision::BFloat16);
        fused.predictProbabilities(samples.data(), batch, steps, rounded.data());
        float worst = 0;
        int agree = 0;
        for (int i = 0; i < batch; ++i) {
            const float *r = reference.data() + std::size_t(i) * classes;
            const float *b = rounded.data() + std::size_t(i) * classes;
            for (int u = 0; u < classes; ++u)
                worst = std::max(worst, std::abs(r[u] - b[u]));
            agree += std::max_element(r, r + classes) - r == std::max_element(b, b + classes) - b;
        }
        // An untrained network's probabilities are close to uniform, where argmaxes flip most
        // easily; a trained one agreed on 99.97 % of a tile's pixels (README).
        QVERIFY2(worst < 0.01f, qPrintable(QString::number(worst)));
        QVERIFY2(agree >= batch * 98 / 100, qPrintable(QString::number(agree)));
        QVERIFY(worst > 0); // it did round
        // And back: float32 again gives the reference bit for bit.
        QCOMPARE(fused.setPrecision(Precision::Float32), Precision::Float32);
        fused.predictProbabilities(samples.data(), batch, steps, rounded.data());
        QCOMPARE(rounded, reference);
    }

    void precisionNames()
    {
        QCOMPARE(precisionFromName(QStringLiteral("bf16"), QStringLiteral("x")), Precision::BFloat16);
        QCOMPARE(precisionFromName(QStringLiteral("BFloat16"), QStringLiteral("x")), Precision::BFloat16);
        QCOMPARE(precisionFromName(QStringLiteral("float32"), QStringLiteral("x")), Precision::Float32);
        QCOMPARE(QLatin1String(precisionName(Precision::BFloat16)), QLatin1String("bfloat16"));
        try {
            precisionFromName(QStringLiteral("half"), QStringLiteral("--precision"));
            QFAIL("half accepted");
        } catch (const cropmap::core::Error &e) {
            QVERIFY2(e.message().contains(QStringLiteral("--precision")) && e.message().contains(QStringLiteral("half")),
                     qPrintable(e.message()));
        }
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
