// SPDX-License-Identifier: GPL-3.0-or-later
#include "model/network_state.h"

#include <QCoreApplication>
#include <sstream>

#include "util/error.h"

namespace cropmap::core::model {

namespace {

QString tr(const char *text)
{
    return QCoreApplication::translate("cropmap::core::model", text);
}

std::vector<std::pair<std::string, torch::Tensor>> namedTensors(torch::nn::Module &network)
{
    std::vector<std::pair<std::string, torch::Tensor>> tensors;
    for (const auto &item : network.named_parameters())
        tensors.emplace_back(item.key(), item.value());
    for (const auto &item : network.named_buffers())
        tensors.emplace_back(item.key(), item.value());
    return tensors;
}

// Archive keys are attribute names of a TorchScript module, where '.' separates submodules.
std::string archiveKey(std::string name)
{
    for (std::size_t at = name.find('.'); at != std::string::npos; at = name.find('.', at))
        name.replace(at, 1, "__");
    return name;
}

QByteArray toBytes(const std::function<void(torch::serialize::OutputArchive &)> &fill)
{
    torch::serialize::OutputArchive archive;
    fill(archive);
    std::ostringstream stream;
    archive.save_to(stream);
    const std::string data = stream.str();
    return QByteArray(data.data(), qsizetype(data.size()));
}

} // namespace

NetworkState captureState(torch::nn::Module &network)
{
    NetworkState state;
    torch::NoGradGuard noGrad;
    for (auto &[name, tensor] : namedTensors(network))
        state.emplace_back(name, tensor.detach().clone());
    return state;
}

void restoreState(torch::nn::Module &network, const NetworkState &state, const QString &context)
{
    auto tensors = namedTensors(network);
    if (tensors.size() != state.size())
        throw Error(tr("%1: the stored weights do not fit the network (%2 tensors instead of %3)")
                        .arg(context)
                        .arg(state.size())
                        .arg(tensors.size()));
    torch::NoGradGuard noGrad;
    for (std::size_t i = 0; i < tensors.size(); ++i) {
        if (tensors[i].first != state[i].first
            || !tensors[i].second.sizes().equals(state[i].second.sizes()))
            throw Error(tr("%1: the stored weights do not fit the network (tensor \"%2\")")
                            .arg(context, QString::fromStdString(tensors[i].first)));
        tensors[i].second.copy_(state[i].second);
    }
}

void updateAverage(NetworkState &average, torch::nn::Module &network, double decay)
{
    torch::NoGradGuard noGrad;
    const auto tensors = namedTensors(network);
    for (std::size_t i = 0; i < tensors.size() && i < average.size(); ++i) {
        torch::Tensor &a = average[i].second;
        const torch::Tensor &w = tensors[i].second;
        if (a.is_floating_point())
            a.mul_(decay).add_(w.detach(), 1.0 - decay);
        else
            a.copy_(w);
    }
}

NetworkState deserializeState(torch::nn::Module &network, const QByteArray &bytes,
                              const QString &context)
{
    const NetworkState current = captureState(network);
    loadSerializedState(network, bytes, context);
    NetworkState loaded = captureState(network);
    restoreState(network, current, context);
    return loaded;
}

QByteArray serializeState(const NetworkState &state)
{
    return toBytes([&](torch::serialize::OutputArchive &archive) {
        for (const auto &[name, tensor] : state)
            archive.write(archiveKey(name), tensor, true);
    });
}

void loadSerializedState(torch::nn::Module &network, const QByteArray &bytes,
                         const QString &context)
{
    try {
        torch::serialize::InputArchive archive;
        archive.load_from(bytes.constData(), std::size_t(bytes.size()));
        NetworkState state;
        for (auto &[name, tensor] : namedTensors(network)) {
            torch::Tensor value;
            if (!archive.try_read(archiveKey(name), value, true))
                throw Error(tr("%1: the weights lack tensor \"%2\"")
                                .arg(context, QString::fromStdString(name)));
            state.emplace_back(name, value);
        }
        restoreState(network, state, context);
    } catch (const c10::Error &e) {
        throw Error(tr("%1: the weights cannot be read (%2)")
                        .arg(context, QString::fromStdString(e.what_without_backtrace())));
    }
}

QByteArray serializeOptimizer(torch::optim::Optimizer &optimizer)
{
    return toBytes([&](torch::serialize::OutputArchive &archive) { optimizer.save(archive); });
}

void loadSerializedOptimizer(torch::optim::Optimizer &optimizer, const QByteArray &bytes,
                             const QString &context)
{
    try {
        torch::serialize::InputArchive archive;
        archive.load_from(bytes.constData(), std::size_t(bytes.size()));
        optimizer.load(archive);
    } catch (const c10::Error &e) {
        throw Error(tr("%1: the optimizer state cannot be read (%2)")
                        .arg(context, QString::fromStdString(e.what_without_backtrace())));
    }
}

} // namespace cropmap::core::model
