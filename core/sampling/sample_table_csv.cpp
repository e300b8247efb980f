// SPDX-License-Identifier: GPL-3.0-or-later
#include "sampling/sample_table_csv.h"

#include <charconv>
#include <cmath>
#include <limits>
#include <optional>
#include <string>
#include <unordered_map>
#include <vector>

#include <QCoreApplication>
#include <QFile>
#include <QFileInfo>
#include <QHash>
#include <QJsonArray>

#include "io/atomic_output.h"
#include "sampling/sample_label_resolver.h"
#include "util/csv_rows.h"
#include "util/error.h"
#include "util/feedback.h"

namespace cropmap::core::sampling {

namespace {

QString tr(const char *text)
{
    return QCoreApplication::translate("cropmap::core::sampling", text);
}

constexpr int kRowsPerCheck = 4096;

/** Where the label, group and value columns of a table are, and what the value columns say. */
struct ColumnPlan
{
    int total = 0;
    int label = -1;
    int group = -1;
    std::vector<int> valueColumns;  //!< file column of value j (j in layout order)
    std::vector<int> valueTarget;   //!< time-major position t·B + b of value j
    QStringList steps;
    QStringList names;              //!< the header's column names; empty without a header
};

int columnByName(const QStringList &names, const QString &wanted, const QString &path,
                 const QString &what)
{
    for (int i = 0; i < names.size(); ++i) {
        if (names.at(i).trimmed().compare(wanted, Qt::CaseInsensitive) == 0)
            return i;
    }
    throw Error(tr("\"%1\", line 1: no %2 column \"%3\" in the header (columns: %4)")
                    .arg(path, what, wanted, names.mid(0, 6).join(u", ")));
}

int columnByNumber(const QString &number, int total, const QString &path, const QString &what)
{
    bool ok = false;
    const int column = number.toInt(&ok);
    if (!ok || column < 1 || column > total)
        throw Error(tr("\"%1\": without a header row the %2 column must be a column number "
                       "from 1 to %3, not \"%4\"")
                        .arg(path, what)
                        .arg(total)
                        .arg(number));
    return column - 1;
}

/** Step labels from header names "<step>_<band>", checking that they follow the layout. */
QStringList stepsFromHeader(const QStringList &names, const ColumnPlan &plan,
                            const SampleTableCsvOptions &options, const QString &path)
{
    const int bandCount = int(options.bands.size());
    QStringList steps(options.stepCount);
    for (std::size_t j = 0; j < plan.valueColumns.size(); ++j) {
        const QString name = names.at(plan.valueColumns[j]).trimmed();
        const qsizetype cut = name.lastIndexOf(u'_');
        const QString band = cut > 0 ? name.mid(cut + 1) : QString();
        // Names that do not carry a known band (e.g. "f1", "x_17") say nothing about layout.
        if (!options.bands.contains(band, Qt::CaseInsensitive))
            return {};
        const int t = plan.valueTarget[j] / bandCount;
        const QString expected = options.bands.at(plan.valueTarget[j] % bandCount);
        if (band.compare(expected, Qt::CaseInsensitive) != 0)
            throw Error(tr("\"%1\", line 1: value column %2 is \"%3\", but the %4 layout with "
                           "bands %5 expects band %6 there")
                            .arg(path)
                            .arg(plan.valueColumns[j] + 1)
                            .arg(name,
                                 options.layout == SampleTableLayout::DateMajor
                                     ? QStringLiteral("date-major")
                                     : QStringLiteral("band-major"),
                                 options.bands.join(u','), expected));
        const QString step = name.left(cut);
        if (steps[t].isEmpty())
            steps[t] = step;
        else if (steps[t] != step)
            return {};
    }
    return steps;
}

/** Column of \a wanted: by header name, or by 1-based number without a header. */
int findColumn(const QStringList *header, int total, const QString &wanted, const QString &path,
               const QString &what)
{
    return header ? columnByName(*header, wanted.trimmed(), path, what)
                  : columnByNumber(wanted.trimmed(), total, path, what);
}

/** "t01_mir, t01_blue, t01_nir, …, t23_ndvi" or "columns 4 to 141", for messages. */
QString describeColumns(const QStringList *header, const std::vector<int> &columns)
{
    if (columns.empty())
        return tr("none");
    if (!header)
        return tr("columns %1 to %2").arg(columns.front() + 1).arg(columns.back() + 1);
    QStringList names;
    for (std::size_t j = 0; j < columns.size() && j < 3; ++j)
        names << header->at(columns[j]).trimmed();
    if (columns.size() > 4)
        names << QStringLiteral("…");
    if (columns.size() > 3)
        names << header->at(columns.back()).trimmed();
    return names.join(u", ");
}

/** The value columns in file order: FIRST…LAST of options.valueColumns (default: all) less
 *  the label, group and skipped columns. */
std::vector<int> chooseValueColumns(const QStringList *header, const ColumnPlan &plan,
                                    const SampleTableCsvOptions &options, const QString &path)
{
    std::vector<bool> taken(std::size_t(plan.total), false);
    taken[std::size_t(plan.label)] = true;
    if (plan.group >= 0)
        taken[std::size_t(plan.group)] = true;
    for (const QString &skip : options.skipColumns) {
        const int c = findColumn(header, plan.total, skip, path, tr("skipped"));
        if (c == plan.label || c == plan.group)
            throw Error(tr("\"%1\": the skipped column \"%2\" is the label or the group column")
                            .arg(path, skip.trimmed()));
        taken[std::size_t(c)] = true;
    }
    int first = 0;
    int last = plan.total - 1;
    if (!options.valueColumns.trimmed().isEmpty()) {
        const qsizetype colon = options.valueColumns.indexOf(u':');
        first = findColumn(header, plan.total, options.valueColumns.left(colon), path, tr("first value"));
        if (colon >= 0)
            last = findColumn(header, plan.total, options.valueColumns.mid(colon + 1), path, tr("last value"));
        if (last < first)
            throw Error(tr("\"%1\": the value columns \"%2\" end before they start")
                            .arg(path, options.valueColumns));
    }
    std::vector<int> columns;
    for (int c = first; c <= last; ++c) {
        if (!taken[std::size_t(c)])
            columns.push_back(c);
    }
    return columns;
}

ColumnPlan planColumns(const QStringList *header, int firstRowFields, int line,
                       const SampleTableCsvOptions &options, const QString &path)
{
    ColumnPlan plan;
    plan.total = header ? int(header->size()) : firstRowFields;
    plan.label = findColumn(header, plan.total, options.labelColumn, path, tr("label"));
    if (!options.groupColumn.isEmpty())
        plan.group = findColumn(header, plan.total, options.groupColumn, path, tr("group"));
    if (plan.group == plan.label)
        throw Error(tr("\"%1\": the label and the group column are the same column").arg(path));

    const int bandCount = int(options.bands.size());
    const int stepCount = options.stepCount;
    const std::vector<int> columns = chooseValueColumns(header, plan, options, path);
    if (int(columns.size()) != stepCount * bandCount)
        throw Error(tr("\"%1\", line %2: %3 value columns, but T × B = %4 × %5 = %6 "
                       "(value columns: %7; leave other columns out by skipping them or by "
                       "choosing the value columns)")
                        .arg(path)
                        .arg(line)
                        .arg(columns.size())
                        .arg(stepCount)
                        .arg(bandCount)
                        .arg(stepCount * bandCount)
                        .arg(describeColumns(header, columns)));
    for (const int c : columns) {
        const int j = int(plan.valueColumns.size());
        const int t = options.layout == SampleTableLayout::DateMajor ? j / bandCount : j % stepCount;
        const int b = options.layout == SampleTableLayout::DateMajor ? j % bandCount : j / stepCount;
        plan.valueColumns.push_back(c);
        plan.valueTarget.push_back(t * bandCount + b);
    }
    if (header) {
        plan.names = *header;
        plan.steps = stepsFromHeader(*header, plan, options, path);
    }
    if (plan.steps.isEmpty()) {
        for (int t = 1; t <= stepCount; ++t)
            plan.steps << QStringLiteral("t%1").arg(t);
    }
    return plan;
}

void checkOptions(const SampleTableCsvOptions &options, const QString &path)
{
    if (options.bands.isEmpty() || options.stepCount < 1)
        throw Error(tr("Cannot read \"%1\": the table's bands and number of steps must be given")
                        .arg(path));
    if (!std::isfinite(options.scale) || options.scale == 0.0)
        throw Error(tr("Cannot read \"%1\": scale %2 is not a usable factor").arg(path).arg(options.scale));
}

/**
 * Parcel ids from the group column, decided once every row is read: positive integers are
 * kept as they are; any other group (a name, or 0, which means "no parcel" to a SampleSet and
 * would make each of its samples a group of its own) makes every group a name, numbered 1, 2,
 * … in order of appearance.
 */
class GroupResolver
{
public:
    explicit GroupResolver(QString path)
        : m_path(std::move(path))
    {}

    /** The group's number in order of first appearance, from 0. */
    std::uint32_t groupIndex(const std::string &field, int line)
    {
        if (field.empty())
            throw Error(tr("\"%1\", line %2: empty group").arg(m_path).arg(line));
        const auto [it, inserted] = m_index.try_emplace(field, std::uint32_t(m_fields.size()));
        if (inserted) {
            std::uint32_t id = 0;
            const char *end = field.data() + field.size();
            const auto [ptr, ec] = std::from_chars(field.data(), end, id);
            m_numeric = m_numeric && ec == std::errc() && ptr == end && id > 0;
            m_fields.push_back(field);
            m_ids.push_back(id);
        }
        return it->second;
    }

    std::uint32_t parcelId(std::uint32_t index) const { return m_numeric ? m_ids[index] : index + 1; }

    /** The group names when they were numbered; empty when the integers were kept. */
    QStringList names() const
    {
        QStringList names;
        for (std::size_t i = 0; !m_numeric && i < m_fields.size(); ++i)
            names << QString::fromStdString(m_fields[i]);
        return names;
    }

private:
    QString m_path;
    bool m_numeric = true;
    std::vector<std::string> m_fields;
    std::vector<std::uint32_t> m_ids;
    std::unordered_map<std::string, std::uint32_t> m_index;
};

float parseValue(const std::string &field, double scale, const ColumnPlan &plan,
                 const QString &path, int line, int column)
{
    const char *begin = field.data();
    const char *end = begin + field.size();
    if (begin != end && *begin == '+')
        ++begin;
    if (begin == end || field == "nan" || field == "NaN" || field == "NA" || field == "NAN")
        return std::numeric_limits<float>::quiet_NaN();
    double value = 0.0;
    const auto [ptr, ec] = std::from_chars(begin, end, value);
    if (ec != std::errc() || ptr != end || !std::isfinite(value))
        throw Error(tr("\"%1\", line %2, column %3: \"%4\" is not a number%5")
                        .arg(path)
                        .arg(line)
                        .arg(column + 1)
                        .arg(QString::fromStdString(field),
                             plan.names.isEmpty()
                                 ? QString()
                                 : tr(" (column \"%1\")")
                                       .arg(plan.names.at(column).trimmed())));
    return float(value * scale);
}

} // namespace

SampleSet SampleTableCsv::read(const QString &path, const SampleTableCsvOptions &options,
                               Feedback &feedback)
{
    checkOptions(options, path);
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly))
        throw Error(tr("Cannot open sample table \"%1\": %2").arg(path, file.errorString()));
    CsvRows rows(file.readAll(), options.delimiter.toLatin1(), path);
    file.close();

    std::vector<std::string> fields;
    std::optional<ColumnPlan> plan;
    if (options.header) {
        if (!rows.next(fields))
            throw Error(tr("Sample table \"%1\" is empty").arg(path));
        QStringList names;
        for (const std::string &f : fields)
            names << QString::fromStdString(f);
        plan = planColumns(&names, 0, rows.line(), options, path);
    }

    SampleLabelResolver labels(options.classes, options.labels, path, options.mapping);
    GroupResolver groups(path);
    std::vector<float> values(std::size_t(options.stepCount) * options.bands.size());
    struct Row { int line; int classIndex; std::uint32_t group; }; // group: GroupResolver's index
    std::vector<Row> parsed;
    std::vector<float> allValues;
    while (rows.next(fields)) {
        const int line = rows.line();
        if (!plan)
            plan = planColumns(nullptr, int(fields.size()), line, options, path);
        if (int(fields.size()) != plan->total)
            throw Error(tr("\"%1\", line %2: %3 fields, but the table has %4 columns")
                            .arg(path)
                            .arg(line)
                            .arg(fields.size())
                            .arg(plan->total));
        Row row{line, labels.classIndex(QString::fromStdString(fields[plan->label]).trimmed(), line),
                plan->group >= 0 ? groups.groupIndex(fields[plan->group], line) : 0u};
        for (std::size_t j = 0; j < plan->valueColumns.size(); ++j) {
            const int c = plan->valueColumns[j];
            values[plan->valueTarget[j]] = parseValue(fields[c], options.scale, *plan, path, line, c);
        }
        parsed.push_back(row);
        allValues.insert(allValues.end(), values.begin(), values.end());
        if (parsed.size() % kRowsPerCheck == 0) {
            feedback.throwIfCanceled();
            feedback.setProgress(rows.fraction(), tr("Reading %1").arg(QFileInfo(path).fileName()));
        }
    }
    if (!plan)
        throw Error(tr("Sample table \"%1\" has no rows").arg(path));

    SampleSet result(options.bands, plan->steps, labels.classes());
    const int tile = result.tileIndexOf(QFileInfo(path).completeBaseName());
    for (std::size_t i = 0; i < parsed.size(); ++i)
        result.append(tile, -1, -1, plan->group >= 0 ? groups.parcelId(parsed[i].group) : 0u, parsed[i].classIndex, -1,
                      allValues.data() + i * values.size());
    result.metadata().insert(QStringLiteral("source"), QFileInfo(path).absoluteFilePath());
    const QStringList groupNames = groups.names();
    if (!groupNames.isEmpty())
        result.metadata().insert(QStringLiteral("groups"), QJsonArray::fromStringList(groupNames));
    if (labels.ignoredCount() > 0)
        result.metadata().insert(QStringLiteral("ignored_labels"), labels.ignoredCount());
    feedback.setProgress(1.0);
    return result;
}

void SampleTableCsv::write(const SampleSet &samples, const QString &path,
                           const SampleTableCsvOptions &options, Feedback &feedback)
{
    if (!std::isfinite(options.scale) || options.scale == 0.0)
        throw Error(tr("Cannot write \"%1\": scale %2 is not a usable factor").arg(path).arg(options.scale));
    const char delimiter = options.delimiter.toLatin1();
    const bool withGroup = !options.groupColumn.isEmpty();
    io::AtomicOutput output(path);
    QFile file(output.tempPath());
    if (!file.open(QIODevice::WriteOnly | QIODevice::Truncate))
        throw Error(tr("Cannot write \"%1\": %2").arg(path, file.errorString()));

    QByteArray buffer;
    const auto flush = [&]() {
        if (file.write(buffer) != buffer.size())
            throw Error(tr("Cannot write \"%1\": %2").arg(path, file.errorString()));
        buffer.clear();
    };
    if (options.header) {
        QStringList names{options.labelColumn};
        if (withGroup)
            names << options.groupColumn;
        names << valueColumnNames(samples.steps(), samples.bands(), options.layout);
        for (int i = 0; i < names.size(); ++i) {
            if (i > 0)
                buffer += delimiter;
            buffer += CsvRows::formatField(names.at(i), delimiter);
        }
        buffer += '\n';
    }

    // Label fields once per class; the value order of the layout once per table.
    std::vector<QByteArray> labelFields;
    for (const thematic::TargetClass &c : samples.classes().classes())
        labelFields.push_back(CsvRows::formatField(
            options.labels == SampleTableLabels::Code ? QString::number(c.id) : c.name, delimiter));
    const int bandCount = samples.bandCount();
    const int stepCount = samples.stepCount();
    std::vector<int> order;
    for (int j = 0; j < samples.featureCount(); ++j)
        order.push_back(options.layout == SampleTableLayout::DateMajor
                            ? j
                            : (j % stepCount) * bandCount + j / stepCount);
    char number[64];
    for (qint64 i = 0; i < samples.size(); ++i) {
        const int classIndex = samples.classIndex(i);
        if (classIndex >= 0)
            buffer += labelFields[std::size_t(classIndex)];
        if (withGroup)
            buffer += delimiter + QByteArray::number(samples.parcelId(i));
        const float *values = samples.values(i);
        for (const int k : order) {
            buffer += delimiter;
            if (std::isnan(values[k]))
                continue;
            // Shortest text that reads back to the same float (scale 1 round-trips exactly).
            const float v = options.scale == 1.0 ? values[k] : float(values[k] / options.scale);
            const auto result = std::to_chars(number, number + sizeof(number), v);
            buffer.append(number, result.ptr - number);
        }
        buffer += '\n';
        if (buffer.size() > (1 << 20)) {
            flush();
            feedback.throwIfCanceled();
            feedback.setProgress(double(i + 1) / double(samples.size()),
                                 tr("Writing %1").arg(QFileInfo(path).fileName()));
        }
    }
    flush();
    file.close();
    if (file.error() != QFileDevice::NoError)
        throw Error(tr("Cannot write \"%1\": %2").arg(path, file.errorString()));
    output.commit();
    feedback.setProgress(1.0);
}

QStringList SampleTableCsv::valueColumnNames(const QStringList &steps, const QStringList &bands,
                                             SampleTableLayout layout)
{
    QStringList names;
    if (layout == SampleTableLayout::DateMajor) {
        for (const QString &step : steps)
            for (const QString &band : bands)
                names << step + u'_' + band;
    } else {
        for (const QString &band : bands)
            for (const QString &step : steps)
                names << step + u'_' + band;
    }
    return names;
}

SampleTableLayout SampleTableCsv::parseLayout(const QString &name)
{
    if (name == QStringLiteral("date-major"))
        return SampleTableLayout::DateMajor;
    if (name == QStringLiteral("band-major"))
        return SampleTableLayout::BandMajor;
    throw Error(tr("Unknown sample table layout \"%1\" (date-major or band-major)").arg(name));
}

} // namespace cropmap::core::sampling
