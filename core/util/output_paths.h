// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QString>
#include <QStringList>

namespace cropmap::core {

/**
 * True for a tile id that can name files and folders: an MGRS id (T33UVP, 33UVP) or any
 * other token of 1 to 64 letters, digits, '_' and '-'. No path separator, no "..", not empty.
 */
bool isSafeTileId(const QString &id);

/**
 * \a id when isSafeTileId(), else throws Error "<where>: "<id>" is not a usable tile id …";
 * \a where names the option, project key or file the id came from.
 */
QString checkedTileId(const QString &id, const QString &where);
QStringList checkedTileIds(const QStringList &ids, const QString &where);

/**
 * True when \a path lies strictly inside \a folder once both are made absolute and clean,
 * with the symbolic links of their existing parts resolved (as the file system would).
 */
bool isPathInside(const QString &folder, const QString &path);

/**
 * \a path when isPathInside(\a folder, \a path), else throws Error naming both: the check
 * before an output built from an id is written or a folder built from one is removed.
 */
QString checkedPathInside(const QString &folder, const QString &path);

} // namespace cropmap::core
