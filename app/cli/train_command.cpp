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
#include "model/training_schedule.h"
#include "util/error.h"

namespace cropmap::app {

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
    const auto steps = option("steps", tr("Optimiser-step budget of stage 1 (default %1)").arg(defaults.steps),
                              "n", QString::number(defaults.steps));
    const auto fineTuneSteps = option("fine-tune-steps",
                                      tr("Optimiser-step budget of stage 2, the unweighted "
                                         "fine-tuning; 0 skips it (default %1)")
                                          .arg(defaults.fineTuneSteps),
                                      "n", QString::number(defaults.fineTuneSteps));
    const auto epochs = option("epochs", tr("Optional cap of stage 1 in passes over the data (default: none)"),
                               "n", QString::number(defaults.epochs));
    const auto fineTune = option("fine-tune-epochs",
                                 tr("Optional cap of stage 2 in passes over the data; 0 skips "
                                    "stage 2 (default: none)"),
                                 "n", QString::number(defaults.fineTuneEpochs));
    const auto patience = option("patience",
                                 tr("Validation checks without a better criterion before a stage "
                                    "stops (default %1)")
                                     .arg(defaults.patience),
                                 "n", QString::number(defaults.patience));
    const auto evalEvery = option("eval-every",
                                  tr("Optimiser steps between validation checks (default: one pass "
                                     "over the data, within 25–250 steps)"),
                                  "n", QString::number(defaults.evalEvery));
    const auto warmup = option("warmup", tr("Steps of linear learning-rate warm-up, at most a tenth "
                                            "of the budget (default %1)").arg(defaults.warmupSteps),
                               "n", QString::number(defaults.warmupSteps));
    const auto lr = option("lr", tr("Peak RMSprop learning rate; it decays on a cosine to %1 of it "
                                    "(default %2)").arg(defaults.minRateFactor).arg(defaults.learningRate),
                           "x", QString::number(defaults.learningRate));
    const auto weightDecay = option("weight-decay", tr("RMSprop weight decay (default %1)").arg(defaults.weightDecay),
                                    "x", QString::number(defaults.weightDecay));
    const auto clipNorm = option("clip-norm", tr("Gradient-norm clipping; 0 turns it off (default %1)")
                                                  .arg(defaults.clipNorm),
                                 "x", QString::number(defaults.clipNorm));
    const auto averaging = option("averaging",
                                  tr("Decay of the weight average that is checked and kept; 0 keeps "
                                     "the raw weights (default %1)").arg(defaults.averaging),
                                  "x", QString::number(defaults.averaging));
    const auto criterion = option("criterion",
                                  tr("Which check's weights a stage keeps: loss (lowest validation "
                                     "loss), f1 (highest validation macro F1) or posterior (highest "
                                     "mean posterior of the true class, averaged over the classes) "
                                     "(default %1)")
                                      .arg(core::model::checkpointCriterionName(defaults.criterion)),
                                  "loss|f1|posterior", core::model::checkpointCriterionName(defaults.criterion));
    const auto noise = option("input-noise",
                              tr("σ of Gaussian noise added to the standardised inputs while "
                                 "training (default %1 for lstm, %2 for the other networks; 0: none)")
                                  .arg(core::model::defaultInputNoise(core::model::ModelKind::Lstm))
                                  .arg(core::model::defaultInputNoise(core::model::ModelKind::TempCNN)),
                              "x");
    const auto smoothing = option("label-smoothing",
                                  tr("ε of label smoothing: the training target gives 1 − ε to the "
                                     "declared class and ε evenly to all (default %1; 0: none)")
                                      .arg(defaults.labelSmoothing),
                                  "x", QString::number(defaults.labelSmoothing));
    const auto mixup = option("mixup",
                              tr("α of mixup: each training batch is blended with a shuffled copy "
                                 "of itself by λ ~ Beta(α, α), inputs and losses alike (default "
                                 "%1; 0: none)")
                                  .arg(defaults.mixup),
                              "x", QString::number(defaults.mixup));
    const auto refit = option("refit", tr("After both stages, train afresh on the training and "
                                          "validation samples for the steps the checks kept"));
    const auto members = option("members",
                                tr("Train an ensemble of n networks (seeds seed, seed + 1, …) "
                                   "whose class probabilities are averaged; one model file holds "
                                   "them all (default 0, auto: %1 on a table with "
                                   "--csv-group-column and up to %2 training samples, each "
                                   "network holding out its own groups; 1 otherwise)")
                                    .arg(core::model::TrainingSchedule::kAutoMembers)
                                    .arg(core::model::TrainingSchedule::kAutoMembersUpTo),
                                "n", QString::number(defaults.members));
    const auto dropout = option("dropout", tr("Dropout (default: the architecture's)"), "x");
    const auto batch = option("batch-size", tr("Mini-batch size (default: from the table size, 32–256, "
                                               "at least 32 steps a pass)"),
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
    parser.addOptions({samples, val, valFraction, kind, out, steps, fineTuneSteps, epochs, fineTune,
                       patience, evalEvery, warmup, lr, weightDecay, clipNorm, averaging, criterion,
                       noise, smoothing, mixup, refit, members, dropout, batch, grid, resume, threads, seed, rankModels, quiet});
    const SampleInputFlags tableFlags;
    tableFlags.addTo(parser);
    const int early = parseCommandLine(
        parser, arguments,
        tr("Train a crop classifier the seed's way: stage 1 minimises the cross-entropy weighted "
           "by n_max / n_u with RMSprop, stage 2 fine-tunes stage 1's kept weights with the plain "
           "cross-entropy. Each stage is a budget of optimiser steps with warm-up and cosine "
           "decay of the rate, gradient clipping and a validation check about once a pass; it "
           "stops after --patience checks without improvement and keeps the best check's "
           "averaged weights (docs/training.md). Runs data-parallel "
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
                // The whole table goes to the job: each network of an ensemble holds out its
                // own groups (the split above is the first network's).
                settings.groupValidationFraction = fraction;
                settings.groupSplitSeed = parser.value(seed).toULongLong();
            } else {
                validation = tableFlags.load(parser, settings.validationPath, train.classes(), train.bands(),
                                             train.stepCount(), quietFeedback);
            }
            settings.trainPath = converted.filePath(QStringLiteral("train.samples"));
            train.save(settings.trainPath);
            if (!groupSplit) {
                settings.validationPath = converted.filePath(QStringLiteral("validation.samples"));
                validation.save(settings.validationPath);
            }
        } catch (const core::Error &e) {
            return failWith(e.message());
        }
    }
    settings.modelPath = parser.value(out);
    settings.everyRankWritesModel = parser.isSet(rankModels);
    core::model::TrainOptions &options = settings.options;
    bool ok[19];
    std::fill(std::begin(ok), std::end(ok), true);
    try {
        options.spec.kind = core::model::modelKindFromName(parser.value(kind));
        options.criterion = core::model::checkpointCriterionFromName(parser.value(criterion));
        if (parser.isSet(grid))
            settings.grid = core::model::HyperparameterGrid::parse(parser.value(grid));
    } catch (const core::Error &e) {
        return failWith(e.message());
    }
    options.steps = parser.value(steps).toInt(&ok[0]);
    options.fineTuneSteps = parser.value(fineTuneSteps).toInt(&ok[1]);
    options.epochs = parser.value(epochs).toInt(&ok[2]);
    options.fineTuneEpochs = parser.value(fineTune).toInt(&ok[3]);
    options.patience = parser.value(patience).toInt(&ok[4]);
    options.evalEvery = parser.value(evalEvery).toInt(&ok[5]);
    options.warmupSteps = parser.value(warmup).toInt(&ok[6]);
    options.learningRate = parser.value(lr).toDouble(&ok[7]);
    options.weightDecay = parser.value(weightDecay).toDouble(&ok[8]);
    options.clipNorm = parser.value(clipNorm).toDouble(&ok[9]);
    options.averaging = parser.value(averaging).toDouble(&ok[10]);
    if (parser.isSet(dropout))
        options.spec.dropout = parser.value(dropout).toDouble(&ok[11]);
    options.batchSize = parser.value(batch).toInt(&ok[12]);
    options.threads = parser.value(threads).toInt(&ok[13]);
    options.seed = parser.value(seed).toULongLong(&ok[14]);
    if (parser.isSet(noise))
        options.inputNoise = parser.value(noise).toDouble(&ok[15]);
    options.members = parser.value(members).toInt(&ok[16]);
    options.labelSmoothing = parser.value(smoothing).toDouble(&ok[17]);
    options.mixup = parser.value(mixup).toDouble(&ok[18]);
    options.resume = parser.isSet(resume);
    options.refit = options.refit || parser.isSet(refit);
    if (std::find(std::begin(ok), std::end(ok), false) != std::end(ok))
        return failWith(tr("--steps, --fine-tune-steps, --epochs, --fine-tune-epochs, --patience, "
                           "--eval-every, --warmup, --lr, --weight-decay, --clip-norm, --averaging, "
                           "--input-noise, --label-smoothing, --mixup, --members, --dropout, --batch-size, --threads and --seed take numbers"));
    try {
        options.validate();
    } catch (const core::Error &e) {
        return failWith(e.message());
    }

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
        std::printf("%s\n", qPrintable(tr("Wrote %1: %2 validation checks, validation loss %3, OA %4, "
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
