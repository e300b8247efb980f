// SPDX-License-Identifier: GPL-3.0-or-later
// `cropmap forest train|evaluate`: the random-forest baseline from the command line.
#include <algorithm>
#include <cstdio>

#include <QCoreApplication>

#include "cli/cli_command.h"
#include "cli/console_feedback.h"
#include "evaluate/accuracy_metrics.h"
#include "evaluate/confusion_matrix.h"
#include "forest/random_forest.h"
#include "sampling/group_split.h"
#include "sampling/sample_set.h"
#include "util/error.h"

namespace cropmap::app {

namespace {

using core::forest::RandomForest;
using core::forest::RandomForestOptions;

/** Class index in \a forest of each class of \a samples, matched by name (tables imported
 *  from CSV number their classes in order of appearance, so indices and ids may differ). */
std::vector<int> classMapping(const core::sampling::SampleSet &samples, const RandomForest &forest,
                              const QString &samplesPath)
{
    std::vector<int> mapping;
    for (const auto &c : samples.classes().classes()) {
        const int index = forest.metadata().classes.indexOfName(c.name);
        if (index < 0)
            throw core::Error(tr("Class \"%1\" of %2 is not one of the random forest's classes (%3)")
                                  .arg(c.name, samplesPath, forest.metadata().classes.names().join(u", ")));
        mapping.push_back(index);
    }
    return mapping;
}

void printAccuracy(const RandomForest &forest, const core::sampling::SampleSet &samples,
                   const QString &samplesPath)
{
    const std::vector<int> mapping = classMapping(samples, forest, samplesPath);
    forest.checkCompatible(samples.bands(), samples.stepCount(), samplesPath);
    const std::vector<int> predicted = forest.predictClasses(samples.allValues().data(), samples.size());
    core::evaluate::ConfusionMatrix matrix(forest.metadata().classCount());
    for (qint64 i = 0; i < samples.size(); ++i) {
        if (samples.classIndex(i) >= 0)
            matrix.add(mapping[std::size_t(samples.classIndex(i))], predicted[std::size_t(i)]);
    }
    const auto metrics = core::evaluate::AccuracyMetrics::compute(matrix);
    std::printf("%s\n", qPrintable(tr("%1 labelled samples: OA %2 %, macro F1 %3, min F1 %4")
                                       .arg(metrics.total)
                                       .arg(100.0 * metrics.overallAccuracy, 0, 'f', 2)
                                       .arg(metrics.macroF1, 0, 'f', 4)
                                       .arg(metrics.minF1, 0, 'f', 4)));
}

int runForestTrain(const QStringList &arguments)
{
    const RandomForestOptions defaults;
    QCommandLineParser parser;
    const QCommandLineOption samples(QStringLiteral("samples"), tr("Training sample set (.samples)"), QStringLiteral("file"));
    const QCommandLineOption out(QStringLiteral("out"), tr("Model file to write"), QStringLiteral("file"));
    const QCommandLineOption trees(QStringLiteral("trees"), tr("Number of trees (default %1)").arg(defaults.trees),
                                   QStringLiteral("n"), QString::number(defaults.trees));
    const QCommandLineOption depth(QStringLiteral("max-depth"), tr("Maximum tree depth; 0: unlimited (default)"),
                                   QStringLiteral("n"), QString::number(defaults.maxDepth));
    const QCommandLineOption leaf(QStringLiteral("min-samples-leaf"), tr("Minimum samples per leaf (default %1)").arg(defaults.minSamplesLeaf),
                                  QStringLiteral("n"), QString::number(defaults.minSamplesLeaf));
    const QCommandLineOption features(QStringLiteral("features-per-split"),
                                      tr("Share of the T × B features tried at each node, 0 to 1; 0: √(T × B) (default)"),
                                      QStringLiteral("share"), QString::number(defaults.featuresPerSplit));
    const QCommandLineOption fraction(QStringLiteral("sample-fraction"),
                                      tr("Rows drawn with replacement for each tree, as a share of the samples (default %1)")
                                          .arg(defaults.sampleFraction),
                                      QStringLiteral("share"), QString::number(defaults.sampleFraction));
    const QCommandLineOption bins(QStringLiteral("max-bins"),
                                  tr("Split candidates per feature: its value quantiles in this many bins, 2 to 255 (default %1)")
                                      .arg(defaults.maxBins),
                                  QStringLiteral("n"), QString::number(defaults.maxBins));
    const QCommandLineOption threads(QStringLiteral("threads"), tr("Threads (default: every core)"),
                                     QStringLiteral("n"), QStringLiteral("0"));
    const QCommandLineOption seed(QStringLiteral("seed"), tr("Random seed (default %1)").arg(defaults.seed),
                                  QStringLiteral("n"), QString::number(defaults.seed));
    const QCommandLineOption validation(QStringLiteral("validation"),
                                        tr("Hold out this share of the parcels (groups) and report accuracy on them (default 0)"),
                                        QStringLiteral("fraction"), QStringLiteral("0"));
    parser.addOptions({samples, out, trees, depth, leaf, features, fraction, bins, threads, seed, validation});
    const int early = parseCommandLine(parser, arguments,
                                       tr("Train the random-forest baseline on a sample set and save it as a model file."));
    if (early >= 0)
        return early;
    if (!parser.isSet(samples) || !parser.isSet(out))
        return failWith(tr("forest train needs --samples and --out"));
    RandomForestOptions options;
    bool ok[9] = {};
    options.trees = parser.value(trees).toInt(&ok[0]);
    options.maxDepth = parser.value(depth).toInt(&ok[1]);
    options.minSamplesLeaf = parser.value(leaf).toInt(&ok[2]);
    options.threads = parser.value(threads).toInt(&ok[3]);
    options.seed = parser.value(seed).toULongLong(&ok[4]);
    const double validationShare = parser.value(validation).toDouble(&ok[5]);
    options.featuresPerSplit = parser.value(features).toDouble(&ok[6]);
    options.sampleFraction = parser.value(fraction).toDouble(&ok[7]);
    options.maxBins = parser.value(bins).toInt(&ok[8]);
    if (!std::all_of(std::begin(ok), std::end(ok), [](bool b) { return b; }) || validationShare < 0
        || validationShare >= 1)
        return failWith(tr("--trees, --max-depth, --min-samples-leaf, --max-bins, --threads and --seed take "
                           "whole numbers, --features-per-split, --sample-fraction and --validation shares"));
    try {
        auto set = core::sampling::SampleSet::load(parser.value(samples));
        core::sampling::SampleSet held;
        if (validationShare > 0) {
            const auto split = core::sampling::GroupSplit::split(set, validationShare, options.seed);
            std::printf("%s\n", qPrintable(tr("Group-wise split: %1 samples in %2 groups for training, %3 samples in %4 groups for validation")
                                               .arg(split.train.size()).arg(split.trainGroups)
                                               .arg(split.validation.size()).arg(split.validationGroups)));
            held = set.subset(split.validation);
            set = set.subset(split.train);
        }
        ConsoleFeedback feedback;
        const RandomForest forest = RandomForest::train(set, options, feedback);
        forest.save(parser.value(out));
        feedback.finish();
        std::printf("%s\n", qPrintable(tr("Trained %1 trees on %2 samples in %3 s; wrote %4")
                                           .arg(options.trees)
                                           .arg(forest.metadata().training.value(QStringLiteral("samples")).toInteger())
                                           .arg(forest.metadata().training.value(QStringLiteral("seconds")).toDouble(), 0, 'f', 2)
                                           .arg(parser.value(out))));
        if (!held.isEmpty()) {
            std::printf("%s ", qPrintable(tr("Validation:")));
            printAccuracy(forest, held, parser.value(samples));
        }
        return 0;
    } catch (const core::Canceled &) {
        return failWith(tr("canceled; no output was replaced"));
    } catch (const core::Error &e) {
        return failWith(e.message());
    }
}

int runForestEvaluate(const QStringList &arguments)
{
    QCommandLineParser parser;
    const QCommandLineOption model(QStringLiteral("model"), tr("Random forest model file"), QStringLiteral("file"));
    const QCommandLineOption samples(QStringLiteral("samples"), tr("Labelled sample set (.samples)"), QStringLiteral("file"));
    const QCommandLineOption threads(QStringLiteral("threads"), tr("Threads (default: every core)"),
                                     QStringLiteral("n"), QStringLiteral("0"));
    parser.addOptions({model, samples, threads});
    const int early = parseCommandLine(parser, arguments,
                                       tr("Classify a labelled sample set with a random forest and print OA and macro F1."));
    if (early >= 0)
        return early;
    if (!parser.isSet(model) || !parser.isSet(samples))
        return failWith(tr("forest evaluate needs --model and --samples"));
    try {
        RandomForest forest = RandomForest::load(parser.value(model));
        forest.setThreadCount(parser.value(threads).toInt());
        const auto set = core::sampling::SampleSet::load(parser.value(samples));
        printAccuracy(forest, set, parser.value(samples));
        return 0;
    } catch (const core::Error &e) {
        return failWith(e.message());
    }
}

} // namespace

int runForest(const QStringList &arguments)
{
    const QString action = arguments.value(1);
    QStringList rest = arguments.mid(2);
    rest.prepend(arguments.value(0) + u' ' + action);
    if (action == QStringLiteral("train"))
        return runForestTrain(rest);
    if (action == QStringLiteral("evaluate"))
        return runForestEvaluate(rest);
    if (action == QStringLiteral("--help") || action == QStringLiteral("-h")) {
        std::puts(qPrintable(tr("Usage: cropmap forest train|evaluate [options]\n"
                                "  train     train the random-forest baseline on a sample set\n"
                                "  evaluate  print OA and macro F1 of a forest on labelled samples\n"
                                "Run `cropmap forest train --help` for the options.")));
        return 0;
    }
    return failWith(tr("forest needs an action: train or evaluate"));
}

} // namespace cropmap::app
