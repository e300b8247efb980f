// SPDX-License-Identifier: GPL-3.0-or-later
#include "model/distributed_context.h"

#include <QCoreApplication>

#define USE_C10D_GLOO // ProcessGroupGloo.hpp declares nothing without it
#include <torch/csrc/distributed/c10d/ProcessGroupGloo.hpp>
#include <torch/csrc/distributed/c10d/TCPStore.hpp>

#include "util/error.h"

namespace cropmap::core::model {

namespace {

QString tr(const char *text)
{
    return QCoreApplication::translate("cropmap::core::model", text);
}

std::optional<int> intVariable(const char *name)
{
    const QByteArray value = qgetenv(name);
    if (value.isEmpty())
        return std::nullopt;
    bool ok = false;
    const int number = value.trimmed().toInt(&ok);
    if (!ok)
        throw Error(tr("Environment variable %1=\"%2\" is not an integer")
                        .arg(QLatin1String(name), QString::fromLocal8Bit(value)));
    return number;
}

} // namespace

std::optional<DistributedSettings> DistributedSettings::fromEnvironment()
{
    std::optional<int> world = intVariable("WORLD_SIZE");
    std::optional<int> rank = intVariable("RANK");
    if (!world) {
        world = intVariable("SLURM_NTASKS");
        rank = intVariable("SLURM_PROCID");
    }
    if (!world || *world <= 1)
        return std::nullopt;
    DistributedSettings settings;
    settings.worldSize = *world;
    settings.rank = rank.value_or(-1);
    if (settings.rank < 0 || settings.rank >= settings.worldSize)
        throw Error(tr("Data-parallel training: rank %1 is outside a world of %2 processes "
                       "(RANK / SLURM_PROCID)")
                        .arg(settings.rank)
                        .arg(settings.worldSize));
    QString address = qEnvironmentVariable("MASTER_ADDR");
    if (address.isEmpty()) {
        // A node list such as "node[01-04]" needs `scontrol show hostnames` (see
        // docs/training.md); a plain "node01,node02" gives its first host.
        const QString nodes = qEnvironmentVariable("SLURM_JOB_NODELIST");
        if (!nodes.isEmpty() && !nodes.contains(u'['))
            address = nodes.section(u',', 0, 0);
    }
    if (!address.isEmpty())
        settings.masterAddress = address;
    if (const auto port = intVariable("MASTER_PORT")) {
        if (*port <= 0 || *port > 65535)
            throw Error(tr("MASTER_PORT=%1 is not a TCP port").arg(*port));
        settings.masterPort = *port;
    }
    return settings;
}

struct DistributedContext::Group
{
    c10::intrusive_ptr<c10d::TCPStore> store;
    c10::intrusive_ptr<c10d::ProcessGroupGloo> group;

    void run(c10::intrusive_ptr<c10d::Work> work)
    {
        work->wait();
    }
};

DistributedContext::DistributedContext(const DistributedSettings &settings)
    : m_settings(settings)
    , m_group(std::make_unique<Group>())
{
    const std::string address = settings.masterAddress.toStdString();
    try {
        c10d::TCPStoreOptions storeOptions;
        storeOptions.port = std::uint16_t(settings.masterPort);
        storeOptions.isServer = settings.rank == 0;
        storeOptions.numWorkers = std::size_t(settings.worldSize);
        storeOptions.waitWorkers = true;
        storeOptions.timeout = std::chrono::seconds(settings.timeoutSeconds);
        m_group->store = c10::make_intrusive<c10d::TCPStore>(address, storeOptions);

        auto options = c10d::ProcessGroupGloo::Options::create(
            std::chrono::seconds(settings.timeoutSeconds));
        const QByteArray interface = qgetenv("GLOO_SOCKET_IFNAME");
        if (!interface.isEmpty())
            options->devices.push_back(
                c10d::ProcessGroupGloo::createDeviceForInterface(interface.toStdString()));
        else if (address == "127.0.0.1" || address == "localhost")
            options->devices.push_back(
                c10d::ProcessGroupGloo::createDeviceForHostname("127.0.0.1"));
        else
            options->devices.push_back(c10d::ProcessGroupGloo::createDefaultDevice());
        m_group->group = c10::make_intrusive<c10d::ProcessGroupGloo>(
            m_group->store, settings.rank, settings.worldSize, options);
    } catch (const std::exception &e) {
        throw Error(tr("Data-parallel training: rank %1 of %2 cannot join the group at "
                       "%3:%4: %5")
                        .arg(settings.rank)
                        .arg(settings.worldSize)
                        .arg(settings.masterAddress)
                        .arg(settings.masterPort)
                        .arg(QString::fromLocal8Bit(e.what()).section(u'\n', 0, 0)));
    }
}

DistributedContext::~DistributedContext() = default;

void DistributedContext::allReduceSum(float *data, qint64 count)
{
    std::vector<at::Tensor> tensors{torch::from_blob(data, {count}, torch::kFloat32)};
    m_group->run(m_group->group->allreduce(tensors));
}

void DistributedContext::allReduceSum(double *data, qint64 count)
{
    std::vector<at::Tensor> tensors{torch::from_blob(data, {count}, torch::kFloat64)};
    m_group->run(m_group->group->allreduce(tensors));
}

void DistributedContext::broadcast(float *data, qint64 count, int root)
{
    std::vector<at::Tensor> tensors{torch::from_blob(data, {count}, torch::kFloat32)};
    c10d::BroadcastOptions options;
    options.rootRank = root;
    m_group->run(m_group->group->broadcast(tensors, options));
}

void DistributedContext::barrier()
{
    m_group->run(m_group->group->barrier());
}

} // namespace cropmap::core::model
