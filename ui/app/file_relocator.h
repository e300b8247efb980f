// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <functional>

#include <QHash>
#include <QString>

class QWidget;

namespace cropmap::ui {

/**
 * \brief Finds the files of a project that have moved (issue 7, "Bad input").
 *
 * For a missing file it asks once for the folder that now holds it; the old folder is then
 * mapped to the new one, so the other files of a moved data folder are found without asking
 * again. Saving the project afterwards writes the new paths.
 */
class FileRelocator
{
public:
    /** Asks for the folder now holding \a missingFile; an empty result gives up on it. */
    using Chooser = std::function<QString(QWidget *parent, const QString &missingFile)>;
    /** Replaces the question and the folder dialog (tests); an empty function restores them. */
    static void setChooser(Chooser chooser);

    explicit FileRelocator(QWidget *parent);

    /** \a path when it exists; else the same file name in the folder it was moved to; else
     *  \a path unchanged (the caller reports it missing). */
    QString locate(const QString &path);
    int questionsAsked() const { return m_asked; }

private:
    QWidget *m_parent;
    QHash<QString, QString> m_folders; //!< old folder → new folder ("" = the user gave up)
    int m_asked = 0;
};

} // namespace cropmap::ui
