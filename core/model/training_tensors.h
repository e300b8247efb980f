// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "model/crop_model_private.h"

namespace cropmap::core::sampling {
class SampleSet;
}

namespace cropmap::core::model {

/** The labelled samples of a set, standardised, as tensors. */
struct LabelledTensors
{
    torch::Tensor x; //!< N × T × B
    torch::Tensor y; //!< N, int64 class indices
    qint64 size() const { return x.defined() ? x.size(0) : 0; }
};

/** The samples of \a set that have a class, standardised with \a model's statistics. */
LabelledTensors toTensors(const sampling::SampleSet &set, const CropModel::Private &model);
/** Scores of one pass over (a rank's share of) a set, summed over ranks by the caller. */
struct PassTotals
{
    /** Loss sum, weight sum, the U × U confusion matrix, then per class u the sum of the
     *  posteriors of u over the samples of class u. */
    std::vector<double> values;
    int classCount;

    explicit PassTotals(int classes)
        : values(2 + std::size_t(classes) * classes + std::size_t(classes), 0.0)
        , classCount(classes)
    {}
    void addConfusion(const torch::Tensor &truth, const torch::Tensor &predicted, int classes)
    {
        const auto *t = truth.data_ptr<int64_t>();
        const auto *p = predicted.data_ptr<int64_t>();
        for (int64_t i = 0; i < truth.size(0); ++i)
            values[2 + std::size_t(t[i] * classes + p[i])] += 1.0;
    }
    /** Adds the posterior of each sample's own class (softmax of \a logits). */
    void addTruePosteriors(const torch::Tensor &truth, const torch::Tensor &logits)
    {
        const torch::Tensor posterior =
            torch::softmax(logits, 1).gather(1, truth.unsqueeze(1)).squeeze(1).contiguous();
        const auto *t = truth.data_ptr<int64_t>();
        const auto *p = posterior.data_ptr<float>();
        const std::size_t offset = 2 + std::size_t(classCount) * classCount;
        for (int64_t i = 0; i < truth.size(0); ++i)
            values[offset + std::size_t(t[i])] += double(p[i]);
    }
    std::vector<double> confusion() const
    {
        return {values.begin() + 2, values.begin() + 2 + std::ptrdiff_t(classCount) * classCount};
    }
    /**
     * The mean posterior of the true class, averaged over the classes present: a smooth,
     * bounded score (a wrongly labelled sample costs at most 1 / n_u of its class's share,
     * where its cross-entropy is unbounded) that weighs every class alike, as macro F1 does.
     */
    double balancedPosterior() const
    {
        const std::size_t offset = 2 + std::size_t(classCount) * classCount;
        double sum = 0.0;
        int present = 0;
        for (int u = 0; u < classCount; ++u) {
            double n = 0.0;
            for (int v = 0; v < classCount; ++v)
                n += values[2 + std::size_t(u) * classCount + v];
            if (n > 0) {
                sum += values[offset + std::size_t(u)] / n;
                ++present;
            }
        }
        return present > 0 ? sum / present : 0.0;
    }
};

} // namespace cropmap::core::model
