// SPDX-License-Identifier: GPL-3.0-or-later
#include "model/weighted_loss.h"

namespace cropmap::core::model {

torch::Tensor weightedCrossEntropySum(const torch::Tensor &logits, const torch::Tensor &targets,
                                      const torch::Tensor &weights, double labelSmoothing)
{
    const torch::Tensor perSample = torch::nn::functional::cross_entropy(
        logits, targets,
        torch::nn::functional::CrossEntropyFuncOptions().reduction(torch::kNone).label_smoothing(
            labelSmoothing));
    if (!weights.defined())
        return perSample.sum();
    return (perSample * weights.index_select(0, targets)).sum();
}

double weightSum(const torch::Tensor &targets, const torch::Tensor &weights)
{
    if (!weights.defined())
        return double(targets.size(0));
    return weights.index_select(0, targets).sum().item<double>();
}

} // namespace cropmap::core::model
