// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QElapsedTimer>
#include <QPointer>
#include <QWidget>

#include "util/job.h"

class QLabel;
class QProgressBar;
class QPushButton;
class QTimer;

namespace cropmap::ui {

class PipelineFeedback;

/**
 * \brief How a job on a worker thread looks in a dock: a progress bar with a Cancel button,
 * the job's current message, and the elapsed and remaining time; when it ends, how it ended.
 *
 * Shared by the Pipeline and Experiments docks so both report a run the same way. It only
 * reads the job's PipelineFeedback (queued signals) and cancels through it; the dock owns
 * the job and the feedback.
 */
class JobProgressWidget : public QWidget
{
    Q_OBJECT

public:
    explicit JobProgressWidget(QWidget *parent = nullptr);

    /** Follows \a feedback from now on, starting the clock at 0 and showing \a message. */
    void start(PipelineFeedback *feedback, const QString &message);
    /**
     * The job returned \a result: stops the clock and says how it ended ("Finished in …",
     * \a canceledText with the elapsed time as %1, or the error message).
     */
    void finish(const core::JobResult &result, const QString &canceledText = QString());
    //! Asks the job to stop (what Cancel does); false when none runs.
    bool cancel();
    bool isRunning() const { return !m_feedback.isNull(); }

    void setMessage(const QString &message);
    QString message() const;
    //! The "Elapsed m:ss, about m:ss left" line (empty when idle).
    QString timeText() const;
    QPushButton *cancelButton() const { return m_cancel; }
    QLabel *messageLabel() const { return m_message; }
    QProgressBar *progressBar() const { return m_progress; }

    static QString formatDuration(qint64 milliseconds);

Q_SIGNALS:
    //! Cancel was pressed while a job ran.
    void cancelRequested();

private:
    void updateTime();
    /** Hides the message and time lines while they are empty. */
    void hideEmptyLines();

    QProgressBar *m_progress = nullptr;
    QPushButton *m_cancel = nullptr;
    QLabel *m_message = nullptr;
    QLabel *m_time = nullptr;
    QTimer *m_clock = nullptr;
    QElapsedTimer m_elapsed;
    double m_fraction = 0;
    QPointer<PipelineFeedback> m_feedback;
};

} // namespace cropmap::ui
