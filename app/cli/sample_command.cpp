// SPDX-License-Identifier: GPL-3.0-or-later
#include <cstdio>

#include <QCoreApplication>
#include <QJsonValue>

#include "cli/cli_command.h"
#include "cli/console_feedback.h"
#include "sampling/training_set_job.h"
#include "util/error.h"
#include "util/output_paths.h"

namespace cropmap::app {

int runSample(const QStringList &arguments)
{
    const core::sampling::StratifiedSamplingOptions defaults;
    QCommandLineParser parser;
    const QCommandLineOption thematic(QStringLiteral("thematic"), tr("Folder with the outputs of `cropmap rasterize`"), QStringLiteral("folder"));
    const QCommandLineOption composites(QStringLiteral("composites"), tr("Folder with <TILE>_composites.vrt per tile"), QStringLiteral("folder"));
    const QCommandLineOption out(QStringLiteral("out"), tr("Output folder"), QStringLiteral("folder"));
    const QCommandLineOption split(QStringLiteral("split"),
        tr("Folder with <TILE>_split.tif from `cropmap split` (default: split here with --seed and --fractions)"), QStringLiteral("folder"));
    const QCommandLineOption tiles(QStringLiteral("tile"), tr("Only this tile (repeatable; default: every tile of --thematic)"), QStringLiteral("id"));
    const QCommandLineOption budget(QStringLiteral("budget"), tr("S, the training sample budget (default %1)").arg(defaults.budget),
                                    QStringLiteral("n"), QString::number(defaults.budget));
    const QCommandLineOption kBoost(QStringLiteral("k-boost"), tr("k_boost: s_u = k_boost · p_u + k_min for least-present classes (default %1)").arg(defaults.kBoost),
                                    QStringLiteral("x"), QString::number(defaults.kBoost));
    const QCommandLineOption kMin(QStringLiteral("k-min"), tr("k_min (default %1)").arg(defaults.kMin), QStringLiteral("x"),
                                  QString::number(defaults.kMin));
    const QCommandLineOption quantile(QStringLiteral("quantile"),
        tr("τ is this percentile of the priors, in percent, more than 1 and at most 100 (default %1)")
            .arg(defaults.quantilePercent), QStringLiteral("percent"), QString::number(defaults.quantilePercent));
    const QCommandLineOption validation(QStringLiteral("validation-budget"),
        tr("Validation budget as a fraction of S, drawn by the same scheme from validation patches (default %1)")
            .arg(defaults.validationBudgetFraction), QStringLiteral("f"), QString::number(defaults.validationBudgetFraction));
    const QCommandLineOption seed(QStringLiteral("seed"), tr("Random seed of the split and the draw (default 1)"), QStringLiteral("n"),
                                  QString::number(defaults.seed));
    const QCommandLineOption fractions(QStringLiteral("fractions"), tr("Patch shares train,validation,test (default 0.6,0.2,0.2)"),
                                       QStringLiteral("t,v,s"), QStringLiteral("0.6,0.2,0.2"));
    parser.addOptions({thematic, composites, out, split, tiles, budget, kBoost, kMin, quantile, validation, seed, fractions});
    const int early = parseCommandLine(parser, arguments,
        tr("Draw the weak training set: priors p_u from the eroded maps of all tiles, τ = the --quantile "
           "percentile of the priors (65th by default), s_u = p_u (p_u ≥ τ) or k_boost · p_u + k_min, n_u = min(N_u, round(S · s_u / Σ s)) "
           "from train patches; validation samples by the same scheme from validation patches; the test set "
           "is every eroded labelled pixel of test patches. A parcel belongs to the set of the patch holding "
           "most of its eroded pixels. Prints the plan, then writes train.samples, validation.samples, "
           "test.samples and sampling.json."));
    if (early >= 0)
        return early;
    if (!parser.isSet(thematic) || !parser.isSet(composites) || !parser.isSet(out))
        return failWith(tr("sample needs --thematic, --composites and --out"));
    core::sampling::TrainingSetOptions options;
    options.thematicFolder = parser.value(thematic);
    options.compositeFolder = parser.value(composites);
    options.outputFolder = parser.value(out);
    options.splitFolder = parser.value(split);
    bool ok[6] = {};
    options.sampling.budget = parser.value(budget).toLongLong(&ok[0]);
    options.sampling.kBoost = parser.value(kBoost).toDouble(&ok[1]);
    options.sampling.kMin = parser.value(kMin).toDouble(&ok[2]);
    options.sampling.validationBudgetFraction = parser.value(validation).toDouble(&ok[3]);
    options.sampling.seed = parser.value(seed).toULongLong(&ok[4]);
    options.split.seed = options.sampling.seed;
    try {
        options.tiles = core::checkedTileIds(parser.values(tiles), QStringLiteral("--tile"));
        options.sampling.quantilePercent = core::sampling::StratifiedSamplingOptions::parseQuantilePercent(
            QJsonValue(parser.value(quantile)), QStringLiteral("--quantile"));
    } catch (const core::Error &error) {
        return failWith(error.message());
    }
    const auto parsed = core::sampling::SpatialSplit::parseFractions(parser.value(fractions));
    ok[5] = parsed.has_value();
    if (parsed)
        options.split.fractions = *parsed;
    if (!(ok[0] && ok[1] && ok[2] && ok[3] && ok[4] && ok[5]) || options.sampling.budget < 0
        || options.sampling.kBoost < 0 || options.sampling.kMin < 0 || options.sampling.validationBudgetFraction < 0)
        return failWith(tr("--budget, --k-boost, --k-min, --validation-budget, --seed and --fractions take numbers ≥ 0"));

    core::sampling::TrainingSetJob job(options);
    ConsoleFeedback feedback;
    job.setPlanCallback([&feedback](const core::sampling::TrainingSetReport &report) {
        feedback.finish();
        std::fputs(qPrintable(report.describePlan()), stdout);
        std::fflush(stdout);
    });
    const core::JobResult result = job.run(feedback);
    feedback.finish();
    if (result.status == core::JobResult::Status::Canceled)
        return failWith(tr("canceled; no output was replaced"));
    if (!result.succeeded())
        return failWith(result.message);
    const auto &report = job.report();
    std::printf("%s\n", qPrintable(tr("Wrote %1 training, %2 validation and %3 test samples to %4")
                                       .arg(report.trainSize).arg(report.validationSize).arg(report.testSize)
                                       .arg(options.outputFolder)));
    return 0;
}

} // namespace cropmap::app
