// SPDX-License-Identifier: GPL-3.0-or-later
#include <cstdio>

#include <QCoreApplication>

#include "cli/cli_command.h"
#include "cli/console_feedback.h"
#include "composite/composite_job.h"
#include "util/error.h"
#include "util/output_paths.h"

namespace cropmap::app {

int runComposite(const QStringList &arguments)
{
    const core::composite::CompositeOptions defaults;
    QCommandLineParser parser;
    const QCommandLineOption archive(QStringLiteral("archive"), tr("Sentinel-2 archive folder"),
                                     QStringLiteral("dir"));
    const QCommandLineOption out(QStringLiteral("out"),
                                 tr("Output folder; composites go to <out>/<TILE>/"),
                                 QStringLiteral("dir"));
    const QCommandLineOption tiles(QStringLiteral("tile"),
                                   tr("Tile to composite (repeatable; default: every tile)"),
                                   QStringLiteral("id"));
    const QCommandLineOption period(QStringLiteral("period"),
                                    tr("Months to composite, first:last inclusive"),
                                    QStringLiteral("YYYY-MM:YYYY-MM"), defaults.period.toString());
    const QCommandLineOption bands(QStringLiteral("bands"),
                                   tr("Comma-separated input bands (default: B02…B12)"),
                                   QStringLiteral("list"), defaults.bands.join(u','));
    const QCommandLineOption mask(
        QStringLiteral("mask"),
        tr("Cloud mask: scl (Sen2Cor classes), none, or the band name of an external "
           "per-acquisition mask where non-zero means cloud (e.g. CLM)"),
        QStringLiteral("scl|none|band"), QStringLiteral("scl"));
    QStringList classes;
    for (int c : defaults.invalidSclClasses)
        classes << QString::number(c);
    const QCommandLineOption invalidScl(QStringLiteral("invalid-scl"),
                                        tr("SCL classes that are not clear observations"),
                                        QStringLiteral("list"), classes.join(u','));
    const QCommandLineOption indices(QStringLiteral("indices"),
                                     tr("Extra index bands computed per observation (ndvi, ndwi, "
                                        "ndmi); makes the composites float32"),
                                     QStringLiteral("list"));
    const QCommandLineOption flatTile(QStringLiteral("flat-tile-id"),
                                      tr("Tile id for a flat folder of *_<date>_<band>.tif files "
                                         "(default: the folder name); an MGRS id such as "
                                         "T33UVP or letters, digits, _ and -"),
                                      QStringLiteral("id"));
    const QCommandLineOption boaOffset(
        QStringLiteral("boa-offset"),
        tr("BOA_ADD_OFFSET added to the DNs of the reflectance bands of a GeoTIFF-folder or "
           "flat archive: -1000 for exports of processing baseline 04.00 or later (products "
           "since 25 January 2022), 0 for older ones; .SAFE products read theirs from "
           "MTD_MSIL2A.xml"),
        QStringLiteral("DN"), QStringLiteral("0"));
    const QCommandLineOption threads(QStringLiteral("threads"),
                                     tr("Worker threads (default: all cores)"), QStringLiteral("n"),
                                     QStringLiteral("0"));
    const QCommandLineOption quiet(QStringLiteral("quiet"), tr("No progress bar"));
    const QCommandLineOption series(QStringLiteral("series"),
                                    tr("monthly (default): 12 monthly medians; whole: every acquisition "
                                       "date of the period as its own step, cloudy or missing "
                                       "observations interpolated linearly between the valid dates"),
                                    QStringLiteral("monthly|whole"), QStringLiteral("monthly"));
    parser.addOptions({archive, out, tiles, period, bands, mask, invalidScl, indices, flatTile,
                       boaOffset, threads, series, quiet});
    const int early = parseCommandLine(
        parser, arguments,
        tr("Monthly cloud-free median composites per tile: one COG per month, a valid-count "
           "layer and <TILE>_composites.vrt stacking the months. Months without a valid "
           "observation are filled in time and count 0. Ctrl-C cancels and keeps the previous "
           "outputs."));
    if (early >= 0)
        return early;
    if (!parser.isSet(archive) || !parser.isSet(out))
        return failWith(tr("composite needs --archive and --out"));

    core::composite::CompositeOptions options;
    try {
        options.period = core::composite::Period::parse(parser.value(period));
        options.bands = parser.value(bands).toUpper().split(u',', Qt::SkipEmptyParts);
        for (QString &band : options.bands)
            band = band.trimmed();
        const QString maskBand = parser.value(mask).trimmed().toUpper();
        options.maskBand = maskBand == QStringLiteral("NONE") ? QString() : maskBand;
        options.invalidSclClasses = core::composite::parseSclClasses(parser.value(invalidScl));
        options.indices = parser.value(indices).split(u',', Qt::SkipEmptyParts);
        // Tile ids name the output folders and files: checked before anything is written.
        options.tiles = core::checkedTileIds(parser.values(tiles), QStringLiteral("--tile"));
        if (parser.isSet(flatTile))
            options.flatTileId = core::checkedTileId(parser.value(flatTile), QStringLiteral("--flat-tile-id"));
        if (parser.value(series) != QStringLiteral("monthly") && parser.value(series) != QStringLiteral("whole"))
            return failWith(tr("--series takes monthly or whole, not \"%1\"").arg(parser.value(series)));
        options.wholeSeries = parser.value(series) == QStringLiteral("whole");
        bool ok = false;
        options.boaOffset = parser.value(boaOffset).toDouble(&ok);
        if (!ok)
            return failWith(tr("Invalid --boa-offset \"%1\" (a number of DN such as -1000)")
                                .arg(parser.value(boaOffset)));
        options.threads = parser.value(threads).toInt(&ok);
        if (!ok || options.threads < 0)
            return failWith(tr("Invalid --threads \"%1\"").arg(parser.value(threads)));
        options.validate();
    } catch (const core::Error &e) {
        return failWith(e.message());
    }

    core::composite::CompositeJob job(parser.value(archive), parser.value(out), options);
    ConsoleFeedback feedback(parser.isSet(quiet));
    const core::JobResult result = job.run(feedback);
    feedback.finish();
    if (result.status == core::JobResult::Status::Canceled) {
        std::fprintf(stderr, "%s\n",
                     qPrintable(tr("Canceled; the previous outputs are unchanged.")));
        return 130;
    }
    if (!result.succeeded())
        return failWith(result.message);
    for (const core::composite::TileCompositeResult &tile : job.results()) {
        if (options.wholeSeries) {
            std::printf("%s\n", qPrintable(tr("%1: %2 (whole series: %3 dates; %4 skipped)")
                                               .arg(tile.tile, tile.vrtPath)
                                               .arg(tile.acquisitionsPerStep.size())
                                               .arg(tile.skipped.size())));
            continue;
        }
        QStringList perMonth;
        const QStringList labels = options.period.stepLabels();
        for (int s = 0; s < tile.acquisitionsPerStep.size(); ++s)
            perMonth << QStringLiteral("%1:%2").arg(labels[s]).arg(tile.acquisitionsPerStep[s]);
        std::printf("%s\n", qPrintable(tr("%1: %2 (acquisitions per month %3; %4 skipped)")
                                           .arg(tile.tile, tile.vrtPath, perMonth.join(u' '))
                                           .arg(tile.skipped.size())));
    }
    return 0;
}

} // namespace cropmap::app
