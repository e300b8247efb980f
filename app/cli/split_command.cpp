// SPDX-License-Identifier: GPL-3.0-or-later
#include <cstdio>

#include <QCoreApplication>
#include <QDir>

#include "cli/cli_command.h"
#include "io/raster_source.h"
#include "sampling/spatial_split.h"
#include "util/error.h"
#include "util/output_paths.h"

namespace cropmap::app {

int runSplit(const QStringList &arguments)
{
    const core::sampling::SpatialSplitOptions defaults;
    QCommandLineParser parser;
    const QCommandLineOption grid(QStringLiteral("grid"), tr("A raster on the tile grid"), QStringLiteral("raster"));
    const QCommandLineOption tile(QStringLiteral("tile"), tr("Tile id (seeds the tile's shuffle, prefixes the outputs)"), QStringLiteral("id"));
    const QCommandLineOption out(QStringLiteral("out"), tr("Output folder"), QStringLiteral("folder"));
    const QCommandLineOption seed(QStringLiteral("seed"), tr("Random seed (default 1)"), QStringLiteral("n"),
                                  QString::number(defaults.seed));
    const QCommandLineOption fractions(QStringLiteral("fractions"),
        tr("Train, validation, test shares of the patches (default 0.6,0.2,0.2: exactly 60/20/20 of 100)"),
        QStringLiteral("t,v,s"), QStringLiteral("0.6,0.2,0.2"));
    const QCommandLineOption patches(QStringLiteral("patches"), tr("Patches per side (default 10: 10 × 10)"),
                                     QStringLiteral("n"), QString::number(defaults.patchRows));
    parser.addOptions({grid, tile, out, seed, fractions, patches});
    const int early = parseCommandLine(parser, arguments,
        tr("Cut a tile into n × n patches and assign each at random (seeded) to train, validation or "
           "test: writes <TILE>_split.tif (one pixel per patch: 1 train, 2 validation, 3 test) and "
           "<TILE>_split.geojson (the patch polygons)."));
    if (early >= 0)
        return early;
    if (!parser.isSet(grid) || !parser.isSet(tile) || !parser.isSet(out))
        return failWith(tr("split needs --grid, --tile and --out"));
    core::sampling::SpatialSplitOptions options;
    bool ok = false;
    options.seed = parser.value(seed).toULongLong(&ok);
    if (!ok)
        return failWith(tr("--seed must be a whole number ≥ 0"));
    options.patchRows = options.patchColumns = parser.value(patches).toInt(&ok);
    if (!ok || options.patchRows < 1)
        return failWith(tr("--patches must be a whole number ≥ 1"));
    const auto parsed = core::sampling::SpatialSplit::parseFractions(parser.value(fractions));
    if (!parsed)
        return failWith(tr("--fractions must be three shares ≥ 0 such as 0.6,0.2,0.2"));
    options.fractions = *parsed;
    try {
        core::checkedTileId(parser.value(tile), QStringLiteral("--tile"));
        const auto source = core::io::RasterSource::open(parser.value(grid));
        const core::sampling::SpatialSplit split(source.grid(), parser.value(tile), options);
        if (!QDir().mkpath(parser.value(out)))
            return failWith(tr("cannot create \"%1\"").arg(parser.value(out)));
        const QDir dir(parser.value(out));
        const QString raster = dir.filePath(parser.value(tile) + QStringLiteral("_split.tif"));
        const QString geojson = dir.filePath(parser.value(tile) + QStringLiteral("_split.geojson"));
        split.writeRaster(raster);
        split.writeGeoJson(geojson);
        const auto counts = core::sampling::SpatialSplit::setCounts(split.patchCount(), options.fractions);
        std::printf("%s\n", qPrintable(tr("%1 patches: %2 train, %3 validation, %4 test; wrote %5 and %6")
                                           .arg(split.patchCount()).arg(counts[0]).arg(counts[1]).arg(counts[2])
                                           .arg(raster, geojson)));
        return 0;
    } catch (const core::Error &e) {
        return failWith(e.message());
    }
}

} // namespace cropmap::app
