// SPDX-License-Identifier: GPL-3.0-or-later
#include <cstdio>

#include <QCoreApplication>
#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>

#include "cli/cli_command.h"
#include "cli/console_feedback.h"
#include "io/gdal_handles.h"
#include "pipeline/pipeline_runner.h"
#include "pipeline/step_record.h"
#include "util/error.h"

namespace cropmap::app {

namespace {

QString stateName(core::pipeline::StepState state)
{
    switch (state) {
    case core::pipeline::StepState::NotRun: return QCoreApplication::translate("cropmap::app", "not run");
    case core::pipeline::StepState::UpToDate: return QCoreApplication::translate("cropmap::app", "up to date");
    case core::pipeline::StepState::OutOfDate: return QCoreApplication::translate("cropmap::app", "out of date");
    }
    return {};
}

// The weak-vs-final table of the evaluate step, as the demo and users read it.
void printResults(const core::pipeline::PipelineRunner &runner)
{
    const QJsonObject summary = core::pipeline::StepRecord(runner.project().outputDir() + QStringLiteral("/.state"),
                                                           QStringLiteral("evaluate"))
                                    .summary();
    if (summary.isEmpty())
        return;
    std::printf("\n%-28s %8s %8s %8s %8s\n", "test patches", "OA", "kappa", "macroF1", "minF1");
    for (const QString &reference : {QStringLiteral("declarations"), QStringLiteral("truth")}) {
        const QJsonObject r = summary.value(reference).toObject();
        for (const QString &model : {QStringLiteral("weak"), QStringLiteral("final")}) {
            if (!r.contains(model))
                continue;
            const QJsonObject m = r.value(model).toObject();
            std::printf("%-28s %8.3f %8.3f %8.3f %8.3f\n",
                        qPrintable(model + QStringLiteral(" model vs ") + reference),
                        m.value(QStringLiteral("oa")).toDouble(), m.value(QStringLiteral("kappa")).toDouble(),
                        m.value(QStringLiteral("macro_f1")).toDouble(), m.value(QStringLiteral("min_f1")).toDouble());
        }
    }
}

// Per-class PA/UA/F1 of the map model, the weak model's F1 beside it, and the cleaning of the
// reliable-sample selection: read from the report the evaluate step wrote (the truth report
// when the project has one, since that is what judges the cleaning).
void printClassTable(const QString &reportFolder)
{
    QString path = reportFolder + QStringLiteral("/accuracy_truth.json");
    if (!QFile::exists(path))
        path = reportFolder + QStringLiteral("/accuracy.json");
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly))
        return;
    const QJsonObject report = QJsonDocument::fromJson(file.readAll()).object();
    QJsonArray weakClasses;
    for (const QJsonValue &c : report.value(QStringLiteral("comparisons")).toArray()) {
        if (c.toObject().value(QStringLiteral("label")).toString().startsWith(QStringLiteral("weak")))
            weakClasses = c.toObject().value(QStringLiteral("metrics")).toObject().value(QStringLiteral("classes")).toArray();
    }
    const QString model = report.value(QStringLiteral("metadata")).toObject().value(QStringLiteral("map_model")).toString();
    std::printf("\n%s model vs %s (test patches)\n", qPrintable(model),
                qPrintable(report.value(QStringLiteral("reference")).toString()));
    std::printf("%-24s %9s %7s %7s %7s %9s\n", "class", "reference", "PA", "UA", "F1", "weak F1");
    auto cell = [](const QJsonObject &o, const char *key) {
        const QJsonValue v = o.value(QLatin1String(key));
        return v.isDouble() ? QString::number(v.toDouble(), 'f', 3) : QStringLiteral("n/a");
    };
    const QJsonArray classes = report.value(QStringLiteral("metrics")).toObject().value(QStringLiteral("classes")).toArray();
    for (qsizetype i = 0; i < classes.size(); ++i) {
        const QJsonObject c = classes[i].toObject();
        const QJsonObject w = i < weakClasses.size() ? weakClasses[i].toObject() : QJsonObject{};
        std::printf("%-24s %9lld %7s %7s %7s %9s\n", qPrintable(c.value(QStringLiteral("name")).toString().left(24)),
                    qint64(c.value(QStringLiteral("reference_count")).toDouble()),
                    qPrintable(cell(c, "producers_accuracy")), qPrintable(cell(c, "users_accuracy")),
                    qPrintable(cell(c, "f1")), qPrintable(w.isEmpty() ? QStringLiteral("-") : cell(w, "f1")));
    }
    const QJsonObject cleaning = report.value(QStringLiteral("selection")).toObject().value(QStringLiteral("cleaning")).toObject();
    if (cleaning.isEmpty())
        return;
    const QString rule = report.value(QStringLiteral("selection")).toObject().value(QStringLiteral("options"))
                             .toObject().value(QStringLiteral("rule")).toString();
    std::printf("\ncleaning (%s rule) of the train-patch pool: removed %lld pixels, %lld of them wrongly "
                "declared;\n  precision %.3f, recall %.3f of the %lld wrong pixels, %.1f %% of the %lld "
                "correct ones kept\n",
                qPrintable(rule), qint64(cleaning.value(QStringLiteral("removed")).toDouble()),
                qint64(cleaning.value(QStringLiteral("removed_wrong")).toDouble()),
                cleaning.value(QStringLiteral("precision")).toDouble(),
                cleaning.value(QStringLiteral("recall")).toDouble(),
                qint64(cleaning.value(QStringLiteral("wrong")).toDouble()),
                100.0 * cleaning.value(QStringLiteral("correct_kept_share")).toDouble(),
                qint64(cleaning.value(QStringLiteral("correct")).toDouble()));
}

} // namespace

int runRun(const QStringList &arguments)
{
    using core::pipeline::PipelineRunner;
    QCommandLineParser parser;
    parser.addPositionalArgument(QStringLiteral("project"), tr("Project file (JSON)"));
    const QCommandLineOption from(QStringLiteral("from"), tr("First step to run (default: composite)"),
                                  QStringLiteral("step"), QStringLiteral("composite"));
    const QCommandLineOption to(QStringLiteral("to"), tr("Last step to run (default: check)"),
                                QStringLiteral("step"), QStringLiteral("check"));
    const QCommandLineOption force(QStringLiteral("force"), tr("Re-run steps even when up to date"));
    const QCommandLineOption status(QStringLiteral("status"), tr("Only print each step's state"));
    const QCommandLineOption memory(QStringLiteral("memory"),
                                    tr("Memory the steps size their parts by, e.g. 4G or 512M (default: the "
                                      "project's \"memory\", else a quarter of the RAM); changes no result"),
                                    QStringLiteral("size"));
    parser.addOptions({from, to, force, status, memory});
    const int early = parseCommandLine(
        parser, arguments,
        tr("Run the whole method for a project: composite, rasterize, sample, train_weak, select, "
          "train_final, classify, evaluate, check. Steps whose options and inputs did not change since "
          "their last run are skipped, so an interrupted run resumes. Writes <output>/run.log."));
    if (early >= 0)
        return early;
    if (parser.positionalArguments().size() != 1)
        return failWith(tr("run needs exactly one project file"));
    try {
        core::pipeline::Project project = core::pipeline::Project::load(parser.positionalArguments().constFirst());
        if (parser.isSet(memory)) {
            core::MemoryBudget::parse(parser.value(memory), QStringLiteral("--memory"));
            project.memory = parser.value(memory);
        }
        core::io::configureGdalCache(project.memoryBudget());
        PipelineRunner runner(std::move(project));
        if (parser.isSet(status)) {
            const QList<core::pipeline::StepStatus> statuses = runner.statuses();
            for (int i = 0; i < statuses.size(); ++i) {
                const core::pipeline::StepStatus &s = statuses[i];
                const bool why = s.state == core::pipeline::StepState::OutOfDate;
                std::printf("%-12s %s%s\n", qPrintable(PipelineRunner::stepName(PipelineRunner::steps()[i])),
                            qPrintable(stateName(s.state)),
                            why ? qPrintable(QStringLiteral(" (") + s.reason + u')') : "");
            }
            return 0;
        }
        const auto first = PipelineRunner::stepFromName(parser.value(from));
        const auto last = PipelineRunner::stepFromName(parser.value(to));
        ConsoleFeedback feedback;
        runner.setStepObserver([&feedback](core::pipeline::PipelineStep step, const QJsonObject &) {
            feedback.log(QCoreApplication::translate("cropmap::app", "  done: %1").arg(PipelineRunner::stepName(step)));
        });
        runner.run(feedback, first, last, parser.isSet(force));
        feedback.finish();
        printResults(runner);
        printClassTable(runner.reportFolder());
        std::printf("%s\n", qPrintable(tr("Reports in %1").arg(runner.reportFolder())));
        return 0;
    } catch (const core::Canceled &) {
        return failWith(tr("run canceled; finished steps are kept and a re-run resumes"));
    } catch (const core::Error &e) {
        return failWith(e.message());
    } catch (const std::exception &e) {
        return failWith(QString::fromUtf8(e.what()));
    }
}

} // namespace cropmap::app
