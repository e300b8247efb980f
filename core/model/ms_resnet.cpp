// SPDX-License-Identifier: GPL-3.0-or-later
#include "model/ms_resnet.h"

namespace cropmap::core::model {

namespace F = torch::nn::functional;

namespace {

constexpr int64_t kResampledLength = 512;

torch::nn::Conv1d conv(int64_t in, int64_t out, int64_t kernel, int64_t stride, int64_t padding)
{
    return torch::nn::Conv1d(
        torch::nn::Conv1dOptions(in, out, kernel).stride(stride).padding(padding).bias(false));
}

} // namespace

MSResNetBlockImpl::MSResNetBlockImpl(int64_t inPlanes, int64_t planes, int64_t kernel,
                                     int64_t stride)
{
    m_conv1 = register_module("conv1", conv(inPlanes, planes, kernel, stride, 1));
    m_bn1 = register_module("bn1", torch::nn::BatchNorm1d(planes));
    m_conv2 = register_module("conv2", conv(planes, planes, kernel, 1, 1));
    m_bn2 = register_module("bn2", torch::nn::BatchNorm1d(planes));
    if (stride != 1 || inPlanes != planes) {
        m_downsample = register_module("downsample", conv(inPlanes, planes, 1, stride, 0));
        m_downsampleBn = register_module("downsample_bn", torch::nn::BatchNorm1d(planes));
    }
}

torch::Tensor MSResNetBlockImpl::forward(torch::Tensor x)
{
    torch::Tensor out = torch::relu(m_bn1(m_conv1(x)));
    out = m_bn2(m_conv2(out));
    torch::Tensor residual = m_downsample ? m_downsampleBn(m_downsample(x)) : x;
    // Kernels 5 and 7 with padding 1 shorten the series; crop the shortcut's tail.
    residual = residual.narrow(2, 0, out.size(2));
    return torch::relu(out + residual);
}

MSResNetImpl::MSResNetImpl(const MSResNetOptions &options_)
    : options(options_)
{
    const int64_t hidden = options.hidden_dims();
    m_stem = register_module("stem", conv(options.input_size(), hidden, 7, 2, 3));
    m_stemBn = register_module("stem_bn", torch::nn::BatchNorm1d(hidden));
    m_branch3 = register_module("branch3", makeBranch(3));
    m_branch5 = register_module("branch5", makeBranch(5));
    m_branch7 = register_module("branch7", makeBranch(7));
    m_fc = register_module("fc", torch::nn::Linear(3 * 4 * hidden, options.classes()));
}

torch::nn::Sequential MSResNetImpl::makeBranch(int64_t kernel)
{
    const int64_t hidden = options.hidden_dims();
    torch::nn::Sequential branch;
    branch->push_back(MSResNetBlock(hidden, hidden, kernel, 2));
    branch->push_back(MSResNetBlock(hidden, 2 * hidden, kernel, 2));
    branch->push_back(MSResNetBlock(2 * hidden, 4 * hidden, kernel, 2));
    return branch;
}

torch::Tensor MSResNetImpl::forward(torch::Tensor x)
{
    x = x.transpose(1, 2); // N × B × T for Conv1d
    x = F::interpolate(x, F::InterpolateFuncOptions()
                              .size(std::vector<int64_t>{kResampledLength})
                              .mode(torch::kNearest));
    x = torch::relu(m_stemBn(m_stem(x)));
    x = F::max_pool1d(x, F::MaxPool1dFuncOptions(3).stride(2).padding(1));
    // BreizhCrops pools with fixed windows (16, 11, 6) that reduce each branch to one step:
    // the mean over time.
    const torch::Tensor features = torch::cat(
        {m_branch3->forward(x).mean(2), m_branch5->forward(x).mean(2),
         m_branch7->forward(x).mean(2)},
        1);
    return m_fc(features);
}

} // namespace cropmap::core::model
