// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <mutex>

#include <QSet>
#include <QString>

namespace cropmap::core {
class Feedback;
}

namespace cropmap::core::composite {

/**
 * \brief Acquisitions whose files failed to open or read during a composite run.
 *
 * Workers report a failing acquisition; the first report of each is logged as a warning
 * naming the file, later ones are dropped. The compositor then reruns the tile without them,
 * so every block of a tile sees the same set of acquisitions.
 *
 * \note Thread-safe.
 */
class AcquisitionFailures
{
public:
    AcquisitionFailures(Feedback &feedback, QString tile);

    void report(int acquisition, const QString &acquisitionId, const QString &reason);
    bool contains(int acquisition) const;
    QSet<int> all() const;

private:
    Feedback &m_feedback;
    QString m_tile;
    mutable std::mutex m_mutex;
    QSet<int> m_failed;
};

} // namespace cropmap::core::composite
