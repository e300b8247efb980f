// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <functional>

#include <QString>

class QWidget;

namespace cropmap::ui {

/**
 * \brief The one way the GUI tells the user that something failed: a warning message box
 * naming the file and the problem.
 *
 * Tests install a handler that records the message instead, so nothing blocks offscreen.
 */
class ErrorReporter
{
public:
    using Handler = std::function<void(QWidget *parent, const QString &title,
                                       const QString &message)>;

    /** Shows \a message (already translated) to the user. */
    static void report(QWidget *parent, const QString &title, const QString &message);
    /** Replaces the message box by \a handler; an empty handler restores the message box. */
    static void setHandler(Handler handler);
};

} // namespace cropmap::ui
