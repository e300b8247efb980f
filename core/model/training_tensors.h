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
    std::vector<double> values; //!< loss sum, weight sum, then the U × U confusion matrix

    explicit PassTotals(int classes)
        : values(2 + std::size_t(classes) * classes, 0.0)
    {}
    void addConfusion(const torch::Tensor &truth, const torch::Tensor &predicted, int classes)
    {
        const auto *t = truth.data_ptr<int64_t>();
        const auto *p = predicted.data_ptr<int64_t>();
        for (int64_t i = 0; i < truth.size(0); ++i)
            values[2 + std::size_t(t[i] * classes + p[i])] += 1.0;
    }
    std::vector<double> confusion() const { return {values.begin() + 2, values.end()}; }
};

} // namespace cropmap::core::model
