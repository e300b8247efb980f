// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "model/sequence_classifier.h"

namespace cropmap::core::model {

/** \brief Options of the multi-scale 1-D ResNet baseline (BreizhCrops' MSResNet). */
struct MSResNetOptions
{
    MSResNetOptions(int64_t inputSize, int64_t classes)
        : input_size_(inputSize)
        , classes_(classes)
    {}
    TORCH_ARG(int64_t, input_size);
    TORCH_ARG(int64_t, classes);
    TORCH_ARG(int64_t, hidden_dims) = 32;
};

/**
 * \brief A residual block of kernel k (3, 5 or 7) with padding 1, as in BreizhCrops:
 * for k > 3 the convolutions shorten the series, and the shortcut is cropped to match.
 */
class MSResNetBlockImpl : public torch::nn::Module
{
public:
    MSResNetBlockImpl(int64_t inPlanes, int64_t planes, int64_t kernel, int64_t stride);
    torch::Tensor forward(torch::Tensor x);

private:
    torch::nn::Conv1d m_conv1{nullptr}, m_conv2{nullptr}, m_downsample{nullptr};
    torch::nn::BatchNorm1d m_bn1{nullptr}, m_bn2{nullptr}, m_downsampleBn{nullptr};
};
TORCH_MODULE(MSResNetBlock);

/**
 * \brief MSResNet (Wang et al., as configured in BreizhCrops): the series is resampled to
 * 512 steps (nearest), a stride-2 stem, then three branches of three residual blocks with
 * kernels 3, 5, 7 (stride 2 each), average-pooled to one step, concatenated → linear.
 *
 * Resampling to 512 steps makes it accept any T (12 monthly composites or a full series).
 */
class MSResNetImpl : public SequenceClassifierImpl
{
public:
    explicit MSResNetImpl(const MSResNetOptions &options);
    torch::Tensor forward(torch::Tensor x) override;

    MSResNetOptions options;

private:
    torch::nn::Sequential makeBranch(int64_t kernel);

    torch::nn::Conv1d m_stem{nullptr};
    torch::nn::BatchNorm1d m_stemBn{nullptr};
    torch::nn::Sequential m_branch3{nullptr}, m_branch5{nullptr}, m_branch7{nullptr};
    torch::nn::Linear m_fc{nullptr};
};
TORCH_MODULE(MSResNet);

} // namespace cropmap::core::model
