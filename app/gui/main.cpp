// SPDX-License-Identifier: GPL-3.0-or-later
#include <QApplication>
#include <QLocale>
#include <QSettings>
#include <QTranslator>

#include "app/main_window.h"
#include "io/gdal_handles.h"

int main(int argc, char *argv[])
{
    QApplication app(argc, argv);
    QApplication::setApplicationName(QStringLiteral("cropmap"));
    QApplication::setOrganizationName(QStringLiteral("cropmap"));
    QApplication::setApplicationVersion(QStringLiteral(CROPMAP_VERSION));
    QTranslator translator;
    const QString language = QSettings().value(QStringLiteral("ui/language")).toString();
    const QLocale locale = language.isEmpty() ? QLocale() : QLocale(language);
    if (translator.load(locale, QStringLiteral("cropmap"), QStringLiteral("_"),
                        QStringLiteral(":/i18n")))
        QApplication::installTranslator(&translator);
    cropmap::core::io::ensureGdalRegistered();

    cropmap::ui::MainWindow window;
    window.show();
    if (argc > 1)
        window.openPath(QString::fromLocal8Bit(argv[1]));
    return app.exec();
}
