// SPDX-License-Identifier: GPL-3.0-or-later
#include "util/csv_rows.h"

#include <QCoreApplication>

#include "util/error.h"

namespace cropmap::core {

namespace {

QString tr(const char *text)
{
    return QCoreApplication::translate("cropmap::core", text);
}

qsizetype afterByteOrderMark(const QByteArray &data)
{
    return data.startsWith("\xEF\xBB\xBF") ? 3 : 0;
}

} // namespace

CsvRows::CsvRows(QByteArray data, char delimiter, QString context)
    : m_data(std::move(data))
    , m_delimiter(delimiter != 0 ? delimiter : detectDelimiter(m_data))
    , m_context(std::move(context))
    , m_pos(afterByteOrderMark(m_data))
{}

char CsvRows::detectDelimiter(const QByteArray &data)
{
    int commas = 0, semicolons = 0, tabs = 0;
    bool quoted = false;
    for (qsizetype i = afterByteOrderMark(data); i < data.size(); ++i) {
        const char c = data[i];
        if (c == '"')
            quoted = !quoted; // a doubled quote toggles twice
        else if (quoted)
            continue;
        else if (c == '\n' && commas + semicolons + tabs > 0)
            break;
        else if (c == ',')
            ++commas;
        else if (c == ';')
            ++semicolons;
        else if (c == '\t')
            ++tabs;
    }
    if (semicolons > commas && semicolons >= tabs)
        return ';';
    if (tabs > commas && tabs > semicolons)
        return '\t';
    return ',';
}

bool CsvRows::next(std::vector<std::string> &fields)
{
    const char *data = m_data.constData();
    const qsizetype size = m_data.size();
    while (m_pos < size) {
        fields.clear();
        m_line = m_nextLine;
        bool blankRecord = true;
        bool endOfRecord = false;
        while (!endOfRecord) {
            std::string &field = fields.emplace_back();
            while (m_pos < size && isBlank(data[m_pos]))
                ++m_pos;
            if (m_pos < size && data[m_pos] == '"') {
                ++m_pos;
                while (true) {
                    if (m_pos >= size)
                        throw Error(tr("\"%1\", line %2: a quoted field is never closed")
                                        .arg(m_context)
                                        .arg(m_line));
                    const char c = data[m_pos++];
                    if (c == '"') {
                        if (m_pos < size && data[m_pos] == '"') {
                            field += '"';
                            ++m_pos;
                            continue;
                        }
                        break;
                    }
                    if (c == '\r' && m_pos < size && data[m_pos] == '\n')
                        continue; // a CRLF inside a quoted field is one line break
                    if (c == '\n')
                        ++m_nextLine;
                    field += c;
                }
                while (m_pos < size && isBlank(data[m_pos]))
                    ++m_pos;
                if (m_pos < size && data[m_pos] != m_delimiter && data[m_pos] != '\n'
                    && data[m_pos] != '\r')
                    throw Error(tr("\"%1\", line %2: text after a closing quote")
                                    .arg(m_context)
                                    .arg(m_nextLine));
                blankRecord = false;
            } else {
                const qsizetype start = m_pos;
                while (m_pos < size && data[m_pos] != m_delimiter && data[m_pos] != '\n') {
                    if (data[m_pos] == '"')
                        throw Error(tr("\"%1\", line %2: a quote inside an unquoted field (quote "
                                       "the whole field and double the inner quotes)")
                                        .arg(m_context)
                                        .arg(m_nextLine));
                    ++m_pos;
                }
                qsizetype last = m_pos;
                while (last > start && (isBlank(data[last - 1]) || data[last - 1] == '\r'))
                    --last;
                field.assign(data + start, data + last);
                blankRecord = blankRecord && field.empty();
            }
            if (m_pos >= size) {
                endOfRecord = true;
            } else if (data[m_pos] == m_delimiter) {
                ++m_pos;
            } else { // '\n', or the '\r' of a CRLF after a quoted field
                if (data[m_pos] == '\r')
                    ++m_pos;
                if (m_pos < size && data[m_pos] == '\n')
                    ++m_pos;
                ++m_nextLine;
                endOfRecord = true;
            }
        }
        if (!blankRecord)
            return true;
    }
    m_pos = size;
    return false;
}

QByteArray CsvRows::formatField(const QString &field, char delimiter)
{
    QByteArray bytes = field.toUtf8();
    if (!bytes.contains(delimiter) && !bytes.contains('"') && !bytes.contains('\n')
        && !bytes.contains('\r') && field == field.trimmed())
        return bytes;
    bytes.replace("\"", "\"\"");
    return '"' + bytes + '"';
}

} // namespace cropmap::core
