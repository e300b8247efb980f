// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QByteArray>
#include <QJsonDocument>
#include <QJsonParseError>
#include <QString>

namespace cropmap::core {

/**
 * \brief A JSON syntax error as a person finds it in the file: the line and column (1-based,
 * counted in characters) of the offending token, and the reason.
 *
 * QJsonParseError::offset is a byte offset just past the token the parser choked on, and for a
 * trailing comma it is past the bracket that follows, often on the next line. This points at
 * the token itself: the comma of a trailing comma, the first character of a bad value, the
 * opening quote of an unterminated string, and, where the input ends too early, the end of the
 * last token, naming the bracket that is never closed.
 */
class JsonSyntaxError
{
public:
    JsonSyntaxError(const QByteArray &json, const QJsonParseError &error);

    int line() const { return m_line; }
    int column() const { return m_column; }
    const QString &reason() const { return m_reason; }
    //! "line L, column C: REASON"
    QString located() const;
    //! "CONTEXT, line L, column C: REASON"
    QString message(const QString &context) const;

    /** Parses \a json; on a syntax error throws Error(message(\a context)). Whether the
     *  document is an object or an array is left to the caller. */
    static QJsonDocument parse(const QByteArray &json, const QString &context);

private:
    int m_line = 1;
    int m_column = 1;
    QString m_reason;
};

} // namespace cropmap::core
