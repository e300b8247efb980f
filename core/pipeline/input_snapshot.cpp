// SPDX-License-Identifier: GPL-3.0-or-later
#include "pipeline/input_snapshot.h"

#include <mutex>

#include <QCoreApplication>
#include <algorithm>

#include <QCryptographicHash>
#include <QDateTime>
#include <QDir>
#include <QDirIterator>
#include <QFile>
#include <QFileInfo>
#include <QHash>

#include "util/error.h"

namespace cropmap::core::pipeline {

namespace {

QString tr(const char *text)
{
    return QCoreApplication::translate("cropmap::core::pipeline::InputSnapshot", text);
}

const QString outputPrefix = QStringLiteral("<output>");
const QString projectPrefix = QStringLiteral("<project>");

// Hashes computed in this process, by absolute path, size and modification time: the GUI
// asks for every step's state often, and a copied project's records hold other times.
struct HashCache
{
    struct Key
    {
        QString path;
        qint64 size;
        qint64 modified;
        bool operator==(const Key &o) const { return path == o.path && size == o.size && modified == o.modified; }
    };
    std::mutex mutex;
    QHash<QString, std::pair<Key, QByteArray>> hashes;
};

HashCache &hashCache()
{
    static HashCache cache;
    return cache;
}

// Bytes take() may still read on this thread under a NoHashing guard; −1: no guard.
thread_local qint64 t_hashBudget = -1;

QByteArray contentHash(const QString &path, qint64 size, qint64 modified)
{
    HashCache &cache = hashCache();
    const HashCache::Key key{path, size, modified};
    {
        std::lock_guard lock(cache.mutex);
        const auto it = cache.hashes.constFind(path);
        if (it != cache.hashes.constEnd() && it->first == key)
            return it->second;
    }
    if (t_hashBudget >= 0) {
        if (size > t_hashBudget)
            throw InputSnapshot::HashingNeeded{path};
        t_hashBudget -= size;
    }
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly))
        throw Error(tr("Cannot read \"%1\" to fingerprint it: %2").arg(path, file.errorString()));
    QCryptographicHash hash(QCryptographicHash::Sha1);
    hash.addData(&file);
    const QByteArray hex = hash.result().toHex();
    std::lock_guard lock(cache.mutex);
    cache.hashes.insert(path, {key, hex});
    return hex;
}

bool under(const QString &path, const QString &folder)
{
    return !folder.isEmpty() && (path == folder || path.startsWith(folder + u'/'));
}

QString cleanAbsolute(const QString &path)
{
    return path.isEmpty() ? QString() : QDir::cleanPath(QFileInfo(path).absoluteFilePath());
}

} // namespace

InputSnapshot::NoHashing::NoHashing(qint64 budgetBytes)
    : m_previous(t_hashBudget)
{
    t_hashBudget = std::max<qint64>(0, budgetBytes);
}

InputSnapshot::NoHashing::~NoHashing()
{
    t_hashBudget = m_previous;
}

QString InputSnapshot::portablePath(const QString &path, const Folders &folders)
{
    const QString absolute = cleanAbsolute(path);
    const QString output = cleanAbsolute(folders.output);
    const QString project = cleanAbsolute(folders.project);
    // The output folder first: it is usually inside the project's folder.
    if (under(absolute, output))
        return outputPrefix + absolute.mid(output.size());
    if (under(absolute, project))
        return projectPrefix + absolute.mid(project.size());
    return absolute;
}

InputSnapshot InputSnapshot::take(const QStringList &inputs, const Folders &folders,
                                  const InputSnapshot &previous)
{
    InputSnapshot snapshot;
    const auto addFile = [&](const QString &key, const QFileInfo &info) {
        Entry entry;
        entry.kind = Entry::Kind::File;
        entry.size = info.size();
        entry.modified = info.lastModified().toMSecsSinceEpoch();
        const auto known = previous.m_entries.constFind(key);
        if (known != previous.m_entries.constEnd() && known->kind == Entry::Kind::File
            && known->size == entry.size && known->modified == entry.modified && !known->sha1.isEmpty())
            entry.sha1 = known->sha1;
        else
            entry.sha1 = contentHash(info.absoluteFilePath(), entry.size, entry.modified);
        snapshot.m_entries.insert(key, entry);
    };
    for (const QString &input : inputs) {
        const QString key = portablePath(input, folders);
        const QFileInfo info(input);
        if (info.isDir()) {
            snapshot.m_entries.insert(key, Entry{Entry::Kind::Folder, 0, 0, {}});
            const QDir root(input);
            QDirIterator it(input, QDir::Files, QDirIterator::Subdirectories);
            while (it.hasNext()) {
                const QString file = it.next();
                addFile(key + u'/' + root.relativeFilePath(file), QFileInfo(file));
            }
        } else if (info.exists()) {
            addFile(key, info);
        } else {
            snapshot.m_entries.insert(key, Entry{});
        }
    }
    return snapshot;
}

InputSnapshot InputSnapshot::fromJson(const QJsonObject &json)
{
    InputSnapshot snapshot;
    for (auto it = json.begin(); it != json.end(); ++it) {
        const QJsonObject o = it.value().toObject();
        Entry entry;
        const QString kind = o.value(QStringLiteral("kind")).toString();
        entry.kind = kind == QStringLiteral("file")     ? Entry::Kind::File
                     : kind == QStringLiteral("folder") ? Entry::Kind::Folder
                                                        : Entry::Kind::Missing;
        entry.size = qint64(o.value(QStringLiteral("size")).toDouble());
        entry.modified = qint64(o.value(QStringLiteral("modified")).toDouble());
        entry.sha1 = o.value(QStringLiteral("sha1")).toString().toLatin1();
        snapshot.m_entries.insert(it.key(), entry);
    }
    return snapshot;
}

QJsonObject InputSnapshot::toJson() const
{
    QJsonObject json;
    for (auto it = m_entries.begin(); it != m_entries.end(); ++it) {
        const Entry &e = it.value();
        switch (e.kind) {
        case Entry::Kind::File:
            json.insert(it.key(), QJsonObject{{QStringLiteral("kind"), QStringLiteral("file")},
                                              {QStringLiteral("size"), double(e.size)},
                                              {QStringLiteral("modified"), double(e.modified)},
                                              {QStringLiteral("sha1"), QString::fromLatin1(e.sha1)}});
            break;
        case Entry::Kind::Folder:
            json.insert(it.key(), QJsonObject{{QStringLiteral("kind"), QStringLiteral("folder")}});
            break;
        case Entry::Kind::Missing:
            json.insert(it.key(), QJsonObject{{QStringLiteral("kind"), QStringLiteral("missing")}});
            break;
        }
    }
    return json;
}

QByteArray InputSnapshot::digest() const
{
    QCryptographicHash hash(QCryptographicHash::Sha1);
    for (auto it = m_entries.begin(); it != m_entries.end(); ++it) {
        hash.addData(it.key().toUtf8());
        hash.addData(QByteArray::number(int(it->kind)));
        hash.addData(QByteArray::number(it->size));
        hash.addData(it->sha1);
    }
    return hash.result().toHex();
}

QStringList InputSnapshot::differences(const InputSnapshot &recorded) const
{
    QStringList out;
    for (auto it = m_entries.begin(); it != m_entries.end(); ++it) {
        const auto before = recorded.m_entries.constFind(it.key());
        if (before == recorded.m_entries.constEnd()) {
            if (it->kind != Entry::Kind::Missing)
                out << tr("%1 is new").arg(it.key());
        } else if (it->kind == Entry::Kind::Missing && before->kind != Entry::Kind::Missing) {
            out << tr("%1 is missing").arg(it.key());
        } else if (it->kind != before->kind || it->size != before->size || it->sha1 != before->sha1) {
            out << tr("%1 changed").arg(it.key());
        }
    }
    for (auto it = recorded.m_entries.begin(); it != recorded.m_entries.end(); ++it) {
        if (!m_entries.contains(it.key()) && it->kind != Entry::Kind::Missing)
            out << tr("%1 is gone").arg(it.key());
    }
    return out;
}

} // namespace cropmap::core::pipeline
