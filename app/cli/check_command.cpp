// SPDX-License-Identifier: GPL-3.0-or-later
#include <cmath>
#include <cstdio>

#include <QCoreApplication>
#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>

#include "check/check_options.h"
#include "check/declaration_check.h"
#include "cli/cli_command.h"
#include "cli/console_feedback.h"
#include "pipeline/pipeline_runner.h"
#include "util/error.h"

namespace cropmap::app {

namespace {

QString figure(const QJsonValue &v)
{
    return v.isDouble() ? QString::number(v.toDouble(), 'f', 2) : QStringLiteral("n/a");
}

// Parcels per status and class, then the detection figures when the scene has a truth.
void printSummary(const QString &path)
{
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly))
        return;
    const QJsonObject summary = QJsonDocument::fromJson(file.readAll()).object();
    const QStringList statuses{QStringLiteral("agrees"), QStringLiteral("doubtful"), QStringLiteral("disagrees"),
                               QStringLiteral("too small")};
    std::printf("\n%-24s %9s %9s %9s %9s\n", "parcels", "agrees", "doubtful", "disagrees", "too small");
    auto row = [&](const QString &name, const QJsonObject &status) {
        std::printf("%-24s", qPrintable(name.left(24)));
        for (const QString &s : statuses)
            std::printf(" %9lld", qint64(status.value(s).toObject().value(QStringLiteral("parcels")).toDouble()));
        std::printf("\n");
    };
    for (const QJsonValue &c : summary.value(QStringLiteral("classes")).toArray())
        row(c.toObject().value(QStringLiteral("name")).toString(), c.toObject().value(QStringLiteral("status")).toObject());
    row(tr("all"), summary.value(QStringLiteral("status")).toObject());
    const QJsonObject detection = summary.value(QStringLiteral("detection")).toObject();
    if (detection.isEmpty())
        return;
    std::printf("\n%s\n%-28s %10s %8s %10s %8s %7s\n",
                qPrintable(tr("Finding the truly wrong declarations (parcels):")), "", "precision", "recall",
                "precision", "recall", "wrong");
    std::printf("%-28s %19s %19s\n", "", "disagrees", "+ doubtful");
    for (const QString &scope : {QStringLiteral("test"), QStringLiteral("all")}) {
        const QJsonObject d = detection.value(scope).toObject();
        const QJsonObject a = d.value(QStringLiteral("disagrees")).toObject();
        const QJsonObject b = d.value(QStringLiteral("disagrees_or_doubtful")).toObject();
        std::printf("%-28s %10s %8s %10s %8s %7lld\n",
                    qPrintable(scope == QStringLiteral("test") ? tr("test-set parcels") : tr("all parcels")),
                    qPrintable(figure(a.value(QStringLiteral("precision")))), qPrintable(figure(a.value(QStringLiteral("recall")))),
                    qPrintable(figure(b.value(QStringLiteral("precision")))), qPrintable(figure(b.value(QStringLiteral("recall")))),
                    qint64(a.value(QStringLiteral("wrong")).toDouble()));
    }
}

} // namespace

int runCheck(const QStringList &arguments)
{
    using core::pipeline::PipelineRunner;
    using core::pipeline::PipelineStep;
    const core::check::CheckOptions defaults;
    QCommandLineParser parser;
    parser.addPositionalArgument(QStringLiteral("project"), tr("Project file (JSON) whose maps to check"));
    const QCommandLineOption agree(QStringLiteral("agree"),
                                   tr("Agreement from which a declaration agrees (default: the project's "
                                     "check.agree, else %1)").arg(defaults.agree),
                                   QStringLiteral("share"));
    const QCommandLineOption disagree(QStringLiteral("disagree"),
                                      tr("Agreement under which a declaration disagrees (default: the "
                                        "project's check.disagree, else %1)").arg(defaults.disagree),
                                      QStringLiteral("share"));
    const QCommandLineOption minPixels(QStringLiteral("min-pixels"),
                                       tr("Fewer mapped eroded pixels make a parcel \"too small\" (default: "
                                         "the project's check.min_pixels, else %1)").arg(defaults.minPixels),
                                       QStringLiteral("n"));
    const QCommandLineOption save(QStringLiteral("save"), tr("Write the thresholds given here into the project file"));
    const QCommandLineOption force(QStringLiteral("force"), tr("Check again even when up to date"));
    parser.addOptions({agree, disagree, minPixels, save, force});
    const int early = parseCommandLine(
        parser, arguments,
        tr("Check every declared parcel of a legend class against the project's class maps (the "
          "pipeline's check step; needs the steps up to classify, and evaluate for the report "
          "section). Writes <output>/check/parcels.gpkg with parcels.qml, summary.json and "
          "summary.csv, and adds the summary to <output>/reports/accuracy.html. Status: agrees "
          "when the share of mapped eroded pixels of the declared class is at least --agree, "
          "disagrees under --disagree, doubtful between, too small under --min-pixels."));
    if (early >= 0)
        return early;
    if (parser.positionalArguments().size() != 1)
        return failWith(tr("check needs exactly one project file"));
    try {
        core::pipeline::Project project = core::pipeline::Project::load(parser.positionalArguments().constFirst());
        QJsonObject section = project.stepOptions(QStringLiteral("check"));
        const std::pair<const QCommandLineOption *, QString> keys[] = {
            {&agree, QStringLiteral("agree")}, {&disagree, QStringLiteral("disagree")}, {&minPixels, QStringLiteral("min_pixels")}};
        for (const auto &[option, key] : keys) {
            if (!parser.isSet(*option))
                continue;
            bool ok = false;
            const double value = parser.value(*option).toDouble(&ok);
            if (!ok || !std::isfinite(value))
                return failWith(tr("--%1 needs a number, not \"%2\"").arg(option->names().constFirst(), parser.value(*option)));
            section.insert(key, value);
        }
        // Checked here, so a bad flag names the flag's values before anything runs.
        core::check::CheckOptions::fromJson(section, tr("the check thresholds"));
        project.steps.insert(QStringLiteral("check"), section);
        if (parser.isSet(save))
            project.save(project.path);
        PipelineRunner runner(project);
        ConsoleFeedback feedback;
        runner.run(feedback, PipelineStep::Check, PipelineStep::Check, parser.isSet(force));
        feedback.finish();
        printSummary(core::check::DeclarationCheck::summaryJsonPath(runner.checkFolder()));
        std::printf("%s\n", qPrintable(tr("Checked parcels in %1").arg(core::check::DeclarationCheck::geoPackagePath(runner.checkFolder()))));
        return 0;
    } catch (const core::Canceled &) {
        return failWith(tr("check canceled; earlier outputs are kept"));
    } catch (const core::Error &e) {
        return failWith(e.message());
    } catch (const std::exception &e) {
        return failWith(QString::fromUtf8(e.what()));
    }
}

} // namespace cropmap::app
