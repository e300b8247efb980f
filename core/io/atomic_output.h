// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QString>

namespace cropmap::core::io {

/**
 * \brief A file written under a temporary name and renamed onto its final path on commit().
 *
 * The temporary name is "<path>.tmp" in the same folder (so the rename is atomic on one
 * file system). If commit() is never called (an exception, a cancel, a crash of the
 * writer), the destructor removes the temporary file and whatever stood at \a path before
 * stays untouched.
 */
class AtomicOutput
{
public:
    explicit AtomicOutput(QString path, const QString &suffix = QStringLiteral(".tmp"));
    ~AtomicOutput();
    AtomicOutput(const AtomicOutput &) = delete;
    AtomicOutput &operator=(const AtomicOutput &) = delete;

    const QString &path() const { return m_path; }
    const QString &tempPath() const { return m_tempPath; }
    bool isCommitted() const { return m_committed; }

    /** Renames the temporary file onto path(); throws Error naming both on failure. */
    void commit();
    /** Removes the temporary file (also done by the destructor when not committed). */
    void discard();

private:
    QString m_path;
    QString m_tempPath;
    bool m_committed = false;
};

/** Writes \a data to \a path atomically (QSaveFile); throws Error naming the file. */
void writeFileAtomically(const QString &path, const QByteArray &data);

} // namespace cropmap::core::io
