// SPDX-License-Identifier: GPL-3.0-or-later
#include "util/output_paths.h"

#include <QCoreApplication>
#include <QDir>
#include <QFileInfo>
#include <QRegularExpression>

#include "util/error.h"

namespace cropmap::core {

namespace {

QString tr(const char *text)
{
    return QCoreApplication::translate("cropmap::core", text);
}

// The absolute, clean path with the links of its longest existing ancestor resolved: the
// file system's own answer for what exists, the cleaned text for what is to be created.
QString resolved(const QString &path)
{
    const QString absolute = QDir::cleanPath(QFileInfo(path).absoluteFilePath());
    QString existing = absolute;
    QString rest;
    while (!QFileInfo::exists(existing)) {
        const qsizetype slash = existing.lastIndexOf(u'/');
        if (slash <= 0)
            return absolute;
        rest.prepend(existing.mid(slash));
        existing.truncate(slash);
    }
    const QString canonical = QFileInfo(existing).canonicalFilePath();
    return canonical.isEmpty() ? absolute : QDir::cleanPath(canonical + rest);
}

} // namespace

bool isSafeTileId(const QString &id)
{
    static const QRegularExpression token(QStringLiteral("^[A-Za-z0-9_-]{1,64}$"));
    return token.match(id).hasMatch();
}

QString checkedTileId(const QString &id, const QString &where)
{
    if (!isSafeTileId(id)) {
        throw Error(tr("%1: \"%2\" is not a usable tile id: tile ids name files and folders, so "
                       "they must be an MGRS id such as T33UVP, or 1 to 64 letters, digits, '_' "
                       "and '-' (no path separator, no \"..\")")
                        .arg(where, id));
    }
    return id;
}

QStringList checkedTileIds(const QStringList &ids, const QString &where)
{
    for (const QString &id : ids)
        checkedTileId(id, where);
    return ids;
}

bool isPathInside(const QString &folder, const QString &path)
{
    QString root = resolved(folder);
    if (!root.endsWith(u'/'))
        root += u'/';
    return resolved(path).startsWith(root);
}

QString checkedPathInside(const QString &folder, const QString &path)
{
    if (!isPathInside(folder, path)) {
        throw Error(tr("\"%1\" would lie outside its output folder \"%2\"; refusing to write or "
                       "remove it")
                        .arg(QDir::cleanPath(path), folder));
    }
    return path;
}

} // namespace cropmap::core
