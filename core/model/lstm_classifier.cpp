// SPDX-License-Identifier: GPL-3.0-or-later
#include "model/lstm_classifier.h"

namespace cropmap::core::model {

namespace {

/**
 * The initialisation recurrent nets train best from: each gate's recurrent block H × H
 * orthogonal (its products over T steps neither explode nor vanish), the input weights
 * Glorot-uniform, biases 0 but the forget gate's 1 (b_ih + b_hh = 1), so the cell keeps its
 * memory at the start instead of forgetting half of it each step (Jozefowicz et al. 2015).
 * LibTorch's default draws everything from U(−1/√H, 1/√H).
 */
void initialiseRecurrentLayer(torch::nn::LSTM &lstm, int64_t hidden)
{
    torch::NoGradGuard noGrad;
    for (auto &item : lstm->named_parameters()) {
        const std::string &name = item.key();
        torch::Tensor &tensor = item.value();
        if (name.rfind("weight_hh", 0) == 0) {
            for (int64_t gate = 0; gate < 4; ++gate) {
                torch::Tensor block = tensor.narrow(0, gate * hidden, hidden);
                torch::nn::init::orthogonal_(block);
            }
        } else if (name.rfind("weight_ih", 0) == 0) {
            for (int64_t gate = 0; gate < 4; ++gate) {
                torch::Tensor block = tensor.narrow(0, gate * hidden, hidden);
                torch::nn::init::xavier_uniform_(block);
            }
        } else if (name.rfind("bias_ih", 0) == 0) {
            tensor.zero_();
            tensor.narrow(0, hidden, hidden).fill_(1.0); // gates i, f, g, o: f is the second
        } else if (name.rfind("bias_hh", 0) == 0) {
            tensor.zero_();
        }
    }
}

} // namespace

LstmClassifierImpl::LstmClassifierImpl(const LstmClassifierOptions &options_)
    : options(options_)
{
    int64_t inputSize = options.input_size();
    for (std::size_t i = 0; i < options.hidden_sizes().size(); ++i) {
        const int64_t hidden = options.hidden_sizes()[i];
        m_layers.push_back(register_module(
            "lstm" + std::to_string(i + 1),
            torch::nn::LSTM(torch::nn::LSTMOptions(inputSize, hidden).batch_first(true))));
        initialiseRecurrentLayer(m_layers.back(), hidden);
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
