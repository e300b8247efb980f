// SPDX-License-Identifier: GPL-3.0-or-later
#include "pipeline/step_record.h"

#include <QCryptographicHash>
#include <QDateTime>
#include <QDirIterator>
#include <QFile>
#include <QFileInfo>
#include <QJsonArray>
#include <QJsonDocument>

#include "io/atomic_output.h"

namespace cropmap::core::pipeline {

namespace {

void addFile(QCryptographicHash &hash, const QFileInfo &info)
{
    hash.addData(info.absoluteFilePath().toUtf8());
    hash.addData(QByteArray::number(info.size()));
    hash.addData(QByteArray::number(info.lastModified().toMSecsSinceEpoch()));
}

QJsonObject readRecord(const QString &path)
{
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly))
        return {};
    return QJsonDocument::fromJson(file.readAll()).object();
}

} // namespace

StepRecord::StepRecord(QString stateDir, QString step)
    : m_stateDir(std::move(stateDir))
    , m_step(std::move(step))
{}

QString StepRecord::path() const
{
    return m_stateDir + u'/' + m_step + QStringLiteral(".json");
}

QByteArray StepRecord::fingerprint(const QJsonObject &options, const QStringList &inputs)
{
    QCryptographicHash hash(QCryptographicHash::Sha1);
    hash.addData(QJsonDocument(options).toJson(QJsonDocument::Compact));
    for (const QString &input : inputs) {
        const QFileInfo info(input);
        hash.addData(input.toUtf8());
        if (info.isDir()) {
            QDirIterator it(input, QDir::Files, QDirIterator::Subdirectories);
            QStringList files;
            while (it.hasNext())
                files << it.next();
            files.sort();
            for (const QString &f : std::as_const(files))
                addFile(hash, QFileInfo(f));
        } else if (info.exists()) {
            addFile(hash, info);
        } else {
            hash.addData("missing");
        }
    }
    return hash.result().toHex();
}

bool StepRecord::isUpToDate(const QByteArray &fingerprint, const QStringList &outputs) const
{
    const QJsonObject record = readRecord(path());
    if (record.value(QStringLiteral("fingerprint")).toString().toUtf8() != fingerprint)
        return false;
    for (const QString &output : outputs) {
        if (!QFileInfo::exists(output))
            return false;
    }
    return true;
}

void StepRecord::markDone(const QByteArray &fingerprint, const QStringList &outputs,
                          const QJsonObject &summary) const
{
    const QJsonObject record{
        {QStringLiteral("step"), m_step},
        {QStringLiteral("fingerprint"), QString::fromUtf8(fingerprint)},
        {QStringLiteral("outputs"), QJsonArray::fromStringList(outputs)},
        {QStringLiteral("finished"), QDateTime::currentDateTimeUtc().toString(Qt::ISODate)},
        {QStringLiteral("summary"), summary},
    };
    io::writeFileAtomically(path(), QJsonDocument(record).toJson());
}

void StepRecord::invalidate() const
{
    QFile::remove(path());
}

QJsonObject StepRecord::summary() const
{
    return readRecord(path()).value(QStringLiteral("summary")).toObject();
}

} // namespace cropmap::core::pipeline
