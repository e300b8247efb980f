// SPDX-License-Identifier: GPL-3.0-or-later
#include <cstdio>

#include <QCoreApplication>

#include "cli/cli_command.h"
#include "cli/console_feedback.h"
#include "cli/legend_paths.h"
#include "thematic/legend_aggregation.h"
#include "thematic/rasterize_job.h"
#include "util/error.h"
#include "util/output_paths.h"

namespace cropmap::app {

int runRasterize(const QStringList &arguments)
{
    const core::thematic::RasterizeOptions defaults;
    QCommandLineParser parser;
    const QCommandLineOption parcels(QStringLiteral("parcels"), tr("Parcel layer (any OGR source)"), QStringLiteral("file"));
    const QCommandLineOption layer(QStringLiteral("layer"), tr("Layer of the parcel source (default: the first)"), QStringLiteral("name"));
    const QCommandLineOption field(QStringLiteral("field"),
        tr("Attribute with the declared crop (default: the legend's \"field\")"), QStringLiteral("name"));
    const QCommandLineOption legend(QStringLiteral("legend"),
        tr("Legend aggregation table: a .json/.csv file or a shipped name (synthetic, austria-invekos, "
           "belgium-lpis, slovenia-raba), looked up in $CROPMAP_LEGENDS, share/cropmap/legends and "
           "resources/legends"), QStringLiteral("file|name"));
    const QCommandLineOption grid(QStringLiteral("grid"),
        tr("A raster on the tile grid (a composite, a band): its CRS, geotransform and size"), QStringLiteral("raster"));
    const QCommandLineOption tile(QStringLiteral("tile"), tr("Tile id, prefix of the outputs"), QStringLiteral("id"));
    const QCommandLineOption out(QStringLiteral("out"), tr("Output folder"), QStringLiteral("folder"));
    const QCommandLineOption erosion(QStringLiteral("erosion"),
        tr("Border erosion radius in pixels: keep a pixel only if its (2r+1)² square lies in one parcel (default %1)")
            .arg(defaults.erosionPx), QStringLiteral("px"), QString::number(defaults.erosionPx));
    const QCommandLineOption threads(QStringLiteral("threads"), tr("Worker threads (default: all cores)"),
                                     QStringLiteral("n"), QStringLiteral("0"));
    parser.addOptions({parcels, layer, field, legend, grid, tile, out, erosion, threads});
    const int early = parseCommandLine(parser, arguments,
        tr("Rasterize declared parcels onto a tile grid (GDAL rasterizer, all-touched off): "
           "<TILE>_parcels.tif (uint32 parcel ids), <TILE>_classes.tif and <TILE>_classes_eroded.tif "
           "(uint8 class ids with colour table and QGIS .qml style) and <TILE>_thematic.json. Parcels "
           "in another CRS are reprojected, invalid ones repaired or skipped, values missing from the "
           "legend reported and ignored."));
    if (early >= 0)
        return early;
    for (const QCommandLineOption *required : {&parcels, &legend, &grid, &tile, &out}) {
        if (!parser.isSet(*required))
            return failWith(tr("rasterize needs --%1").arg(required->names().constFirst()));
    }
    bool ok = false;
    core::thematic::RasterizeOptions options;
    options.erosionPx = parser.value(erosion).toInt(&ok);
    if (!ok || options.erosionPx < 0)
        return failWith(tr("--erosion must be a whole number ≥ 0"));
    options.threads = parser.value(threads).toInt();
    options.parcelsPath = parser.value(parcels);
    options.layerName = parser.value(layer);
    options.field = parser.value(field);
    options.gridPath = parser.value(grid);
    options.outputFolder = parser.value(out);
    try {
        options.tile = core::checkedTileId(parser.value(tile), QStringLiteral("--tile"));
        options.legendPath = core::thematic::LegendAggregation::resolve(parser.value(legend), legendSearchFolders());
    } catch (const core::Error &e) {
        return failWith(e.message());
    }
    core::thematic::RasterizeJob job(options);
    ConsoleFeedback feedback;
    const core::JobResult result = job.run(feedback);
    feedback.finish();
    if (result.status == core::JobResult::Status::Canceled)
        return failWith(tr("canceled; no output was replaced"));
    if (!result.succeeded())
        return failWith(result.message);
    std::fputs(qPrintable(job.report().describe()), stdout);
    std::printf("%s\n", qPrintable(tr("Wrote %1, %2, %3 and %4")
                                       .arg(job.report().parcelRaster, job.report().classRaster,
                                            job.report().erodedClassRaster, job.report().reportPath)));
    return 0;
}

} // namespace cropmap::app
