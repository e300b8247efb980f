// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QList>
#include <QPair>
#include <QString>

class QTranslator;

namespace cropmap::ui {

/**
 * \brief The user-interface language: the choice stored in QSettings ("ui/language": empty
 * for the system's language, else "en", "de", "it") and the loading of the translations.
 *
 * Applied at start-up (as QGIS does): widgets built afterwards read their texts through tr().
 */
class Language
{
public:
    //! (code, native name) of each language the GUI offers; the empty code is the system's.
    static QList<QPair<QString, QString>> available();
    //! The stored choice ("" = follow the system).
    static QString configured();
    static void setConfigured(const QString &code);
    /**
     * Loads cropmap_<language>.qm from \a folder into \a translator and Qt's own translations
     * into \a qtTranslator, and installs both. \a code empty: the system locale. English (or a
     * language without translations) installs nothing and returns false.
     */
    static bool install(QTranslator &translator, QTranslator &qtTranslator, const QString &code,
                        const QString &folder = QStringLiteral(":/i18n"));
};

} // namespace cropmap::ui
