// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QByteArray>
#include <QJsonObject>
#include <QMap>
#include <QString>
#include <QStringList>

namespace cropmap::core::pipeline {

/**
 * \brief What a step's inputs were: every file by a portable path, its size and content hash.
 *
 * Paths under the output folder are written `<output>/…`, those under the project's folder
 * `<project>/…`, others stay absolute; the identity of a file is its content (SHA-1), not
 * its modification time. So a project copied to another folder with its outputs, or an
 * output folder restored from a backup, stays up to date. Hashing is paid once per file:
 * a file whose size and modification time match the previous snapshot's (or an earlier
 * hash of this process) keeps its hash unread.
 */
class InputSnapshot
{
public:
    //! The folders that make paths portable.
    struct Folders
    {
        QString project; //!< the project file's folder
        QString output;  //!< the project's output folder
    };

    /** Snapshot of \a inputs (files or folders, recursively); hashes reused from \a previous. */
    static InputSnapshot take(const QStringList &inputs, const Folders &folders,
                              const InputSnapshot &previous = {});
    static InputSnapshot fromJson(const QJsonObject &json);
    QJsonObject toJson() const;
    bool isEmpty() const { return m_entries.isEmpty(); }

    /** Hash of the paths, sizes and content hashes (not of the modification times). */
    QByteArray digest() const;
    /** What changed from \a recorded, one phrase per file ("samples/train.samples changed"). */
    QStringList differences(const InputSnapshot &recorded) const;

    /** \a path as the snapshot names it: `<output>/…`, `<project>/…` or absolute. */
    static QString portablePath(const QString &path, const Folders &folders);

    //! Thrown by take() under a NoHashing guard when a file's content would have to be read.
    struct HashingNeeded
    {
        QString path;
    };
    /**
     * \brief While it lives, take() on this thread reuses known hashes (the previous
     * snapshot's, or this process's), reads at most \a budgetBytes of files whose hash is
     * unknown (an edited legend), and throws HashingNeeded instead of reading more.
     *
     * For the GUI thread: it asks for the steps' states often, answers at once when nothing
     * needs reading (the usual case), and hands the check to a worker when something does
     * (a project copied with gigabytes of composites).
     */
    class NoHashing
    {
    public:
        explicit NoHashing(qint64 budgetBytes = 16 * 1024 * 1024);
        ~NoHashing();
        NoHashing(const NoHashing &) = delete;
        NoHashing &operator=(const NoHashing &) = delete;

    private:
        qint64 m_previous;
    };

private:
    struct Entry
    {
        enum class Kind { File, Folder, Missing } kind = Kind::Missing;
        qint64 size = 0;
        qint64 modified = 0; //!< ms since the epoch; only to reuse the hash
        QByteArray sha1;     //!< hex
    };
    QMap<QString, Entry> m_entries;
};

} // namespace cropmap::core::pipeline
