// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QDialog>

class QComboBox;

namespace cropmap::ui {

/**
 * \brief Preferences: the user-interface language (system default, English, Deutsch,
 * Italiano), stored in QSettings and applied when cropmap-gui starts next.
 */
class PreferencesDialog : public QDialog
{
    Q_OBJECT

public:
    explicit PreferencesDialog(QWidget *parent = nullptr);

    QComboBox *languageCombo() const { return m_language; }
    //! Stores the choices (called on OK).
    void apply();

private:
    QComboBox *m_language = nullptr;
};

} // namespace cropmap::ui
