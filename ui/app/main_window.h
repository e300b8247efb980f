// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QMainWindow>

class QLabel;

namespace cropmap::ui {

/**
 * \brief The cropmap-gui main window: menus, toolbar, status bar and the central view.
 */
class MainWindow : public QMainWindow
{
    Q_OBJECT

public:
    explicit MainWindow(QWidget *parent = nullptr);

    /** Opens a project or data folder; returns false (after telling the user) on failure. */
    bool openPath(const QString &path);

private:
    void createActions();
    void showAbout();

    QLabel *m_summary = nullptr;
};

} // namespace cropmap::ui
