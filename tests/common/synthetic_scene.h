// SPDX-License-Identifier: GPL-3.0-or-later
// A synthetic scene for the GUI tests, made in-process in <folder>/scene (cropmap synth's job).
#pragma once

#include <QString>

#include "synth/scene_job.h"
#include "synth/scene_options.h"
#include "util/feedback.h"

namespace cropmap::tests {

/** Runs the scene job on two threads into <folder>/scene; returns its error message, empty
 *  when the scene was written. */
inline QString writeSyntheticScene(const QString &folder, core::synth::SceneOptions scene)
{
    scene.threads = 2;
    scene.outputFolder = folder + QStringLiteral("/scene");
    core::Feedback feedback;
    core::synth::SceneJob job(scene);
    const core::JobResult made = job.run(feedback);
    return made.succeeded() ? QString() : made.message;
}

} // namespace cropmap::tests
