// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QElapsedTimer>

#include "util/feedback.h"

namespace cropmap::app {

/**
 * \brief Draws a job's progress as a one-line bar on stderr and cancels it on Ctrl-C.
 *
 * Install one per command run; SIGINT and SIGTERM set the cancel flag (the job stops at its
 * next check and removes its temporary outputs) instead of killing the process.
 */
class ConsoleFeedback final : public core::Feedback
{
public:
    explicit ConsoleFeedback(bool quiet = false);
    ~ConsoleFeedback() override;

    bool isCanceled() const noexcept override;
    /** Ends the progress line (call before printing results). */
    void finish();

protected:
    void onProgress(double fraction, const QString &message) override;
    void onLog(const QString &message) override;

private:
    bool m_quiet;
    bool m_lineOpen = false;
    QElapsedTimer m_clock;
    qint64 m_lastDraw = -1000;
};

} // namespace cropmap::app
