// SPDX-License-Identifier: GPL-3.0-or-later
#include "model/lstm_classifier.h"

namespace cropmap::core::model {

LstmClassifierImpl::LstmClassifierImpl(const LstmClassifierOptions &options_)
    : options(options_)
{
    int64_t inputSize = options.input_size();
    for (std::size_t i = 0; i < options.hidden_sizes().size(); ++i) {
        const int64_t hidden = options.hidden_sizes()[i];
        m_layers.push_back(register_module(
            "lstm" + std::to_string(i + 1),
            torch::nn::LSTM(torch::nn::LSTMOptions(inputSize, hidden).batch_first(true))));
        inputSize = hidden;
    }
    m_dropout = register_module("dropout", torch::nn::Dropout(options.dropout()));
    m_fc = register_module("fc", torch::nn::Linear(inputSize, options.classes()));
}

torch::Tensor LstmClassifierImpl::forward(torch::Tensor x)
{
    for (std::size_t i = 0; i < m_layers.size(); ++i) {
        x = std::get<0>(m_layers[i]->forward(x));
        if (i + 1 < m_layers.size())
            x = m_dropout(x);
    }
    // The classification reads the state after the last time step (many-to-one).
    return m_fc(x.select(1, x.size(1) - 1));
}

} // namespace cropmap::core::model
