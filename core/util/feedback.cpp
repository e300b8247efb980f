// SPDX-License-Identifier: GPL-3.0-or-later
#include "util/feedback.h"

#include <algorithm>

#include "util/error.h"

namespace cropmap::core {

void Feedback::throwIfCanceled() const
{
    if (isCanceled())
        throw Canceled();
}

void Feedback::setProgress(double fraction)
{
    QString message;
    {
        std::lock_guard lock(m_messageMutex);
        message = m_lastMessage;
    }
    const double clamped = std::clamp(fraction, 0.0, 1.0);
    const int permille = static_cast<int>(clamped * 1000.0);
    if (m_lastPermille.exchange(permille) != permille)
        onProgress(clamped, message);
}

void Feedback::setProgress(double fraction, const QString &message)
{
    bool messageChanged = false;
    {
        std::lock_guard lock(m_messageMutex);
        messageChanged = message != m_lastMessage;
        m_lastMessage = message;
    }
    const double clamped = std::clamp(fraction, 0.0, 1.0);
    const int permille = static_cast<int>(clamped * 1000.0);
    if (m_lastPermille.exchange(permille) != permille || messageChanged)
        onProgress(clamped, message);
}

void Feedback::log(const QString &message)
{
    onLog(message);
}

void Feedback::onProgress(double, const QString &) {}

void Feedback::onLog(const QString &) {}

} // namespace cropmap::core
