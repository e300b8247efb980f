// SPDX-License-Identifier: GPL-3.0-or-later
#include "model/weighted_loss.h"

namespace cropmap::core::model {

torch::Tensor weightedCrossEntropySum(const torch::Tensor &logits, const torch::Tensor &targets,
                                      const torch::Tensor &weights)
{
    const torch::Tensor perSample = torch::nn::functional::cross_entropy(
        logits, targets,
        torch::nn::functional::CrossEntropyFuncOptions().reduction(torch::kNone));
    if (!weights.defined())
        return perSample.sum();
    return (perSample * weights.index_select(0, targets)).sum();
}

torch::Tensor smoothedCrossEntropySum(const torch::Tensor &logits, const torch::Tensor &targets,
                                      const torch::Tensor &weights, double epsilon)
{
    if (epsilon <= 0.0)
        return weightedCrossEntropySum(logits, targets, weights);
    const torch::Tensor logp = torch::log_softmax(logits, 1);
    const torch::Tensor declared = -logp.gather(1, targets.unsqueeze(1)).squeeze(1);
    const torch::Tensor spread = -logp.mean(1);
    const torch::Tensor perSample = (1.0 - epsilon) * declared + epsilon * spread;
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
