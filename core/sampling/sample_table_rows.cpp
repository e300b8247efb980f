// SPDX-License-Identifier: GPL-3.0-or-later
#include "sampling/sample_table_rows.h"

#include <QCoreApplication>

#include "util/error.h"

namespace cropmap::core::sampling {

namespace {

QString tr(const char *text)
{
    return QCoreApplication::translate("cropmap::core::sampling", text);
}

bool isBlank(char c, char delimiter)
{
    return (c == ' ' || c == '\t') && c != delimiter;
}

} // namespace

SampleTableRows::SampleTableRows(QByteArray data, char delimiter, QString path)
    : m_data(std::move(data))
    , m_delimiter(delimiter)
    , m_path(std::move(path))
{
    if (m_data.startsWith("\xEF\xBB\xBF"))
        m_pos = 3;
}

bool SampleTableRows::next(std::vector<std::string> &fields)
{
    const char *data = m_data.constData();
    const qsizetype size = m_data.size();
    while (m_pos < size) {
        qsizetype end = m_data.indexOf('\n', m_pos);
        if (end < 0)
            end = size;
        const char *begin = data + m_pos;
        const char *stop = data + end;
        if (stop > begin && stop[-1] == '\r')
            --stop;
        m_pos = end + 1;
        m_line = m_nextLine++;
        bool blank = true;
        for (const char *c = begin; c < stop && blank; ++c)
            blank = *c == ' ' || *c == '\t';
        if (blank)
            continue;
        splitLine(begin, stop, fields);
        return true;
    }
    m_pos = size;
    return false;
}

void SampleTableRows::splitLine(const char *begin, const char *end,
                                std::vector<std::string> &fields) const
{
    fields.clear();
    const char *c = begin;
    while (true) {
        std::string &field = fields.emplace_back();
        while (c < end && isBlank(*c, m_delimiter))
            ++c;
        if (c < end && *c == '"') {
            ++c;
            while (true) {
                if (c == end)
                    throw Error(tr("\"%1\", line %2: a quoted field is not closed on its line")
                                    .arg(m_path)
                                    .arg(m_line));
                if (*c == '"') {
                    if (c + 1 < end && c[1] == '"') {
                        field += '"';
                        c += 2;
                        continue;
                    }
                    ++c;
                    break;
                }
                field += *c++;
            }
            while (c < end && isBlank(*c, m_delimiter))
                ++c;
            if (c < end && *c != m_delimiter)
                throw Error(tr("\"%1\", line %2: text after a closing quote").arg(m_path).arg(m_line));
        } else {
            const char *start = c;
            while (c < end && *c != m_delimiter)
                ++c;
            const char *last = c;
            while (last > start && isBlank(last[-1], m_delimiter))
                --last;
            field.assign(start, last);
        }
        if (c == end)
            return;
        ++c; // the delimiter
    }
}

QByteArray SampleTableRows::formatField(const QString &field, char delimiter)
{
    QByteArray bytes = field.toUtf8();
    if (!bytes.contains(delimiter) && !bytes.contains('"') && !bytes.contains('\n')
        && !bytes.contains('\r'))
        return bytes;
    bytes.replace("\"", "\"\"");
    return '"' + bytes + '"';
}

} // namespace cropmap::core::sampling
