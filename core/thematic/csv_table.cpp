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

QChar CsvTable::detectSeparator(const QString &text)
{
    int commas = 0;
    int semicolons = 0;
    int tabs = 0;
    bool quoted = false;
    for (const QChar c : text) {
        if (c == u'"') {
            quoted = !quoted; // a doubled quote toggles twice
        } else if (quoted) {
            continue;
        } else if (c == u'\n') {
            if (commas + semicolons + tabs > 0)
                break;
        } else if (c == u',') {
            ++commas;
        } else if (c == u';') {
            ++semicolons;
        } else if (c == u'\t') {
            ++tabs;
        }
    }
    if (semicolons > commas && semicolons >= tabs)
        return u';';
    if (tabs > commas && tabs > semicolons)
        return u'\t';
    return u',';
}

QVector<CsvRecord> CsvTable::parse(const QString &input, const QString &context)
{
    const QString text = input.startsWith(QChar(0xfeff)) ? input.mid(1) : input;
    const QChar separator = detectSeparator(text);
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
            } else if (c == u'\r' && i + 1 < n && text[i + 1] == u'\n') {
                continue; // a CRLF inside a quoted field is one line break
            } else {
                if (c == u'\n')
                    ++line;
                field += c;
            }
            continue;
        }
        if (c == separator) {
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
