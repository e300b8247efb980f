// SPDX-License-Identifier: GPL-3.0-or-later
#include "pipeline/step_record.h"

#include <QCoreApplication>
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

QString tr(const char *text, int n = -1)
{
    return QCoreApplication::translate("cropmap::core::pipeline::StepRecord", text, nullptr, n);
}

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

QByteArray snapshotFingerprint(const QJsonObject &options, const InputSnapshot &inputs)
{
    QCryptographicHash hash(QCryptographicHash::Sha1);
    hash.addData(QJsonDocument(options).toJson(QJsonDocument::Compact));
    hash.addData(inputs.digest());
    return hash.result().toHex();
}

QString shortJson(const QJsonValue &value)
{
    if (value.isUndefined())
        return tr("(unset)");
    if (value.isString())
        return value.toString();
    if (value.isObject())
        return QString::fromUtf8(QJsonDocument(value.toObject()).toJson(QJsonDocument::Compact));
    if (value.isArray())
        return QString::fromUtf8(QJsonDocument(value.toArray()).toJson(QJsonDocument::Compact));
    return QString::fromUtf8(QJsonDocument(QJsonArray{value}).toJson(QJsonDocument::Compact)).mid(1).chopped(1);
}

void diffOptions(const QJsonObject &recorded, const QJsonObject &current, const QString &prefix,
                 QStringList &out)
{
    QStringList keys = recorded.keys() + current.keys();
    keys.removeDuplicates();
    keys.sort();
    for (const QString &key : std::as_const(keys)) {
        const QJsonValue before = recorded.value(key);
        const QJsonValue now = current.value(key);
        if (before == now)
            continue;
        const QString name = prefix.isEmpty() ? key : prefix + u'.' + key;
        if (before.isObject() && now.isObject())
            diffOptions(before.toObject(), now.toObject(), name, out);
        else if (before.isUndefined() && now.isObject())
            out << tr("%1: not recorded by the last run (an earlier version of cropmap)").arg(name);
        else
            out << QStringLiteral("%1: %2 → %3").arg(name, shortJson(before), shortJson(now));
    }
}

// At most a few reasons, so a tooltip stays readable.
QString joinReasons(const QStringList &reasons)
{
    constexpr int shown = 4;
    QStringList out = reasons.mid(0, shown);
    if (reasons.size() > shown)
        out << tr("and %n more", int(reasons.size() - shown));
    return out.join(QStringLiteral("; "));
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

bool StepRecord::exists() const
{
    return QFile::exists(path());
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

QStringList StepRecord::optionDifferences(const QJsonObject &recorded, const QJsonObject &current)
{
    QStringList out;
    diffOptions(recorded, current, {}, out);
    return out;
}

StepCheck StepRecord::check(const QJsonObject &options, const QStringList &inputs,
                            const QStringList &outputs, const InputSnapshot::Folders &folders) const
{
    const QJsonObject record = readRecord(path());
    if (record.isEmpty())
        return {false, tr("not run yet")};
    QStringList reasons;
    if (!record.contains(QStringLiteral("inputs"))) {
        // A record of an earlier version: only its fingerprint to go by.
        if (record.value(QStringLiteral("fingerprint")).toString().toUtf8() != fingerprint(options, inputs))
            reasons << tr("options or inputs changed since the last run");
    } else {
        for (const QString &change : optionDifferences(record.value(QStringLiteral("options")).toObject(), options))
            reasons << tr("option %1").arg(change);
        const InputSnapshot recorded = InputSnapshot::fromJson(record.value(QStringLiteral("inputs")).toObject());
        for (const QString &change : InputSnapshot::take(inputs, folders, recorded).differences(recorded))
            reasons << tr("input %1").arg(change);
    }
    for (const QString &output : outputs) {
        if (!QFileInfo::exists(output))
            reasons << tr("output %1 is missing").arg(InputSnapshot::portablePath(output, folders));
    }
    return {reasons.isEmpty(), joinReasons(reasons)};
}

void StepRecord::markDone(const QJsonObject &options, const QStringList &inputs,
                          const QStringList &outputs, const InputSnapshot::Folders &folders,
                          const QJsonObject &summary) const
{
    const InputSnapshot snapshot = InputSnapshot::take(inputs, folders);
    QJsonArray portableOutputs;
    for (const QString &output : outputs)
        portableOutputs.append(InputSnapshot::portablePath(output, folders));
    const QJsonObject record{
        {QStringLiteral("step"), m_step},
        {QStringLiteral("fingerprint"), QString::fromUtf8(snapshotFingerprint(options, snapshot))},
        {QStringLiteral("options"), options},
        {QStringLiteral("inputs"), snapshot.toJson()},
        {QStringLiteral("outputs"), portableOutputs},
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
