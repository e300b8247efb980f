// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <functional>
#include <vector>

#include <QCommandLineParser>
#include <QCoreApplication>
#include <QString>
#include <QStringList>

namespace cropmap::app {

/** The command line's texts, in the context "cropmap::app" of the shared .ts files. One
 *  translator for every command, named tr so that lupdate finds each call (a local copy named
 *  t once kept 88 texts out of the translations). */
inline QString tr(const char *text)
{
    return QCoreApplication::translate("cropmap::app", text);
}

/** \brief A subcommand of the `cropmap` CLI: its name, one-line summary and entry point. */
struct CliCommand
{
    QString name;
    QString summary;
    //! Receives the arguments after the subcommand name (argv[0] is "cropmap <name>").
    std::function<int(const QStringList &arguments)> run;
};

/** Every subcommand, in the order `cropmap --help` lists them. */
const std::vector<CliCommand> &cliCommands();

/**
 * Parses \a arguments with \a parser (adding --help); prints errors and help itself.
 * Returns -1 when the command should go on, otherwise the exit code to return.
 */
int parseCommandLine(QCommandLineParser &parser, const QStringList &arguments,
                     const QString &description);

/** Prints \a message to stderr as "cropmap: error: …" and returns exit code 1. */
int failWith(const QString &message);

// One function per subcommand, each in its own file.
int runInspect(const QStringList &arguments);
int runComposite(const QStringList &arguments);
int runEvaluate(const QStringList &arguments);
int runSynth(const QStringList &arguments);
int runLegend(const QStringList &arguments);
int runRasterize(const QStringList &arguments);
int runSplit(const QStringList &arguments);
int runSample(const QStringList &arguments);
int runTrain(const QStringList &arguments);
int runModelInfo(const QStringList &arguments);
int runSamples(const QStringList &arguments);
int runForest(const QStringList &arguments);
int runClassify(const QStringList &arguments);
int runRun(const QStringList &arguments);
int runExperiment(const QStringList &arguments);
int runSelect(const QStringList &arguments);
int runCheck(const QStringList &arguments);

} // namespace cropmap::app
