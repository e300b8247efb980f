// SPDX-License-Identifier: GPL-3.0-or-later
#include "sampling/sample_set.h"

#include <QCoreApplication>
#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <algorithm>
#include <cstring>

#include "io/atomic_output.h"
#include "util/error.h"
#include "util/json_syntax_error.h"

static_assert(Q_BYTE_ORDER == Q_LITTLE_ENDIAN, "sample files are written in host order");

namespace cropmap::core::sampling {

namespace {

constexpr char kMagic[] = "CROPMAP-SAMPLES\n"; // 16 bytes without the terminator
constexpr std::uint32_t kVersion = 1;

QString tr(const char *text)
{
    return QCoreApplication::translate("cropmap::core::sampling", text);
}

QJsonArray toArray(const QStringList &list)
{
    return QJsonArray::fromStringList(list);
}

QStringList toStrings(const QJsonValue &value)
{
    QStringList result;
    for (const QJsonValue &v : value.toArray())
        result << v.toString();
    return result;
}

template <typename T>
void writeColumn(QFile &file, const std::vector<T> &column)
{
    const qint64 bytes = qint64(column.size() * sizeof(T));
    if (bytes > 0 && file.write(reinterpret_cast<const char *>(column.data()), bytes) != bytes)
        throw Error(tr("Cannot write \"%1\": %2").arg(file.fileName(), file.errorString()));
}

template <typename T>
void readColumn(QFile &file, std::vector<T> &column, std::size_t count, const QString &path)
{
    column.resize(count);
    const qint64 bytes = qint64(count * sizeof(T));
    if (bytes > 0 && file.read(reinterpret_cast<char *>(column.data()), bytes) != bytes)
        throw Error(tr("Sample file \"%1\" is truncated").arg(path));
}

} // namespace

SampleSet::SampleSet(QStringList bands, QStringList steps, thematic::ClassTable classes)
    : m_bands(std::move(bands))
    , m_steps(std::move(steps))
    , m_classes(std::move(classes))
{}

int SampleSet::tileIndexOf(const QString &tile)
{
    int i = int(m_tiles.indexOf(tile));
    if (i < 0) {
        m_tiles << tile;
        i = int(m_tiles.size()) - 1;
    }
    return i;
}

void SampleSet::append(int tileIndex, int column, int row, std::uint32_t parcelId, int classIndex,
                       int trueClassIndex, const float *values)
{
    appendIndex(tileIndex, column, row, parcelId, classIndex, trueClassIndex);
    m_values.insert(m_values.end(), values, values + featureCount());
}

void SampleSet::appendAll(const SampleSet &other)
{
    if (other.m_bands != m_bands || other.m_steps != m_steps || !(other.m_classes == m_classes)) {
        throw Error(tr("Cannot merge sample sets with different bands, steps or classes "
                       "(%1 × %2 vs %3 × %4)")
                        .arg(m_steps.size())
                        .arg(m_bands.join(u','))
                        .arg(other.m_steps.size())
                        .arg(other.m_bands.join(u',')));
    }
    for (qint64 i = 0; i < other.size(); ++i) {
        append(tileIndexOf(other.m_tiles.value(other.tileIndex(i))), other.column(i), other.row(i),
               other.parcelId(i), other.classIndex(i), other.trueClassIndex(i), other.values(i));
    }
}

SampleSet SampleSet::subset(const std::vector<qint64> &indices) const
{
    SampleSet result(m_bands, m_steps, m_classes);
    result.m_tiles = m_tiles;
    result.m_metadata = m_metadata;
    for (qint64 i : indices) {
        result.append(tileIndex(i), column(i), row(i), parcelId(i), classIndex(i),
                      trueClassIndex(i), values(i));
    }
    return result;
}

SampleSet SampleSet::indexSubset(const std::vector<qint64> &indices) const
{
    SampleSet result(m_bands, m_steps, m_classes);
    result.m_tiles = m_tiles;
    result.m_metadata = m_metadata;
    for (qint64 i : indices)
        result.appendIndex(tileIndex(i), column(i), row(i), parcelId(i), classIndex(i), trueClassIndex(i));
    return result;
}

bool SampleSet::hasTruth() const
{
    return std::any_of(m_trueClassIndex.begin(), m_trueClassIndex.end(),
                       [](std::int16_t c) { return c >= 0; });
}

std::vector<qint64> SampleSet::countsPerClass() const
{
    std::vector<qint64> counts(std::size_t(m_classes.size()), 0);
    for (std::int16_t c : m_classIndex) {
        if (c >= 0 && c < m_classes.size())
            ++counts[std::size_t(c)];
    }
    return counts;
}

void SampleSet::writeHeaderAndIndex(QFile &file, const QString &path) const
{
    QJsonObject header{
        {QStringLiteral("bands"), toArray(m_bands)},
        {QStringLiteral("steps"), toArray(m_steps)},
        {QStringLiteral("tiles"), toArray(m_tiles)},
        {QStringLiteral("classes"), m_classes.toJson()},
        {QStringLiteral("count"), double(size())},
        {QStringLiteral("metadata"), m_metadata},
    };
    const QByteArray json = QJsonDocument(header).toJson(QJsonDocument::Compact);
    const std::uint32_t version = kVersion;
    const std::uint64_t headerLength = std::uint64_t(json.size());
    if (file.write(kMagic, 16) != 16
        || file.write(reinterpret_cast<const char *>(&version), sizeof version) != sizeof version
        || file.write(reinterpret_cast<const char *>(&headerLength), sizeof headerLength) != sizeof headerLength
        || file.write(json) != json.size())
        throw Error(tr("Cannot write \"%1\": %2").arg(path, file.errorString()));
    writeColumn(file, m_tileIndex);
    writeColumn(file, m_column);
    writeColumn(file, m_row);
    writeColumn(file, m_parcelId);
    writeColumn(file, m_classIndex);
    writeColumn(file, m_trueClassIndex);
}

void SampleSet::appendIndex(int tileIndex, int column, int row, std::uint32_t parcelId,
                            int classIndex, int trueClassIndex)
{
    m_tileIndex.push_back(std::uint16_t(tileIndex));
    m_column.push_back(column);
    m_row.push_back(row);
    m_parcelId.push_back(parcelId);
    m_classIndex.push_back(std::int16_t(classIndex));
    m_trueClassIndex.push_back(std::int16_t(trueClassIndex));
}

void SampleSet::save(const QString &path) const
{
    io::AtomicOutput output(path);
    QFile file(output.tempPath());
    if (!file.open(QIODevice::WriteOnly))
        throw Error(tr("Cannot write \"%1\": %2").arg(path, file.errorString()));
    writeHeaderAndIndex(file, path);
    writeColumn(file, m_values);
    if (!file.flush() || file.error() != QFileDevice::NoError)
        throw Error(tr("Cannot write \"%1\": %2").arg(path, file.errorString()));
    file.close();
    output.commit();
}

SampleSet SampleSet::readHeaderAndIndex(QFile &file, const QString &path, qint64 *valuesOffset)
{
    char magic[16];
    std::uint32_t version = 0;
    std::uint64_t headerLength = 0;
    if (file.read(magic, 16) != 16 || std::memcmp(magic, kMagic, 16) != 0)
        throw Error(tr("\"%1\" is not a cropmap sample file").arg(path));
    if (file.read(reinterpret_cast<char *>(&version), sizeof version) != sizeof version
        || version != kVersion)
        throw Error(tr("Sample file \"%1\" has unsupported version %2").arg(path).arg(version));
    if (file.read(reinterpret_cast<char *>(&headerLength), sizeof headerLength)
            != sizeof headerLength
        || headerLength > std::uint64_t(file.size()))
        throw Error(tr("Sample file \"%1\" is truncated").arg(path));
    const QByteArray json = file.read(qint64(headerLength));
    QJsonParseError parseError;
    const QJsonDocument doc = QJsonDocument::fromJson(json, &parseError);
    if (doc.isNull() || !doc.isObject())
        throw Error(tr("Sample file \"%1\" has a malformed header: %2")
                        .arg(path, parseError.error != QJsonParseError::NoError
                                       ? JsonSyntaxError(json, parseError).located()
                                       : tr("not a JSON object")));
    const QJsonObject header = doc.object();
    SampleSet set(toStrings(header.value(QStringLiteral("bands"))),
                  toStrings(header.value(QStringLiteral("steps"))),
                  thematic::ClassTable::fromJson(header.value(QStringLiteral("classes")).toArray(),
                                                 path));
    set.m_tiles = toStrings(header.value(QStringLiteral("tiles")));
    set.m_metadata = header.value(QStringLiteral("metadata")).toObject();
    const double countValue = header.value(QStringLiteral("count")).toDouble(-1);
    if (countValue < 0 || set.featureCount() <= 0)
        throw Error(tr("Sample file \"%1\" has a malformed header (count, bands or steps)").arg(path));
    const auto n = std::size_t(countValue);
    const qint64 index = qint64(16 + 4 + 8 + headerLength) + qint64(n) * qint64(2 + 4 + 4 + 4 + 2 + 2);
    const qint64 expected = index + qint64(n) * qint64(4 * set.featureCount());
    if (file.size() != expected)
        throw Error(tr("Sample file \"%1\" is truncated or corrupt (%2 bytes, expected %3)")
                        .arg(path)
                        .arg(file.size())
                        .arg(expected));
    readColumn(file, set.m_tileIndex, n, path);
    readColumn(file, set.m_column, n, path);
    readColumn(file, set.m_row, n, path);
    readColumn(file, set.m_parcelId, n, path);
    readColumn(file, set.m_classIndex, n, path);
    readColumn(file, set.m_trueClassIndex, n, path);
    for (std::int16_t c : set.m_classIndex) {
        if (c < -1 || c >= set.m_classes.size())
            throw Error(tr("Sample file \"%1\" has a class index %2 outside its %3 classes")
                            .arg(path)
                            .arg(c)
                            .arg(set.m_classes.size()));
    }
    *valuesOffset = index;
    return set;
}

SampleSet SampleSet::load(const QString &path)
{
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly))
        throw Error(tr("Cannot open sample file \"%1\": %2").arg(path, file.errorString()));
    qint64 valuesOffset = 0;
    SampleSet set = readHeaderAndIndex(file, path, &valuesOffset);
    readColumn(file, set.m_values, std::size_t(set.size()) * std::size_t(set.featureCount()), path);
    return set;
}

} // namespace cropmap::core::sampling
