// SPDX-License-Identifier: GPL-3.0-or-later
#include "cli/sample_input.h"

#include <algorithm>

#include <QCoreApplication>
#include <QFile>
#include <QFileInfo>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>

#include "cli/cli_command.h"
#include "cli/legend_paths.h"
#include "sampling/sample_table_csv.h"
#include "util/error.h"
#include "util/json_syntax_error.h"

namespace cropmap::app {

namespace {

QCommandLineOption valued(const char *name, const QString &help, const char *value, const QString &fallback = {})
{
    return QCommandLineOption(QString::fromLatin1(name), help, QString::fromLatin1(value), fallback);
}

} // namespace

core::sampling::SampleTableLabels parseTableLabels(const QString &value, const QString &flag)
{
    using core::sampling::SampleTableLabels;
    if (value == QStringLiteral("auto"))
        return SampleTableLabels::Auto;
    if (value == QStringLiteral("name"))
        return SampleTableLabels::Name;
    if (value == QStringLiteral("code"))
        return SampleTableLabels::Code;
    throw core::Error(tr("%1 takes auto, name or code, not \"%2\"").arg(flag, value));
}

QChar parseTableDelimiter(const QString &value, const QString &flag)
{
    if (value == QStringLiteral("tab") || value == QStringLiteral("\\t"))
        return u'\t';
    if (value.size() != 1 || value.at(0).unicode() > 127 || value == QStringLiteral("\""))
        throw core::Error(tr("%1 takes one ASCII character or \"tab\", not \"%2\"").arg(flag, value));
    return value.at(0);
}

double parseTableScale(const QString &value, const QString &flag)
{
    bool ok = false;
    const double scale = value.toDouble(&ok);
    if (!ok || scale == 0.0)
        throw core::Error(tr("%1 takes a non-zero number, not \"%2\"").arg(flag, value));
    return scale;
}

core::thematic::LegendAggregation readTableLegend(const QString &nameOrPath)
{
    using core::thematic::LegendAggregation;
    const QString path = LegendAggregation::resolve(nameOrPath, legendSearchFolders());
    if (QFileInfo(path).suffix().compare(QStringLiteral("csv"), Qt::CaseInsensitive) == 0)
        return LegendAggregation::load(path);
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly))
        throw core::Error(tr("Cannot open legend \"%1\": %2").arg(path, file.errorString()));
    const QByteArray json = file.readAll();
    const QJsonDocument document = core::JsonSyntaxError::parse(json, path);
    const QJsonObject root = document.object();
    if (document.isObject() && root.contains(QStringLiteral("mapping")))
        return LegendAggregation::fromJson(json, path);
    if (document.isObject() && !root.value(QStringLiteral("classes")).isArray())
        throw core::Error(tr("Legend \"%1\" has neither \"classes\" nor \"mapping\"").arg(path));
    const QJsonArray classes = document.isArray() ? document.array() : root.value(QStringLiteral("classes")).toArray();
    return LegendAggregation(QString(), core::thematic::ClassTable::fromJson(classes, path));
}

core::thematic::ClassTable readClassesFile(const QString &path)
{
    return readTableLegend(path).classes();
}

SampleInputFlags::SampleInputFlags()
    : bands(valued("csv-bands",
                   tr("CSV tables: band names, in the table's order within a step "
                      "(evaluate --model defaults to the model's)"),
                   "list"))
    , steps(valued("csv-steps",
                   tr("CSV tables: number of time steps T (evaluate --model defaults to the model's)"), "n"))
    , scale(valued("csv-scale",
                   tr("CSV tables: value × scale = sample value (0.0001 for reflectance × 10000; default 1)"),
                   "factor", QStringLiteral("1")))
    , labelColumn(valued("csv-label-column",
                         tr("CSV tables: label column name, or 1-based number with --csv-no-header "
                            "(default label / 1)"),
                         "column"))
    , groupColumn(valued("csv-group-column",
                         tr("CSV tables: group (polygon or parcel id) column; splits keep groups whole"),
                         "column"))
    , skipColumns(valued("csv-skip-columns",
                         tr("CSV tables: comma-separated columns that hold no values (e.g. a date), "
                            "names or 1-based numbers with --csv-no-header"),
                         "a,b"))
    , valueColumns(valued("csv-value-columns",
                          tr("CSV tables: the value columns are FIRST to LAST (default: the last column), "
                             "less label, group and skipped columns; default: every other column"),
                          "first[:last]"))
    , layout(valued("csv-layout", tr("CSV tables: date-major (t1_B02, t1_B03, …; default) or band-major"),
                    "date-major|band-major", QStringLiteral("date-major")))
    , delimiter(valued("csv-delimiter", tr("CSV tables: field delimiter (default ','; 'tab' for tabs)"), "char",
                       QStringLiteral(",")))
    , labels(valued("csv-labels",
                    tr("CSV tables: labels are class names, codes (ids) or auto (default); "
                       "the legend's mapping comes first"),
                    "auto|name|code", QStringLiteral("auto")))
    , noHeader(QStringLiteral("csv-no-header"), tr("CSV tables: no header row"))
    , classes(valued("csv-legend",
                     tr("CSV tables: legend (JSON or CSV file, or a name like --legend's): labels go "
                        "through its mapping, then name its classes; values it ignores leave samples "
                        "unlabelled (default: the model's classes, else one class per label; "
                        "--csv-classes is the same)"),
                     "legend"))
{}

void SampleInputFlags::addTo(QCommandLineParser &parser) const
{
    const QList<QCommandLineOption> options{bands, steps, scale, labelColumn, groupColumn, skipColumns,
                                            valueColumns, layout, delimiter, labels, classes, noHeader};
    parser.addOptions(options);
    for (const QCommandLineOption &option : options) {
        for (const QString &alias : aliases(option)) {
            QCommandLineOption hidden(alias, option.description(), option.valueName());
            hidden.setFlags(QCommandLineOption::HiddenFromHelp);
            parser.addOption(hidden);
        }
    }
}

QStringList SampleInputFlags::aliases(const QCommandLineOption &option) const
{
    const QString name = option.names().constFirst();
    const bool isLegend = name == classes.names().constFirst();
    QStringList names;
    if (isLegend)
        names << QStringLiteral("csv-classes");
    if (formerImportNames && name != skipColumns.names().constFirst()
        && name != valueColumns.names().constFirst())
        names << (isLegend ? QStringLiteral("classes") : name.mid(4)); // "csv-bands" → "bands"
    return names;
}

bool SampleInputFlags::isSet(const QCommandLineParser &parser, const QCommandLineOption &option) const
{
    if (parser.isSet(option))
        return true;
    const QStringList names = aliases(option);
    return std::any_of(names.begin(), names.end(), [&](const QString &alias) { return parser.isSet(alias); });
}

QString SampleInputFlags::value(const QCommandLineParser &parser, const QCommandLineOption &option) const
{
    if (!parser.isSet(option)) {
        for (const QString &alias : aliases(option)) {
            if (parser.isSet(alias))
                return parser.value(alias);
        }
    }
    return parser.value(option);
}

bool SampleInputFlags::isTable(const QString &path)
{
    const QString suffix = QFileInfo(path).suffix().toLower();
    return suffix == QStringLiteral("csv") || suffix == QStringLiteral("tsv") || suffix == QStringLiteral("txt");
}

core::sampling::SampleTableCsvOptions SampleInputFlags::tableOptions(const QCommandLineParser &parser,
                                                                     const QString &path,
                                                                     const core::thematic::ClassTable &classTable,
                                                                     const QStringList &defaultBands,
                                                                     int defaultSteps) const
{
    using core::sampling::SampleTableCsv;
    core::sampling::SampleTableCsvOptions options;
    options.layout = SampleTableCsv::parseLayout(value(parser, layout));
    options.delimiter = QFileInfo(path).suffix().toLower() == QStringLiteral("tsv") && !isSet(parser, delimiter)
                            ? u'\t'
                            : parseTableDelimiter(value(parser, delimiter), QStringLiteral("--csv-delimiter"));
    options.labels = parseTableLabels(value(parser, labels), QStringLiteral("--csv-labels"));
    options.scale = parseTableScale(value(parser, scale), QStringLiteral("--csv-scale"));
    options.header = !isSet(parser, noHeader);
    options.bands = isSet(parser, bands) ? value(parser, bands).split(u',', Qt::SkipEmptyParts) : defaultBands;
    for (QString &band : options.bands)
        band = band.trimmed();
    options.stepCount = defaultSteps;
    if (isSet(parser, steps)) {
        bool ok = false;
        options.stepCount = value(parser, steps).toInt(&ok);
        if (!ok || options.stepCount < 1)
            throw core::Error(tr("--csv-steps takes a whole number ≥ 1, not \"%1\"").arg(value(parser, steps)));
    }
    if (options.bands.isEmpty() || options.stepCount < 1)
        throw core::Error(tr("The table \"%1\" needs --csv-bands and --csv-steps to tell its value columns apart").arg(path));
    options.labelColumn = isSet(parser, labelColumn) ? value(parser, labelColumn)
                          : options.header           ? QStringLiteral("label")
                                                     : QStringLiteral("1");
    options.groupColumn = value(parser, groupColumn);
    options.skipColumns = value(parser, skipColumns).split(u',', Qt::SkipEmptyParts);
    options.valueColumns = value(parser, valueColumns);
    if (isSet(parser, classes)) {
        options.mapping = readTableLegend(value(parser, classes));
        options.classes = options.mapping.classes();
    } else {
        options.classes = classTable;
    }
    return options;
}

core::sampling::SampleSet SampleInputFlags::load(const QCommandLineParser &parser, const QString &path,
                                                 const core::thematic::ClassTable &classTable,
                                                 const QStringList &defaultBands, int defaultSteps,
                                                 core::Feedback &feedback) const
{
    if (!isTable(path))
        return core::sampling::SampleSet::load(path);
    return core::sampling::SampleTableCsv::read(path, tableOptions(parser, path, classTable, defaultBands, defaultSteps),
                                                feedback);
}

} // namespace cropmap::app
