// SPDX-License-Identifier: GPL-3.0-or-later
#include "thematic/legend_aggregation.h"

#include <cmath>

#include <QCoreApplication>
#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QRegularExpression>

#include "io/atomic_output.h"
#include "thematic/csv_table.h"
#include "util/error.h"
#include "util/json_syntax_error.h"

namespace cropmap::core::thematic {

namespace {

QString tr(const char *text)
{
    return QCoreApplication::translate("cropmap::core::thematic", text);
}

// QJsonDocument keeps no positions; the n-th "value" key after "mapping" is the n-th row.
int lineOfMappingRow(const QByteArray &json, int row)
{
    const QString text = QString::fromUtf8(json);
    const qsizetype mapping = text.indexOf(QStringLiteral("\"mapping\""));
    static const QRegularExpression entry(QStringLiteral("\\{"));
    qsizetype at = text.indexOf(u'[', mapping < 0 ? 0 : mapping);
    for (int i = 0; at >= 0 && i <= row; ++i)
        at = text.indexOf(entry, at + 1);
    return at < 0 ? 0 : int(QStringView(text).left(at).count(u'\n')) + 1;
}

// Header names as spreadsheets and other tools spell them: any case, '_' or '-' for a space.
bool isHeader(const QString &name, std::initializer_list<const char *> aliases)
{
    QString normal = name.toLower();
    normal.replace(u'_', u' ').replace(u'-', u' ');
    normal = normal.simplified();
    for (const char *alias : aliases) {
        if (normal == QLatin1String(alias))
            return true;
    }
    return false;
}

bool isFieldHeader(const QString &name)
{
    return isHeader(name, {"field", "attribute", "field name"});
}

bool isClassesHeader(const QStringList &f)
{
    return isHeader(f.value(0), {"id", "class id"}) && isHeader(f.value(1), {"name", "class name"});
}

bool isMappingHeader(const QStringList &f)
{
    return isHeader(f.value(0), {"value", "code", "declared value", "crop code"})
           && isHeader(f.value(1), {"class", "class name", "target", "target class"});
}

QString jsonScalarText(const QJsonValue &value)
{
    if (value.isString())
        return value.toString().trimmed();
    if (value.isDouble()) {
        const double d = value.toDouble();
        return d == std::floor(d) ? QString::number(qint64(d)) : QString::number(d);
    }
    return {};
}

} // namespace

LegendAggregation::LegendAggregation(QString field, ClassTable classes)
    : m_field(std::move(field))
    , m_classes(std::move(classes))
{}

void LegendAggregation::setMapping(const QString &value, int classId)
{
    if (classId != Ignore && m_classes.indexOfId(classId) < 0)
        throw Error(tr("Legend: no class with id %1 for the value \"%2\"").arg(classId).arg(value));
    const QString key = value.trimmed();
    const auto it = m_index.constFind(key);
    if (it != m_index.constEnd()) {
        m_rows[*it].classId = classId;
        return;
    }
    m_index.insert(key, int(m_rows.size()));
    m_rows.push_back({key, classId});
}

int LegendAggregation::classIdOf(const QString &value) const
{
    const auto it = m_index.constFind(value.trimmed());
    return it == m_index.constEnd() ? Unknown : m_rows[*it].classId;
}

QStringList LegendAggregation::values() const
{
    QStringList result;
    for (const Row &row : m_rows)
        result << row.value;
    return result;
}

void LegendAggregation::addRow(const QString &value, int classId, const QString &context, int line)
{
    const QString key = value.trimmed();
    if (key.isEmpty())
        throw Error(tr("%1, line %2: a mapping row without a declared value").arg(context).arg(line));
    if (m_index.contains(key)) {
        throw Error(tr("%1, line %2: the value \"%3\" appears twice in the mapping")
                        .arg(context)
                        .arg(line)
                        .arg(key));
    }
    setMapping(key, classId);
}

LegendAggregation LegendAggregation::load(const QString &path)
{
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly))
        throw Error(tr("Cannot read the legend \"%1\": %2").arg(path, file.errorString()));
    const QByteArray data = file.readAll();
    if (QFileInfo(path).suffix().compare(QStringLiteral("csv"), Qt::CaseInsensitive) == 0)
        return fromCsv(QString::fromUtf8(data), path);
    return fromJson(data, path);
}

void LegendAggregation::save(const QString &path) const
{
    const bool csv = QFileInfo(path).suffix().compare(QStringLiteral("csv"), Qt::CaseInsensitive) == 0;
    io::writeFileAtomically(path, csv ? toCsv().toUtf8() : toJson());
}

LegendAggregation LegendAggregation::fromJson(const QByteArray &json, const QString &context)
{
    const QJsonDocument doc = JsonSyntaxError::parse(json, context);
    if (!doc.isObject()) {
        throw Error(tr("%1: not a legend JSON object (expected {\"field\", \"classes\", \"mapping\"})")
                        .arg(context));
    }
    const QJsonObject root = doc.object();
    const QJsonValue classesValue = root.value(QStringLiteral("classes"));
    LegendAggregation legend(root.value(QStringLiteral("field")).toString(),
                             classesValue.isArray() ? ClassTable::fromJson(classesValue.toArray(), context)
                                                    : ClassTable::seedClasses());
    const QJsonValue mappingValue = root.value(QStringLiteral("mapping"));
    if (!mappingValue.isArray())
        throw Error(tr("%1: the legend has no \"mapping\" array").arg(context));
    const QJsonArray mapping = mappingValue.toArray();
    for (int i = 0; i < mapping.size(); ++i) {
        const int line = lineOfMappingRow(json, i);
        const QJsonObject row = mapping[i].toObject();
        const QString value = jsonScalarText(row.value(QStringLiteral("value")));
        const QJsonValue target = row.value(QStringLiteral("class"));
        int classId = Ignore;
        if (!mapping[i].isObject() || value.isEmpty() || target.isUndefined()) {
            throw Error(tr("%1, line %2: a mapping row needs {\"value\": …, \"class\": name, id or null}")
                            .arg(context)
                            .arg(line));
        }
        if (target.isString()) {
            const int index = legend.m_classes.indexOfName(target.toString());
            if (index < 0) {
                throw Error(tr("%1, line %2: unknown class \"%3\" (classes: %4)")
                                .arg(context)
                                .arg(line)
                                .arg(target.toString(), legend.m_classes.names().join(QStringLiteral(", "))));
            }
            classId = legend.m_classes.at(index).id;
        } else if (target.isDouble()) {
            classId = target.toInt();
            if (legend.m_classes.indexOfId(classId) < 0)
                throw Error(tr("%1, line %2: unknown class id %3").arg(context).arg(line).arg(classId));
        } else if (!target.isNull()) {
            throw Error(tr("%1, line %2: \"class\" must be a class name, an id or null").arg(context).arg(line));
        }
        legend.addRow(value, classId, context, line);
    }
    return legend;
}

QByteArray LegendAggregation::toJson() const
{
    QJsonArray mapping;
    for (const Row &row : m_rows) {
        const int index = m_classes.indexOfId(row.classId);
        mapping.append(QJsonObject{{QStringLiteral("value"), row.value},
                                   {QStringLiteral("class"), index < 0 ? QJsonValue(QJsonValue::Null)
                                                                        : QJsonValue(m_classes.at(index).name)}});
    }
    const QJsonObject root{{QStringLiteral("field"), m_field},
                           {QStringLiteral("classes"), m_classes.toJson()},
                           {QStringLiteral("mapping"), mapping}};
    return QJsonDocument(root).toJson(QJsonDocument::Indented);
}

LegendAggregation LegendAggregation::fromCsv(const QString &text, const QString &context)
{
    enum class Section { None, Classes, Mapping };
    Section section = Section::None;
    LegendAggregation legend;
    QVector<TargetClass> classes;
    QVector<CsvRecord> mappingRows;
    for (const CsvRecord &record : CsvTable::parse(text, context)) {
        QStringList f = record.fields;
        for (QString &s : f)
            s = s.trimmed();
        // A spreadsheet pads every row to its widest one with empty cells.
        while (f.size() > 2 && f.constLast().isEmpty())
            f.removeLast();
        if (isFieldHeader(f.value(0)) && f.size() >= 2 && section == Section::None) {
            legend.m_field = f[1];
        } else if (isClassesHeader(f)) {
            section = Section::Classes;
        } else if (isMappingHeader(f)) {
            section = Section::Mapping;
        } else if (section == Section::Classes) {
            bool ok = false;
            const int id = f.value(0).toInt(&ok);
            if (!ok || f.size() < 2 || f.size() > 3) {
                throw Error(tr("%1, line %2: a class row needs id,name,colour").arg(context).arg(record.line));
            }
            classes.push_back({id, f[1], f.value(2, QStringLiteral("#808080"))});
            ClassTable::fromJson(ClassTable(classes).toJson(),
                                 tr("%1, line %2").arg(context).arg(record.line));
        } else if (section == Section::Mapping) {
            if (f.size() != 2) {
                throw Error(tr("%1, line %2: a mapping row needs exactly two fields, value,class "
                               "(found %3)")
                                .arg(context)
                                .arg(record.line)
                                .arg(f.size()));
            }
            mappingRows.push_back({record.line, f});
        } else {
            throw Error(tr("%1, line %2: expected a header row \"value,class\" (or \"field,NAME\" / "
                           "\"id,name,colour\") first; found \"%3\" (fields are separated by ',', "
                           "';' or a tab)")
                            .arg(context)
                            .arg(record.line)
                            .arg(f.join(QStringLiteral(" | "))));
        }
    }
    if (section == Section::None)
        throw Error(tr("%1: no \"value,class\" section").arg(context));
    legend.m_classes = classes.isEmpty() ? ClassTable::seedClasses() : ClassTable(classes);
    for (const CsvRecord &row : mappingRows) {
        const QString &target = row.fields[1];
        int classId = Ignore;
        if (!target.isEmpty()) {
            const int index = legend.m_classes.indexOfName(target);
            bool isId = false;
            const int id = target.toInt(&isId);
            if (index >= 0) {
                classId = legend.m_classes.at(index).id;
            } else if (isId && legend.m_classes.indexOfId(id) >= 0) {
                classId = id;
            } else {
                throw Error(tr("%1, line %2: unknown class \"%3\"").arg(context).arg(row.line).arg(target));
            }
        }
        legend.addRow(row.fields[0], classId, context, row.line);
    }
    return legend;
}

QString LegendAggregation::toCsv() const
{
    QStringList lines;
    if (!m_field.isEmpty())
        lines << CsvTable::formatRow({QStringLiteral("field"), m_field});
    lines << QStringLiteral("id,name,colour");
    for (const TargetClass &c : m_classes.classes())
        lines << CsvTable::formatRow({QString::number(c.id), c.name, c.colour});
    lines << QStringLiteral("value,class");
    for (const Row &row : m_rows) {
        const int index = m_classes.indexOfId(row.classId);
        lines << CsvTable::formatRow({row.value, index < 0 ? QString() : m_classes.at(index).name});
    }
    return lines.join(u'\n') + u'\n';
}

QString LegendAggregation::resolve(const QString &nameOrPath, const QStringList &searchFolders)
{
    if (QFileInfo::exists(nameOrPath))
        return nameOrPath;
    QStringList candidates;
    const bool hasSuffix = !QFileInfo(nameOrPath).suffix().isEmpty();
    for (const QString &folder : searchFolders + QStringList{QStringLiteral(":/legends")}) {
        for (const QString &suffix : hasSuffix ? QStringList{QString()}
                                               : QStringList{QStringLiteral(".json"), QStringLiteral(".csv")}) {
            const QString candidate = QDir(folder).filePath(nameOrPath + suffix);
            if (QFileInfo::exists(candidate))
                return candidate;
            candidates << candidate;
        }
    }
    throw Error(tr("No legend \"%1\": neither a file nor one of %2")
                    .arg(nameOrPath, candidates.join(QStringLiteral(", "))));
}

} // namespace cropmap::core::thematic
