// SPDX-License-Identifier: GPL-3.0-or-later
#include <algorithm>
#include <cmath>
#include <cstdio>

#include <QCoreApplication>
#include <QFile>
#include <QFileInfo>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>

#include "cli/cli_command.h"
#include "cli/console_feedback.h"
#include "cli/sample_input.h"
#include "classify/classifier.h"
#include "evaluate/accuracy_report.h"
#include "evaluate/raster_comparison.h"
#include "util/error.h"
#include "util/json_syntax_error.h"

namespace cropmap::app {

namespace {

QJsonDocument readJson(const QString &path)
{
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly))
        throw core::Error(tr("Cannot read \"%1\": %2").arg(path, file.errorString()));
    return core::JsonSyntaxError::parse(file.readAll(), path);
}

/** A class table file ([{"id", "name", "colour"}, …]) or a legend with a "classes" list. */
core::thematic::ClassTable loadClasses(const QString &path)
{
    const QJsonDocument document = readJson(path);
    if (document.isArray())
        return core::thematic::ClassTable::fromJson(document.array(), path);
    const QJsonObject object = document.object();
    if (object.value(QStringLiteral("classes")).isArray())
        return core::thematic::ClassTable::fromJson(object.value(QStringLiteral("classes")).toArray(), path);
    if (object.contains(QStringLiteral("mapping"))) // a legend without its own classes: the seed's 15
        return core::thematic::ClassTable::seedClasses();
    throw core::Error(tr("\"%1\" holds neither a class list nor a legend with \"classes\"").arg(path));
}

int parseSet(const QString &text, bool *ok)
{
    const QString lower = text.toLower();
    *ok = true;
    if (lower == QStringLiteral("train"))
        return 1;
    if (lower == QStringLiteral("validation"))
        return 2;
    if (lower == QStringLiteral("test"))
        return 3;
    return text.toInt(ok);
}

QString fixed(double value, int decimals = 3)
{
    return std::isfinite(value) ? QString::number(value, 'f', decimals) : QStringLiteral("n/a");
}

void printSummary(const core::evaluate::AccuracyReport &report, qint64 unmapped)
{
    const auto m = report.metrics();
    std::printf("%s\n", qPrintable(tr("Pixels %1, OA %2, kappa %3, macro F1 %4, minimum F1 %5")
                                       .arg(m.total)
                                       .arg(fixed(m.overallAccuracy, 4), fixed(m.kappa, 4),
                                            fixed(m.macroF1, 4), fixed(m.minF1, 4))));
    if (unmapped > 0)
        std::printf("%s\n", qPrintable(tr("%1 labelled pixels are not classified in the map and "
                                          "are left out").arg(unmapped)));
    std::printf("%-28s %10s %10s %7s %7s %7s\n", qPrintable(tr("class")), qPrintable(tr("reference")),
                qPrintable(tr("mapped")), "PA", "UA", "F1");
    for (int u = 0; u < report.classes.size(); ++u) {
        const auto &c = m.perClass[std::size_t(u)];
        std::printf("%-28s %10lld %10lld %7s %7s %7s\n", qPrintable(report.classes.at(u).name),
                    static_cast<long long>(c.referenceCount), static_cast<long long>(c.predictedCount),
                    qPrintable(fixed(c.producersAccuracy)), qPrintable(fixed(c.usersAccuracy)),
                    qPrintable(fixed(c.f1)));
    }
}

} // namespace

int runEvaluate(const QStringList &arguments)
{
    QCommandLineParser parser;
    const QCommandLineOption reference(QStringLiteral("reference"),
                                       tr("Reference class raster (ids; 0 = no reference), e.g. the "
                                          "eroded declarations or the synthetic truth"),
                                       QStringLiteral("raster"));
    const QCommandLineOption map(QStringLiteral("map"), tr("Class map to assess (ids; 0 = not classified)"),
                                 QStringLiteral("raster"));
    const QCommandLineOption mask(QStringLiteral("mask"), tr("Split raster; only pixels of --set count"),
                                  QStringLiteral("raster"));
    const QCommandLineOption parcels(QStringLiteral("parcels"),
                                     tr("Parcel-id raster (e.g. thematic/<TILE>_parcels.tif): the area "
                                        "estimates' standard errors at parcel level, each parcel's scored "
                                        "pixels one cluster (default: pixel level)"),
                                     QStringLiteral("raster"));
    const QCommandLineOption set(QStringLiteral("set"),
                                 tr("train, validation, test (default) or a mask value"),
                                 QStringLiteral("set"), QStringLiteral("test"));
    const QCommandLineOption classes(QStringLiteral("classes"),
                                     tr("Class table or legend JSON (default: the ids found, unnamed)"),
                                     QStringLiteral("json"));
    const QCommandLineOption out(QStringLiteral("out"), tr("Output folder"), QStringLiteral("folder"));
    const QCommandLineOption name(QStringLiteral("name"), tr("Base name of the reports (default accuracy)"),
                                  QStringLiteral("name"), QStringLiteral("accuracy"));
    const QCommandLineOption title(QStringLiteral("title"), tr("Title of the report"), QStringLiteral("text"));
    const QCommandLineOption referenceLabel(QStringLiteral("reference-label"),
                                            tr("What the reference is, for the report (e.g. declarations)"),
                                            QStringLiteral("text"));
    const QCommandLineOption compare(QStringLiteral("compare"),
                                     tr("Show another report's matrix beside this one, e.g. "
                                        "\"weak model=weak/accuracy.json\" (repeatable)"),
                                     QStringLiteral("label=json"));
    const QCommandLineOption selection(QStringLiteral("selection"),
                                       tr("Reliable-sample selection summary (JSON) to include"),
                                       QStringLiteral("json"));
    const QCommandLineOption noArea(QStringLiteral("no-area"),
                                    tr("Leave out the area-adjusted estimates (Olofsson et al. 2014)"));
    const QCommandLineOption threads(QStringLiteral("threads"), tr("Worker threads (default: all cores)"),
                                     QStringLiteral("n"), QStringLiteral("0"));
    const QCommandLineOption quiet(QStringLiteral("quiet"), tr("No progress bar"));
    const QCommandLineOption model(QStringLiteral("model"),
                                   tr("Model or random-forest file to assess on --samples instead of a map"),
                                   QStringLiteral("file"));
    const QCommandLineOption samples(QStringLiteral("samples"),
                                     tr("Labelled samples for --model: a sample set (.samples) or a CSV table (see --csv-*)"),
                                     QStringLiteral("file"));
    const QCommandLineOption against(QStringLiteral("against"),
                                     tr("With --model: score against the samples' declared labels "
                                        "(declarations, default) or their true classes (truth; sample sets of "
                                        "synthetic scenes)"),
                                     QStringLiteral("labels"), QStringLiteral("declarations"));
    parser.addOptions({reference, map, mask, parcels, set, classes, out, name, title, referenceLabel, compare,
                       selection, noArea, threads, quiet, model, samples, against});
    const SampleInputFlags tableFlags;
    tableFlags.addTo(parser);
    const int early = parseCommandLine(
        parser, arguments,
        tr("Compare a class map with a reference raster block by block and write the accuracy "
           "report (confusion matrix, OA, PA, UA, F1, macro and minimum F1, kappa, area-adjusted "
           "estimates) as JSON, CSV and HTML. With --model and --samples, assess a model or "
           "random-forest file on labelled samples instead (a sample set or a CSV table)."));
    if (early >= 0)
        return early;
    if (parser.value(against) != QStringLiteral("declarations") && parser.value(against) != QStringLiteral("truth"))
        return failWith(tr("--against must be declarations or truth, not \"%1\"").arg(parser.value(against)));
    if (parser.isSet(against) && !parser.isSet(model))
        return failWith(tr("--against goes with --model and --samples (a map is scored against --reference)"));
    if (parser.isSet(model) || parser.isSet(samples)) {
        if (!parser.isSet(model) || !parser.isSet(samples) || !parser.isSet(out))
            return failWith(tr("evaluate on samples needs --model, --samples and --out"));
        try {
            core::classify::Classifier classifier = core::classify::Classifier::load(parser.value(model));
            core::Feedback quietFeedback;
            const QString samplesPath = parser.value(samples);
            const auto data = tableFlags.load(parser, samplesPath, classifier.classes(), classifier.bands(),
                                              int(classifier.steps().size()), quietFeedback);
            classifier.checkCompatible(data.bands(), data.steps(), samplesPath);
            if (!(data.classes() == classifier.classes()))
                return failWith(tr("\"%1\" and the model \"%2\" have different class tables (%3 / %4)")
                                    .arg(samplesPath, parser.value(model), data.classes().names().join(u','),
                                         classifier.classes().names().join(u',')));
            const bool truth = parser.value(against) == QStringLiteral("truth");
            if (truth && !data.hasTruth())
                return failWith(tr("\"%1\" holds no true classes: only the sample sets of synthetic scenes know "
                                   "them (score against the declarations instead)")
                                    .arg(samplesPath));
            const std::vector<float> p = classifier.predictAll(data.allValues().data(), data.size());
            const int u = classifier.classCount();
            std::vector<int> reference, predicted;
            for (qint64 i = 0; i < data.size(); ++i) {
                const int label = truth ? data.trueClassIndex(i) : data.classIndex(i);
                if (label < 0)
                    continue;
                const float *pi = p.data() + std::size_t(i) * std::size_t(u);
                reference.push_back(label);
                predicted.push_back(int(std::max_element(pi, pi + u) - pi));
            }
            core::evaluate::AccuracyReport report;
            report.title = parser.isSet(title) ? parser.value(title)
                                               : tr("Accuracy of %1 on %2").arg(QFileInfo(parser.value(model)).fileName(),
                                                                               QFileInfo(samplesPath).fileName());
            report.referenceLabel = parser.isSet(referenceLabel) ? parser.value(referenceLabel)
                                    : truth ? tr("true classes of %1").arg(QFileInfo(samplesPath).fileName())
                                            : tr("labels of %1").arg(QFileInfo(samplesPath).fileName());
            report.classes = data.classes();
            report.matrix = core::evaluate::ConfusionMatrix(u);
            report.matrix.addPairs(reference, predicted);
            report.metadata.insert(QStringLiteral("model"), parser.value(model));
            report.metadata.insert(QStringLiteral("model_kind"), classifier.kindName());
            report.metadata.insert(QStringLiteral("samples"), samplesPath);
            const auto files = report.write(parser.value(out), parser.value(name));
            printSummary(report, 0);
            std::printf("%s\n", qPrintable(tr("Wrote %1, %2 and %3").arg(files.json, files.csv, files.html)));
            return 0;
        } catch (const core::Error &e) {
            return failWith(e.message());
        }
    }
    for (const auto &required : {reference, map, out}) {
        if (!parser.isSet(required))
            return failWith(tr("evaluate needs --%1").arg(required.names().constFirst()));
    }

    core::evaluate::RasterComparisonOptions options;
    options.referencePath = parser.value(reference);
    options.mapPath = parser.value(map);
    options.maskPath = parser.value(mask);
    options.parcelsPath = parser.value(parcels);
    bool ok = false;
    options.maskValue = parseSet(parser.value(set), &ok);
    if (!ok)
        return failWith(tr("--set must be train, validation, test or a number, not \"%1\"").arg(parser.value(set)));
    options.threads = parser.value(threads).toInt(&ok);
    if (!ok || options.threads < 0)
        return failWith(tr("--threads must be a non-negative number"));

    ConsoleFeedback feedback(parser.isSet(quiet));
    try {
        const auto table = parser.isSet(classes) ? loadClasses(parser.value(classes))
                                                 : core::thematic::ClassTable();
        const auto comparison = core::evaluate::compareRasters(options, table, feedback);
        feedback.finish();

        core::evaluate::AccuracyReport report;
        report.title = parser.isSet(title) ? parser.value(title)
                                           : tr("Accuracy of %1").arg(QFileInfo(options.mapPath).fileName());
        report.referenceLabel = parser.isSet(referenceLabel) ? parser.value(referenceLabel)
                                                             : QFileInfo(options.referencePath).fileName();
        report.classes = comparison.classes;
        report.matrix = comparison.matrix;
        const auto mapped = comparison.mappedPixels;
        const bool mapHasClasses = std::any_of(mapped.begin(), mapped.end(), [](qint64 n) { return n > 0; });
        if (!parser.isSet(noArea) && mapHasClasses) {
            report.mappedArea = comparison.mappedArea();
            report.areaUnit = comparison.areaUnit;
            report.clusters = comparison.clusters;
        }
        for (const QString &entry : parser.values(compare)) {
            const qsizetype equals = entry.indexOf(u'=');
            if (equals <= 0)
                return failWith(tr("--compare expects LABEL=REPORT.json, not \"%1\"").arg(entry));
            const QString path = entry.mid(equals + 1);
            const auto other = core::evaluate::AccuracyReport::fromJson(readJson(path).object(), path);
            if (other.classes.size() != report.classes.size())
                return failWith(tr("\"%1\" has %2 classes, this map %3").arg(path).arg(other.classes.size())
                                    .arg(report.classes.size()));
            report.comparisons.push_back({entry.left(equals), other.matrix});
        }
        if (parser.isSet(selection)) {
            const QString path = parser.value(selection);
            report.selection = core::select::SelectionSummary::fromJson(readJson(path).object(), path);
        }
        report.metadata.insert(QStringLiteral("reference"), options.referencePath);
        report.metadata.insert(QStringLiteral("map"), options.mapPath);
        if (!options.maskPath.isEmpty()) {
            report.metadata.insert(QStringLiteral("mask"), options.maskPath);
            report.metadata.insert(QStringLiteral("mask_value"), options.maskValue);
        }
        report.metadata.insert(QStringLiteral("unclassified_reference_pixels"),
                               comparison.unmappedReferencePixels);

        const auto files = report.write(parser.value(out), parser.value(name));
        printSummary(report, comparison.unmappedReferencePixels);
        std::printf("%s\n", qPrintable(tr("Wrote %1, %2 and %3").arg(files.json, files.csv, files.html)));
        return 0;
    } catch (const core::Canceled &) {
        feedback.finish();
        return failWith(tr("canceled"));
    } catch (const core::Error &e) {
        feedback.finish();
        return failWith(e.message());
    }
}

} // namespace cropmap::app
