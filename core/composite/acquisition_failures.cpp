// SPDX-License-Identifier: GPL-3.0-or-later
#include "composite/acquisition_failures.h"

#include <QCoreApplication>

#include "util/feedback.h"

namespace cropmap::core::composite {

AcquisitionFailures::AcquisitionFailures(Feedback &feedback, QString tile)
    : m_feedback(feedback)
    , m_tile(std::move(tile))
{}

void AcquisitionFailures::report(int acquisition, const QString &acquisitionId,
                                 const QString &reason)
{
    {
        std::lock_guard lock(m_mutex);
        if (m_failed.contains(acquisition))
            return;
        m_failed.insert(acquisition);
    }
    m_feedback.log(QCoreApplication::translate("cropmap::core::composite",
                                               "Warning: tile %1, acquisition %2 skipped: %3")
                       .arg(m_tile, acquisitionId, reason));
}

bool AcquisitionFailures::contains(int acquisition) const
{
    std::lock_guard lock(m_mutex);
    return m_failed.contains(acquisition);
}

QSet<int> AcquisitionFailures::all() const
{
    std::lock_guard lock(m_mutex);
    return m_failed;
}

} // namespace cropmap::core::composite
