// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <string>
#include <vector>

#include <QByteArray>
#include <QString>

namespace cropmap::core::sampling {

/**
 * \brief Splits the bytes of a delimited sample table into rows of fields, with line numbers.
 *
 * Works on the UTF-8 bytes rather than QString so that a table of 10⁵ rows × 120 numbers
 * parses in well under a second (the numbers go to std::from_chars without conversion).
 * Fields may be double-quoted (a doubled quote inside stands for one), so labels can hold the
 * delimiter; a quoted field ends on its line. Unquoted fields lose surrounding blanks. Blank
 * lines are skipped, a UTF-8 byte-order mark is ignored, CRLF line ends are accepted.
 */
class SampleTableRows
{
public:
    SampleTableRows(QByteArray data, char delimiter, QString path);

    /** Reads the next non-blank row into \a fields; false at the end. Throws Error naming the
     *  file and line for an unclosed quote or text after a closing quote. */
    bool next(std::vector<std::string> &fields);
    /** 1-based line number of the row last returned. */
    int line() const { return m_line; }
    /** Share of the bytes read so far, for progress. */
    double fraction() const { return m_data.isEmpty() ? 1.0 : double(m_pos) / double(m_data.size()); }

    /** \a field as it must appear in a row: quoted when it holds the delimiter, a quote or a
     *  line break. */
    static QByteArray formatField(const QString &field, char delimiter);

private:
    void splitLine(const char *begin, const char *end, std::vector<std::string> &fields) const;

    QByteArray m_data;
    char m_delimiter;
    QString m_path;
    qsizetype m_pos = 0;
    int m_line = 0;
    int m_nextLine = 1;
};

} // namespace cropmap::core::sampling
