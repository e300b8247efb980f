// SPDX-License-Identifier: GPL-3.0-or-later
// RandomForest's options and file: cropmap's model container with the trees' nodes and leaves.
#include "forest/random_forest.h"

#include <QCoreApplication>
#include <QDateTime>
#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>

#include "forest/random_forest_private.h"
#include "io/atomic_output.h"
#include "util/error.h"
#include "util/json_syntax_error.h"

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
// Forest files of cropmap before 2026-11 held XGBoost boosters and no "engine".
const QString kEngine = QStringLiteral("cropmap-cart");

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
    QByteArray nodes;
    QByteArray leaves;
    QJsonArray trees;
    for (const DecisionTree &tree : m_d->trees) {
        nodes.append(reinterpret_cast<const char *>(tree.nodes().data()),
                     qsizetype(tree.nodes().size() * sizeof(TreeNode)));
        leaves.append(reinterpret_cast<const char *>(tree.leaves().data()),
                      qsizetype(tree.leaves().size() * sizeof(float)));
        trees.append(QJsonArray{qint64(tree.nodes().size()), qint64(tree.leaves().size())});
    }
    const QJsonObject header{
        {QStringLiteral("format"), kFormat},
        {QStringLiteral("engine"), kEngine},
        {QStringLiteral("classes"), m.classes.toJson()},
        {QStringLiteral("bands"), QJsonArray::fromStringList(m.bands)},
        {QStringLiteral("steps"), QJsonArray::fromStringList(m.steps)},
        {QStringLiteral("options"), m.options.toJson()},
        {QStringLiteral("training"), m.training},
        {QStringLiteral("trees"), trees},
        {QStringLiteral("saved"), QDateTime::currentDateTimeUtc().toString(Qt::ISODate)},
        {QStringLiteral("sections"),
         QJsonArray{QJsonObject{{QStringLiteral("name"), QStringLiteral("nodes")},
                                {QStringLiteral("bytes"), qint64(nodes.size())}},
                    QJsonObject{{QStringLiteral("name"), QStringLiteral("leaves")},
                                {QStringLiteral("bytes"), qint64(leaves.size())}}}}};
    const QByteArray json = QJsonDocument(header).toJson(QJsonDocument::Compact);

    QByteArray data(kMagic, kMagicLength);
    const std::uint32_t version = kVersion;
    const quint64 headerLength = quint64(json.size());
    data.append(reinterpret_cast<const char *>(&version), 4);
    data.append(reinterpret_cast<const char *>(&headerLength), 8);
    data.append(json);
    data.append(nodes);
    data.append(leaves);
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
    const QByteArray json = file.read(qint64(headerLength));
    QJsonParseError parseError;
    const QJsonDocument document = QJsonDocument::fromJson(json, &parseError);
    if (parseError.error != QJsonParseError::NoError)
        throw notAForest(path, tr("header is not valid JSON (%1)").arg(JsonSyntaxError(json, parseError).located()));
    if (!document.isObject())
        throw notAForest(path, tr("header is not a JSON object"));
    const QJsonObject header = document.object();
    if (header.value(QStringLiteral("format")).toString() != kFormat)
        throw notAForest(path, tr("it holds a \"%1\", not a random forest")
                                   .arg(header.value(QStringLiteral("format")).toString()));
    if (header.value(QStringLiteral("engine")).toString() != kEngine)
        throw notAForest(path, tr("it was written by an earlier cropmap whose forests ran on "
                                  "XGBoost; train the forest again"));

    auto d = std::make_unique<Private>();
    ForestMetadata &m = d->metadata;
    m.classes = thematic::ClassTable::fromJson(header.value(QStringLiteral("classes")).toArray(), path);
    m.bands = toStrings(header.value(QStringLiteral("bands")));
    m.steps = toStrings(header.value(QStringLiteral("steps")));
    m.options = RandomForestOptions::fromJson(header.value(QStringLiteral("options")).toObject());
    m.training = header.value(QStringLiteral("training")).toObject();
    const QJsonArray sections = header.value(QStringLiteral("sections")).toArray();
    const QJsonArray trees = header.value(QStringLiteral("trees")).toArray();
    if (sections.size() != 2 || trees.isEmpty() || m.classes.size() < 2 || m.bands.isEmpty()
        || m.steps.isEmpty())
        throw notAForest(path, tr("inconsistent header"));
    // The nodes of all trees, then their leaves: read straight into typed arrays.
    const qint64 nodeBytes = sections.at(0).toObject().value(QStringLiteral("bytes")).toInteger(-1);
    const qint64 leafBytes = sections.at(1).toObject().value(QStringLiteral("bytes")).toInteger(-1);
    if (nodeBytes < 0 || leafBytes < 0 || nodeBytes % qint64(sizeof(TreeNode)) != 0
        || leafBytes % qint64(sizeof(float)) != 0 || nodeBytes + leafBytes != file.size() - file.pos())
        throw notAForest(path, tr("bad section table"));
    std::vector<TreeNode> allNodes(std::size_t(nodeBytes) / sizeof(TreeNode));
    std::vector<float> allLeaves(std::size_t(leafBytes) / sizeof(float));
    if (file.read(reinterpret_cast<char *>(allNodes.data()), nodeBytes) != nodeBytes
        || file.read(reinterpret_cast<char *>(allLeaves.data()), leafBytes) != leafBytes)
        throw notAForest(path, tr("truncated"));
    const int features = m.stepCount() * m.bandCount();
    std::size_t nodeOffset = 0;
    std::size_t leafOffset = 0;
    for (const QJsonValue &entry : trees) {
        const qint64 nodeCount = entry.toArray().at(0).toInteger(-1);
        const qint64 leafCount = entry.toArray().at(1).toInteger(-1);
        if (nodeCount < 1 || leafCount < 1 || nodeOffset + std::size_t(nodeCount) > allNodes.size()
            || leafOffset + std::size_t(leafCount) > allLeaves.size())
            throw notAForest(path, tr("bad tree table"));
        const auto nodes = allNodes.begin() + std::ptrdiff_t(nodeOffset);
        const auto leaves = allLeaves.begin() + std::ptrdiff_t(leafOffset);
        nodeOffset += std::size_t(nodeCount);
        leafOffset += std::size_t(leafCount);
        DecisionTree tree;
        if (!DecisionTree::fromParts({nodes, nodes + std::ptrdiff_t(nodeCount)},
                                     {leaves, leaves + std::ptrdiff_t(leafCount)}, m.classCount(),
                                     features, tree))
            throw notAForest(path, tr("tree %1 is damaged").arg(d->trees.size() + 1));
        d->trees.push_back(std::move(tree));
    }
    if (nodeOffset != allNodes.size() || leafOffset != allLeaves.size())
        throw notAForest(path, tr("bad tree table"));
    d->threads = resolvedThreads(0);
    RandomForest forest;
    forest.m_d = std::move(d);
    return forest;
}

} // namespace cropmap::core::forest
