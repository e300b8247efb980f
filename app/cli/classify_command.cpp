// SPDX-License-Identifier: GPL-3.0-or-later
#include <cstdio>

#include <QCoreApplication>

#include "classify/tile_classifier.h"
#include "util/error.h"
#include "cli/cli_command.h"
#include "cli/console_feedback.h"

namespace cropmap::app {

int runClassify(const QStringList &arguments)
{
    QCommandLineParser parser;
    const QCommandLineOption model(QStringLiteral("model"), tr("Model file written by 'cropmap train'"),
                                   QStringLiteral("file"));
    const QCommandLineOption stack(QStringLiteral("stack"),
                                   tr("A tile's monthly composites: <TILE>_composites.vrt or its "
                                     "folder (repeatable: one map per tile)"),
                                   QStringLiteral("vrt"));
    const QCommandLineOption out(QStringLiteral("out"), tr("Output folder"), QStringLiteral("dir"));
    const QCommandLineOption mask(QStringLiteral("mask"),
                                  tr("Raster on the tile grid: classify only pixels != 0 "
                                    "(e.g. the parcels)"),
                                  QStringLiteral("raster"));
    const QCommandLineOption probabilities(QStringLiteral("probabilities"),
                                           tr("Also write every class probability"));
    const QCommandLineOption blockSize(QStringLiteral("block-size"), tr("Block edge in pixels (default 512)"),
                                       QStringLiteral("px"), QStringLiteral("512"));
    const QCommandLineOption batchSize(QStringLiteral("batch-size"), tr("Pixels per batch (default 8192)"),
                                       QStringLiteral("n"), QStringLiteral("8192"));
    const QCommandLineOption threads(QStringLiteral("threads"), tr("Threads (default: every core)"),
                                     QStringLiteral("n"), QStringLiteral("0"));
    const QCommandLineOption precision(
        QStringLiteral("precision"),
        tr("Arithmetic of the seed LSTM's products: float32 (default) or bfloat16 (inputs and "
          "weights rounded to bfloat16, float sums; CPUs with AVX-512 BF16, about twice as fast; "
          "other models and CPUs run float32 and say so)"),
        QStringLiteral("float32|bfloat16"), QStringLiteral("float32"));
    parser.addOptions({model, stack, out, mask, probabilities, blockSize, batchSize, threads, precision});
    const int early = parseCommandLine(
        parser, arguments,
        tr("Map whole tiles with a trained model: a class map (uint8 class ids, colour table, "
          "QGIS style) and a posterior map (max softmax x 255) per tile, written atomically."));
    if (early >= 0)
        return early;
    if (!parser.isSet(model) || !parser.isSet(stack) || !parser.isSet(out))
        return failWith(tr("classify needs --model, --stack and --out"));

    for (const QString &stackPath : parser.values(stack)) {
        core::classify::ClassifyOptions options;
        options.modelPath = parser.value(model);
        options.stackPath = stackPath;
        options.outputDir = parser.value(out);
        options.maskPath = parser.value(mask);
        options.probabilities = parser.isSet(probabilities);
        options.blockSize = parser.value(blockSize).toInt();
        options.batchSize = parser.value(batchSize).toInt();
        options.threads = parser.value(threads).toInt();
        try {
            options.precision = core::classify::precisionFromName(parser.value(precision), QStringLiteral("--precision"));
        } catch (const core::Error &e) {
            return failWith(e.message());
        }
        if (options.blockSize < 16 || options.batchSize < 1)
            return failWith(tr("--block-size must be >= 16 and --batch-size >= 1"));
        core::classify::ClassifyJob job(options);
        ConsoleFeedback feedback;
        const core::JobResult result = job.run(feedback);
        feedback.finish();
        if (result.status == core::JobResult::Status::Canceled)
            return failWith(tr("classification canceled; no map was written"));
        if (!result.succeeded())
            return failWith(result.message);
        const core::classify::ClassifyResult &r = job.result();
        std::printf("%s: %lld pixels classified in %.1f s (%s%s)\n  %s\n  %s\n", qPrintable(r.tile),
                    static_cast<long long>(r.classifiedPixels), r.seconds,
                    r.fusedLstm ? "fused LSTM" : "LibTorch",
                    r.fusedLstm ? (QStringLiteral(", ") + QLatin1String(core::classify::precisionName(r.precision))).toUtf8().constData() : "",
                    qPrintable(r.classMapPath),
                    qPrintable(r.posteriorPath));
    }
    return 0;
}

} // namespace cropmap::app
