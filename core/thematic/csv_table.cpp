// SPDX-License-Identifier: GPL-3.0-or-later
#include "thematic/csv_table.h"

#include <QCoreApplication>
#include <QFile>

#include "util/error.h"

namespace cropmap::core::thematic {

namespace {

QString tr(const char *text)
{
    return QCoreApplication::translate("cropmap::core::thematic", text);
}

bool isBlank(const CsvRecord &record)
{
    for (const QString &field : record.fields) {
        if (!field.trimmed().isEmpty())
            return false;
    }
    return true;
}

} // namespace

QVector<CsvRecord> CsvTable::parse(const QString &text, const QString &context)
{
    QVector<CsvRecord> records;
    CsvRecord record{1, {}};
    QString field;
    bool quoted = false;      // inside a quoted field
    bool wasQuoted = false;   // the current field was quoted (only a comma or newline may follow)
    int line = 1;
    auto endRecord = [&] {
        record.fields << field;
        if (!isBlank(record))
            records.push_back(record);
        record = CsvRecord{line, {}};
        field.clear();
        wasQuoted = false;
    };
    const qsizetype n = text.size();
    for (qsizetype i = 0; i < n; ++i) {
        const QChar c = text[i];
        if (quoted) {
            if (c == u'"') {
                if (i + 1 < n && text[i + 1] == u'"') {
                    field += u'"';
                    ++i;
                } else {
                    quoted = false;
                    wasQuoted = true;
                }
            } else {
                if (c == u'\n')
                    ++line;
                field += c;
            }
            continue;
        }
        if (c == u',') {
            record.fields << field;
            field.clear();
            wasQuoted = false;
        } else if (c == u'\r') {
            continue;
        } else if (c == u'\n') {
            ++line;
            endRecord();
        } else if (c == u'"') {
            if (!field.trimmed().isEmpty() || wasQuoted) {
                throw Error(tr("%1, line %2: a quote inside an unquoted field (quote the whole "
                               "field and double the inner quotes)")
                                .arg(context)
                                .arg(line));
            }
            field.clear();
            quoted = true;
        } else if (wasQuoted) {
            throw Error(tr("%1, line %2: text after a closing quote").arg(context).arg(line));
        } else {
            field += c;
        }
    }
    if (quoted)
        throw Error(tr("%1, line %2: a quoted field is never closed").arg(context).arg(record.line));
    endRecord();
    return records;
}

QVector<CsvRecord> CsvTable::read(const QString &path)
{
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly)) {
        throw Error(tr("Cannot read the table \"%1\": %2").arg(path, file.errorString()));
    }
    QString text = QString::fromUtf8(file.readAll());
    if (text.startsWith(QChar(0xfeff)))
        text.remove(0, 1);
    return parse(text, path);
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
