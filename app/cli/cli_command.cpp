// SPDX-License-Identifier: GPL-3.0-or-later
#include "cli/cli_command.h"

#include <cstdio>

#include <QCoreApplication>

namespace cropmap::app {

const std::vector<CliCommand> &cliCommands()
{
    static const std::vector<CliCommand> commands = {
        {QStringLiteral("run"),
         QCoreApplication::translate("cropmap::app",
                                     "Run the whole method for a project file, skipping "
                                     "up-to-date steps"),
         runRun},
        {QStringLiteral("select"),
         QCoreApplication::translate("cropmap::app",
                                     "Reliable-sample selection on its own: judge the pool with the "
                                     "weak model, keep the reliable pixels, draw the final training set"),
         runSelect},
        {QStringLiteral("check"),
         QCoreApplication::translate("cropmap::app",
                                     "Check every declared parcel against the map: agrees, doubtful, "
                                     "disagrees or too small, as a styled GeoPackage and a summary"),
         runCheck},
        {QStringLiteral("experiment"),
         QCoreApplication::translate("cropmap::app",
                                     "Rerun the seed's comparisons on a project: table1 (training "
                                     "area), table2 (LSTM vs baselines), table3 (cleaning rules)"),
         runExperiment},
        {QStringLiteral("inspect"),
         QCoreApplication::translate("cropmap::app",
                                     "List the tiles, grids, acquisitions per month and bands "
                                     "of a Sentinel-2 archive"),
         runInspect},
        {QStringLiteral("composite"),
         QCoreApplication::translate("cropmap::app",
                                     "Monthly cloud-free median composites per tile (COGs, "
                                     "valid counts, a VRT stack)"),
         runComposite},
        {QStringLiteral("evaluate"),
         QCoreApplication::translate("cropmap::app",
                                     "Compare a class map with a reference raster and write the "
                                     "accuracy report (JSON, CSV, HTML)"),
         runEvaluate},
        {QStringLiteral("synth"),
         QCoreApplication::translate("cropmap::app",
                                     "Generate a deterministic synthetic study area (tiles, "
                                     "clouds, parcels, truth)"),
         runSynth},
        {QStringLiteral("legend"),
         QCoreApplication::translate("cropmap::app",
                                     "Legend aggregation tables: list declared values (init), draft "
                                     "from a crop taxonomy (propose), print (show)"),
         runLegend},
        {QStringLiteral("rasterize"),
         QCoreApplication::translate("cropmap::app",
                                     "Rasterize declared parcels onto a tile grid and erode parcel borders"),
         runRasterize},
        {QStringLiteral("split"),
         QCoreApplication::translate("cropmap::app",
                                     "Cut a tile into 10 × 10 patches assigned to train/validation/test"),
         runSplit},
        {QStringLiteral("sample"),
         QCoreApplication::translate("cropmap::app",
                                     "Draw the stratified weak training, validation and test sample sets"),
         runSample},
        {QStringLiteral("train"),
         QCoreApplication::translate("cropmap::app",
                                     "Train a crop classifier (two stages, grid search, data-parallel)"),
         runTrain},
        {QStringLiteral("model-info"),
         QCoreApplication::translate("cropmap::app",
                                     "Print a model file's architecture, inputs, classes and training"),
         runModelInfo},
        {QStringLiteral("classify"),
         QCoreApplication::translate("cropmap::app",
                                     "Map whole tiles with a trained model: class and posterior maps"),
         runClassify},
        {QStringLiteral("samples"), QCoreApplication::translate("cropmap::app", "Export sample sets as CSV tables and import CSV tables (date- or band-major) as sample sets"), runSamples},
        {QStringLiteral("forest"), QCoreApplication::translate("cropmap::app", "Train the random-forest baseline and evaluate it on labelled samples"), runForest},
    };
    return commands;
}

int parseCommandLine(QCommandLineParser &parser, const QStringList &arguments,
                     const QString &description)
{
    parser.setApplicationDescription(description);
    parser.addHelpOption();
    if (!parser.parse(arguments))
        return failWith(parser.errorText());
    if (parser.isSet(QStringLiteral("help"))) {
        // QCommandLineParser names the executable's path in its usage line; users type
        // "cropmap <command>", which the dispatcher passes as arguments[0].
        QString help = parser.helpText();
        const QString program = QCoreApplication::arguments().value(0);
        if (!arguments.isEmpty() && !program.isEmpty())
            help.replace(help.indexOf(program), program.size(), arguments[0]);
        std::fputs(qPrintable(help), stdout);
        return 0;
    }
    return -1;
}

int failWith(const QString &message)
{
    std::fprintf(stderr, "cropmap: error: %s\n", qPrintable(message));
    return 1;
}

} // namespace cropmap::app
