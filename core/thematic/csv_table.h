// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QString>
#include <QStringList>
#include <QVector>

namespace cropmap::core::thematic {

/** \brief One record of a CSV file with the line it starts on (1-based, for messages). */
struct CsvRecord
{
    int line = 0;
    QStringList fields;
};

/**
 * \brief Reads and writes RFC 4180 CSV: comma-separated, fields optionally in double quotes,
 * quotes doubled inside quotes, quoted fields may span lines.
 *
 * Legend tables and the EuroCrops taxonomy (whose names hold commas and line breaks) both
 * need quoting, and legend errors need the line a record starts on. Reading also takes what
 * spreadsheets write: a UTF-8 BOM, CRLF line ends, and ';' or tab as the separator (Excel
 * in locales whose decimal mark is a comma), detected from the first record.
 */
class CsvTable
{
public:
    /** Parses \a text with the separator detectSeparator() finds; blank lines are skipped.
     *  Throws Error naming \a context and the line when a quoted field is never closed or a
     *  quote stands inside an unquoted field. */
    static QVector<CsvRecord> parse(const QString &text, const QString &context);
    /** ',', ';' or tab: whichever occurs most often outside quotes in the first record that
     *  holds any of them (',' on a tie or when none does). */
    static QChar detectSeparator(const QString &text);
    /** Reads \a path (UTF-8, BOM tolerated); throws Error naming the file. */
    static QVector<CsvRecord> read(const QString &path);
    /** One line of CSV (without newline), quoting fields that need it. */
    static QString formatRow(const QStringList &fields);
};

} // namespace cropmap::core::thematic
