// SPDX-License-Identifier: GPL-3.0-or-later
#include <cstdio>

#include <QCoreApplication>
#include <QLibraryInfo>
#include <QLocale>
#include <QTranslator>

#include "cli/cli_command.h"
#include "io/gdal_handles.h"

namespace {

void printUsage()
{
    std::printf("%s\n\n", qPrintable(QCoreApplication::translate(
                              "cropmap::app",
                              "Usage: cropmap <command> [options]\n\nCrop-type maps from "
                              "Sentinel-2 time series and farmers' declarations.")));
    std::printf("%s\n", qPrintable(QCoreApplication::translate("cropmap::app", "Commands:")));
    for (const auto &command : cropmap::app::cliCommands())
        std::printf("  %-12s %s\n", qPrintable(command.name), qPrintable(command.summary));
    std::printf("\n%s\n", qPrintable(QCoreApplication::translate(
                              "cropmap::app", "Run 'cropmap <command> --help' for its options.")));
}

} // namespace

int main(int argc, char *argv[])
{
    QCoreApplication app(argc, argv);
    QCoreApplication::setApplicationName(QStringLiteral("cropmap"));
    QCoreApplication::setOrganizationName(QStringLiteral("cropmap"));
    QCoreApplication::setApplicationVersion(QStringLiteral(CROPMAP_VERSION));
    QTranslator translator;
    if (translator.load(QLocale(), QStringLiteral("cropmap"), QStringLiteral("_"),
                        QStringLiteral(":/i18n")))
        QCoreApplication::installTranslator(&translator);
    cropmap::core::io::ensureGdalRegistered();
    cropmap::core::io::configureGdalCache({}); // `run` sets it again from the project's budget

    const QStringList arguments = QCoreApplication::arguments();
    if (arguments.size() < 2 || arguments[1] == QStringLiteral("--help")
        || arguments[1] == QStringLiteral("-h") || arguments[1] == QStringLiteral("help")) {
        printUsage();
        return arguments.size() < 2 ? 1 : 0;
    }
    if (arguments[1] == QStringLiteral("--version")) {
        std::printf("cropmap %s\n", CROPMAP_VERSION);
        return 0;
    }
    for (const auto &command : cropmap::app::cliCommands()) {
        if (command.name == arguments[1]) {
            QStringList rest = arguments.mid(2);
            rest.prepend(QStringLiteral("cropmap ") + command.name);
            return command.run(rest);
        }
    }
    std::fprintf(stderr, "cropmap: unknown command '%s'\n\n", qPrintable(arguments[1]));
    printUsage();
    return 1;
}
