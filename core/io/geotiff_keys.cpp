// SPDX-License-Identifier: GPL-3.0-or-later
#include "io/geotiff_keys.h"

#include <cstdint>
#include <cstring>
#include <optional>

#include <QFile>
#include <QFileInfo>


#include "io/tile_grid.h"

namespace cropmap::core::io {

namespace {

constexpr std::uint16_t kGeoKeyDirectory = 34735;
constexpr std::uint16_t kGeoDoubleParams = 34736;
constexpr std::uint16_t kGeoAsciiParams = 34737;
// A directory with more entries than this is not worth parsing here.
constexpr std::uint64_t kMaxEntries = 4096;
// GeoTIFF keys are a few hundred bytes; more means a damaged file.
constexpr std::uint64_t kMaxValueBytes = 1 << 20;

// Reads unsigned integers of the file's byte order.
class Reader
{
public:
    Reader(QFile &file, bool bigEndian)
        : m_file(file)
        , m_bigEndian(bigEndian)
    {}

    bool read(std::uint64_t offset, void *data, std::uint64_t size)
    {
        return m_file.seek(qint64(offset)) && m_file.read(static_cast<char *>(data), qint64(size)) == qint64(size);
    }

    std::uint64_t value(const unsigned char *bytes, int size) const
    {
        std::uint64_t v = 0;
        for (int i = 0; i < size; ++i) {
            const int shift = m_bigEndian ? 8 * (size - 1 - i) : 8 * i;
            v |= std::uint64_t(bytes[i]) << shift;
        }
        return v;
    }

private:
    QFile &m_file;
    bool m_bigEndian;
};

int typeSize(std::uint16_t type)
{
    switch (type) {
    case 1: case 2: case 6: case 7: return 1;       // BYTE, ASCII, SBYTE, UNDEFINED
    case 3: case 8: return 2;                       // SHORT, SSHORT
    case 4: case 9: case 11: case 13: return 4;     // LONG, SLONG, FLOAT, IFD
    case 5: case 10: case 12: case 16: case 17: case 18: return 8; // RATIONAL…, LONG8, IFD8
    default: return 0;
    }
}

} // namespace

QByteArray geoTiffKeys(const QString &path)
{
    // GDAL reads a CRS from a .aux.xml sidecar before the file's own keys.
    if (QFileInfo::exists(path + QStringLiteral(".aux.xml")))
        return {};
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly))
        return {};
    std::array<unsigned char, 16> header{};
    if (file.read(reinterpret_cast<char *>(header.data()), 16) < 8)
        return {};
    bool bigEndian = false;
    if (header[0] == 'I' && header[1] == 'I')
        bigEndian = false;
    else if (header[0] == 'M' && header[1] == 'M')
        bigEndian = true;
    else
        return {};
    Reader in(file, bigEndian);
    const std::uint64_t version = in.value(&header[2], 2);
    const bool big = version == 43;
    if (version != 42 && !big)
        return {};
    const int countSize = big ? 8 : 2;
    const int entrySize = big ? 20 : 12;
    const int inlineSize = big ? 8 : 4;
    const std::uint64_t ifd = big ? in.value(&header[8], 8) : in.value(&header[4], 4);

    unsigned char countBytes[8];
    if (ifd == 0 || !in.read(ifd, countBytes, std::uint64_t(countSize)))
        return {};
    const std::uint64_t entries = in.value(countBytes, countSize);
    if (entries == 0 || entries > kMaxEntries)
        return {};
    QByteArray directory(qsizetype(entries * std::uint64_t(entrySize)), Qt::Uninitialized);
    if (!in.read(ifd + std::uint64_t(countSize), directory.data(), std::uint64_t(directory.size())))
        return {};

    QByteArray keys;
    bool hasDirectory = false;
    for (std::uint64_t e = 0; e < entries; ++e) {
        const auto *entry = reinterpret_cast<const unsigned char *>(directory.constData())
                            + e * std::uint64_t(entrySize);
        const auto tag = std::uint16_t(in.value(entry, 2));
        if (tag != kGeoKeyDirectory && tag != kGeoDoubleParams && tag != kGeoAsciiParams)
            continue;
        const auto type = std::uint16_t(in.value(entry + 2, 2));
        const std::uint64_t count = in.value(entry + 4, big ? 8 : 4);
        const unsigned char *field = entry + (big ? 12 : 8);
        const int size = typeSize(type);
        if (size == 0 || count > kMaxValueBytes / std::uint64_t(size))
            return {};
        const std::uint64_t bytes = count * std::uint64_t(size);
        QByteArray value(qsizetype(bytes), Qt::Uninitialized);
        if (bytes <= std::uint64_t(inlineSize))
            std::memcpy(value.data(), field, std::size_t(bytes));
        else if (!in.read(in.value(field, inlineSize), value.data(), bytes))
            return {};
        keys += QByteArray::number(tag) + ':' + QByteArray::number(type) + ':'
                + QByteArray::number(qulonglong(count)) + ':' + value;
        hasDirectory = hasDirectory || tag == kGeoKeyDirectory;
    }
    if (!hasDirectory)
        return {};
    // The byte order is part of the stored values: keep it in the fingerprint.
    return (bigEndian ? QByteArray("MM:") : QByteArray("II:")) + keys;
}

TileGrid CrsCache::gridOf(GDALDataset &dataset, const QString &path)
{
    const QByteArray keys = geoTiffKeys(path);
    if (!keys.isEmpty()) {
        std::optional<QString> wkt;
        {
            std::lock_guard lock(m_mutex);
            const auto it = m_wktByKeys.find(keys);
            if (it != m_wktByKeys.end())
                wkt = it->second;
        }
        if (wkt)
            return TileGrid::fromDataset(dataset, *wkt);
    }
    TileGrid grid = TileGrid::fromDataset(dataset);
    if (!keys.isEmpty()) {
        std::lock_guard lock(m_mutex);
        m_wktByKeys.emplace(keys, grid.crsWkt());
    }
    return grid;
}

} // namespace cropmap::core::io
