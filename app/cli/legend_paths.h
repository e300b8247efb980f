// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QCoreApplication>
#include <QDir>
#include <QStringList>

namespace cropmap::app {

/**
 * Folders where `--legend NAME` looks for NAME.json / NAME.csv, in order: $CROPMAP_LEGENDS,
 * the installed share/cropmap/legends beside bin/, and resources/legends of the source tree
 * when the executable runs from a build folder (build-x/app/cropmap).
 */
inline QStringList legendSearchFolders()
{
    QStringList folders;
    const QString env = qEnvironmentVariable("CROPMAP_LEGENDS");
    if (!env.isEmpty())
        folders << env.split(QDir::listSeparator(), Qt::SkipEmptyParts);
    const QDir bin(QCoreApplication::applicationDirPath());
    folders << bin.filePath(QStringLiteral("../share/cropmap/legends"))
            << bin.filePath(QStringLiteral("../../resources/legends"))
            << bin.filePath(QStringLiteral("../resources/legends"));
    for (QString &folder : folders)
        folder = QDir::cleanPath(folder);
    return folders;
}

} // namespace cropmap::app
