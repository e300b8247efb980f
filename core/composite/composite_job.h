// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QVector>

#include "composite/composite_options.h"
#include "composite/monthly_compositor.h"
#include "util/job.h"

namespace cropmap::core::composite {

/**
 * \brief The composite step as a Job: scans an archive and composites each requested tile
 * (all tiles by default) into `<outputRoot>/<TILE>/`.
 *
 * Checks every tile against the period before writing anything, so a period that matches no
 * acquisition fails without touching the outputs. Warnings (skipped acquisitions, months
 * without acquisition) go to Feedback::log.
 */
class CompositeJob : public Job
{
    Q_DECLARE_TR_FUNCTIONS(cropmap::core::composite::CompositeJob)

public:
    CompositeJob(QString archiveRoot, QString outputRoot, CompositeOptions options);

    QString name() const override;
    const CompositeOptions &options() const { return m_options; }
    //! One entry per tile composited (filled by run()).
    const QVector<TileCompositeResult> &results() const { return m_results; }

protected:
    void execute(Feedback &feedback) override;

private:
    QString m_archiveRoot;
    QString m_outputRoot;
    CompositeOptions m_options;
    QVector<TileCompositeResult> m_results;
};

} // namespace cropmap::core::composite
