// SPDX-License-Identifier: GPL-3.0-or-later
// RandomForest's options and file: cropmap's model container with XGBoost boosters inside.
#include "forest/random_forest.h"

#include <QCoreApplication>
#include <QDateTime>
#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>

#include "forest/random_forest_private.h"
#include "io/atomic_output.h"
#include "util/error.h"

static_assert(Q_BYTE_ORDER == Q_LITTLE_ENDIAN, "model files are written in host order");

namespace cropmap::core::forest {

namespace {

QString tr(const char *text)
{
    return QCoreApplication::translate("cropmap::core::forest", text);
}

// The layout of model/model_file.h (magic, uint32 version, uint64 header length, JSON header
// with "sections", section bytes), so `ModelFile::readHeader` reads a forest's header too and
// the classify step tells networks and forests apart by the header's "format".
constexpr char kMagic[] = "CROPMAP-MODEL\n";
constexpr qint64 kMagicLength = sizeof(kMagic) - 1;
constexpr std::uint32_t kVersion = 1;
constexpr quint64 kMaxHeader = 64 << 20;
const QString kFormat = QStringLiteral("cropmap-forest");

Error notAForest(const QString &path, const QString &why)
{
    return Error(tr("\"%1\" is not a readable cropmap random forest file: %2").arg(path, why));
}

QStringList toStrings(const QJsonValue &value)
{
    QStringList result;
    for (const QJsonValue &v : value.toArray())
        result << v.toString();
    return result;
}

} // namespace

QJsonObject RandomForestOptions::toJson() const
{
    return {{QStringLiteral("trees"), trees},
            {QStringLiteral("max_depth"), maxDepth},
            {QStringLiteral("min_samples_leaf"), minSamplesLeaf},
            {QStringLiteral("features_per_split"), featuresPerSplit},
            {QStringLiteral("sample_fraction"), sampleFraction},
            {QStringLiteral("threads"), threads},
            {QStringLiteral("max_bins"), maxBins},
            {QStringLiteral("seed"), QString::number(seed)}};
}

RandomForestOptions RandomForestOptions::fromJson(const QJsonObject &object)
{
    RandomForestOptions o;
    o.trees = object.value(QStringLiteral("trees")).toInt(o.trees);
    o.maxDepth = object.value(QStringLiteral("max_depth")).toInt(o.maxDepth);
    o.minSamplesLeaf = object.value(QStringLiteral("min_samples_leaf")).toInt(o.minSamplesLeaf);
    o.featuresPerSplit = object.value(QStringLiteral("features_per_split")).toDouble(o.featuresPerSplit);
    o.sampleFraction = object.value(QStringLiteral("sample_fraction")).toDouble(o.sampleFraction);
    o.threads = object.value(QStringLiteral("threads")).toInt(o.threads);
    o.maxBins = object.value(QStringLiteral("max_bins")).toInt(o.maxBins);
    // A string: JSON numbers are doubles and would round seeds above 2⁵³.
    bool ok = false;
    const std::uint64_t seed = object.value(QStringLiteral("seed")).toString().toULongLong(&ok);
    if (ok)
        o.seed = seed;
    return o;
}

void RandomForest::save(const QString &path) const
{
    const ForestMetadata &m = m_d->metadata;
    QJsonArray sections;
    QJsonArray trees;
    std::vector<QByteArray> payloads;
    for (const ForestChunk &chunk : m_d->chunks) {
        bst_ulong length = 0;
        const char *bytes = nullptr;
        checkXgboost(XGBoosterSaveModelToBuffer(chunk.booster.get(), "{\"format\": \"ubj\"}",
                                                &length, &bytes),
                     tr("serialise the trees"));
        payloads.emplace_back(bytes, qsizetype(length));
        sections.append(QJsonObject{
            {QStringLiteral("name"), QStringLiteral("forest-%1").arg(payloads.size() - 1)},
            {QStringLiteral("bytes"), qint64(length)}});
        trees.append(chunk.trees);
    }
    const QJsonObject header{
        {QStringLiteral("format"), kFormat},
        {QStringLiteral("classes"), m.classes.toJson()},
        {QStringLiteral("bands"), QJsonArray::fromStringList(m.bands)},
        {QStringLiteral("steps"), QJsonArray::fromStringList(m.steps)},
        {QStringLiteral("options"), m.options.toJson()},
        {QStringLiteral("training"), m.training},
        {QStringLiteral("trees"), trees},
        {QStringLiteral("saved"), QDateTime::currentDateTimeUtc().toString(Qt::ISODate)},
        {QStringLiteral("sections"), sections}};
    const QByteArray json = QJsonDocument(header).toJson(QJsonDocument::Compact);

    QByteArray data(kMagic, kMagicLength);
    const std::uint32_t version = kVersion;
    const quint64 headerLength = quint64(json.size());
    data.append(reinterpret_cast<const char *>(&version), 4);
    data.append(reinterpret_cast<const char *>(&headerLength), 8);
    data.append(json);
    for (const QByteArray &payload : payloads)
        data.append(payload);
    io::writeFileAtomically(path, data);
}

RandomForest RandomForest::load(const QString &path)
{
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly))
        throw Error(tr("Cannot open random forest file \"%1\": %2").arg(path, file.errorString()));
    if (file.read(kMagicLength) != QByteArray(kMagic, kMagicLength))
        throw notAForest(path, tr("wrong signature"));
    std::uint32_t version = 0;
    quint64 headerLength = 0;
    if (file.read(reinterpret_cast<char *>(&version), 4) != 4
        || file.read(reinterpret_cast<char *>(&headerLength), 8) != 8)
        throw notAForest(path, tr("truncated"));
    if (version != kVersion || headerLength > kMaxHeader)
        throw notAForest(path, tr("format version %1").arg(version));
    QJsonParseError parseError;
    const QJsonDocument document =
        QJsonDocument::fromJson(file.read(qint64(headerLength)), &parseError);
    if (parseError.error != QJsonParseError::NoError || !document.isObject())
        throw notAForest(path, tr("header is not valid JSON"));
    const QJsonObject header = document.object();
    if (header.value(QStringLiteral("format")).toString() != kFormat)
        throw notAForest(path, tr("it holds a \"%1\", not a random forest")
                                   .arg(header.value(QStringLiteral("format")).toString()));

    auto d = std::make_unique<Private>();
    ForestMetadata &m = d->metadata;
    m.classes = thematic::ClassTable::fromJson(header.value(QStringLiteral("classes")).toArray(), path);
    m.bands = toStrings(header.value(QStringLiteral("bands")));
    m.steps = toStrings(header.value(QStringLiteral("steps")));
    m.options = RandomForestOptions::fromJson(header.value(QStringLiteral("options")).toObject());
    m.training = header.value(QStringLiteral("training")).toObject();
    const QJsonArray sections = header.value(QStringLiteral("sections")).toArray();
    const QJsonArray trees = header.value(QStringLiteral("trees")).toArray();
    if (sections.isEmpty() || sections.size() != trees.size() || m.classes.size() < 2
        || m.bands.isEmpty() || m.steps.isEmpty())
        throw notAForest(path, tr("inconsistent header"));
    for (qsizetype k = 0; k < sections.size(); ++k) {
        const qint64 bytes = sections.at(k).toObject().value(QStringLiteral("bytes")).toInteger(-1);
        if (bytes < 0 || bytes > file.size())
            throw notAForest(path, tr("bad section table"));
        const QByteArray payload = file.read(bytes);
        if (payload.size() != bytes)
            throw notAForest(path, tr("truncated"));
        BoosterHandle handle = nullptr;
        checkXgboost(XGBoosterCreate(nullptr, 0, &handle), tr("create a booster"));
        ForestChunk chunk{BoosterPtr(handle), trees.at(k).toInt()};
        checkXgboost(XGBoosterLoadModelFromBuffer(handle, payload.constData(), bst_ulong(bytes)),
                     tr("read the trees of \"%1\"").arg(path));
        d->chunks.push_back(std::move(chunk));
    }
    if (!file.atEnd())
        throw notAForest(path, tr("trailing bytes after the last section"));
    RandomForest forest;
    forest.m_d = std::move(d);
    forest.setThreadCount(0);
    return forest;
}

} // namespace cropmap::core::forest
