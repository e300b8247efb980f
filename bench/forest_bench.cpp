// SPDX-License-Identifier: GPL-3.0-or-later
// bench/forest: cropmap's random forest against scikit-learn's RandomForestClassifier on the
// same synthetic sample table, trees and threads.
// Usage: bench_forest [samples=20000] [trees=100] [threads=2] [bins=64]
#include <chrono>
#include <cstdio>
#include <cstdlib>
#include <random>
#include <vector>

#include <QCoreApplication>
#include <QFile>
#include <QProcess>
#include <QTemporaryDir>

#include "bench_command_line.h"
#include "forest/random_forest.h"
#include "sampling/sample_set.h"
#include "util/feedback.h"

using namespace cropmap::core;

namespace {

constexpr int kSteps = 12;
constexpr int kBands = 10;
constexpr int kClasses = 15;

double seconds(std::chrono::steady_clock::time_point start)
{
    return std::chrono::duration<double>(std::chrono::steady_clock::now() - start).count();
}

template <typename T>
void writeRaw(const QString &path, const std::vector<T> &values)
{
    QFile f(path);
    if (!f.open(QIODevice::WriteOnly))
        qFatal("cannot write %s", qPrintable(path));
    f.write(reinterpret_cast<const char *>(values.data()), qint64(values.size() * sizeof(T)));
}

/**
 * 15 classes with class-dependent means (one random reflectance-like curve per class and
 * band) plus Gaussian noise, and 5 % of the values missing like cloudy months. Missing values
 * are 0 rather than NaN because scikit-learn 1.2's forest rejects NaN (1.4 takes it), and
 * both sides must read the same table.
 */
sampling::SampleSet syntheticTable(const std::vector<float> &means, int perClass, std::mt19937 &rng)
{
    QStringList bands, steps;
    for (int b = 0; b < kBands; ++b)
        bands << QStringLiteral("B%1").arg(b + 1);
    for (int t = 0; t < kSteps; ++t)
        steps << QStringLiteral("2017-%1").arg(t + 1, 2, 10, QLatin1Char('0'));
    sampling::SampleSet set(bands, steps, thematic::ClassTable::seedClasses());
    // Noise wide enough that the classes overlap and the accuracies say something.
    std::normal_distribution<float> noise(0.0f, 0.3f);
    std::uniform_real_distribution<float> unit(0.0f, 1.0f);
    std::vector<float> values(kSteps * kBands);
    for (int i = 0; i < perClass; ++i) {
        for (int c = 0; c < kClasses; ++c) {
            for (int k = 0; k < kSteps * kBands; ++k)
                values[k] = unit(rng) < 0.05f ? 0.0f
                                              : means[c * kSteps * kBands + k] + noise(rng);
            set.append(0, i, c, std::uint32_t(i * kClasses + c + 1), c, c, values.data());
        }
    }
    return set;
}

} // namespace

int main(int argc, char *argv[])
{
    QCoreApplication app(argc, argv);
    const int defaultBins = forest::RandomForestOptions().maxBins;
    const cropmap::bench::BenchCommandLine arguments(
        app.arguments(),
        QStringLiteral("usage: bench_forest [SAMPLES [TREES [THREADS [BINS]]]]\n"
                       "cropmap's random forest against scikit-learn's RandomForestClassifier\n"
                       "(/usr/bin/python3, python3-sklearn) on the same synthetic table of SAMPLES\n"
                       "samples (default 20000; 12 x 10 values, 15 classes), TREES trees (100),\n"
                       "THREADS threads (2); BINS histogram bins of ours (default %1).")
            .arg(defaultBins),
        {}, 4);
    const int samples = arguments.number(0, 20000);
    const int trees = arguments.number(1, 100);
    const int threads = arguments.number(2, 2);
    const int bins = arguments.number(3, defaultBins);
    const int features = kSteps * kBands;

    std::mt19937 rng(2024);
    std::uniform_real_distribution<float> reflectance(0.05f, 0.45f);
    std::vector<float> means(kClasses * features);
    for (float &m : means)
        m = reflectance(rng);
    const auto train = syntheticTable(means, samples / kClasses, rng);
    const auto test = syntheticTable(means, samples / kClasses, rng);

    QTemporaryDir dir;
    for (const auto &[name, set] : {std::pair{"train", &train}, std::pair{"test", &test}}) {
        std::vector<std::int32_t> labels(set->classIndices().begin(), set->classIndices().end());
        writeRaw(dir.filePath(QStringLiteral("%1.f32").arg(QLatin1String(name))), set->allValues());
        writeRaw(dir.filePath(QStringLiteral("%1_labels.i32").arg(QLatin1String(name))), labels);
    }

    forest::RandomForestOptions options;
    options.trees = trees;
    options.threads = threads;
    options.maxBins = bins;
    Feedback feedback;
    auto start = std::chrono::steady_clock::now();
    const auto forest = forest::RandomForest::train(train, options, feedback);
    const double ourTrain = seconds(start);
    start = std::chrono::steady_clock::now();
    const std::vector<int> predicted = forest.predictClasses(test.allValues().data(), test.size());
    const double ourPredict = seconds(start);
    qint64 correct = 0;
    for (qint64 i = 0; i < test.size(); ++i)
        correct += predicted[std::size_t(i)] == test.classIndex(i) ? 1 : 0;
    const double ourAccuracy = double(correct) / double(test.size());

    QProcess peer;
    peer.start(QStringLiteral("/usr/bin/python3"),
               {QStringLiteral(CROPMAP_BENCH_DIR "/forest_peer.py"), dir.path(),
                QString::number(features), QString::number(trees), QString::number(threads)});
    if (!peer.waitForFinished(-1) || peer.exitCode() != 0) {
        std::fprintf(stderr, "peer failed: %s\n", peer.readAllStandardError().constData());
        return 1;
    }
    double theirTrain = 0, theirPredict = 0, theirAccuracy = 0;
    if (std::sscanf(peer.readAllStandardOutput().constData(), "%lf %lf %lf", &theirTrain,
                    &theirPredict, &theirAccuracy) != 3)
        return 1;

    QFile loadavg(QStringLiteral("/proc/loadavg"));
    const QByteArray load = loadavg.open(QIODevice::ReadOnly) ? loadavg.readLine().trimmed() : QByteArray("?");
    std::printf("bench/forest: %lld train + %lld test samples, T=%d x B=%d features, %d classes, "
                "%d trees, %d threads, %d bins\n",
                train.size(), test.size(), kSteps, kBands, kClasses, trees, threads, bins);
    std::printf("  load average: %s\n", load.constData());
    std::printf("                      train s   predict s   accuracy\n");
    std::printf("  cropmap            %8.2f   %9.3f   %8.4f\n", ourTrain, ourPredict, ourAccuracy);
    std::printf("  scikit-learn       %8.2f   %9.3f   %8.4f\n", theirTrain, theirPredict, theirAccuracy);
    std::printf("  ratio sklearn/ours %8.2f x %9.2f x  (target >= 1)\n", theirTrain / ourTrain,
                theirPredict / ourPredict);
    return 0;
}
