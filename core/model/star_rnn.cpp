// SPDX-License-Identifier: GPL-3.0-or-later
#include "model/star_rnn.h"

namespace cropmap::core::model {

StarLayerImpl::StarLayerImpl(int64_t inputSize, int64_t hiddenSize, double dropout)
    : m_hiddenSize(hiddenSize)
{
    m_xK = register_module("x_K", torch::nn::Linear(inputSize, hiddenSize));
    m_xz = register_module("x_z", torch::nn::Linear(inputSize, hiddenSize));
    m_hK = register_module("h_K", torch::nn::Linear(hiddenSize, hiddenSize));
    m_dropout = register_module("dropout", torch::nn::Dropout(dropout));
    m_bn = register_module("bn", torch::nn::BatchNorm1d(hiddenSize));
    torch::NoGradGuard noGrad;
    torch::nn::init::orthogonal_(m_xK->weight);
    torch::nn::init::orthogonal_(m_xz->weight);
    torch::nn::init::orthogonal_(m_hK->weight);
    // A gate bias of 1 starts the cell close to keeping its state (long memory).
    m_xK->bias.fill_(1.0);
    m_xz->bias.fill_(0.0);
}

torch::Tensor StarLayerImpl::forward(torch::Tensor x)
{
    // The input projections of all steps in one matrix product; only W_hK h is sequential.
    const torch::Tensor gateX = m_xK(x);
    const torch::Tensor z = torch::tanh(m_xz(x));
    torch::Tensor h = torch::zeros({x.size(0), m_hiddenSize}, x.options());
    std::vector<torch::Tensor> outputs;
    outputs.reserve(std::size_t(x.size(1)));
    for (int64_t t = 0; t < x.size(1); ++t) {
        const torch::Tensor k = torch::sigmoid(gateX.select(1, t) + m_hK(h));
        h = torch::tanh(k * h + (1 - k) * z.select(1, t));
        outputs.push_back(m_dropout(h));
    }
    const torch::Tensor out = torch::stack(outputs, 1); // N × T × H
    return m_bn(out.transpose(1, 2)).transpose(1, 2);
}

StarRnnImpl::StarRnnImpl(const StarRnnOptions &options_)
    : options(options_)
{
    const int64_t hidden = options.hidden_dims();
    m_inNorm = register_module(
        "in_norm", torch::nn::LayerNorm(torch::nn::LayerNormOptions({options.input_size()})));
    m_layers = register_module("layers", torch::nn::Sequential());
    for (int64_t i = 0; i < options.layers(); ++i)
        m_layers->push_back(StarLayer(i == 0 ? options.input_size() : hidden, hidden,
                                      options.dropout()));
    m_outNorm = register_module("out_norm",
                                torch::nn::LayerNorm(torch::nn::LayerNormOptions({hidden})));
    m_fc = register_module("fc", torch::nn::Linear(hidden, options.classes()));
}

torch::Tensor StarRnnImpl::forward(torch::Tensor x)
{
    const torch::Tensor outputs = m_layers->forward(m_inNorm(x));
    return m_fc(m_outNorm(outputs.select(1, outputs.size(1) - 1)));
}

} // namespace cropmap::core::model
