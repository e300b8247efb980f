// SPDX-License-Identifier: GPL-3.0-or-later
#include <cstdio>

#include <QCoreApplication>
#include <QJsonObject>

#include "cli/cli_command.h"
#include "cli/console_feedback.h"
#include "experiment/experiment_report.h"
#include "experiment/experiment_runner.h"
#include "pipeline/project.h"
#include "util/error.h"

namespace cropmap::app {

int runExperiment(const QStringList &arguments)
{
    using namespace core::experiment;
    auto t = [](const char *text) { return QCoreApplication::translate("cropmap::app", text); };
    QCommandLineParser parser;
    parser.addPositionalArgument(QStringLiteral("table"), t("table1, table2 or table3"));
    parser.addPositionalArgument(QStringLiteral("project"), t("Project file (JSON)"));
    const QCommandLineOption target(QStringLiteral("target-tile"),
                                    t("Tile whose test patches score every column (default: the tile "
                                      "with the most acquisitions)"),
                                    QStringLiteral("tile"));
    const QCommandLineOption repeats(QStringLiteral("repeats"),
                                     t("Runs per column with seeds seed, seed+1, …: mean ± sd (default 1)"),
                                     QStringLiteral("n"), QStringLiteral("1"));
    const QCommandLineOption columns(QStringLiteral("columns"),
                                     t("Comma-separated subset of the columns (table1: target_tile, "
                                       "other_tiles, all_tiles; table2: lstm, msresnet, inceptiontime, "
                                       "starrnn, forest, tempcnn; table3: none, seed, adaptive, parcel)"),
                                     QStringLiteral("list"));
    parser.addOptions({target, repeats, columns});
    const int early = parseCommandLine(
        parser, arguments,
        t("Rerun one of the seed's comparisons on a project. The project's pipeline runs first up "
          "to the samples (skipped when up to date); each column then trains under "
          "<output>/experiments/<table>/ and is scored on the labelled test-patch pixels of the "
          "target tile against the declarations and, on synthetic scenes, the truth. Finished "
          "columns are reused, so an interrupted experiment resumes. Writes "
          "<output>/experiments/<table>.json, .csv and .html and prints the table."));
    if (early >= 0)
        return early;
    if (parser.positionalArguments().size() != 2)
        return failWith(t("experiment needs a table (table1, table2 or table3) and a project file"));
    try {
        ExperimentOptions options;
        options.table = ExperimentOptions::tableFromName(parser.positionalArguments()[0]);
        options.targetTile = parser.value(target);
        bool ok = false;
        options.repeats = parser.value(repeats).toInt(&ok);
        if (!ok)
            return failWith(t("--repeats needs a whole number, not \"%1\"").arg(parser.value(repeats)));
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
        std::printf("\n%s\n", qPrintable(t("Tables in %1.json, .csv and .html").arg(runner.folder())));
        return 0;
    } catch (const core::Canceled &) {
        return failWith(t("experiment canceled; finished columns are kept and a re-run resumes"));
    } catch (const core::Error &e) {
        return failWith(e.message());
    } catch (const std::exception &e) {
        return failWith(QString::fromUtf8(e.what()));
    }
}

} // namespace cropmap::app
