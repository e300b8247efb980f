// SPDX-License-Identifier: GPL-3.0-or-later
#include "model/model_file.h"

#include <QCoreApplication>
#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <cstring>

#include "io/atomic_output.h"
#include "util/error.h"
#include "util/json_syntax_error.h"

static_assert(Q_BYTE_ORDER == Q_LITTLE_ENDIAN, "model files are written in host order");

namespace cropmap::core::model {

namespace {

constexpr char kMagic[] = "CROPMAP-MODEL\n"; // 14 bytes without the terminator
constexpr qint64 kMagicLength = sizeof(kMagic) - 1;
constexpr std::uint32_t kVersion = 1;
constexpr quint64 kMaxHeader = 64 << 20;

QString tr(const char *text)
{
    return QCoreApplication::translate("cropmap::core::model", text);
}

Error notAModel(const QString &path, const QString &why)
{
    return Error(tr("\"%1\" is not a readable cropmap model file: %2").arg(path, why));
}

QJsonObject readHeaderFrom(QFile &file, const QString &path)
{
    if (!file.open(QIODevice::ReadOnly))
        throw Error(tr("Cannot open model file \"%1\": %2").arg(path, file.errorString()));
    const QByteArray magic = file.read(kMagicLength);
    if (magic != QByteArray(kMagic, kMagicLength))
        throw notAModel(path, tr("wrong signature"));
    std::uint32_t version = 0;
    quint64 headerLength = 0;
    if (file.read(reinterpret_cast<char *>(&version), 4) != 4
        || file.read(reinterpret_cast<char *>(&headerLength), 8) != 8)
        throw notAModel(path, tr("truncated"));
    if (version != kVersion)
        throw notAModel(path, tr("format version %1 (this cropmap reads %2)").arg(version).arg(kVersion));
    if (headerLength > kMaxHeader)
        throw notAModel(path, tr("implausible header length"));
    const QByteArray json = file.read(qint64(headerLength));
    if (quint64(json.size()) != headerLength)
        throw notAModel(path, tr("truncated"));
    QJsonParseError error;
    const QJsonDocument document = QJsonDocument::fromJson(json, &error);
    if (error.error != QJsonParseError::NoError)
        throw notAModel(path, tr("header is not valid JSON (%1)").arg(JsonSyntaxError(json, error).located()));
    if (!document.isObject())
        throw notAModel(path, tr("header is not a JSON object"));
    return document.object();
}

} // namespace

const QByteArray &ModelFile::section(const QString &name, const QString &path) const
{
    for (const auto &entry : sections) {
        if (entry.first == name)
            return entry.second;
    }
    throw notAModel(path, tr("section \"%1\" is missing").arg(name));
}

bool ModelFile::hasSection(const QString &name) const
{
    for (const auto &entry : sections) {
        if (entry.first == name)
            return true;
    }
    return false;
}

void ModelFile::write(const QString &path) const
{
    QJsonObject fullHeader = header;
    QJsonArray table;
    for (const auto &[name, bytes] : sections)
        table.append(QJsonObject{{QStringLiteral("name"), name},
                                 {QStringLiteral("bytes"), qint64(bytes.size())}});
    fullHeader.insert(QStringLiteral("sections"), table);
    const QByteArray json = QJsonDocument(fullHeader).toJson(QJsonDocument::Compact);

    QByteArray data(kMagic, kMagicLength);
    const std::uint32_t version = kVersion;
    const quint64 headerLength = quint64(json.size());
    data.append(reinterpret_cast<const char *>(&version), 4);
    data.append(reinterpret_cast<const char *>(&headerLength), 8);
    data.append(json);
    for (const auto &entry : sections)
        data.append(entry.second);
    io::writeFileAtomically(path, data);
}

QJsonObject ModelFile::readHeader(const QString &path)
{
    QFile file(path);
    return readHeaderFrom(file, path);
}

ModelFile ModelFile::read(const QString &path)
{
    QFile file(path);
    ModelFile result;
    result.header = readHeaderFrom(file, path);
    const QJsonArray table = result.header.value(QStringLiteral("sections")).toArray();
    for (const QJsonValue &value : table) {
        const QJsonObject entry = value.toObject();
        const qint64 bytes = entry.value(QStringLiteral("bytes")).toInteger(-1);
        if (bytes < 0 || bytes > file.size())
            throw notAModel(path, tr("bad section table"));
        QByteArray data = file.read(bytes);
        if (data.size() != bytes)
            throw notAModel(path, tr("truncated"));
        // Sections are found by name: an unnamed or repeated one would be found as another.
        const QString name = entry.value(QStringLiteral("name")).toString();
        if (name.isEmpty())
            throw notAModel(path, tr("bad section table: section %1 has no name").arg(result.sections.size() + 1));
        if (result.hasSection(name))
            throw notAModel(path, tr("bad section table: section \"%1\" is listed twice").arg(name));
        result.sections.emplace_back(name, std::move(data));
    }
    if (!file.atEnd())
        throw notAModel(path, tr("trailing bytes after the last section"));
    result.header.remove(QStringLiteral("sections"));
    return result;
}

} // namespace cropmap::core::model
