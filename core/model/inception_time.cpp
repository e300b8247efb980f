// SPDX-License-Identifier: GPL-3.0-or-later
#include "model/inception_time.h"

namespace cropmap::core::model {

InceptionModuleImpl::InceptionModuleImpl(int64_t filters, int64_t kernelSize)
{
    m_bottleneck = register_module(
        "bottleneck", torch::nn::Linear(torch::nn::LinearOptions(filters, 1).bias(false)));
    for (int i = 0; i < 3; ++i) {
        const int64_t kernel = kernelSize >> i;
        // Kernel k+1 with padding k/2 keeps the length T for even k. The zero padding is
        // applied in forward(): LibTorch 1.13's CPU convolution read uninitialised memory
        // when its own padding exceeded a short series (T = 7 with kernel 33).
        m_padding.push_back(kernel / 2);
        m_convolutions.push_back(register_module(
            "conv" + std::to_string(i),
            torch::nn::Conv1d(torch::nn::Conv1dOptions(1, filters / 4, kernel + 1).bias(false))));
    }
    m_poolConv = register_module(
        "pool_conv",
        torch::nn::Conv1d(torch::nn::Conv1dOptions(filters, filters / 4, 1).bias(false)));
    m_bn = register_module("bn", torch::nn::BatchNorm1d(filters));
}

torch::Tensor InceptionModuleImpl::forward(torch::Tensor x)
{
    // x: N × C × T; the bottleneck collapses the channels to one.
    const torch::Tensor collapsed = m_bottleneck(x.transpose(1, 2)).transpose(1, 2);
    std::vector<torch::Tensor> features;
    for (std::size_t i = 0; i < m_convolutions.size(); ++i) {
        const torch::Tensor padded = torch::nn::functional::pad(
            collapsed, torch::nn::functional::PadFuncOptions({m_padding[i], m_padding[i]}));
        features.push_back(m_convolutions[i](padded));
    }
    features.push_back(m_poolConv(torch::max_pool1d(x, 3, 1, 1)));
    const torch::Tensor out = torch::relu(m_bn(torch::cat(features, 1)));
    return torch::relu(out + x);
}

InceptionTimeImpl::InceptionTimeImpl(const InceptionTimeOptions &options_)
    : options(options_)
{
    const int64_t filters = 4 * options.hidden_dims();
    m_inLinear = register_module("in_linear", torch::nn::Linear(options.input_size(), filters));
    m_modules = register_module("inception", torch::nn::Sequential());
    for (int64_t i = 0; i < options.layers(); ++i)
        m_modules->push_back(InceptionModule(filters, options.kernel_size()));
    m_outLinear = register_module("out_linear", torch::nn::Linear(filters, options.classes()));
}

torch::Tensor InceptionTimeImpl::forward(torch::Tensor x)
{
    x = m_inLinear(x).transpose(1, 2); // N × T × 4h → N × 4h × T
    x = m_modules->forward(x);
    return m_outLinear(x.mean(2));
}

} // namespace cropmap::core::model
