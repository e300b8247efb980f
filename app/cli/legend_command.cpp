// SPDX-License-Identifier: GPL-3.0-or-later
#include <cstdio>

#include <QCoreApplication>
#include <QSet>

#include "cli/cli_command.h"
#include "cli/console_feedback.h"
#include "cli/legend_paths.h"
#include "thematic/legend_aggregation.h"
#include "thematic/legend_proposer.h"
#include "thematic/parcel_layer.h"
#include "util/error.h"

namespace cropmap::app {

namespace {

using core::thematic::DeclaredValue;
using core::thematic::LegendAggregation;

const QCommandLineOption parcelsOption(QStringLiteral("parcels"),
                                       tr("Parcel layer (GeoPackage, Shapefile, GeoJSON, FlatGeobuf, …)"),
                                       QStringLiteral("file"));
const QCommandLineOption layerOption(QStringLiteral("layer"), tr("Layer of the parcel source (default: the first)"),
                                     QStringLiteral("name"));
const QCommandLineOption fieldOption(QStringLiteral("field"), tr("Attribute with the declared crop (name or code)"),
                                     QStringLiteral("name"));
const QCommandLineOption labelOption(QStringLiteral("label-field"),
                                     tr("A second attribute shown beside each value (e.g. the crop name "
                                        "beside its code); also used to recognise hedges"),
                                     QStringLiteral("name"));
const QCommandLineOption outOption(QStringLiteral("out"), tr("Write the legend to this .json or .csv file"),
                                   QStringLiteral("file"));

// Every action that reads parcels defines --label-field: QCommandLineParser::value() of an
// option the parser was not given prints "option not defined" and yields nothing.
QVector<DeclaredValue> declaredValues(const QCommandLineParser &parser, const QString &field)
{
    auto layer = core::thematic::ParcelLayer::open(parser.value(parcelsOption), field, parser.value(layerOption));
    layer.setLabelField(parser.value(labelOption));
    ConsoleFeedback feedback;
    feedback.setProgress(0, tr("Reading parcels"));
    auto values = layer.declaredValues(feedback);
    feedback.finish();
    return values;
}

void printValue(const DeclaredValue &v, const QString &target)
{
    // Pad by characters, not bytes: declared names are often not ASCII (MÄHWIESE).
    const QString name = v.label.isEmpty() ? v.value : v.value + QStringLiteral(" ") + v.label;
    std::printf("%s %8lld %12.2f  %s\n", qPrintable(name.leftJustified(48)), v.parcels, v.areaHa,
                qPrintable(target));
}

int runInit(const QStringList &arguments)
{
    QCommandLineParser parser;
    parser.addOptions({parcelsOption, layerOption, fieldOption, labelOption, outOption});
    const int early = parseCommandLine(parser, arguments,
        tr("List every declared value of a parcel layer with its parcel count and area (ha), so an "
           "analyst can fill the legend table. With --out, writes a legend of the seed's 15 classes "
           "with every value mapped to ignore (null), ready to edit."));
    if (early >= 0)
        return early;
    if (!parser.isSet(parcelsOption) || !parser.isSet(fieldOption))
        return failWith(tr("legend init needs --parcels and --field"));
    const auto values = declaredValues(parser, parser.value(fieldOption));
    std::printf("%s %8s %12s\n", qPrintable(tr("value").leftJustified(48)), qPrintable(tr("parcels")), qPrintable(tr("area (ha)")));
    LegendAggregation legend(parser.value(fieldOption), core::thematic::ClassTable::seedClasses());
    for (const DeclaredValue &v : values) {
        printValue(v, {});
        legend.setMapping(v.value, LegendAggregation::Ignore);
    }
    if (parser.isSet(outOption)) {
        legend.save(parser.value(outOption));
        std::printf("%s\n", qPrintable(tr("Wrote %1 values to %2").arg(values.size()).arg(parser.value(outOption))));
    }
    return 0;
}

int runPropose(const QStringList &arguments)
{
    QCommandLineParser parser;
    const QCommandLineOption taxonomy(QStringLiteral("taxonomy"),
        tr("EuroCrops mapping CSV (original_code, original_name, …, HCAT3_name, HCAT3_code)"), QStringLiteral("csv"));
    const QCommandLineOption whole(QStringLiteral("whole-taxonomy"),
        tr("Propose every code of the taxonomy too, not only the values of --parcels"));
    parser.addOptions({parcelsOption, layerOption, fieldOption, labelOption, taxonomy, whole, outOption});
    const int early = parseCommandLine(parser, arguments,
        tr("Draft a legend from a crop taxonomy: declared code → HCAT3 class → one of the seed's 15 "
           "classes by fixed rules; hedges and other landscape elements → ignore; values without a "
           "rule or missing from the taxonomy → ignore, listed as unmatched."));
    if (early >= 0)
        return early;
    if (!parser.isSet(taxonomy) || !parser.isSet(fieldOption) || !parser.isSet(outOption)
        || !(parser.isSet(parcelsOption) || parser.isSet(whole)))
        return failWith(tr("legend propose needs --taxonomy, --field, --out and --parcels (or --whole-taxonomy)"));
    const auto proposer = core::thematic::LegendProposer::fromTaxonomyCsv(parser.value(taxonomy));
    QVector<DeclaredValue> values;
    if (parser.isSet(parcelsOption))
        values = declaredValues(parser, parser.value(fieldOption));
    if (parser.isSet(whole)) {
        QSet<QString> seen;
        for (const DeclaredValue &v : std::as_const(values))
            seen.insert(v.value);
        for (const DeclaredValue &v : proposer.taxonomyValues()) {
            if (!seen.contains(v.value))
                values << v;
        }
    }
    const auto rows = proposer.propose(values);
    int unmatched = 0;
    std::printf("%s %8s %12s  %s\n", qPrintable(tr("value").leftJustified(48)), qPrintable(tr("parcels")),
                qPrintable(tr("area (ha)")), qPrintable(tr("proposal")));
    for (const auto &row : rows) {
        printValue(row.declared, row.reason);
        unmatched += row.matched ? 0 : 1;
    }
    core::thematic::LegendProposer::toLegend(rows, parser.value(fieldOption)).save(parser.value(outOption));
    std::printf("%s\n", qPrintable(tr("%1 values, %2 unmatched (mapped to ignore): wrote %3")
                                       .arg(rows.size()).arg(unmatched).arg(parser.value(outOption))));
    return 0;
}

int runShow(const QStringList &arguments)
{
    QCommandLineParser parser;
    parser.addPositionalArgument(QStringLiteral("legend"), tr("Legend file or shipped name (e.g. austria-invekos)"));
    parser.addOptions({parcelsOption, layerOption, fieldOption, labelOption});
    const int early = parseCommandLine(parser, arguments,
        tr("Print a legend's classes and mapping; with --parcels, also the declared values the "
           "legend does not know (count and area, and --label-field beside each), which "
           "rasterizing treats as ignore. --field defaults to the legend's field."));
    if (early >= 0)
        return early;
    if (parser.positionalArguments().size() != 1)
        return failWith(tr("legend show needs one legend"));
    const QString path = LegendAggregation::resolve(parser.positionalArguments().constFirst(), legendSearchFolders());
    const LegendAggregation legend = LegendAggregation::load(path);
    std::printf("%s\n%s\n", qPrintable(tr("Legend %1, field %2").arg(path, legend.field())), qPrintable(tr("Classes:")));
    for (const auto &c : legend.classes().classes())
        std::printf("  %3d  %s  %s\n", c.id, qPrintable(c.colour), qPrintable(c.name));
    std::printf("%s\n", qPrintable(tr("Mapping:")));
    for (const QString &value : legend.values()) {
        const int index = legend.classes().indexOfId(legend.classIdOf(value));
        std::printf("  %s → %s\n", qPrintable(value.leftJustified(40)),
                    qPrintable(index < 0 ? tr("(ignore)") : legend.classes().at(index).name));
    }
    if (parser.isSet(parcelsOption)) {
        const QString field = parser.isSet(fieldOption) ? parser.value(fieldOption) : legend.field();
        if (field.isEmpty())
            return failWith(tr("legend show --parcels needs --field: the legend %1 names no field").arg(path));
        int unknown = 0;
        for (const DeclaredValue &v : declaredValues(parser, field)) {
            if (legend.classIdOf(v.value) == LegendAggregation::Unknown) {
                const QString label = v.label.isEmpty() ? QString() : QStringLiteral(" (%1)").arg(v.label);
                std::printf("%s\n", qPrintable(tr("unknown value \"%1\"%2: %3 parcels, %4 ha (treated as ignore)")
                                                   .arg(v.value, label).arg(v.parcels).arg(v.areaHa, 0, 'f', 2)));
                ++unknown;
            }
        }
        std::printf("%s\n", qPrintable(tr("%1 declared values unknown to the legend").arg(unknown)));
    }
    return 0;
}

} // namespace

int runLegend(const QStringList &arguments)
{
    const QString usage = tr("usage: cropmap legend init|propose|show [options] (--help on each)");
    if (arguments.size() < 2 || arguments[1] == QStringLiteral("--help") || arguments[1] == QStringLiteral("-h")) {
        std::printf("%s\n", qPrintable(usage));
        return arguments.size() < 2 ? 1 : 0;
    }
    const QString action = arguments[1];
    QStringList rest = arguments.mid(2);
    rest.prepend(arguments[0] + u' ' + action);
    try {
        if (action == QStringLiteral("init"))
            return runInit(rest);
        if (action == QStringLiteral("propose"))
            return runPropose(rest);
        if (action == QStringLiteral("show"))
            return runShow(rest);
    } catch (const core::Error &e) {
        return failWith(e.message());
    }
    return failWith(tr("unknown legend action \"%1\"; %2").arg(action, usage));
}

} // namespace cropmap::app
