// SPDX-License-Identifier: GPL-3.0-or-later
#include "composite/composite_options.h"

#include <cmath>

#include <QCoreApplication>

#include "util/error.h"

namespace cropmap::core::composite {

namespace {

QString tr(const char *text)
{
    return QCoreApplication::translate("cropmap::core::composite", text);
}

} // namespace

const QList<SpectralIndex> &knownIndices()
{
    static const QList<SpectralIndex> indices = {
        {QStringLiteral("NDVI"), QStringLiteral("B08"), QStringLiteral("B04")},
        {QStringLiteral("NDWI"), QStringLiteral("B03"), QStringLiteral("B08")},
        {QStringLiteral("NDMI"), QStringLiteral("B08"), QStringLiteral("B11")},
    };
    return indices;
}

io::ArchiveOptions CompositeOptions::archiveOptions() const
{
    io::ArchiveOptions archive;
    archive.bands = bands;
    archive.maskBand = usesScl() ? QStringLiteral("SCL") : maskBand.toUpper();
    archive.tiles = tiles;
    archive.flatTileId = flatTileId;
    archive.boaOffset = boaOffset;
    archive.verifyFiles = verifyFiles;
    return archive;
}

QList<SpectralIndex> CompositeOptions::resolvedIndices() const
{
    QList<SpectralIndex> resolved;
    for (const QString &name : indices) {
        bool found = false;
        for (const SpectralIndex &index : knownIndices()) {
            if (index.name.compare(name.trimmed(), Qt::CaseInsensitive) == 0) {
                resolved << index;
                found = true;
            }
        }
        if (!found) {
            QStringList names;
            for (const SpectralIndex &index : knownIndices())
                names << index.name;
            throw Error(tr("Unknown index \"%1\" (known: %2)").arg(name, names.join(u',')));
        }
    }
    return resolved;
}

QStringList CompositeOptions::outputBands() const
{
    QStringList names = bands;
    for (const SpectralIndex &index : resolvedIndices())
        names << index.name;
    return names;
}

GDALDataType CompositeOptions::outputDataType() const
{
    switch (valueType) {
    case CompositeValueType::Int16:
        return GDT_Int16;
    case CompositeValueType::Float32:
        return GDT_Float32;
    case CompositeValueType::Auto:
        break;
    }
    if (!indices.isEmpty())
        return GDT_Float32;
    const QStringList reflectance = io::sentinel2Bands();
    for (const QString &band : bands) {
        if (!reflectance.contains(band))
            return GDT_Float32; // an index such as NDVI given as input, or an unknown scale
    }
    return GDT_Int16;
}

void CompositeOptions::validate() const
{
    if (bands.isEmpty())
        throw Error(tr("No bands to composite"));
    for (const QString &band : bands) {
        if (bands.count(band) > 1)
            throw Error(tr("Band %1 is listed twice in %2").arg(band, bands.join(u',')));
    }
    for (const SpectralIndex &index : resolvedIndices()) {
        if (!bands.contains(index.a) || !bands.contains(index.b)) {
            throw Error(tr("The index %1 needs the bands %2 and %3 among --bands (%4)")
                            .arg(index.name, index.a, index.b, bands.join(u',')));
        }
    }
    for (int c : invalidSclClasses) {
        if (c < 0 || c > 255)
            throw Error(tr("Invalid SCL class %1 (classes are 0…255)").arg(c));
    }
    // ESA's offset is −1000; anything beyond a reflectance of ±1 is a typo.
    if (!(std::abs(boaOffset) <= 10000))
        throw Error(tr("Invalid BOA offset %1 (a DN offset such as -1000, within ±10000)").arg(boaOffset));
    if (blockSize < 16)
        throw Error(tr("Block size %1 is too small (at least 16 pixels)").arg(blockSize));
    if (threads < 0)
        throw Error(tr("Invalid thread count %1").arg(threads));
}

QList<int> parseSclClasses(const QString &text)
{
    QList<int> classes;
    for (const QString &item : text.split(u',', Qt::SkipEmptyParts)) {
        bool ok = false;
        const int value = item.trimmed().toInt(&ok);
        if (!ok || value < 0 || value > 255)
            throw Error(tr("Invalid SCL class \"%1\" in \"%2\" (classes are 0…255)").arg(item, text));
        classes << value;
    }
    return classes;
}

} // namespace cropmap::core::composite
