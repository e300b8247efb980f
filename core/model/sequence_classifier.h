// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <torch/torch.h>

namespace cropmap::core::model {

/**
 * \brief The one interface of every network: N × T × B (batch-first) → N × U logits.
 *
 * Internal to core/model (it exposes LibTorch); the rest of the application talks to
 * CropModel. Softmax is applied outside, so training can use the fused log-softmax of
 * cross_entropy and inference the plain softmax.
 */
class SequenceClassifierImpl : public torch::nn::Module
{
public:
    virtual torch::Tensor forward(torch::Tensor x) = 0;
};

using SequenceClassifier = std::shared_ptr<SequenceClassifierImpl>;

} // namespace cropmap::core::model
