// SPDX-License-Identifier: GPL-3.0-or-later
#include "results/pool_judgement_job.h"

#include <algorithm>

#include "model/crop_model.h"
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
    const qint64 n = set.size();
    const qint64 classes = weak.metadata().classCount();
    // The selection reads probability column u as the pool's class u.
    if (classes != set.classes().size())
        throw core::Error(tr("The weak model \"%1\" knows %2 classes, the pool \"%3\" %4")
                              .arg(m_modelPath)
                              .arg(classes)
                              .arg(m_poolPath)
                              .arg(set.classes().size()));
    const auto size = static_cast<std::size_t>(n);
    std::vector<int> declared(size), truth(size);
    std::vector<std::uint32_t> parcels(size);
    bool hasTruth = false;
    for (qint64 i = 0; i < n; ++i) {
        declared[std::size_t(i)] = set.classIndex(i);
        truth[std::size_t(i)] = set.trueClassIndex(i);
        parcels[std::size_t(i)] = set.parcelId(i);
        hasTruth = hasTruth || truth[std::size_t(i)] >= 0;
    }
    auto input = std::make_shared<SelectionInput>(SelectionInput::unjudged(
        int(classes), std::move(declared), std::move(parcels), hasTruth ? std::move(truth) : std::vector<int>{}));
    for (qint64 begin = 0; begin < n; begin += kBatch) {
        feedback.throwIfCanceled();
        const qint64 count = std::min(kBatch, n - begin);
        const core::sampling::SampleSet part = pool.read(begin, begin + count);
        const std::vector<float> batch = weak.predictProbabilities(part.allValues().data(), count);
        for (qint64 j = 0; j < count; ++j)
            input->judge(begin + j, batch.data() + std::size_t(j * classes));
        feedback.setProgress(double(begin + count) / double(n),
                             tr("Judging the pool: %L1 of %L2 pixels").arg(begin + count).arg(n));
    }
    feedback.throwIfCanceled();
    m_input = std::move(input);
    m_classNames = set.classes().names();
}

} // namespace cropmap::ui
