// SPDX-License-Identifier: GPL-3.0-or-later
#include "app/language.h"

#include <QCoreApplication>
#include <QLibraryInfo>
#include <QLocale>
#include <QSettings>
#include <QTranslator>

namespace cropmap::ui {

namespace {
const QString kLanguageKey = QStringLiteral("ui/language");
} // namespace

QList<QPair<QString, QString>> Language::available()
{
    return {{QString(), QCoreApplication::translate("cropmap::ui::Language", "System default")},
            {QStringLiteral("en"), QStringLiteral("English")},
            {QStringLiteral("de"), QStringLiteral("Deutsch")},
            {QStringLiteral("it"), QStringLiteral("Italiano")}};
}

QString Language::configured()
{
    return QSettings().value(kLanguageKey).toString();
}

void Language::setConfigured(const QString &code)
{
    QSettings().setValue(kLanguageKey, code);
}

bool Language::install(QTranslator &translator, QTranslator &qtTranslator, const QString &code,
                       const QString &folder)
{
    const QLocale locale = code.isEmpty() ? QLocale() : QLocale(code);
    // Numbers follow the chosen language too: QLocale() and %L1 then print "0,849" in German.
    if (!code.isEmpty())
        QLocale::setDefault(locale);
    // English is the source language: nothing to load.
    if (locale.language() == QLocale::English || locale.language() == QLocale::C)
        return false;
    if (!translator.load(locale, QStringLiteral("cropmap"), QStringLiteral("_"), folder))
        return false;
    QCoreApplication::installTranslator(&translator);
    // Qt's own strings (standard buttons, file dialogs) when the system has them.
    if (qtTranslator.load(locale, QStringLiteral("qtbase"), QStringLiteral("_"),
                          QLibraryInfo::path(QLibraryInfo::TranslationsPath)))
        QCoreApplication::installTranslator(&qtTranslator);
    return true;
}

} // namespace cropmap::ui
