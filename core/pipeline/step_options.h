// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "model/train_options.h"
#include "pipeline/project.h"

namespace cropmap::core::pipeline {

/** The training options of \a project's "train" section, with DESIGN.md's defaults and the
 *  project seed; shared by the train steps and the experiments so both train alike. */
model::TrainOptions trainOptions(const Project &project);

/** The training options of a "train" section (a project's keys: steps, criterion, …) over
 *  the defaults, \a seed where the section names none. Throws Error naming \a context for an
 *  unknown key or an invalid value. */
model::TrainOptions trainOptionsFromJson(const QJsonObject &train, quint64 seed,
                                         const QString &context);

} // namespace cropmap::core::pipeline
