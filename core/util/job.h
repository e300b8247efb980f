// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QCoreApplication>
#include <QString>

namespace cropmap::core {

class Feedback;

/** \brief The outcome of a Job: succeeded, canceled, or failed with a user-visible message. */
struct JobResult
{
    enum class Status { Succeeded, Canceled, Failed };

    Status status = Status::Failed;
    QString message; //!< Translated, user-visible; empty unless Failed.

    bool succeeded() const { return status == Status::Succeeded; }
    static JobResult ok() { return {Status::Succeeded, {}}; }
    static JobResult canceled() { return {Status::Canceled, {}}; }
    static JobResult failed(QString message) { return {Status::Failed, std::move(message)}; }
};

/**
 * \brief A long-running operation (compositing, rasterizing, training, classifying).
 *
 * run() executes synchronously on the calling thread and never throws, so the same object
 * serves the CLI (called directly) and the GUI (called on a pool thread).
 */
class Job
{
    Q_DECLARE_TR_FUNCTIONS(cropmap::core::Job)

public:
    virtual ~Job() = default;

    virtual QString name() const = 0;

    JobResult run(Feedback &feedback) noexcept;

protected:
    /** Does the work. May throw Error or Canceled; run() turns them into results. */
    virtual void execute(Feedback &feedback) = 0;
};

} // namespace cropmap::core
