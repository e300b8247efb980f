// SPDX-License-Identifier: GPL-3.0-or-later
#include "results/pool_judgement_job.h"

#include <algorithm>

#include "model/crop_model.h"
#include "pipeline/selection_step.h"
#include "sampling/sample_file.h"
#include "sampling/sample_set.h"
#include "util/error.h"
#include "util/feedback.h"

namespace cropmap::ui {

using core::select::SelectionInput;

PoolJudgementJob::PoolJudgementJob(QString poolPath, QString modelPath)
    : m_poolPath(std::move(poolPath))
    , m_modelPath(std::move(modelPath))
{}

QString PoolJudgementJob::name() const
{
    return tr("Judging the pool");
}

void PoolJudgementJob::execute(core::Feedback &feedback)
{
    feedback.setProgress(0, tr("Loading the pool and the weak model…"));
    // The pool's places and classes in memory, its values read part by part (a full tile's
    // pool is many GiB).
    const core::sampling::SampleReader pool(m_poolPath);
    const core::sampling::SampleSet &set = pool.index();
    const core::model::CropModel weak = core::model::CropModel::load(m_modelPath);
    weak.checkCompatible(set.bands(), set.stepCount(), m_poolPath);
    const qint64 classes = weak.metadata().classCount();
    // The selection reads probability column u as the pool's class u.
    if (classes != set.classes().size())
        throw core::Error(tr("The weak model \"%1\" knows %2 classes, the pool \"%3\" %4")
                              .arg(m_modelPath)
                              .arg(classes)
                              .arg(m_poolPath)
                              .arg(set.classes().size()));
    // The same judgement as the select step (pipeline/selection_step.h), in small parts so
    // that a cancel stops within one.
    auto input = std::make_shared<SelectionInput>(core::pipeline::unjudgedPool(set, int(classes)));
    core::pipeline::judgePool(weak, pool, kBatch, *input, feedback);
    feedback.throwIfCanceled();
    m_input = std::move(input);
    m_classNames = set.classes().names();
}

} // namespace cropmap::ui
