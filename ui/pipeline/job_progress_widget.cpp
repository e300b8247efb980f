// SPDX-License-Identifier: GPL-3.0-or-later
#include "pipeline/job_progress_widget.h"

#include <QHBoxLayout>
#include <QLabel>
#include <QProgressBar>
#include <QPushButton>
#include <QTime>
#include <QTimer>
#include <QVBoxLayout>

#include "pipeline/pipeline_feedback.h"

namespace cropmap::ui {

using core::JobResult;

JobProgressWidget::JobProgressWidget(QWidget *parent)
    : QWidget(parent)
{
    m_progress = new QProgressBar(this);
    m_progress->setRange(0, 1000);
    m_progress->setValue(0);
    m_progress->setTextVisible(false);
    m_cancel = new QPushButton(tr("Cancel"), this);
    m_cancel->setEnabled(false);
    m_message = new QLabel(this);
    m_message->setWordWrap(true);
    m_time = new QLabel(this);
    auto *bar = new QHBoxLayout;
    bar->addWidget(m_progress, 1);
    bar->addWidget(m_cancel);
    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addLayout(bar);
    layout->addWidget(m_message);
    layout->addWidget(m_time);
    m_clock = new QTimer(this);
    m_clock->setInterval(500);
    connect(m_clock, &QTimer::timeout, this, &JobProgressWidget::updateTime);
    connect(m_cancel, &QPushButton::clicked, this, &JobProgressWidget::cancel);
    hideEmptyLines();
}

void JobProgressWidget::hideEmptyLines()
{
    // An idle widget is the bar alone, not the bar above two blank lines.
    m_message->setHidden(m_message->text().isEmpty());
    m_time->setHidden(m_time->text().isEmpty());
}

QString JobProgressWidget::formatDuration(qint64 milliseconds)
{
    return QTime(0, 0).addMSecs(milliseconds).toString(milliseconds >= 3600000 ? QStringLiteral("h:mm:ss")
                                                                                  : QStringLiteral("m:ss"));
}

void JobProgressWidget::start(PipelineFeedback *feedback, const QString &message)
{
    m_feedback = feedback;
    connect(feedback, &PipelineFeedback::progressChanged, this, [this](double fraction, const QString &text) {
        m_fraction = fraction;
        m_progress->setValue(int(fraction * 1000));
        m_message->setText(text);
        updateTime();
        hideEmptyLines();
    });
    m_fraction = 0;
    m_progress->setValue(0);
    m_message->setText(message);
    m_elapsed.start();
    m_clock->start();
    m_cancel->setEnabled(true);
    updateTime();
    hideEmptyLines();
}

void JobProgressWidget::finish(const JobResult &result, const QString &canceledText)
{
    m_clock->stop();
    if (m_feedback)
        disconnect(m_feedback, nullptr, this, nullptr);
    m_feedback.clear();
    m_cancel->setEnabled(false);
    const QString elapsed = formatDuration(m_elapsed.elapsed());
    switch (result.status) {
    case JobResult::Status::Succeeded:
        m_progress->setValue(1000);
        m_message->setText(tr("Finished in %1").arg(elapsed));
        break;
    case JobResult::Status::Canceled:
        m_message->setText(canceledText.isEmpty() ? tr("Canceled after %1").arg(elapsed) : canceledText.arg(elapsed));
        break;
    case JobResult::Status::Failed:
        m_message->setText(result.message);
        break;
    }
    m_time->clear();
    hideEmptyLines();
}

bool JobProgressWidget::cancel()
{
    if (!m_feedback)
        return false;
    m_feedback->cancel();
    m_message->setText(tr("Cancelling…"));
    hideEmptyLines();
    Q_EMIT cancelRequested();
    return true;
}

void JobProgressWidget::setMessage(const QString &message)
{
    m_message->setText(message);
    hideEmptyLines();
}

QString JobProgressWidget::message() const
{
    return m_message->text();
}

QString JobProgressWidget::timeText() const
{
    return m_time->text();
}

void JobProgressWidget::updateTime()
{
    if (!isRunning())
        return;
    const qint64 elapsed = m_elapsed.elapsed();
    QString text = tr("Elapsed %1").arg(formatDuration(elapsed));
    // A remaining time from the first percent on; before that it is noise.
    if (m_fraction > 0.01)
        text += tr(", about %1 left").arg(formatDuration(qint64(double(elapsed) * (1 - m_fraction) / m_fraction)));
    m_time->setText(text);
    hideEmptyLines();
}

} // namespace cropmap::ui
