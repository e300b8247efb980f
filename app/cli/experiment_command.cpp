// SPDX-License-Identifier: GPL-3.0-or-later
#include <cstdio>

#include <QCoreApplication>
#include <QJsonDocument>
#include <QJsonObject>

#include "cli/cli_command.h"
#include "cli/console_feedback.h"
#include "cli/sample_input.h"
#include "experiment/cross_validation_job.h"
#include "experiment/cross_validation_report.h"
#include "experiment/experiment_report.h"
#include "experiment/experiment_runner.h"
#include "model/model_spec.h"
#include "pipeline/project.h"
#include "pipeline/step_options.h"
#include "util/error.h"
#include "util/json_syntax_error.h"
#include "util/output_paths.h"

namespace cropmap::app {

namespace {

// --train is one line on the command line: the column is what helps.
QString trainSyntaxError(const QByteArray &json, const QJsonParseError &error)
{
    const core::JsonSyntaxError syntax(json, error);
    return syntax.line() == 1 ? tr("column %1: %2").arg(syntax.column()).arg(syntax.reason())
                              : syntax.located();
}

// `cropmap experiment cv TABLE`: group-wise, stratified k-fold cross-validation of several
// models on a sample table (issue 16).
int runCrossValidation(const QStringList &arguments)
{
    using namespace core::experiment;
    QCommandLineParser parser;
    parser.addPositionalArgument(QStringLiteral("table"),
                                 tr("Sample table: a CSV table (see --csv-*) or a sample set (.samples)"));
    const QString defaultModels = CrossValidationSettings::defaultModels().join(u',');
    const QCommandLineOption folds(QStringLiteral("folds"), tr("Number of folds k (default 5)"), QStringLiteral("k"),
                                   QStringLiteral("5"));
    const QCommandLineOption models(QStringLiteral("models"),
                                    tr("Comma-separated models: %1 or forest (default %2)")
                                        .arg(core::model::modelKindNames().join(QStringLiteral(", ")), defaultModels),
                                    QStringLiteral("list"), defaultModels);
    const QCommandLineOption out(QStringLiteral("out"),
                                 tr("Folder for folds.csv, cv-cells/ (one file per finished model and fold), "
                                   "cv.json, cv.csv, cv.html and cv-folds.csv"),
                                 QStringLiteral("dir"));
    const QCommandLineOption seed(QStringLiteral("seed"), tr("Random seed of the folds and the training (default 42)"),
                                  QStringLiteral("n"), QStringLiteral("42"));
    const QCommandLineOption threads(QStringLiteral("threads"), tr("LibTorch and forest threads (default: every core)"),
                                     QStringLiteral("n"), QStringLiteral("0"));
    const QCommandLineOption repeats(QStringLiteral("repeats"),
                                     tr("Trainings per model and fold, with training seeds seed, seed+1, … on the "
                                        "same folds and validation splits: each fold's figures are the mean of "
                                        "its runs, and the mean per seed shows how much the result moves from "
                                        "training noise alone (default 1)"),
                                     QStringLiteral("n"), QStringLiteral("1"));
    const QCommandLineOption quiet(QStringLiteral("quiet"), tr("No progress bar"));
    const QCommandLineOption training(QStringLiteral("train"),
                                      tr("The networks' training options as a project's \"train\" section, "
                                        "e.g. '{\"criterion\": \"loss\", \"steps\": 1000}' (default: the "
                                        "defaults of cropmap train)"),
                                      QStringLiteral("json"));
    parser.addOptions({folds, models, out, seed, threads, repeats, training, quiet});
    const SampleInputFlags tableFlags;
    tableFlags.addTo(parser);
    const int early = parseCommandLine(
        parser, arguments,
        tr("Cross-validate models on one sample table, group-wise and stratified by class: the groups "
          "(--csv-group-column: polygon, parcel or location ids) are dealt to k folds so that every "
          "fold has about the same share of each class and no group is on two folds. For each fold, "
          "each model trains on the other folds (the networks with the default training options or --train, "
          "stopping early on a stratified group validation split of 20 % of them; the random forest "
          "on all of them) and is scored on the fold. Prints OA and macro F1 per fold with mean ± sd. "
          "Finished folds are kept, so an interrupted run resumes (Ctrl-C cancels cleanly)."));
    if (early >= 0)
        return early;
    if (parser.positionalArguments().size() != 1 || !parser.isSet(out))
        return failWith(tr("experiment cv needs one sample table and --out"));
    CrossValidationSettings settings;
    settings.source = parser.positionalArguments().front();
    settings.outputDir = parser.value(out);
    settings.models = parser.value(models).toLower().split(u',', Qt::SkipEmptyParts);
    bool ok[4] = {true, true, true, true};
    settings.folds = parser.value(folds).toInt(&ok[0]);
    settings.seed = parser.value(seed).toULongLong(&ok[1]);
    settings.threads = parser.value(threads).toInt(&ok[2]);
    settings.repeats = parser.value(repeats).toInt(&ok[3]);
    if (!ok[0] || !ok[1] || !ok[2] || !ok[3] || settings.threads < 0)
        return failWith(tr("--folds, --seed, --threads and --repeats take whole numbers"));
    const bool table = SampleInputFlags::isTable(settings.source);
    try {
        if (parser.isSet(training)) {
            const QByteArray json = parser.value(training).toUtf8();
            QJsonParseError error;
            const QJsonDocument document = QJsonDocument::fromJson(json, &error);
            if (error.error != QJsonParseError::NoError || !document.isObject())
                return failWith(tr("--train takes a JSON object such as '{\"steps\": 1000}': %1")
                                    .arg(error.error != QJsonParseError::NoError
                                             ? trainSyntaxError(json, error)
                                             : tr("not an object")));
            settings.training = core::pipeline::trainOptionsFromJson(document.object(), settings.seed,
                                                                     QStringLiteral("--train"));
        }
        settings.validateOptions();
        core::Feedback quietFeedback;
        settings.samples = tableFlags.load(parser, settings.source, {}, {}, 0, quietFeedback);
        settings.validate();
    } catch (const core::Error &e) {
        return failWith(e.message());
    }
    if (table && !parser.isSet(tableFlags.groupColumn))
        std::printf("%s\n", qPrintable(tr("No --csv-group-column: every row is its own group, so samples of one "
                                         "field or location may be on different folds and the scores flatter "
                                         "the models")));
    CrossValidationJob job(settings);
    ConsoleFeedback feedback(parser.isSet(quiet));
    const core::JobResult result = job.run(feedback);
    feedback.finish();
    if (result.status == core::JobResult::Status::Canceled)
        return failWith(tr("cross-validation canceled; finished folds are kept in %1 and a re-run resumes")
                            .arg(settings.outputDir + QStringLiteral("/cv-cells")));
    if (!result.succeeded())
        return failWith(result.message);
    std::printf("\n%s", qPrintable(formatFoldTable(job.report())));
    std::printf("%s", qPrintable(formatTable(job.report(), QStringLiteral("final"), QStringLiteral("declarations"))));
    std::printf("\n%s\n", qPrintable(tr("Folds in %1; tables in %2.json, .csv and .html, per fold in %3")
                                          .arg(job.foldsPath(), job.reportStem(),
                                               settings.outputDir + QStringLiteral("/cv-folds.csv"))));
    return 0;
}

} // namespace

int runExperiment(const QStringList &arguments)
{
    using namespace core::experiment;
    if (arguments.size() > 1 && arguments[1] == QStringLiteral("cv"))
        return runCrossValidation(QStringList{arguments.value(0) + QStringLiteral(" cv")} + arguments.mid(2));
    QCommandLineParser parser;
    parser.addPositionalArgument(QStringLiteral("table"),
                                 tr("table1, table2 or table3; or cv for a cross-validation on a sample "
                                   "table (cropmap experiment cv --help)"));
    parser.addPositionalArgument(QStringLiteral("project"), tr("Project file (JSON)"));
    const QCommandLineOption target(QStringLiteral("target-tile"),
                                    tr("Tile whose test patches score every column (default: the tile "
                                      "with the most acquisitions), or \"all\" for the test patches of "
                                      "every tile (tables 2 and 3: more parcels, steadier scores)"),
                                    QStringLiteral("tile"));
    const QCommandLineOption repeats(QStringLiteral("repeats"),
                                     tr("Runs per column with seeds seed, seed+1, …: mean ± sd (default 1)"),
                                     QStringLiteral("n"), QStringLiteral("1"));
    const QCommandLineOption columns(QStringLiteral("columns"),
                                     tr("Comma-separated subset of the columns (table1: whole_series, "
                                       "target_tile, other_tiles, all_tiles; table2: lstm, msresnet, inceptiontime, "
                                       "starrnn, forest, tempcnn; table3: none, seed, adaptive, parcel)"),
                                     QStringLiteral("list"));
    const QCommandLineOption seeds(QStringLiteral("seeds"),
                                   tr("Comma-separated seeds instead of --repeats (say 2 here and 3 in a "
                                     "second process): each run is stored by its seed, so a later "
                                     "--repeats run that includes these seeds reuses them"),
                                   QStringLiteral("list"));
    parser.addOptions({target, repeats, seeds, columns});
    const int early = parseCommandLine(
        parser, arguments,
        tr("Rerun one of the seed's comparisons on a project. The project's pipeline runs first up "
          "to the samples (skipped when up to date); each column then trains under "
          "<output>/experiments/<table>/ and is scored on the labelled test-patch pixels of the "
          "target tile against the declarations and, on synthetic scenes, the truth. Finished "
          "columns are reused, so an interrupted experiment resumes. Writes "
          "<output>/experiments/<table>.json, .csv and .html and prints the table. "
          "`cropmap experiment cv TABLE.csv --out DIR` instead cross-validates models group-wise on "
          "a sample table."));
    if (early >= 0)
        return early;
    if (parser.positionalArguments().size() != 2)
        return failWith(tr("experiment needs a table (table1, table2 or table3) and a project file"));
    try {
        ExperimentOptions options;
        options.table = ExperimentOptions::tableFromName(parser.positionalArguments()[0]);
        // The target tile names the experiment's folders: checked before anything is read.
        if (parser.isSet(target))
            options.targetTile = parser.value(target) == ExperimentOptions::allTiles()
                                     ? ExperimentOptions::allTiles()
                                     : core::checkedTileId(parser.value(target), QStringLiteral("--target-tile"));
        bool ok = false;
        options.repeats = parser.value(repeats).toInt(&ok);
        if (!ok)
            return failWith(tr("--repeats needs a whole number, not \"%1\"").arg(parser.value(repeats)));
        if (parser.isSet(seeds)) {
            for (const QString &item : parser.value(seeds).split(u',', Qt::SkipEmptyParts)) {
                const int seed = item.trimmed().toInt(&ok);
                if (!ok)
                    return failWith(tr("--seeds needs whole numbers separated by commas, not \"%1\"").arg(item));
                options.seeds.append(seed);
            }
            if (options.seeds.isEmpty())
                return failWith(tr("--seeds needs at least one seed"));
        }
        if (parser.isSet(columns))
            options.columns = parser.value(columns).split(u',', Qt::SkipEmptyParts);
        ExperimentRunner runner(core::pipeline::Project::load(parser.positionalArguments()[1]), options);
        ConsoleFeedback feedback;
        const QJsonObject report = runner.run(feedback);
        feedback.finish();
        const bool truth = report.value(QStringLiteral("has_truth")).toBool();
        const bool weak = options.table == ExperimentTable::Table3;
        for (const QString &reference : truth ? QStringList{QStringLiteral("truth"), QStringLiteral("declarations")}
                                              : QStringList{QStringLiteral("declarations")}) {
            if (weak)
                std::printf("\n%s", qPrintable(formatTable(report, QStringLiteral("weak"), reference)));
            std::printf("\n%s", qPrintable(formatTable(report, QStringLiteral("final"), reference)));
        }
        std::printf("\n%s\n", qPrintable(tr("Tables in %1.json, .csv and .html").arg(runner.folder())));
        return 0;
    } catch (const core::Canceled &) {
        return failWith(tr("experiment canceled; finished columns are kept and a re-run resumes"));
    } catch (const core::Error &e) {
        return failWith(e.message());
    } catch (const std::exception &e) {
        return failWith(QString::fromUtf8(e.what()));
    }
}

} // namespace cropmap::app
