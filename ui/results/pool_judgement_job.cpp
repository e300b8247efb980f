// SPDX-License-Identifier: GPL-3.0-or-later
#include "results/pool_judgement_job.h"

#include <algorithm>

#include "model/crop_model.h"
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
    const core::sampling::SampleSet set = core::sampling::SampleSet::load(m_poolPath);
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
    std::vector<float> probabilities(std::size_t(n * classes));
    for (qint64 begin = 0; begin < n; begin += kBatch) {
        feedback.throwIfCanceled();
        const qint64 count = std::min(kBatch, n - begin);
        const std::vector<float> batch = weak.predictProbabilities(set.values(begin), count);
        std::copy(batch.begin(), batch.end(), probabilities.begin() + std::ptrdiff_t(begin * classes));
        feedback.setProgress(double(begin + count) / double(n),
                             tr("Judging the pool: %L1 of %L2 pixels").arg(begin + count).arg(n));
    }
    feedback.throwIfCanceled();
    const auto size = static_cast<std::size_t>(n);
    std::vector<int> declared(size), truth(size);
    std::vector<std::uint32_t> parcels(size);
    for (qint64 i = 0; i < n; ++i) {
        declared[std::size_t(i)] = set.classIndex(i);
        truth[std::size_t(i)] = set.trueClassIndex(i);
        parcels[std::size_t(i)] = set.parcelId(i);
    }
    m_input = std::make_shared<const SelectionInput>(SelectionInput::fromProbabilities(
        set.classes().size(), declared, probabilities, parcels, set.hasTruth() ? truth : std::vector<int>{}));
    m_classNames = set.classes().names();
}

} // namespace cropmap::ui
