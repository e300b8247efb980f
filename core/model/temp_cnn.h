// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "model/sequence_classifier.h"

namespace cropmap::core::model {

/** \brief Options of TempCNN (Pelletier et al. 2019; BreizhCrops' tuned values). */
struct TempCnnOptions
{
    TempCnnOptions(int64_t inputSize, int64_t classes, int64_t steps)
        : input_size_(inputSize)
        , classes_(classes)
        , steps_(steps)
    {}
    TORCH_ARG(int64_t, input_size);
    TORCH_ARG(int64_t, classes);
    TORCH_ARG(int64_t, steps);
    TORCH_ARG(int64_t, hidden_dims) = 128;
    TORCH_ARG(int64_t, kernel_size) = 7;
    TORCH_ARG(double, dropout) = 0.18;
};

/**
 * \brief TempCNN: three convolution + batch norm + ReLU + dropout blocks over time, the
 * flattened T × hidden features → dense (4 × hidden) + batch norm + ReLU + dropout → linear.
 *
 * The dense layer's size depends on T, so a TempCNN only accepts the T it was built for.
 */
class TempCnnImpl : public SequenceClassifierImpl
{
public:
    explicit TempCnnImpl(const TempCnnOptions &options);
    torch::Tensor forward(torch::Tensor x) override;

    TempCnnOptions options;

private:
    torch::nn::Sequential m_convolutions{nullptr};
    torch::nn::Sequential m_dense{nullptr};
    torch::nn::Linear m_fc{nullptr};
};
TORCH_MODULE(TempCnn);

} // namespace cropmap::core::model
