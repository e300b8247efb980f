// SPDX-License-Identifier: GPL-3.0-or-later
#include "thematic/csv_table.h"

#include <QCoreApplication>
#include <QFile>

#include "util/csv_rows.h"
#include "util/error.h"

namespace cropmap::core::thematic {

namespace {

QString tr(const char *text)
{
    return QCoreApplication::translate("cropmap::core::thematic", text);
}

} // namespace

QChar CsvTable::detectSeparator(const QString &text)
{
    return QChar::fromLatin1(CsvRows::detectDelimiter(text.toUtf8()));
}

QVector<CsvRecord> CsvTable::parse(const QString &text, const QString &context)
{
    // The shared reader (util/csv_rows.h) with the delimiter detected: legends and
    // taxonomies follow the same rules as sample tables.
    CsvRows rows(text.toUtf8(), 0, context);
    QVector<CsvRecord> records;
    std::vector<std::string> fields;
    while (rows.next(fields)) {
        CsvRecord record{rows.line(), {}};
        for (const std::string &field : fields)
            record.fields << QString::fromStdString(field);
        records.push_back(std::move(record));
    }
    return records;
}

QVector<CsvRecord> CsvTable::read(const QString &path)
{
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly)) {
        throw Error(tr("Cannot read the table \"%1\": %2").arg(path, file.errorString()));
    }
    return parse(QString::fromUtf8(file.readAll()), path);
}

QString CsvTable::formatRow(const QStringList &fields)
{
    QStringList out;
    for (const QString &field : fields) {
        if (field.contains(u',') || field.contains(u'"') || field.contains(u'\n')
            || field != field.trimmed()) {
            QString escaped = field;
            escaped.replace(QStringLiteral("\""), QStringLiteral("\"\""));
            out << u'"' + escaped + u'"';
        } else {
            out << field;
        }
    }
    return out.join(u',');
}

} // namespace cropmap::core::thematic
