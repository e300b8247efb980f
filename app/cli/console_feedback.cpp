// SPDX-License-Identifier: GPL-3.0-or-later
#include "cli/console_feedback.h"

#include <atomic>
#include <csignal>
#include <cstdio>
#include <mutex>

#include <QString>

namespace cropmap::app {

namespace {

std::atomic<bool> s_interrupted{false};
std::mutex s_printMutex;

extern "C" void onInterrupt(int)
{
    s_interrupted.store(true);
}

QString formatDuration(qint64 ms)
{
    const qint64 s = ms / 1000;
    return QStringLiteral("%1:%2").arg(s / 60).arg(s % 60, 2, 10, QLatin1Char('0'));
}

} // namespace

ConsoleFeedback::ConsoleFeedback(bool quiet)
    : m_quiet(quiet)
{
    s_interrupted.store(false);
    std::signal(SIGINT, onInterrupt);
    std::signal(SIGTERM, onInterrupt);
    m_clock.start();
}

ConsoleFeedback::~ConsoleFeedback()
{
    finish();
    std::signal(SIGINT, SIG_DFL);
    std::signal(SIGTERM, SIG_DFL);
}

bool ConsoleFeedback::isCanceled() const noexcept
{
    return s_interrupted.load() || Feedback::isCanceled();
}

void ConsoleFeedback::finish()
{
    std::lock_guard lock(s_printMutex);
    if (m_lineOpen)
        std::fputc('\n', stderr);
    m_lineOpen = false;
}

void ConsoleFeedback::onProgress(double fraction, const QString &message)
{
    if (m_quiet)
        return;
    const qint64 now = m_clock.elapsed();
    std::lock_guard lock(s_printMutex);
    // Redraw at most 10 times a second, but always show the end.
    if (now - m_lastDraw < 100 && fraction < 1.0)
        return;
    m_lastDraw = now;
    constexpr int kWidth = 30;
    const int filled = static_cast<int>(fraction * kWidth);
    QString bar = QString(filled, QLatin1Char('#')) + QString(kWidth - filled, QLatin1Char('.'));
    QString eta;
    if (fraction > 0.01 && fraction < 1.0)
        eta = QStringLiteral(" ETA %1").arg(formatDuration(qint64(now * (1 - fraction) / fraction)));
    const QString line = QStringLiteral("\r[%1] %2% %3%4 %5")
                             .arg(bar)
                             .arg(fraction * 100.0, 5, 'f', 1)
                             .arg(formatDuration(now), eta, message.left(60));
    std::fprintf(stderr, "%-120s", qPrintable(line));
    std::fflush(stderr);
    m_lineOpen = true;
}

void ConsoleFeedback::onLog(const QString &message)
{
    std::lock_guard lock(s_printMutex);
    if (m_lineOpen)
        std::fputc('\n', stderr);
    m_lineOpen = false;
    std::fprintf(stderr, "%s\n", qPrintable(message));
}

} // namespace cropmap::app
