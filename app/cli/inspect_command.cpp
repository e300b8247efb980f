// SPDX-License-Identifier: GPL-3.0-or-later
#include <cstdio>

#include <QCoreApplication>

#include "cli/cli_command.h"
#include "io/sentinel2_archive.h"
#include "util/error.h"
#include "util/output_paths.h"

namespace cropmap::app {

int runInspect(const QStringList &arguments)
{
    QCommandLineParser parser;
    parser.addPositionalArgument(QStringLiteral("archive"),
                                 QCoreApplication::translate("cropmap::app", "Archive folder"));
    const QCommandLineOption bands(
        QStringLiteral("bands"),
        QCoreApplication::translate("cropmap::app",
                                    "Comma-separated bands to look for (default: the 10 "
                                    "Sentinel-2 bands B02…B12)"),
        QStringLiteral("list"));
    const QCommandLineOption mask(
        QStringLiteral("mask"),
        QCoreApplication::translate("cropmap::app",
                                    "Mask band: SCL (default), the name of an external mask band "
                                    "such as CLM, or none"),
        QStringLiteral("band"), QStringLiteral("SCL"));
    const QCommandLineOption tiles(
        QStringLiteral("tile"),
        QCoreApplication::translate("cropmap::app", "Only this tile (repeatable)"),
        QStringLiteral("id"));
    const QCommandLineOption flatTile(
        QStringLiteral("flat-tile-id"),
        QCoreApplication::translate("cropmap::app",
                                    "Tile id for a flat folder of *_<date>_<band>.tif files "
                                    "(default: the folder name); an MGRS id such as T33UVP or "
                                    "letters, digits, _ and -"),
        QStringLiteral("id"));
    const QCommandLineOption boaOffset(
        QStringLiteral("boa-offset"),
        QCoreApplication::translate("cropmap::app",
                                    "BOA_ADD_OFFSET of the reflectance bands of a GeoTIFF-folder "
                                    "or flat archive (-1000 for exports of processing baseline "
                                    "04.00 or later); .SAFE products read theirs from "
                                    "MTD_MSIL2A.xml"),
        QStringLiteral("DN"), QStringLiteral("0"));
    parser.addOptions({bands, mask, tiles, flatTile, boaOffset});
    const int early = parseCommandLine(
        parser, arguments,
        QCoreApplication::translate("cropmap::app",
                                    "Print per tile of a Sentinel-2 archive the grid, the "
                                    "acquisitions per month, the bands found, each "
                                    "acquisition's processing baseline and the BOA_ADD_OFFSET "
                                    "compositing adds to its DNs, and what is missing or "
                                    "unreadable."));
    if (early >= 0)
        return early;
    if (parser.positionalArguments().size() != 1)
        return failWith(QCoreApplication::translate("cropmap::app",
                                                    "inspect needs exactly one archive folder"));

    core::io::ArchiveOptions options;
    if (parser.isSet(bands))
        options.bands = parser.value(bands).toUpper().split(u',', Qt::SkipEmptyParts);
    const QString maskBand = parser.value(mask).toUpper();
    options.maskBand = maskBand == QStringLiteral("NONE") ? QString() : maskBand;
    bool offsetOk = false;
    options.boaOffset = parser.value(boaOffset).toDouble(&offsetOk);
    if (!offsetOk)
        return failWith(QCoreApplication::translate("cropmap::app",
                                                    "Invalid --boa-offset \"%1\" (a number of DN such as -1000)")
                            .arg(parser.value(boaOffset)));
    try {
        options.tiles = core::checkedTileIds(parser.values(tiles), QStringLiteral("--tile"));
        if (parser.isSet(flatTile))
            options.flatTileId = core::checkedTileId(parser.value(flatTile), QStringLiteral("--flat-tile-id"));
        const auto archive =
            core::io::Sentinel2Archive::open(parser.positionalArguments().constFirst(), options);
        std::fputs(qPrintable(archive.describe()), stdout);
        return 0;
    } catch (const core::Error &e) {
        return failWith(e.message());
    }
}

} // namespace cropmap::app
