// SPDX-License-Identifier: GPL-3.0-or-later
#include "io/atomic_output.h"

#include <cstdio>
#include <filesystem>
#include <system_error>

#include <QCoreApplication>
#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QSaveFile>

#include "util/error.h"

namespace cropmap::core::io {

AtomicOutput::AtomicOutput(QString path, const QString &suffix)
    : m_path(std::move(path))
    , m_tempPath(m_path + suffix)
{
    const QFileInfo info(m_path);
    if (!info.dir().exists() && !QDir().mkpath(info.absolutePath())) {
        throw Error(QCoreApplication::translate("cropmap::core::io", "Cannot create folder \"%1\"")
                        .arg(info.absolutePath()));
    }
    QFile::remove(m_tempPath); // a leftover of an earlier crash
}

AtomicOutput::~AtomicOutput()
{
    if (!m_committed)
        discard();
}

void AtomicOutput::commit()
{
    std::error_code ec;
    // POSIX rename replaces the destination atomically: readers see the old or the new file.
    std::filesystem::rename(m_tempPath.toStdString(), m_path.toStdString(), ec);
    if (ec) {
        throw Error(QCoreApplication::translate("cropmap::core::io",
                                                "Cannot rename \"%1\" to \"%2\": %3")
                        .arg(m_tempPath, m_path, QString::fromStdString(ec.message())));
    }
    m_committed = true;
}

void AtomicOutput::discard()
{
    QFile::remove(m_tempPath);
    // GDAL side files of the temporary dataset.
    QFile::remove(m_tempPath + QStringLiteral(".aux.xml"));
    QFile::remove(m_tempPath + QStringLiteral(".ovr"));
}

void writeFileAtomically(const QString &path, const QByteArray &data)
{
    const QFileInfo info(path);
    if (!info.dir().exists())
        QDir().mkpath(info.absolutePath());
    QSaveFile file(path);
    if (!file.open(QIODevice::WriteOnly) || file.write(data) != data.size() || !file.commit()) {
        throw Error(QCoreApplication::translate("cropmap::core::io", "Cannot write \"%1\": %2")
                        .arg(path, file.errorString()));
    }
}

} // namespace cropmap::core::io
