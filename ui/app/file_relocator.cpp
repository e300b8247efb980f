// SPDX-License-Identifier: GPL-3.0-or-later
#include "app/file_relocator.h"

#include <QCoreApplication>
#include <QDir>
#include <QFileDialog>
#include <QFileInfo>
#include <QMessageBox>

namespace cropmap::ui {

namespace {

FileRelocator::Chooser &chooser()
{
    static FileRelocator::Chooser instance;
    return instance;
}

QString askForFolder(QWidget *parent, const QString &missingFile)
{
    const QString title = QCoreApplication::translate("cropmap::ui::FileRelocator", "File not found");
    const QString question = QCoreApplication::translate("cropmap::ui::FileRelocator",
                                                         "The project names \"%1\", which is not there any more. "
                                                         "Locate the folder that holds it now?")
                                 .arg(missingFile);
    if (QMessageBox::question(parent, title, question) != QMessageBox::Yes)
        return {};
    return QFileDialog::getExistingDirectory(
        parent,
        QCoreApplication::translate("cropmap::ui::FileRelocator", "Folder holding %1")
            .arg(QFileInfo(missingFile).fileName()),
        QFileInfo(missingFile).absolutePath());
}

} // namespace

void FileRelocator::setChooser(Chooser chooser_)
{
    chooser() = std::move(chooser_);
}

FileRelocator::FileRelocator(QWidget *parent)
    : m_parent(parent)
{}

QString FileRelocator::locate(const QString &path)
{
    if (path.isEmpty() || QFileInfo::exists(path))
        return path;
    const QFileInfo info(path);
    const QString oldFolder = info.absolutePath();
    if (!m_folders.contains(oldFolder)) {
        ++m_asked;
        const QString folder = chooser() ? chooser()(m_parent, path) : askForFolder(m_parent, path);
        m_folders.insert(oldFolder, folder);
    }
    const QString folder = m_folders.value(oldFolder);
    if (folder.isEmpty())
        return path;
    const QString moved = QDir(folder).filePath(info.fileName());
    return QFileInfo::exists(moved) ? moved : path;
}

} // namespace cropmap::ui
