// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <torch/torch.h>

namespace cropmap::core::model {

/**
 * Σ_i w_{y_i} · CE_i over a batch, CE_i = −log softmax(logits_i)[y_i]; with \a weights
 * undefined every w is 1. The caller divides by the batch's Σ w_{y_i} (PyTorch's weighted
 * mean, the seed's H' = Σ_u (n_max / n_u) H_u normalised per batch). Returning the sum lets
 * data-parallel ranks divide by the *global* batch's denominator, so the all-reduced
 * gradient equals the single-process one exactly. With \a labelSmoothing ε (LibTorch's
 * own), CE_i = (1 − ε)·(−log p_i[y_i]) + ε · mean_k(−log p_i[k]): the cross-entropy against a
 * target of 1 − ε + ε/K on the declared class and ε/K on each other.
 */
torch::Tensor weightedCrossEntropySum(const torch::Tensor &logits, const torch::Tensor &targets,
                                      const torch::Tensor &weights, double labelSmoothing = 0.0);

/** Σ_i w_{y_i} (or the count when \a weights is undefined), as a double. */
double weightSum(const torch::Tensor &targets, const torch::Tensor &weights);

} // namespace cropmap::core::model
