// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QString>
#include <QStringList>

namespace cropmap::core::io {

/**
 * \brief A set of outputs written beside their folder and moved into it together.
 *
 * The files are written into "<target>.staging/" (same file system, so each move is a
 * rename); commit() moves every file onto the target folder, replacing files of the same
 * name, once the whole set is written. Without commit() (an error, a cancel) the destructor
 * removes the staging folder and the target folder is left byte for byte as it was: a
 * step that writes several maps never leaves some new and some old.
 */
class StagedFolder
{
public:
    explicit StagedFolder(QString target);
    ~StagedFolder();
    StagedFolder(const StagedFolder &) = delete;
    StagedFolder &operator=(const StagedFolder &) = delete;

    const QString &target() const { return m_target; }
    const QString &path() const { return m_path; } //!< where to write the files

    /** Moves every staged file into target(); returns their final paths. Throws Error
     *  naming the file that cannot be moved. */
    QStringList commit();

private:
    QString m_target;
    QString m_path;
    bool m_committed = false;
};

} // namespace cropmap::core::io
