// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "model/sequence_classifier.h"

namespace cropmap::core::model {

/** \brief Options of the seed's LSTM classifier. */
struct LstmClassifierOptions
{
    LstmClassifierOptions(int64_t inputSize, int64_t classes)
        : input_size_(inputSize)
        , classes_(classes)
    {}
    TORCH_ARG(int64_t, input_size);
    TORCH_ARG(int64_t, classes);
    TORCH_ARG(std::vector<int64_t>, hidden_sizes) = {200, 125, 100};
    TORCH_ARG(double, dropout) = 0.2;
};

/**
 * \brief The seed's network: stacked LSTM layers (200, 125, 100 units), dropout between
 * them, the last step's hidden state → fully connected → U logits (Weikmann et al.).
 *
 * Separate torch::nn::LSTM modules per layer because the sizes differ (one multi-layer
 * LSTM module needs equal sizes).
 */
class LstmClassifierImpl : public SequenceClassifierImpl
{
public:
    explicit LstmClassifierImpl(const LstmClassifierOptions &options);
    torch::Tensor forward(torch::Tensor x) override;

    LstmClassifierOptions options;

private:
    std::vector<torch::nn::LSTM> m_layers;
    torch::nn::Dropout m_dropout{nullptr};
    torch::nn::Linear m_fc{nullptr};
};
TORCH_MODULE(LstmClassifier);

} // namespace cropmap::core::model
