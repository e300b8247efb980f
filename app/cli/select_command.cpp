// SPDX-License-Identifier: GPL-3.0-or-later
#include <cstdio>

#include <QCoreApplication>
#include <QFileInfo>
#include <QJsonObject>

#include "cli/cli_command.h"
#include "cli/console_feedback.h"
#include "pipeline/selection_step.h"
#include "util/error.h"

namespace cropmap::app {

int runSelect(const QStringList &arguments)
{
    QCommandLineParser parser;
    const QCommandLineOption model(QStringLiteral("model"), tr("The weak model that judges the pool"), QStringLiteral("file"));
    const QCommandLineOption pool(QStringLiteral("pool"),
                                  tr("Every eroded labelled pixel of the train patches (samples/pool/train.samples)"),
                                  QStringLiteral("file"));
    const QCommandLineOption train(QStringLiteral("train"), tr("The weak training set (its n_u per class caps the final set)"),
                                   QStringLiteral("file"));
    const QCommandLineOption val(QStringLiteral("val"), tr("Validation set (needed with --crossfit-folds)"), QStringLiteral("file"));
    const QCommandLineOption out(QStringLiteral("out"), tr("Output folder"), QStringLiteral("folder"));
    const QCommandLineOption composites(QStringLiteral("composites"),
                                        tr("Folder of <TILE>/<TILE>_composites.vrt: also write <TILE>_reliable.tif "
                                          "(1 kept, 2 disagreeing, 3 low confidence)"),
                                        QStringLiteral("folder"));
    const QCommandLineOption rule(QStringLiteral("rule"), tr("seed, adaptive (default), parcel or none"), QStringLiteral("rule"),
                                  QStringLiteral("adaptive"));
    const QCommandLineOption percentile(QStringLiteral("percentile"),
                                        tr("seed rule: share (%) of each class's candidates dropped from the bottom (default 25)"),
                                        QStringLiteral("p"), QStringLiteral("25"));
    const QCommandLineOption floor(QStringLiteral("adaptive-floor"),
                                   tr("adaptive rule: classes whose disagreement rate is below this are kept whole (default 0.05)"),
                                   QStringLiteral("x"), QStringLiteral("0.05"));
    const QCommandLineOption agreement(QStringLiteral("parcel-agreement"),
                                       tr("parcel rule: drop a parcel when fewer of its pixels agree (default 0.5)"),
                                       QStringLiteral("x"), QStringLiteral("0.5"));
    const QCommandLineOption guard(QStringLiteral("parcel-guard"),
                                   tr("parcel rule: skip a class whose dropped share would exceed this (default 0.5)"),
                                   QStringLiteral("x"), QStringLiteral("0.5"));
    const QCommandLineOption folds(QStringLiteral("crossfit-folds"), tr("Judge each pixel with a model trained without its fold (k ≥ 2; default 0: off)"),
                                   QStringLiteral("k"), QStringLiteral("0"));
    const QCommandLineOption seed(QStringLiteral("seed"), tr("Random seed (default 1)"), QStringLiteral("n"), QStringLiteral("1"));
    const QCommandLineOption quiet(QStringLiteral("quiet"), tr("No progress bar"));
    parser.addOptions({model, pool, train, val, out, composites, rule, percentile, floor, agreement, guard, folds, seed, quiet});
    const int early = parseCommandLine(
        parser, arguments,
        tr("Select reliable samples: the weak model judges every pool pixel; candidates are pixels whose "
          "prediction equals their declaration; the rule keeps the reliable ones; the final training set "
          "is drawn from them with the weak set's n_u per class, capped by the pool. Writes "
          "final_train.samples and selection.json (per-class counts, r_u, and on synthetic data the "
          "cleaning's precision and recall against the truth)."));
    if (early >= 0)
        return early;
    for (const auto &required : {model, pool, train, out}) {
        if (!parser.isSet(required))
            return failWith(tr("select needs --%1").arg(required.names().constFirst()));
    }
    try {
        QJsonObject o{{QStringLiteral("rule"), parser.value(rule)}};
        const QList<std::pair<const QCommandLineOption *, QString>> numbers = {
            {&percentile, QStringLiteral("percentile")}, {&floor, QStringLiteral("adaptive_floor")},
            {&agreement, QStringLiteral("parcel_agreement")}, {&guard, QStringLiteral("parcel_guard")},
            {&folds, QStringLiteral("crossfit_folds")}, {&seed, QStringLiteral("seed")}};
        for (const auto &[option, key] : numbers) {
            bool ok = false;
            const double value = parser.value(*option).toDouble(&ok);
            if (!ok)
                return failWith(tr("--%1 takes a number, not \"%2\"").arg(option->names().constFirst(), parser.value(*option)));
            o.insert(key, value);
        }
        const auto options = core::select::SelectionOptions::fromJson(o, QStringLiteral("cropmap select"));
        core::pipeline::SelectionFiles files;
        files.weakModel = parser.value(model);
        files.pool = parser.value(pool);
        files.weakTrain = parser.value(train);
        files.validation = parser.value(val);
        files.outputFolder = parser.value(out);
        if (options.crossfitFolds >= 2 && files.validation.isEmpty())
            return failWith(tr("--crossfit-folds needs --val"));
        if (parser.isSet(composites)) {
            const QString folder = parser.value(composites);
            files.stackOf = [folder](const QString &tile) -> QString {
                return folder + u'/' + tile + u'/' + tile + QStringLiteral("_composites.vrt");
            };
        }
        ConsoleFeedback feedback(parser.isSet(quiet));
        const QJsonObject summary = core::pipeline::runSelection(files, options, feedback);
        feedback.finish();
        const QJsonObject totals = summary.value(QStringLiteral("totals")).toObject();
        std::printf("%s\n", qPrintable(tr("%1 pool pixels, %2 candidates, %3 kept; final training set of %4 samples in %5")
                                          .arg(totals.value(QStringLiteral("labelled")).toInteger())
                                          .arg(totals.value(QStringLiteral("candidates")).toInteger())
                                          .arg(totals.value(QStringLiteral("kept")).toInteger())
                                          .arg(summary.value(QStringLiteral("final_train_samples")).toInteger())
                                          .arg(files.outputFolder)));
        const QJsonObject cleaning = summary.value(QStringLiteral("cleaning")).toObject();
        if (!cleaning.isEmpty()) {
            // Precision is undefined (null in selection.json) when nothing was removed.
            const QJsonValue precision = cleaning.value(QStringLiteral("precision"));
            std::printf("%s\n", qPrintable(tr("cleaning against the truth: removed %1 pixels, %2 wrongly declared; "
                                              "precision %3, recall %4")
                                              .arg(cleaning.value(QStringLiteral("removed")).toInteger())
                                              .arg(cleaning.value(QStringLiteral("removed_wrong")).toInteger())
                                              .arg(precision.isDouble() ? QString::number(precision.toDouble(), 'f', 3)
                                                                        : tr("– (nothing removed)"))
                                              .arg(cleaning.value(QStringLiteral("recall")).toDouble(), 0, 'f', 3)));
        }
        return 0;
    } catch (const core::Canceled &) {
        return failWith(tr("select canceled; no output was replaced"));
    } catch (const core::Error &e) {
        return failWith(e.message());
    }
}

} // namespace cropmap::app
