// SPDX-License-Identifier: GPL-3.0-or-later
// `cropmap samples export|import`: sample sets to and from CSV sample tables.
#include <cstdio>
#include <set>

#include <QCoreApplication>
#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>

#include "cli/cli_command.h"
#include "cli/console_feedback.h"
#include "cli/sample_input.h"
#include "sampling/sample_set.h"
#include "sampling/sample_table_csv.h"
#include "util/error.h"

namespace cropmap::app {

namespace {

using core::sampling::SampleTableCsv;
using core::sampling::SampleTableCsvOptions;
using core::sampling::SampleTableLabels;

struct TableFlags
{
    QCommandLineOption layout{QStringLiteral("layout"),
                              tr("Value columns date-major (t1_B02, t1_B03, …; default) or band-major (B02 at every step, then B03, …)"),
                              QStringLiteral("date-major|band-major"), QStringLiteral("date-major")};
    QCommandLineOption delimiter{QStringLiteral("delimiter"), tr("Field delimiter (default ','; 'tab' for tabs)"),
                                 QStringLiteral("char"), QStringLiteral(",")};
    QCommandLineOption labels{QStringLiteral("labels"),
                              tr("Labels are class names, class codes (ids), or auto: a name, else a code (default)"),
                              QStringLiteral("auto|name|code"), QStringLiteral("auto")};

    void addTo(QCommandLineParser &parser) const { parser.addOptions({layout, delimiter, labels}); }

    void apply(const QCommandLineParser &parser, SampleTableCsvOptions &options) const
    {
        options.layout = SampleTableCsv::parseLayout(parser.value(layout));
        options.delimiter = parseTableDelimiter(parser.value(delimiter), QStringLiteral("--delimiter"));
        options.labels = parseTableLabels(parser.value(labels), QStringLiteral("--labels"));
    }
};

int runSamplesExport(const QStringList &arguments)
{
    QCommandLineParser parser;
    const QCommandLineOption samples(QStringLiteral("samples"), tr("Sample set (.samples) to export"), QStringLiteral("file"));
    const QCommandLineOption out(QStringLiteral("out"), tr("CSV file to write"), QStringLiteral("file"));
    const QCommandLineOption scale(QStringLiteral("scale"),
                                   tr("Written value × scale = sample value (0.0001 writes reflectance × 10000; default 1)"),
                                   QStringLiteral("factor"), QStringLiteral("1"));
    const QCommandLineOption group(QStringLiteral("group-column"),
                                   tr("Name of the parcel-id column (default parcel; 'none' leaves it out)"),
                                   QStringLiteral("name"), QStringLiteral("parcel"));
    const QCommandLineOption noHeader(QStringLiteral("no-header"), tr("Write no header row"));
    TableFlags flags;
    parser.addOptions({samples, out, scale, group, noHeader});
    flags.addTo(parser);
    const int early = parseCommandLine(parser, arguments,
                                       tr("Write a sample set as a CSV table: label, parcel id and T × B values per row."));
    if (early >= 0)
        return early;
    if (!parser.isSet(samples) || !parser.isSet(out))
        return failWith(tr("samples export needs --samples and --out"));
    try {
        SampleTableCsvOptions options;
        flags.apply(parser, options);
        options.scale = parseTableScale(parser.value(scale), QStringLiteral("--scale"));
        options.header = !parser.isSet(noHeader);
        options.groupColumn = parser.value(group) == QStringLiteral("none") ? QString() : parser.value(group);
        const auto set = core::sampling::SampleSet::load(parser.value(samples));
        ConsoleFeedback feedback;
        SampleTableCsv::write(set, parser.value(out), options, feedback);
        feedback.finish();
        std::printf("%s\n", qPrintable(tr("Wrote %1 samples (%2 steps × %3 bands) to %4")
                                           .arg(set.size()).arg(set.stepCount()).arg(set.bandCount())
                                           .arg(parser.value(out))));
        return 0;
    } catch (const core::Canceled &) {
        return failWith(tr("canceled; no output was replaced"));
    } catch (const core::Error &e) {
        return failWith(e.message());
    }
}

int runSamplesImport(const QStringList &arguments)
{
    QCommandLineParser parser;
    const QCommandLineOption csv(QStringLiteral("csv"), tr("CSV sample table to read"), QStringLiteral("file"));
    const QCommandLineOption out(QStringLiteral("out"), tr("Sample set (.samples) to write"), QStringLiteral("file"));
    parser.addOptions({csv, out});
    // The --csv-* flags of train and evaluate; the former --bands, --steps, … still work.
    SampleInputFlags tableFlags;
    tableFlags.formerImportNames = true;
    tableFlags.addTo(parser);
    const int early = parseCommandLine(parser, arguments,
                                       tr("Read a CSV sample table (label, optional group, T × B values per row, "
                                          "other columns skipped) into a sample set. The --csv-* options are those "
                                          "of `cropmap train` and `cropmap evaluate`; --csv-bands and --csv-steps "
                                          "are required."));
    if (early >= 0)
        return early;
    if (!parser.isSet(csv) || !parser.isSet(out))
        return failWith(tr("samples import needs --csv, --out, --csv-bands and --csv-steps"));
    try {
        const SampleTableCsvOptions options = tableFlags.tableOptions(parser, parser.value(csv), {}, {}, 0);
        ConsoleFeedback feedback;
        const auto set = SampleTableCsv::read(parser.value(csv), options, feedback);
        set.save(parser.value(out));
        feedback.finish();
        std::set<std::uint32_t> groups;
        for (qint64 i = 0; i < set.size() && !options.groupColumn.isEmpty(); ++i)
            groups.insert(set.parcelId(i));
        std::printf("%s\n", qPrintable(tr("Wrote %1 samples of %2 classes (%3 groups) to %4")
                                           .arg(set.size()).arg(set.classes().size())
                                           .arg(options.groupColumn.isEmpty() ? tr("no") : QString::number(groups.size()))
                                           .arg(parser.value(out))));
        const qint64 ignored = set.metadata().value(QStringLiteral("ignored_labels")).toInteger();
        if (ignored > 0)
            std::printf("%s\n", qPrintable(tr("%1 samples are unlabelled: the legend maps their label to ignore")
                                               .arg(ignored)));
        return 0;
    } catch (const core::Canceled &) {
        return failWith(tr("canceled; no output was replaced"));
    } catch (const core::Error &e) {
        return failWith(e.message());
    }
}

} // namespace

int runSamples(const QStringList &arguments)
{
    const QString action = arguments.value(1);
    QStringList rest = arguments.mid(2);
    rest.prepend(arguments.value(0) + u' ' + action);
    if (action == QStringLiteral("export"))
        return runSamplesExport(rest);
    if (action == QStringLiteral("import"))
        return runSamplesImport(rest);
    if (action == QStringLiteral("--help") || action == QStringLiteral("-h")) {
        std::puts(qPrintable(tr("Usage: cropmap samples export|import [options]\n"
                                "  export  write a sample set as a CSV table\n"
                                "  import  read a CSV table into a sample set\n"
                                "Run `cropmap samples export --help` or `cropmap samples import --help` for the options.")));
        return 0;
    }
    return failWith(tr("samples needs an action: export or import"));
}

} // namespace cropmap::app
