// SPDX-License-Identifier: GPL-3.0-or-later
#include "classify/lstm_export.h"

#include <torch/torch.h>

#include "model/crop_model.h"
#include "model/crop_model_private.h"

namespace cropmap::core::classify {

namespace {

std::vector<float> toVector(const torch::Tensor &t)
{
    const torch::Tensor c = t.detach().contiguous().to(torch::kFloat32);
    return std::vector<float>(c.data_ptr<float>(), c.data_ptr<float>() + c.numel());
}

} // namespace

std::optional<LstmNetworkWeights> exportLstmWeights(const model::CropModel &cropModel, int member)
{
    const model::ModelMetadata &metadata = cropModel.metadata();
    if (metadata.spec.kind != model::ModelKind::Lstm)
        return std::nullopt;
    const auto parameters = cropModel.d().member(member)->named_parameters(true);
    LstmNetworkWeights weights;
    int input = metadata.bandCount();
    for (std::size_t i = 0; i < metadata.spec.lstmHiddenSizes.size(); ++i) {
        const std::string prefix = "lstm" + std::to_string(i + 1) + ".";
        const torch::Tensor *wih = parameters.find(prefix + "weight_ih_l0");
        const torch::Tensor *whh = parameters.find(prefix + "weight_hh_l0");
        const torch::Tensor *bih = parameters.find(prefix + "bias_ih_l0");
        const torch::Tensor *bhh = parameters.find(prefix + "bias_hh_l0");
        if (!wih || !whh || !bih || !bhh)
            return std::nullopt; // an LSTM of another layout: the LibTorch path handles it
        LstmLayerWeights layer;
        layer.inputSize = input;
        layer.hiddenSize = metadata.spec.lstmHiddenSizes[i];
        layer.weightIh = toVector(*wih);
        layer.weightHh = toVector(*whh);
        layer.bias = toVector(*bih + *bhh);
        weights.layers.push_back(std::move(layer));
        input = metadata.spec.lstmHiddenSizes[i];
    }
    const torch::Tensor *fcWeight = parameters.find("fc.weight");
    const torch::Tensor *fcBias = parameters.find("fc.bias");
    if (!fcWeight || !fcBias)
        return std::nullopt;
    weights.classCount = metadata.classCount();
    weights.fcWeight = toVector(*fcWeight);
    weights.fcBias = toVector(*fcBias);
    return weights;
}

} // namespace cropmap::core::classify
