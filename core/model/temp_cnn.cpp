// SPDX-License-Identifier: GPL-3.0-or-later
#include "model/temp_cnn.h"

namespace cropmap::core::model {

TempCnnImpl::TempCnnImpl(const TempCnnOptions &options_)
    : options(options_)
{
    const int64_t hidden = options.hidden_dims();
    const int64_t kernel = options.kernel_size();
    m_convolutions = register_module("convolutions", torch::nn::Sequential());
    for (int i = 0; i < 3; ++i) {
        m_convolutions->push_back(torch::nn::Conv1d(
            torch::nn::Conv1dOptions(i == 0 ? options.input_size() : hidden, hidden, kernel)
                .padding(kernel / 2)));
        m_convolutions->push_back(torch::nn::BatchNorm1d(hidden));
        m_convolutions->push_back(torch::nn::ReLU());
        m_convolutions->push_back(torch::nn::Dropout(options.dropout()));
    }
    m_dense = register_module(
        "dense", torch::nn::Sequential(torch::nn::Linear(hidden * options.steps(), 4 * hidden),
                                       torch::nn::BatchNorm1d(4 * hidden), torch::nn::ReLU(),
                                       torch::nn::Dropout(options.dropout())));
    m_fc = register_module("fc", torch::nn::Linear(4 * hidden, options.classes()));
}

torch::Tensor TempCnnImpl::forward(torch::Tensor x)
{
    x = m_convolutions->forward(x.transpose(1, 2)); // N × hidden × T (odd kernels keep T)
    return m_fc(m_dense->forward(x.flatten(1)));
}

} // namespace cropmap::core::model
