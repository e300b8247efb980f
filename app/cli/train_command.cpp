// SPDX-License-Identifier: GPL-3.0-or-later
#include <algorithm>
#include <cstdio>

#include <QCoreApplication>
#include <QTemporaryDir>

#include "cli/cli_command.h"
#include "cli/console_feedback.h"
#include "cli/sample_input.h"
#include "sampling/stratified_group_split.h"
#include "model/train_job.h"
#include "util/error.h"

namespace cropmap::app {

namespace {

QString tr(const char *text)
{
    return QCoreApplication::translate("cropmap::app", text);
}

} // namespace

int runTrain(const QStringList &arguments)
{
    const core::model::TrainOptions defaults;
    QCommandLineParser parser;
    auto option = [](const char *name, const QString &help, const char *value = nullptr,
                     const QString &fallback = QString()) {
        return value ? QCommandLineOption(QString::fromLatin1(name), help,
                                          QString::fromLatin1(value), fallback)
                     : QCommandLineOption(QString::fromLatin1(name), help);
    };
    const auto samples = option("samples", tr("Training samples: a sample set (.samples) or a CSV table (.csv, see --csv-*)"), "file");
    const auto val = option("val", tr("Validation samples (.samples or CSV); without it a CSV table with "
                                      "--csv-group-column is split group-wise"), "file");
    const auto valFraction = option("val-fraction", tr("Share of the groups held out for validation "
                                                        "when --val is not given (default 0.2)"),
                                    "x", QStringLiteral("0.2"));
    const auto kind = option("model",
                             tr("Architecture: %1 (default lstm)")
                                 .arg(core::model::modelKindNames().join(QStringLiteral(", "))),
                             "kind", QStringLiteral("lstm"));
    const auto out = option("out", tr("Model file to write (side files <name>.log.csv, "
                                      "<name>.checkpoint go next to it)"),
                            "file");
    const auto epochs = option("epochs", tr("Most epochs of stage 1 (default %1)").arg(defaults.epochs),
                               "n", QString::number(defaults.epochs));
    const auto fineTune = option("fine-tune-epochs",
                                 tr("Most epochs of stage 2, the unweighted fine-tuning; 0 skips "
                                    "it (default %1)")
                                     .arg(defaults.fineTuneEpochs),
                                 "n", QString::number(defaults.fineTuneEpochs));
    const auto patience = option("patience",
                                 tr("Epochs without a lower validation loss before a stage stops "
                                    "(default %1)")
                                     .arg(defaults.patience),
                                 "n", QString::number(defaults.patience));
    const auto lr = option("lr", tr("RMSprop learning rate (default %1)").arg(defaults.learningRate),
                           "x", QString::number(defaults.learningRate));
    const auto dropout = option("dropout", tr("Dropout (default: the architecture's)"), "x");
    const auto batch = option("batch-size", tr("Mini-batch size (default %1)").arg(defaults.batchSize),
                              "n", QString::number(defaults.batchSize));
    const auto grid = option("grid", tr("Grid search, e.g. \"lr=1e-3,1e-4;dropout=0.2,0.5;"
                                        "batch=256,1024\"; the best validation macro F1 wins"),
                             "grid");
    const auto resume = option("resume", tr("Continue an interrupted run from its checkpoint"));
    const auto threads = option("threads", tr("LibTorch threads (default: every core)"), "n",
                                QStringLiteral("0"));
    const auto seed = option("seed", tr("Random seed (default %1)").arg(defaults.seed), "n",
                             QString::number(defaults.seed));
    const auto rankModels = option("every-rank-writes",
                                   tr("In data-parallel runs, ranks > 0 also write "
                                      "<out>.rank<r> (to check that they agree)"));
    const auto quiet = option("quiet", tr("No progress bar"));
    parser.addOptions({samples, val, valFraction, kind, out, epochs, fineTune, patience, lr, dropout, batch,
                       grid, resume, threads, seed, rankModels, quiet});
    const SampleInputFlags tableFlags;
    tableFlags.addTo(parser);
    const int early = parseCommandLine(
        parser, arguments,
        tr("Train a crop classifier the seed's way: stage 1 minimises the cross-entropy weighted "
           "by n_max / n_u with RMSprop and early stopping on the validation loss; stage 2 "
           "fine-tunes stage 1's best weights with the plain cross-entropy. Runs data-parallel "
           "when MASTER_ADDR, MASTER_PORT, RANK and WORLD_SIZE (or Slurm's SLURM_PROCID and "
           "SLURM_NTASKS) describe several processes."));
    if (early >= 0)
        return early;
    const bool groupSplit = !parser.isSet(val) && SampleInputFlags::isTable(parser.value(samples))
                            && parser.isSet(tableFlags.groupColumn);
    if (!parser.isSet(samples) || !parser.isSet(out) || (!parser.isSet(val) && !groupSplit))
        return failWith(tr("train needs --samples, --out and --val (or a CSV table with --csv-group-column)"));

    core::model::TrainJobSettings settings;
    settings.trainPath = parser.value(samples);
    settings.validationPath = parser.value(val);
    // CSV tables become sample sets in a temporary folder, so the training job (and every
    // rank of a data-parallel run) reads one format.
    QTemporaryDir converted;
    if (SampleInputFlags::isTable(settings.trainPath) || SampleInputFlags::isTable(settings.validationPath)) {
        try {
            core::Feedback quietFeedback;
            auto train = tableFlags.load(parser, settings.trainPath, {}, {}, 0, quietFeedback);
            core::sampling::SampleSet validation;
            if (groupSplit) {
                bool fractionOk = false;
                const double fraction = parser.value(valFraction).toDouble(&fractionOk);
                if (!fractionOk || fraction <= 0.0 || fraction >= 1.0)
                    return failWith(tr("--val-fraction takes a number between 0 and 1"));
                // Stratified: every class with two or more groups is validated.
                const auto split = core::sampling::StratifiedGroupSplit::validation(train, fraction, parser.value(seed).toULongLong());
                std::printf("%s\n", qPrintable(tr("Group-wise split of %1, stratified by class: %2 groups (%3 samples) train, %4 groups (%5 samples) validation; no group on both sides")
                                                   .arg(settings.trainPath).arg(split.trainGroups).arg(split.train.size())
                                                   .arg(split.validationGroups).arg(split.validation.size())));
                if (!split.classesNotValidated.empty()) {
                    QStringList names;
                    for (const int c : split.classesNotValidated)
                        names << train.classes().at(c).name;
                    std::printf("%s\n", qPrintable(tr("Not validated (a single group, kept for training): %1")
                                                       .arg(names.join(QStringLiteral(", ")))));
                }
                validation = train.subset(split.validation);
                train = train.subset(split.train);
            } else {
                validation = tableFlags.load(parser, settings.validationPath, train.classes(), train.bands(),
                                             train.stepCount(), quietFeedback);
            }
            settings.trainPath = converted.filePath(QStringLiteral("train.samples"));
            settings.validationPath = converted.filePath(QStringLiteral("validation.samples"));
            train.save(settings.trainPath);
            validation.save(settings.validationPath);
        } catch (const core::Error &e) {
            return failWith(e.message());
        }
    }
    settings.modelPath = parser.value(out);
    settings.everyRankWritesModel = parser.isSet(rankModels);
    core::model::TrainOptions &options = settings.options;
    bool ok[8] = {true, true, true, true, true, true, true, true};
    try {
        options.spec.kind = core::model::modelKindFromName(parser.value(kind));
        if (parser.isSet(grid))
            settings.grid = core::model::HyperparameterGrid::parse(parser.value(grid));
    } catch (const core::Error &e) {
        return failWith(e.message());
    }
    options.epochs = parser.value(epochs).toInt(&ok[0]);
    options.fineTuneEpochs = parser.value(fineTune).toInt(&ok[1]);
    options.patience = parser.value(patience).toInt(&ok[2]);
    options.learningRate = parser.value(lr).toDouble(&ok[3]);
    if (parser.isSet(dropout))
        options.spec.dropout = parser.value(dropout).toDouble(&ok[4]);
    options.batchSize = parser.value(batch).toInt(&ok[5]);
    options.threads = parser.value(threads).toInt(&ok[6]);
    options.seed = parser.value(seed).toULongLong(&ok[7]);
    options.resume = parser.isSet(resume);
    if (std::find(std::begin(ok), std::end(ok), false) != std::end(ok))
        return failWith(tr("--epochs, --fine-tune-epochs, --patience, --lr, --dropout, "
                           "--batch-size, --threads and --seed take numbers"));

    core::model::TrainJob job(settings);
    ConsoleFeedback feedback(parser.isSet(quiet));
    const core::JobResult result = job.run(feedback);
    feedback.finish();
    if (result.status == core::JobResult::Status::Canceled)
        return failWith(tr("canceled; the last checkpoint is kept (continue with --resume) and "
                           "no model file was replaced"));
    if (!result.succeeded())
        return failWith(result.message);
    const core::model::TrainJobSummary &summary = job.summary();
    if (summary.rank == 0) {
        if (!summary.gridSummary.isEmpty())
            std::printf("%s\n", qPrintable(summary.gridSummary));
        std::printf("%s\n", qPrintable(tr("Wrote %1: %2 epochs, validation loss %3, OA %4, "
                                          "macro F1 %5")
                                           .arg(settings.modelPath)
                                           .arg(summary.epochs)
                                           .arg(summary.valLoss, 0, 'f', 4)
                                           .arg(summary.valOa, 0, 'f', 4)
                                           .arg(summary.valMacroF1, 0, 'f', 4)));
    }
    return 0;
}

} // namespace cropmap::app
