// SPDX-License-Identifier: GPL-3.0-or-later
#include "io/staged_folder.h"

#include <filesystem>
#include <system_error>

#include <QCoreApplication>
#include <QDir>

#include "util/error.h"

namespace cropmap::core::io {

namespace {

QString tr(const char *text)
{
    return QCoreApplication::translate("cropmap::core::io", text);
}

} // namespace

StagedFolder::StagedFolder(QString target)
    : m_target(QDir::cleanPath(std::move(target)))
    , m_path(m_target + QStringLiteral(".staging"))
{
    QDir(m_path).removeRecursively(); // a leftover of a crash
    if (!QDir().mkpath(m_path))
        throw Error(tr("Cannot create folder \"%1\"").arg(m_path));
}

StagedFolder::~StagedFolder()
{
    QDir(m_path).removeRecursively();
}

QStringList StagedFolder::commit()
{
    if (m_committed)
        throw Error(tr("\"%1\" is already committed").arg(m_path));
    if (!QDir().mkpath(m_target))
        throw Error(tr("Cannot create folder \"%1\"").arg(m_target));
    QStringList moved;
    const QDir staging(m_path);
    for (const QString &name : staging.entryList(QDir::Files | QDir::Hidden, QDir::Name)) {
        const QString from = staging.filePath(name);
        const QString to = m_target + u'/' + name;
        std::error_code ec;
        std::filesystem::rename(from.toStdString(), to.toStdString(), ec);
        if (ec)
            throw Error(tr("Cannot rename \"%1\" to \"%2\": %3")
                            .arg(from, to, QString::fromStdString(ec.message())));
        moved << to;
    }
    m_committed = true;
    QDir(m_path).removeRecursively();
    return moved;
}

} // namespace cropmap::core::io
