// SPDX-License-Identifier: GPL-3.0-or-later
#include "app/error_reporter.h"

#include <QMessageBox>

namespace cropmap::ui {

namespace {
ErrorReporter::Handler &handler()
{
    static ErrorReporter::Handler instance;
    return instance;
}
} // namespace

void ErrorReporter::report(QWidget *parent, const QString &title, const QString &message)
{
    qWarning("%s: %s", qUtf8Printable(title), qUtf8Printable(message));
    if (handler())
        handler()(parent, title, message);
    else
        QMessageBox::warning(parent, title, message);
}

void ErrorReporter::setHandler(Handler newHandler)
{
    handler() = std::move(newHandler);
}

} // namespace cropmap::ui
