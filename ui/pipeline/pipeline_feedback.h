// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QObject>

#include "util/feedback.h"

namespace cropmap::ui {

/**
 * \brief A core Feedback that turns a job's progress and log lines into Qt signals.
 *
 * Created on the GUI thread and handed to a job on a worker thread (as QGIS does with
 * QgsFeedback): the signals are emitted on the worker, so connections to widgets are queued;
 * cancel() may be called from any thread.
 */
class PipelineFeedback : public QObject, public core::Feedback
{
    Q_OBJECT

public:
    explicit PipelineFeedback(QObject *parent = nullptr)
        : QObject(parent)
    {}

Q_SIGNALS:
    void progressChanged(double fraction, const QString &message);
    void logged(const QString &message);

protected:
    void onProgress(double fraction, const QString &message) override
    {
        Q_EMIT progressChanged(fraction, message);
    }
    void onLog(const QString &message) override { Q_EMIT logged(message); }
};

} // namespace cropmap::ui
