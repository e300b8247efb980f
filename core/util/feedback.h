// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <atomic>
#include <mutex>

#include <QString>

namespace cropmap::core {

/**
 * \brief Progress and cancellation channel between a running job and its owner.
 *
 * Modelled on QgsFeedback: the worker reports progress as a fraction in [0, 1] with a
 * message and polls isCanceled() at least once per block, batch or epoch; any thread may
 * call cancel(). Progress notifications are throttled to 0.1 % steps. The base class
 * ignores everything, so a plain Feedback is a null object for tests.
 *
 * \note Thread-safe: setProgress(), log() and isCanceled() may be called from several
 *       worker threads at once.
 */
class Feedback
{
public:
    virtual ~Feedback() = default;

    void cancel() noexcept { m_canceled.store(true); }
    virtual bool isCanceled() const noexcept { return m_canceled.load(); }
    //! Throws Canceled if cancellation was requested; for deep loops inside core.
    void throwIfCanceled() const;

    /** Reports progress \a fraction in [0, 1]; changes below 0.1 % are dropped. */
    void setProgress(double fraction);
    /** Reports progress together with what is being done now. */
    void setProgress(double fraction, const QString &message);
    double progress() const noexcept { return m_lastPermille.load() / 1000.0; }

    /** A warning or a line of the run log (user-visible, already translated). */
    virtual void log(const QString &message);

protected:
    //! Called on the worker's thread; must be cheap and must not throw.
    virtual void onProgress(double fraction, const QString &message);
    //! Called on the worker's thread for each log line.
    virtual void onLog(const QString &message);

private:
    std::atomic<bool> m_canceled{false};
    std::atomic<int> m_lastPermille{-1};
    std::mutex m_messageMutex;
    QString m_lastMessage;
};

/**
 * \brief Maps the progress of a sub-step into the range [begin, end] of a parent.
 *
 * Cancellation and log lines go through to the parent, so a pipeline can hand each step
 * its own Feedback and still show one progress bar for the whole run.
 */
class ScopedFeedback final : public Feedback
{
public:
    ScopedFeedback(Feedback &parent, double begin, double end)
        : m_parent(parent)
        , m_begin(begin)
        , m_end(end)
    {}

    bool isCanceled() const noexcept override { return m_parent.isCanceled(); }
    void log(const QString &message) override { m_parent.log(message); }

protected:
    void onProgress(double fraction, const QString &message) override
    {
        m_parent.setProgress(m_begin + fraction * (m_end - m_begin), message);
    }

private:
    Feedback &m_parent;
    double m_begin;
    double m_end;
};

} // namespace cropmap::core
