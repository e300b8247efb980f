// SPDX-License-Identifier: GPL-3.0-or-later
#include "util/json_syntax_error.h"

#include <algorithm>

#include <QCoreApplication>
#include <QVector>

#include "util/error.h"

namespace cropmap::core {

namespace {

QString tr(const char *text)
{
    return QCoreApplication::translate("cropmap::core", text);
}

bool isJsonSpace(char c)
{
    return c == ' ' || c == '\t' || c == '\n' || c == '\r';
}

//! The last character before \a at that is not white space, or −1.
qsizetype previousToken(const QByteArray &json, qsizetype at)
{
    qsizetype i = at - 1;
    while (i >= 0 && isJsonSpace(json[i]))
        --i;
    return i;
}

struct OpenBrackets
{
    qsizetype bracket = -1;    //!< the innermost { or [ not closed (at the mismatch, if any)
    qsizetype mismatch = -1;   //!< a } or ] that closes the other kind of bracket
    qsizetype string = -1;     //!< the opening quote of a string never closed
};

// The brackets still open where the input ends or where a closing bracket does not match;
// strings are skipped, so brackets inside them do not count.
OpenBrackets openBrackets(const QByteArray &json)
{
    QVector<qsizetype> brackets;
    qsizetype string = -1;
    bool escaped = false;
    for (qsizetype i = 0; i < json.size(); ++i) {
        const char c = json[i];
        if (string >= 0) {
            if (escaped)
                escaped = false;
            else if (c == '\\')
                escaped = true;
            else if (c == '"')
                string = -1;
        } else if (c == '"') {
            string = i;
        } else if (c == '{' || c == '[') {
            brackets.push_back(i);
        } else if ((c == '}' || c == ']') && !brackets.isEmpty()) {
            if ((json[brackets.constLast()] == '{') != (c == '}'))
                return {brackets.constLast(), i, -1};
            brackets.pop_back();
        }
    }
    return {brackets.isEmpty() ? -1 : brackets.constLast(), -1, string};
}

struct Position
{
    int line = 1;
    int column = 1;
};

// Columns count characters, not UTF-8 bytes (a key "Größe" is five columns); a BOM is none.
Position positionOf(const QByteArray &json, qsizetype offset)
{
    Position p;
    const qsizetype start = json.startsWith("\xEF\xBB\xBF") ? 3 : 0;
    for (qsizetype i = start; i < offset && i < json.size(); ++i) {
        const auto byte = static_cast<unsigned char>(json[i]);
        if (byte == '\n') {
            ++p.line;
            p.column = 1;
        } else if ((byte & 0xC0) != 0x80) {
            ++p.column;
        }
    }
    return p;
}

} // namespace

JsonSyntaxError::JsonSyntaxError(const QByteArray &json, const QJsonParseError &error)
    : m_reason(error.errorString())
{
    const qsizetype size = json.size();
    const qsizetype offset = std::clamp<qsizetype>(error.offset, 0, size);
    // Qt reports the offset just past the token it could not use; garbage at the end is the
    // exception, reported at its first character.
    qsizetype at = std::max<qsizetype>(offset - 1, 0);
    switch (error.error) {
    case QJsonParseError::GarbageAtEnd:
        at = offset;
        break;
    case QJsonParseError::MissingObject: {
        // "[1, 2,]" and "{"a": 1,}": Qt reports past the bracket after the comma.
        const qsizetype before = previousToken(json, at);
        if (before >= 0 && json[before] == ',') {
            at = before;
            m_reason = tr("a trailing comma: no value follows it before the closing bracket");
        } else if (before >= 0 && json[before] == ':') {
            m_reason = tr("a value is missing after the colon");
        }
        break;
    }
    case QJsonParseError::UnterminatedObject:
    case QJsonParseError::UnterminatedArray: {
        const OpenBrackets open = openBrackets(json);
        if (open.mismatch >= 0 && open.mismatch <= at) {
            // "{"a": [1, 2}": point at the bracket that closes the wrong kind.
            at = open.mismatch;
            const Position p = positionOf(json, open.bracket);
            m_reason = tr("a %1 where the %2 at line %3, column %4 is still open")
                           .arg(QLatin1Char(json[open.mismatch]))
                           .arg(QLatin1Char(json[open.bracket]))
                           .arg(p.line)
                           .arg(p.column);
        } else if (error.offset >= size && open.bracket >= 0) {
            // The input ended: point just past the last token, and at the bracket left open.
            at = previousToken(json, size) + 1;
            const Position p = positionOf(json, open.bracket);
            m_reason = tr("the input ends before the %1 at line %2, column %3 is closed")
                           .arg(QLatin1Char(json[open.bracket]))
                           .arg(p.line)
                           .arg(p.column);
        } else if (error.error == QJsonParseError::UnterminatedObject) {
            const qsizetype before = previousToken(json, at);
            m_reason += before >= 0 && (json[before] == '{' || json[before] == ',')
                            ? tr(": a quoted key is expected here")
                            : tr(": a comma or a closing brace is missing before this");
        }
        break;
    }
    case QJsonParseError::UnterminatedString: {
        const qsizetype open = openBrackets(json).string;
        if (open >= 0)
            at = open;
        break;
    }
    default:
        break;
    }
    const Position p = positionOf(json, at);
    m_line = p.line;
    m_column = p.column;
}

QString JsonSyntaxError::located() const
{
    return tr("line %1, column %2: %3").arg(m_line).arg(m_column).arg(m_reason);
}

QString JsonSyntaxError::message(const QString &context) const
{
    return context + QStringLiteral(", ") + located();
}

QJsonDocument JsonSyntaxError::parse(const QByteArray &json, const QString &context)
{
    QJsonParseError error;
    QJsonDocument document = QJsonDocument::fromJson(json, &error);
    if (error.error != QJsonParseError::NoError)
        throw Error(JsonSyntaxError(json, error).message(context));
    return document;
}

} // namespace cropmap::core
