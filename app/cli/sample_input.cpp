// SPDX-License-Identifier: GPL-3.0-or-later
#include "cli/sample_input.h"

#include <QCoreApplication>
#include <QFile>
#include <QFileInfo>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>

#include "sampling/sample_table_csv.h"
#include "util/error.h"

namespace cropmap::app {

namespace {

QString tr(const char *text)
{
    return QCoreApplication::translate("cropmap::app", text);
}

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

core::thematic::ClassTable readClassesFile(const QString &path)
{
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly))
        throw core::Error(tr("Cannot open legend \"%1\": %2").arg(path, file.errorString()));
    QJsonParseError error;
    const QJsonDocument document = QJsonDocument::fromJson(file.readAll(), &error);
    if (error.error != QJsonParseError::NoError)
        throw core::Error(tr("Legend \"%1\" is not valid JSON: %2").arg(path, error.errorString()));
    const QJsonArray classes = document.isArray() ? document.array()
                                                  : document.object().value(QStringLiteral("classes")).toArray();
    return core::thematic::ClassTable::fromJson(classes, path);
}

SampleInputFlags::SampleInputFlags()
    : bands(valued("csv-bands", tr("CSV tables: band names in the table's order (default: the model's)"), "list"))
    , steps(valued("csv-steps", tr("CSV tables: number of time steps T (default: the model's)"), "n"))
    , scale(valued("csv-scale", tr("CSV tables: value × scale = sample value (0.0001 for reflectance × 10000; default 1)"),
                   "factor", QStringLiteral("1")))
    , labelColumn(valued("csv-label-column", tr("CSV tables: label column name, or 1-based number with --csv-no-header (default label / 1)"),
                         "column"))
    , groupColumn(valued("csv-group-column", tr("CSV tables: group (polygon or parcel id) column; splits keep groups whole"),
                         "column"))
    , layout(valued("csv-layout", tr("CSV tables: date-major (t1_B02, t1_B03, …; default) or band-major"),
                    "date-major|band-major", QStringLiteral("date-major")))
    , delimiter(valued("csv-delimiter", tr("CSV tables: field delimiter (default ','; 'tab' for tabs)"), "char",
                       QStringLiteral(",")))
    , labels(valued("csv-labels", tr("CSV tables: labels are class names, codes (ids) or auto (default)"),
                    "auto|name|code", QStringLiteral("auto")))
    , classes(valued("csv-classes", tr("CSV tables: legend JSON whose classes the labels name (default: the model's classes)"),
                     "legend.json"))
    , noHeader(QStringLiteral("csv-no-header"), tr("CSV tables: no header row"))
{}

void SampleInputFlags::addTo(QCommandLineParser &parser) const
{
    parser.addOptions({bands, steps, scale, labelColumn, groupColumn, layout, delimiter, labels, classes, noHeader});
}

bool SampleInputFlags::isTable(const QString &path)
{
    const QString suffix = QFileInfo(path).suffix().toLower();
    return suffix == QStringLiteral("csv") || suffix == QStringLiteral("tsv") || suffix == QStringLiteral("txt");
}

core::sampling::SampleSet SampleInputFlags::load(const QCommandLineParser &parser, const QString &path,
                                                 const core::thematic::ClassTable &classTable,
                                                 const QStringList &defaultBands, int defaultSteps,
                                                 core::Feedback &feedback) const
{
    using core::sampling::SampleTableCsv;
    if (!isTable(path))
        return core::sampling::SampleSet::load(path);
    core::sampling::SampleTableCsvOptions options;
    options.layout = SampleTableCsv::parseLayout(parser.value(layout));
    options.delimiter = QFileInfo(path).suffix().toLower() == QStringLiteral("tsv")
                            ? u'\t'
                            : parseTableDelimiter(parser.value(delimiter), QStringLiteral("--csv-delimiter"));
    options.labels = parseTableLabels(parser.value(labels), QStringLiteral("--csv-labels"));
    options.scale = parseTableScale(parser.value(scale), QStringLiteral("--csv-scale"));
    bool ok = false;
    options.header = !parser.isSet(noHeader);
    options.bands = parser.isSet(bands) ? parser.value(bands).split(u',', Qt::SkipEmptyParts) : defaultBands;
    options.stepCount = defaultSteps;
    if (parser.isSet(steps)) {
        options.stepCount = parser.value(steps).toInt(&ok);
        if (!ok || options.stepCount < 1)
            throw core::Error(tr("--csv-steps takes a whole number ≥ 1, not \"%1\"").arg(parser.value(steps)));
    }
    if (options.bands.isEmpty() || options.stepCount < 1)
        throw core::Error(tr("The table \"%1\" needs --csv-bands and --csv-steps to tell its value columns apart").arg(path));
    options.labelColumn = parser.isSet(labelColumn) ? parser.value(labelColumn)
                          : options.header          ? QStringLiteral("label")
                                                    : QStringLiteral("1");
    options.groupColumn = parser.value(groupColumn);
    options.classes = parser.isSet(classes) ? readClassesFile(parser.value(classes)) : classTable;
    return SampleTableCsv::read(path, options, feedback);
}

} // namespace cropmap::app
