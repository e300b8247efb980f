// SPDX-License-Identifier: GPL-3.0-or-later
#include "synth/scene_job.h"

namespace cropmap::core::synth {

SceneJob::SceneJob(SceneOptions options)
    : m_generator(std::move(options))
{}

QString SceneJob::name() const
{
    return tr("Generate the synthetic scene %1").arg(m_generator.options().outputFolder);
}

void SceneJob::execute(Feedback &feedback)
{
    m_summary = m_generator.generate(feedback);
}

} // namespace cropmap::core::synth
