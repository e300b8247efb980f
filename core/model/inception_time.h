// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "model/sequence_classifier.h"

namespace cropmap::core::model {

/** \brief Options of the InceptionTime baseline (BreizhCrops' configuration). */
struct InceptionTimeOptions
{
    InceptionTimeOptions(int64_t inputSize, int64_t classes)
        : input_size_(inputSize)
        , classes_(classes)
    {}
    TORCH_ARG(int64_t, input_size);
    TORCH_ARG(int64_t, classes);
    TORCH_ARG(int64_t, hidden_dims) = 64;
    TORCH_ARG(int64_t, layers) = 4;
    TORCH_ARG(int64_t, kernel_size) = 32;
};

/**
 * \brief One inception module: a linear bottleneck to one channel, convolutions of
 * kernels k+1, k/2+1, k/4+1 plus a max-pool → 1×1 branch, batch norm, ReLU, residual.
 */
class InceptionModuleImpl : public torch::nn::Module
{
public:
    InceptionModuleImpl(int64_t filters, int64_t kernelSize);
    torch::Tensor forward(torch::Tensor x);

private:
    torch::nn::Linear m_bottleneck{nullptr};
    std::vector<torch::nn::Conv1d> m_convolutions;
    std::vector<int64_t> m_padding;
    torch::nn::Conv1d m_poolConv{nullptr};
    torch::nn::BatchNorm1d m_bn{nullptr};
};
TORCH_MODULE(InceptionModule);

/**
 * \brief InceptionTime (Fawaz et al., as in BreizhCrops): a linear lift of the B bands to
 * 4 × hidden channels, `layers` inception modules, global average pool → linear.
 *
 * BreizhCrops keeps the modules' convolutions in a plain Python list, so they are never
 * registered and never trained; here they are registered modules (the published design).
 */
class InceptionTimeImpl : public SequenceClassifierImpl
{
public:
    explicit InceptionTimeImpl(const InceptionTimeOptions &options);
    torch::Tensor forward(torch::Tensor x) override;

    InceptionTimeOptions options;

private:
    torch::nn::Linear m_inLinear{nullptr};
    torch::nn::Sequential m_modules{nullptr};
    torch::nn::Linear m_outLinear{nullptr};
};
TORCH_MODULE(InceptionTime);

} // namespace cropmap::core::model
