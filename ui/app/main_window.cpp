// SPDX-License-Identifier: GPL-3.0-or-later
#include "app/main_window.h"

#include <QApplication>
#include <QFileDialog>
#include <QLabel>
#include <QMenuBar>
#include <QMessageBox>
#include <QSettings>
#include <QStatusBar>
#include <QToolBar>

#include "io/sentinel2_archive.h"
#include "util/error.h"

namespace cropmap::ui {

MainWindow::MainWindow(QWidget *parent)
    : QMainWindow(parent)
{
    setWindowTitle(tr("cropmap"));
    setWindowIcon(QIcon(QStringLiteral(":/icons/cropmap.svg")));
    m_summary = new QLabel(tr("Open a Sentinel-2 archive folder to see its tiles and acquisitions."),
                           this);
    m_summary->setAlignment(Qt::AlignLeft | Qt::AlignTop);
    m_summary->setTextInteractionFlags(Qt::TextSelectableByMouse);
    m_summary->setMargin(12);
    setCentralWidget(m_summary);
    createActions();
    statusBar()->showMessage(tr("Ready"));
    resize(1024, 720);
    QSettings settings;
    restoreGeometry(settings.value(QStringLiteral("mainWindow/geometry")).toByteArray());
}

void MainWindow::createActions()
{
    QMenu *file = menuBar()->addMenu(tr("&File"));
    QAction *open = file->addAction(tr("&Open archive…"), this, [this] {
        const QString dir = QFileDialog::getExistingDirectory(this, tr("Open Sentinel-2 archive"));
        if (!dir.isEmpty())
            openPath(dir);
    });
    open->setShortcut(QKeySequence::Open);
    file->addSeparator();
    QAction *quit = file->addAction(tr("&Quit"), this, &QWidget::close);
    quit->setShortcut(QKeySequence::Quit);
    QMenu *help = menuBar()->addMenu(tr("&Help"));
    help->addAction(tr("&About cropmap"), this, &MainWindow::showAbout);
    QToolBar *toolbar = addToolBar(tr("Project"));
    toolbar->setObjectName(QStringLiteral("projectToolbar"));
    toolbar->addAction(open);
}

bool MainWindow::openPath(const QString &path)
{
    try {
        const core::io::Sentinel2Archive archive = core::io::Sentinel2Archive::open(path);
        m_summary->setText(archive.describe());
        statusBar()->showMessage(tr("Opened %1").arg(path));
        return true;
    } catch (const core::Error &e) {
        QMessageBox::warning(this, tr("Cannot open"), e.message());
        return false;
    }
}

void MainWindow::showAbout()
{
    QMessageBox::about(this, tr("About cropmap"),
                       tr("<b>cropmap</b> %1<br>Crop-type maps from Sentinel-2 time series and "
                          "farmers' declarations.")
                           .arg(QCoreApplication::applicationVersion()));
}

} // namespace cropmap::ui
