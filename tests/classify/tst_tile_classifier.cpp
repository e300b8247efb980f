// SPDX-License-Identifier: GPL-3.0-or-later
#include <cmath>

#include <QDir>
#include <QFile>
#include <QTemporaryDir>
#include <QTest>

#include "classify/tile_classifier.h"
#include "composite/composite_job.h"
#include "composite/composite_stack.h"
#include "io/gdal_handles.h"
#include "io/raster_source.h"
#include "io/raster_writer.h"
#include "forest/random_forest.h"
#include "model/crop_model.h"
#include "sampling/sample_set.h"
#include "util/error.h"
#include "util/feedback.h"

using namespace cropmap::core;

namespace {

constexpr int kWidth = 40;
constexpr int kHeight = 30;

// One acquisition per month 2017-09 … 2018-08, clear SCL, values varying with pixel and month.
void writeArchive(const QString &root)
{
    const QString wkt = io::TileGrid::wktFromEpsg(32633);
    for (int m = 0; m < 12; ++m) {
        const QDate date = QDate(2017, 9, 15).addMonths(m);
        const QString dir = root + QStringLiteral("/T33UVP/") + date.toString(QStringLiteral("yyyyMMdd"));
        QDir().mkpath(dir);
        QStringList bands = io::sentinel2Bands();
        bands << QStringLiteral("SCL");
        for (int b = 0; b < bands.size(); ++b) {
            const bool twenty = io::isTwentyMetreBand(bands[b]);
            const int w = twenty ? kWidth / 2 : kWidth, h = twenty ? kHeight / 2 : kHeight;
            const io::TileGrid grid = io::TileGrid::northUp(wkt, QPointF(500000, 5400000),
                                                            twenty ? 20 : 10, w, h);
            std::vector<float> values(std::size_t(w * h));
            for (int y = 0; y < h; ++y)
                for (int x = 0; x < w; ++x)
                    values[std::size_t(y * w + x)] = bands[b] == QStringLiteral("SCL")
                        ? 4.f
                        : float(500 + 40 * x + 30 * y + 200 * std::sin(m + b + x / 7.0));
            io::RasterWriteOptions options;
            options.dataType = bands[b] == QStringLiteral("SCL") ? GDT_Byte : GDT_UInt16;
            io::writeRaster(dir + u'/' + bands[b] + QStringLiteral(".tif"), grid, options, {values});
        }
    }
}

model::ModelMetadata metadataFor(const composite::CompositeStack &stack)
{
    model::ModelMetadata m;
    m.classes = thematic::ClassTable({{3, QStringLiteral("Maize"), QStringLiteral("#ffd92f")},
                                      {2, QStringLiteral("Grassland"), QStringLiteral("#33a02c")},
                                      {13, QStringLiteral("Winter Wheat"), QStringLiteral("#b2df8a")}});
    m.bands = stack.bands();
    m.steps = stack.steps();
    m.period = QStringLiteral("2017-09:2018-08");
    m.normalisation.mean.assign(std::size_t(stack.bandCount()), 1500.0);
    m.normalisation.std.assign(std::size_t(stack.bandCount()), 700.0);
    return m;
}

} // namespace

class TestTileClassifier : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void blockEdgeFollowsTheMemoryBudget()
    {
        using cropmap::core::MemoryBudget;
        using cropmap::core::classify::blockEdgeFor;
        const qint64 mib = qint64(1) << 20;
        // 120 values a pixel, read and gathered: 960 bytes. A sixteenth of 6 GiB holds far more
        // than a 512-px block; of 256 MiB, 17 476 pixels: 132 px, down to a multiple of 64 → 128.
        QCOMPARE(blockEdgeFor(MemoryBudget{6144 * mib}, 120), 512);
        QCOMPARE(blockEdgeFor(MemoryBudget{256 * mib}, 120), 128);
        // 1 GiB: 69 905 pixels, 264 px → 256.
        QCOMPARE(blockEdgeFor(MemoryBudget{1024 * mib}, 120), 256);
        QCOMPARE(blockEdgeFor(MemoryBudget{1024 * mib}, 12), 512); // one band a month
    }

    void initTestCase()
    {
        io::ensureGdalRegistered();
        writeArchive(m_dir.filePath(QStringLiteral("archive")));
        composite::CompositeJob job(m_dir.filePath(QStringLiteral("archive")),
                                    m_dir.filePath(QStringLiteral("composites")), {});
        Feedback feedback;
        const JobResult result = job.run(feedback);
        QVERIFY2(result.succeeded(), qPrintable(result.message));
        m_stack = job.results().front().vrtPath;
        model::CropModel::seedRandom(5);
        model::CropModel model(metadataFor(composite::CompositeStack::open(m_stack)));
        m_model = m_dir.filePath(QStringLiteral("lstm.model"));
        model.save(m_model);
    }

    void blocksEqualOneBatch()
    {
        classify::ClassifyOptions options;
        options.modelPath = m_model;
        options.stackPath = m_stack;
        options.outputDir = m_dir.filePath(QStringLiteral("maps"));
        options.blockSize = 16; // 3 × 2 blocks with ragged right and bottom edges
        options.batchSize = 50; // several batches per block
        options.cloudOptimized = false;
        Feedback feedback;
        const classify::ClassifyResult result = classify::TileClassifier::run(options, feedback);
        QVERIFY(result.fusedLstm);
        QCOMPARE(result.classifiedPixels, qint64(kWidth * kHeight));

        // The same pixels in one LibTorch batch.
        const composite::CompositeStack stack = composite::CompositeStack::open(m_stack);
        const std::vector<float> all = stack.readWindow(io::Window{0, 0, kWidth, kHeight});
        const model::CropModel model = model::CropModel::load(m_model);
        const std::vector<float> p = model.predictProbabilities(all.data(), kWidth * kHeight);
        const auto classes = io::RasterSource::open(result.classMapPath).readAll();
        const auto posterior = io::RasterSource::open(result.posteriorPath).readAll();
        const int u = model.metadata().classCount();
        for (int i = 0; i < kWidth * kHeight; ++i) {
            const float *pi = p.data() + std::size_t(i) * u;
            const int best = int(std::max_element(pi, pi + u) - pi);
            QCOMPARE(int(classes[std::size_t(i)]), model.metadata().classes.at(best).id);
            QVERIFY(std::abs(posterior[std::size_t(i)] - std::lround(pi[best] * 255)) <= 1);
        }
        QVERIFY(QFile::exists(m_dir.filePath(QStringLiteral("maps/T33UVP_classes.qml"))));
    }

    void cropMaskLeavesTheRestNodata()
    {
        // A mask on the tile grid marking columns 3 … 9 only: with 16-px blocks, the blocks
        // right of x = 16 hold no mask pixel (not even read) and every pixel outside the mask
        // is nodata (0); inside, the classes equal the unmasked map's.
        const composite::CompositeStack stack = composite::CompositeStack::open(m_stack);
        const QString maskPath = m_dir.filePath(QStringLiteral("mask.tif"));
        {
            io::RasterWriteOptions o;
            o.dataType = GDT_Byte;
            o.cloudOptimized = false;
            io::RasterWriter writer(maskPath, stack.grid(), o);
            std::vector<unsigned char> values(std::size_t(kWidth * kHeight), 0);
            for (int y = 0; y < kHeight; ++y)
                for (int x = 3; x < 10; ++x)
                    values[std::size_t(y * kWidth + x)] = 1;
            writer.writeWindow(1, io::Window{0, 0, kWidth, kHeight}, values.data(), GDT_Byte);
            writer.finish();
            writer.commit();
        }
        classify::ClassifyOptions options;
        options.modelPath = m_model;
        options.stackPath = m_stack;
        options.blockSize = 16;
        options.cloudOptimized = false;
        options.outputDir = m_dir.filePath(QStringLiteral("maps-unmasked"));
        Feedback feedback;
        const classify::ClassifyResult all = classify::TileClassifier::run(options, feedback);
        options.maskPath = maskPath;
        options.outputDir = m_dir.filePath(QStringLiteral("maps-masked"));
        const classify::ClassifyResult masked = classify::TileClassifier::run(options, feedback);
        QCOMPARE(masked.classifiedPixels, qint64(7 * kHeight));
        const auto a = io::RasterSource::open(all.classMapPath).readAll();
        const auto m = io::RasterSource::open(masked.classMapPath).readAll();
        for (int i = 0; i < kWidth * kHeight; ++i) {
            const int x = i % kWidth;
            if (x >= 3 && x < 10)
                QCOMPARE(m[std::size_t(i)], a[std::size_t(i)]);
            else // nodata (0), which the reader gives as NaN
                QVERIFY2(std::isnan(m[std::size_t(i)]), qPrintable(QString::number(m[std::size_t(i)])));
        }
    }

    void bfloat16MapAgreesWithFloat32()
    {
        classify::ClassifyOptions options;
        options.modelPath = m_model;
        options.stackPath = m_stack;
        options.cloudOptimized = false;
        options.outputDir = m_dir.filePath(QStringLiteral("maps-float32"));
        Feedback feedback;
        const classify::ClassifyResult reference = classify::TileClassifier::run(options, feedback);
        QCOMPARE(reference.precision, classify::Precision::Float32);
        options.outputDir = m_dir.filePath(QStringLiteral("maps-bfloat16"));
        options.precision = classify::Precision::BFloat16;
        struct Log : Feedback
        {
            QStringList lines;
            void onLog(const QString &message) override { lines << message; }
        } log;
        const classify::ClassifyResult rounded = classify::TileClassifier::run(options, log);
        if (!classify::bf16GemmSupported()) {
            QCOMPARE(rounded.precision, classify::Precision::Float32);
            QVERIFY2(log.lines.join(u'\n').contains(QStringLiteral("no AVX-512 BF16")), qPrintable(log.lines.join(u'\n')));
            QSKIP("this CPU has no AVX-512 BF16");
        }
        QCOMPARE(rounded.precision, classify::Precision::BFloat16);
        QVERIFY(log.lines.isEmpty());
        const auto a = io::RasterSource::open(reference.classMapPath).readAll();
        const auto b = io::RasterSource::open(rounded.classMapPath).readAll();
        const auto pa = io::RasterSource::open(reference.posteriorPath).readAll();
        const auto pb = io::RasterSource::open(rounded.posteriorPath).readAll();
        int agree = 0;
        for (std::size_t i = 0; i < a.size(); ++i) {
            agree += a[i] == b[i];
            QVERIFY2(std::abs(pa[i] - pb[i]) <= 3, qPrintable(QStringLiteral("pixel %1: posterior %2 against %3").arg(i).arg(pb[i]).arg(pa[i])));
        }
        QVERIFY2(agree >= int(a.size()) * 98 / 100, qPrintable(QStringLiteral("%1 of %2").arg(agree).arg(a.size())));
    }

    void modelOfAnotherPeriodIsAnErrorNamingBoth()
    {
        // Same bands and T = 12, but trained on 2016-09 … 2017-08: the message names both periods.
        model::ModelMetadata m = metadataFor(composite::CompositeStack::open(m_stack));
        for (int t = 0; t < 12; ++t)
            m.steps[t] = QDate(2016, 9, 1).addMonths(t).toString(QStringLiteral("yyyy-MM"));
        const QString path = m_dir.filePath(QStringLiteral("2016.model"));
        model::CropModel(m).save(path);
        classify::ClassifyOptions options;
        options.modelPath = path;
        options.stackPath = m_stack;
        options.outputDir = m_dir.filePath(QStringLiteral("other-period"));
        Feedback feedback;
        classify::ClassifyJob job(options);
        const JobResult r = job.run(feedback);
        QVERIFY(!r.succeeded());
        QVERIFY2(r.message.contains(QStringLiteral("2016-09 … 2017-08")) && r.message.contains(QStringLiteral("2017-09 … 2018-08")),
                 qPrintable(r.message));
        QVERIFY(!QDir(options.outputDir).exists() || QDir(options.outputDir).isEmpty());
    }

    void randomForestClassifiesTheTileLikeItsSamples()
    {
        // A forest trained on two stack pixels per class, labelled by column thirds (x < 13:
        // Maize, x < 26: Grassland, else Winter Wheat); its map must equal its own predictions.
        const composite::CompositeStack stack = composite::CompositeStack::open(m_stack);
        const std::vector<float> all = stack.readWindow(io::Window{0, 0, kWidth, kHeight});
        const int features = stack.stepCount() * stack.bandCount();
        sampling::SampleSet samples(stack.bands(), stack.steps(), metadataFor(stack).classes);
        const int tile = samples.tileIndexOf(QStringLiteral("T33UVP"));
        for (int y = 0; y < kHeight; y += 3) {
            for (int x = 0; x < kWidth; x += 2) {
                const float *v = all.data() + std::size_t(y * kWidth + x) * features;
                samples.append(tile, x, y, 0, x < 13 ? 0 : x < 26 ? 1 : 2, -1, v);
            }
        }
        forest::RandomForestOptions forestOptions;
        forestOptions.trees = 20;
        Feedback feedback;
        const forest::RandomForest forest = forest::RandomForest::train(samples, forestOptions, feedback);
        const QString path = m_dir.filePath(QStringLiteral("rf.model"));
        forest.save(path);

        classify::ClassifyOptions options;
        options.modelPath = path;
        options.stackPath = m_stack;
        options.outputDir = m_dir.filePath(QStringLiteral("forest-maps"));
        options.cloudOptimized = false;
        options.precision = classify::Precision::BFloat16; // LSTM only: the forest says so
        struct Log : Feedback
        {
            QStringList lines;
            void onLog(const QString &message) override { lines << message; }
        } log;
        const classify::ClassifyResult result = classify::TileClassifier::run(options, log);
        QVERIFY(!result.fusedLstm);
        QCOMPARE(result.precision, classify::Precision::Float32);
        QVERIFY2(log.lines.join(u'\n').contains(QStringLiteral("Only the seed's LSTM runs in bfloat16: T33UVP is classified in float32 by the forest model")),
                 qPrintable(log.lines.join(u'\n')));
        QCOMPARE(result.classifiedPixels, qint64(kWidth * kHeight));
        const std::vector<int> expected = forest.predictClasses(all.data(), kWidth * kHeight);
        const auto map = io::RasterSource::open(result.classMapPath).readAll();
        int agreeWithThirds = 0;
        for (int i = 0; i < kWidth * kHeight; ++i) {
            QCOMPARE(int(map[std::size_t(i)]), forest.metadata().classes.at(expected[std::size_t(i)]).id);
            const int x = i % kWidth;
            agreeWithThirds += expected[std::size_t(i)] == (x < 13 ? 0 : x < 26 ? 1 : 2);
        }
        // Values rise with x, so the thirds are learnable: most pixels follow them.
        QVERIFY2(agreeWithThirds > kWidth * kHeight * 8 / 10, qPrintable(QString::number(agreeWithThirds)));
    }

    void modelOfOtherBandsIsAnErrorNamingBoth()
    {
        model::ModelMetadata m = metadataFor(composite::CompositeStack::open(m_stack));
        m.bands = {QStringLiteral("NDVI")};
        m.normalisation.mean = {0.5};
        m.normalisation.std = {0.2};
        const QString path = m_dir.filePath(QStringLiteral("ndvi.model"));
        model::CropModel(m).save(path);
        classify::ClassifyOptions options;
        options.modelPath = path;
        options.stackPath = m_stack;
        options.outputDir = m_dir.filePath(QStringLiteral("wrong"));
        Feedback feedback;
        classify::ClassifyJob job(options);
        const JobResult r = job.run(feedback);
        QVERIFY(!r.succeeded());
        QVERIFY2(r.message.contains(QStringLiteral("NDVI")) && r.message.contains(QStringLiteral("B02")),
                 qPrintable(r.message));
        QVERIFY(!QDir(options.outputDir).exists()
                || QDir(options.outputDir).entryList(QDir::Files).isEmpty());
    }

    void otherPeriodIsAnErrorNamingBoth()
    {
        model::ModelMetadata m = metadataFor(composite::CompositeStack::open(m_stack));
        for (QString &s : m.steps)
            s.replace(QStringLiteral("2018"), QStringLiteral("2019")).replace(QStringLiteral("2017"), QStringLiteral("2018"));
        const QString path = m_dir.filePath(QStringLiteral("later.model"));
        model::CropModel(m).save(path);
        classify::ClassifyOptions options;
        options.modelPath = path;
        options.stackPath = m_stack;
        options.outputDir = m_dir.filePath(QStringLiteral("later"));
        Feedback feedback;
        classify::ClassifyJob job(options);
        const JobResult r = job.run(feedback);
        QVERIFY(!r.succeeded());
        QVERIFY2(r.message.contains(QStringLiteral("2018-09")) && r.message.contains(QStringLiteral("2017-09")),
                 qPrintable(r.message));
    }

    void cancelLeavesNoMap()
    {
        classify::ClassifyOptions options;
        options.modelPath = m_model;
        options.stackPath = m_stack;
        options.outputDir = m_dir.filePath(QStringLiteral("canceled"));
        options.blockSize = 16;
        Feedback feedback;
        feedback.cancel();
        classify::ClassifyJob job(options);
        QCOMPARE(job.run(feedback).status, JobResult::Status::Canceled);
        QVERIFY(!QFile::exists(options.outputDir + QStringLiteral("/T33UVP_classes.tif")));
        QVERIFY(!QFile::exists(options.outputDir + QStringLiteral("/T33UVP_classes.tif.tmp")));
    }

    void cancelStopsWithinABlock()
    {
        // One block of many batches: the cancel asked at the first batch's progress stops
        // before the block ends (the block's end reports 0.9), and nothing is written.
        class CancelAtFirstProgress : public Feedback
        {
        public:
            double last = 0;

        protected:
            void onProgress(double fraction, const QString &) override
            {
                last = fraction;
                if (fraction > 0)
                    cancel();
            }
        };
        classify::ClassifyOptions options;
        options.modelPath = m_model;
        options.stackPath = m_stack;
        options.outputDir = m_dir.filePath(QStringLiteral("canceled-in-block"));
        options.batchSize = 16;
        CancelAtFirstProgress feedback;
        classify::ClassifyJob job(options);
        QCOMPARE(job.run(feedback).status, JobResult::Status::Canceled);
        QVERIFY2(feedback.last < 0.5, qPrintable(QString::number(feedback.last)));
        QVERIFY(QDir(options.outputDir).entryList(QDir::Files).isEmpty());
    }

private:
    QTemporaryDir m_dir;
    QString m_stack;
    QString m_model;
};

QTEST_GUILESS_MAIN(TestTileClassifier)
#include "tst_tile_classifier.moc"
