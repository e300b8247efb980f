// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <stdexcept>

#include <QString>

namespace cropmap::core {

/**
 * \brief The one exception type core throws for bad input and failed I/O.
 *
 * The message is user-visible and names the file and what is wrong with it. Job::run()
 * turns it into a Failed result, so it never crosses a thread or signal boundary.
 */
class Error : public std::runtime_error
{
public:
    explicit Error(const QString &message)
        : std::runtime_error(message.toStdString())
        , m_message(message)
    {}

    const QString &message() const noexcept { return m_message; }

private:
    QString m_message;
};

/** \brief Thrown by long operations when their Feedback was canceled. */
class Canceled : public std::runtime_error
{
public:
    Canceled()
        : std::runtime_error("canceled")
    {}
};

} // namespace cropmap::core
