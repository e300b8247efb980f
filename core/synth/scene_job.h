// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "synth/scene_generator.h"
#include "util/job.h"

namespace cropmap::core::synth {

/**
 * \brief Generates a synthetic scene as a Job, so the GUI can run it off the UI thread.
 *
 * Holds a copy of the options (a snapshot, never a widget); summary() is valid after run()
 * returned Succeeded.
 */
class SceneJob final : public Job
{
    Q_DECLARE_TR_FUNCTIONS(cropmap::core::synth::SceneJob)

public:
    explicit SceneJob(SceneOptions options);

    QString name() const override;
    const SceneSummary &summary() const { return m_summary; }

protected:
    void execute(Feedback &feedback) override;

private:
    SceneGenerator m_generator;
    SceneSummary m_summary;
};

} // namespace cropmap::core::synth
