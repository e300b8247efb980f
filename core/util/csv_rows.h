// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <string>
#include <vector>

#include <QByteArray>
#include <QString>

namespace cropmap::core {

/**
 * \brief The one reader of delimited text in cropmap: legends, taxonomies and sample tables.
 *
 * Works on the UTF-8 bytes rather than QString so that a sample table of 10⁵ rows × 120
 * numbers parses in well under a second (the numbers go to std::from_chars unconverted).
 * The rules (RFC 4180 and what spreadsheets write):
 * - the delimiter is given, or detected from the first record (`,`, `;` or tab, whichever
 *   is most frequent outside quotes; a German Excel export uses `;`);
 * - a UTF-8 byte-order mark is ignored; CRLF and LF line ends are accepted;
 * - a field may be double-quoted; inside, a doubled quote stands for one, and the delimiter
 *   and line breaks are text (a CRLF inside becomes one LF); blanks around a quoted field
 *   are ignored, text after its closing quote is an error;
 * - unquoted fields lose surrounding blanks; a quote inside an unquoted field is an error;
 * - records whose fields are all empty are skipped.
 * Errors name the context (the file) and the line the record starts on.
 */
class CsvRows
{
public:
    /** \a delimiter 0: detect it from the first record (see detectDelimiter()). */
    CsvRows(QByteArray data, char delimiter, QString context);

    /** Reads the next non-blank record into \a fields; false at the end. Throws Error naming
     *  the context and line for an unclosed quote or stray quotes. */
    bool next(std::vector<std::string> &fields);
    /** 1-based line number on which the record last returned starts. */
    int line() const { return m_line; }
    /** Share of the bytes read so far, for progress. */
    double fraction() const { return m_data.isEmpty() ? 1.0 : double(m_pos) / double(m_data.size()); }
    char delimiter() const { return m_delimiter; }

    /** `,`, `;` or tab: the most frequent outside quotes in the first record that has any
     *  (ties go to `,`, then `;`). */
    static char detectDelimiter(const QByteArray &data);
    /** \a field as it must appear in a record: quoted when it holds the delimiter, a quote,
     *  a line break or surrounding blanks. */
    static QByteArray formatField(const QString &field, char delimiter);

private:
    bool isBlank(char c) const { return (c == ' ' || c == '\t') && c != m_delimiter; }

    QByteArray m_data;
    char m_delimiter;
    QString m_context;
    qsizetype m_pos = 0;
    int m_line = 0;
    int m_nextLine = 1;
};

} // namespace cropmap::core
