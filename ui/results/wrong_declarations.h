// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QString>

namespace cropmap::ui {

/**
 * \brief The parcels of a synthetic scene whose declaration names another class than what
 * grows there (attribute DECLARATION_WRONG = 1, written by core's ParcelWriter), as their own
 * layer: drawn over the reliable samples, they show whether the cleaning drops the pixels of
 * wrongly declared fields.
 */
class WrongDeclarations
{
public:
    static QString attribute() { return QStringLiteral("DECLARATION_WRONG"); }

    /** True when \a parcels (a vector file) carries the attribute: a synthetic scene. */
    static bool isAvailable(const QString &parcels);
    /**
     * Copies the wrongly declared parcels of \a parcels (geometry and attributes, same CRS) to
     * the GeoPackage \a path, atomically, and returns how many there are. Throws core::Error
     * naming the file when it cannot be read, lacks the attribute, or the copy fails.
     */
    static qint64 write(const QString &parcels, const QString &path);
};

} // namespace cropmap::ui
