// SPDX-License-Identifier: GPL-3.0-or-later
#include <cstdio>

#include <QCoreApplication>
#include <QElapsedTimer>

#include "cli/cli_command.h"
#include "cli/console_feedback.h"
#include "synth/scene_job.h"

namespace cropmap::app {

namespace {

// Parses "40,70,40" into positive counts; empty on a malformed list.
std::vector<int> parseCounts(const QString &text)
{
    std::vector<int> counts;
    for (const QString &part : text.split(u',', Qt::SkipEmptyParts)) {
        bool ok = false;
        const int count = part.trimmed().toInt(&ok);
        if (!ok || count < 1)
            return {};
        counts.push_back(count);
    }
    return counts;
}

} // namespace

int runSynth(const QStringList &arguments)
{
    const core::synth::SceneOptions defaults;
    QCommandLineParser parser;
    const QCommandLineOption out(QStringLiteral("out"), tr("Output folder of the scene (required)"),
                                 QStringLiteral("dir"));
    const QCommandLineOption seed(QStringLiteral("seed"), tr("Random seed (default %1)").arg(defaults.seed),
                                  QStringLiteral("n"), QString::number(defaults.seed));
    const QCommandLineOption tiles(QStringLiteral("tiles"),
                                   tr("Number of adjacent tiles, 1…6 (default %1: T33UUP, T33UVP, "
                                      "T33UWP)")
                                       .arg(defaults.tiles),
                                   QStringLiteral("n"), QString::number(defaults.tiles));
    const QCommandLineOption size(QStringLiteral("size"),
                                  tr("Tile side in 10 m pixels, even (default %1)").arg(defaults.size),
                                  QStringLiteral("px"), QString::number(defaults.size));
    const QCommandLineOption acquisitions(
        QStringLiteral("acquisitions"),
        tr("Acquisitions per tile between 2017-09-01 and 2018-08-31, comma-separated; the last "
           "count repeats for further tiles (default 40,70,40)"),
        QStringLiteral("list"), QStringLiteral("40,70,40"));
    const QCommandLineOption wrong(QStringLiteral("wrong"),
                                   tr("Share of crop parcels declared as another class (default %1)")
                                       .arg(defaults.wrongShare),
                                   QStringLiteral("share"), QString::number(defaults.wrongShare));
    const QCommandLineOption overlap(QStringLiteral("overlap"),
                                     tr("Columns neighbouring tiles share, even and below half the "
                                        "tile side (default 0: edge to edge; real tiles overlap by "
                                        "about 10 km)"),
                                     QStringLiteral("px"), QStringLiteral("0"));
    const QCommandLineOption layout(QStringLiteral("layout"),
                                    tr("Archive layout: tiff (<TILE>/<YYYYMMDD>/<BAND>.tif, "
                                       "default) or safe (L2A .SAFE products, JPEG 2000 bands)"),
                                    QStringLiteral("layout"), QStringLiteral("tiff"));
    const QCommandLineOption fieldSize(QStringLiteral("field-size"),
                                       tr("Mean field spacing in pixels (default: 40 at 512 px, "
                                          "smaller for smaller tiles)"),
                                       QStringLiteral("px"), QStringLiteral("0"));
    const QCommandLineOption parcelsEpsg(QStringLiteral("parcels-epsg"),
                                         tr("CRS of parcels.gpkg: 32633 (default) or 31287 "
                                            "(MGI / Austria Lambert)"),
                                         QStringLiteral("code"), QStringLiteral("32633"));
    const QCommandLineOption threads(QStringLiteral("threads"),
                                     tr("Worker threads (default 0: all cores)"), QStringLiteral("n"),
                                     QStringLiteral("0"));
    const QCommandLineOption force(QStringLiteral("force"),
                                   tr("Replace the output folder if it exists"));
    parser.addOptions({out, seed, tiles, size, overlap, acquisitions, wrong, layout, fieldSize, parcelsEpsg,
                       threads, force});
    const int early = parseCommandLine(
        parser, arguments,
        tr("Generate a deterministic synthetic Sentinel-2 study area: adjacent tiles with their "
           "own acquisition dates (10 bands and SCL with clouds and shadows), parcels with "
           "INVEKOS-like declarations (some wrong) in parcels.gpkg, the true class per pixel in "
           "truth/, legend.json and scene.json. The same options give the same files."));
    if (early >= 0)
        return early;
    if (!parser.isSet(out))
        return failWith(tr("synth needs --out DIR"));

    core::synth::SceneOptions options;
    options.outputFolder = parser.value(out);
    bool ok = true;
    auto number = [&](const QCommandLineOption &option, auto parse) {
        bool good = false;
        const auto value = parse(parser.value(option), &good);
        if (!good)
            ok = false;
        return value;
    };
    options.seed = number(seed, [](const QString &s, bool *g) { return s.toULongLong(g); });
    options.tiles = number(tiles, [](const QString &s, bool *g) { return s.toInt(g); });
    options.size = number(size, [](const QString &s, bool *g) { return s.toInt(g); });
    options.overlap = number(overlap, [](const QString &s, bool *g) { return s.toInt(g); });
    options.wrongShare = number(wrong, [](const QString &s, bool *g) { return s.toDouble(g); });
    options.fieldSize = number(fieldSize, [](const QString &s, bool *g) { return s.toDouble(g); });
    options.parcelsEpsg = number(parcelsEpsg, [](const QString &s, bool *g) { return s.toInt(g); });
    options.threads = number(threads, [](const QString &s, bool *g) { return s.toInt(g); });
    if (!ok)
        return failWith(tr("synth: --seed, --tiles, --size, --overlap, --wrong, --field-size, --parcels-epsg "
                           "and --threads take numbers"));
    options.acquisitions = parseCounts(parser.value(acquisitions));
    if (options.acquisitions.empty())
        return failWith(tr("synth: --acquisitions takes positive counts separated by commas, "
                           "e.g. 40,70,40"));
    const QString layoutName = parser.value(layout).toLower();
    if (layoutName != QStringLiteral("tiff") && layoutName != QStringLiteral("safe"))
        return failWith(tr("synth: --layout is tiff or safe, not \"%1\"").arg(parser.value(layout)));
    options.layout = layoutName == QStringLiteral("safe") ? core::synth::SceneOptions::Layout::Safe
                                                          : core::synth::SceneOptions::Layout::Tiff;
    options.overwrite = parser.isSet(force);

    core::synth::SceneJob job(options);
    ConsoleFeedback feedback;
    QElapsedTimer clock;
    clock.start();
    const core::JobResult result = job.run(feedback);
    feedback.finish();
    if (result.status == core::JobResult::Status::Canceled)
        return failWith(tr("canceled; nothing was written"));
    if (!result.succeeded())
        return failWith(result.message);
    const core::synth::SceneSummary &s = job.summary();
    std::printf("%s\n", qPrintable(tr("Scene %1: %2 tiles, %3 acquisitions (%4 files), %5 parcels "
                                      "(%6 wrongly declared), %7 background cells, %8 s")
                                       .arg(s.folder)
                                       .arg(options.tiles)
                                       .arg(s.acquisitions)
                                       .arg(s.files)
                                       .arg(s.parcels)
                                       .arg(s.wrongDeclarations)
                                       .arg(s.backgroundCells)
                                       .arg(clock.elapsed() / 1000.0, 0, 'f', 1)));
    return 0;
}

} // namespace cropmap::app
