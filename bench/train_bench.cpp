// SPDX-License-Identifier: GPL-3.0-or-later
// bench/train: training steps of the seed's LSTM (12 × 10 → 15), cropmap (LibTorch C++)
// against PyTorch eager (Debian's /usr/bin/python3 with python3-torch) on the same model,
// batch, class weights, optimizer and thread count, in the same run.
//
// Usage: bench_train [steps=30] [batch=256] [threads=cores]
#include <QCoreApplication>
#include <QElapsedTimer>
#include <QProcess>
#include <QThread>
#include <cstdio>

#include "bench_command_line.h"
#include "model/network_factory.h"
#include "model/weighted_loss.h"

using namespace cropmap::core::model;

namespace {

constexpr int kSteps = 12, kBands = 10, kClasses = 15;

double cropmapSamplesPerSecond(int steps, int batch, double &lastLoss)
{
    torch::manual_seed(1);
    SequenceClassifier network = makeNetwork(ModelSpec(), kSteps, kBands, kClasses);
    network->train();
    torch::optim::RMSprop optimizer(network->parameters(), torch::optim::RMSpropOptions(1e-3));
    const torch::Tensor weights = torch::linspace(1.0, 5.0, kClasses);
    const torch::Tensor x = torch::randn({batch, kSteps, kBands});
    const torch::Tensor y = torch::randint(0, kClasses, {batch}, torch::kInt64);
    // The trainer's step: weighted sum over the batch divided by Σ w_y (PyTorch's weighted mean).
    auto step = [&] {
        optimizer.zero_grad();
        const torch::Tensor loss =
            weightedCrossEntropySum(network->forward(x), y, weights) / weightSum(y, weights);
        loss.backward();
        optimizer.step();
        return loss.item<double>();
    };
    for (int i = 0; i < 3; ++i)
        step();
    QElapsedTimer clock;
    clock.start();
    for (int i = 0; i < steps; ++i)
        lastLoss = step();
    return double(steps) * batch / (clock.nsecsElapsed() / 1e9);
}

} // namespace

int main(int argc, char **argv)
{
    QCoreApplication app(argc, argv);
    const cropmap::bench::BenchCommandLine arguments(
        app.arguments(),
        QStringLiteral("usage: bench_train [STEPS [BATCH [THREADS]]]\n"
                       "STEPS training steps (default 30) of the seed's LSTM (12 x 10 -> 15) on a\n"
                       "batch of BATCH (default 256) with THREADS threads (default all cores):\n"
                       "cropmap (LibTorch C++) against PyTorch eager (/usr/bin/python3,\n"
                       "python3-torch) on the same model, batch, class weights and optimizer."),
        {}, 3);
    const int steps = arguments.number(0, 30);
    const int batch = arguments.number(1, 256);
    const int threads = arguments.number(2, QThread::idealThreadCount());
    torch::set_num_threads(threads);
    std::printf("bench/train: LSTM(200,125,100) 12x10 -> 15, batch %d, %d steps, %d threads, "
                "RMSprop, weighted cross-entropy\n",
                batch, steps, threads);

    double loss = 0.0;
    const double ours = cropmapSamplesPerSecond(steps, batch, loss);
    std::printf("cropmap (LibTorch C++):  %10.1f samples/s  (last loss %.4f)\n", ours, loss);

    QProcess peer;
    peer.setProcessChannelMode(QProcess::ForwardedErrorChannel);
    peer.start(QStringLiteral("/usr/bin/python3"),
               {QStringLiteral(CROPMAP_BENCH_DIR "/train_peer.py"), QString::number(steps),
                QString::number(batch), QString::number(threads), QString::number(kSteps),
                QString::number(kBands), QString::number(kClasses)});
    if (!peer.waitForFinished(-1) || peer.exitCode() != 0) {
        std::printf("PyTorch eager peer failed (is python3-torch installed?)\n");
        return 1;
    }
    const QString output = QString::fromUtf8(peer.readAllStandardOutput()).trimmed();
    const double theirs =
        output.section(QStringLiteral("samples_per_s="), 1).section(u' ', 0, 0).toDouble();
    std::printf("PyTorch eager (python3): %10.1f samples/s  (%s)\n", theirs, qPrintable(output));
    std::printf("ratio cropmap / PyTorch: %.2fx (target >= 1x)\n", theirs > 0 ? ours / theirs : 0.0);
    return 0;
}
