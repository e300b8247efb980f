// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "model/sequence_classifier.h"

namespace cropmap::core::model {

/** \brief Options of the StarRNN baseline (BreizhCrops' configuration). */
struct StarRnnOptions
{
    StarRnnOptions(int64_t inputSize, int64_t classes)
        : input_size_(inputSize)
        , classes_(classes)
    {}
    TORCH_ARG(int64_t, input_size);
    TORCH_ARG(int64_t, classes);
    TORCH_ARG(int64_t, hidden_dims) = 128;
    TORCH_ARG(int64_t, layers) = 3;
    TORCH_ARG(double, dropout) = 0.5;
};

/**
 * \brief One STAR layer (Turkoglu et al.): K = σ(W_xK x + W_hK h), z = tanh(W_xz x),
 * h ← tanh(K ⊙ h + (1 − K) ⊙ z); dropout on the outputs, batch norm over them.
 */
class StarLayerImpl : public torch::nn::Module
{
public:
    StarLayerImpl(int64_t inputSize, int64_t hiddenSize, double dropout);
    torch::Tensor forward(torch::Tensor x);

private:
    int64_t m_hiddenSize;
    torch::nn::Linear m_xK{nullptr}, m_xz{nullptr}, m_hK{nullptr};
    torch::nn::Dropout m_dropout{nullptr};
    torch::nn::BatchNorm1d m_bn{nullptr};
};
TORCH_MODULE(StarLayer);

/**
 * \brief StarRNN as BreizhCrops configures it: layer norm on the input, `layers` STAR
 * layers, layer norm on the last step's state → linear.
 *
 * BreizhCrops builds layers 2…n by repeating one Python object, so they share weights;
 * here each layer has its own weights, as in the StarRNN paper.
 */
class StarRnnImpl : public SequenceClassifierImpl
{
public:
    explicit StarRnnImpl(const StarRnnOptions &options);
    torch::Tensor forward(torch::Tensor x) override;

    StarRnnOptions options;

private:
    torch::nn::LayerNorm m_inNorm{nullptr}, m_outNorm{nullptr};
    torch::nn::Sequential m_layers{nullptr};
    torch::nn::Linear m_fc{nullptr};
};
TORCH_MODULE(StarRnn);

} // namespace cropmap::core::model
