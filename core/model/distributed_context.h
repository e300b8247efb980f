// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QString>
#include <QtGlobal>
#include <memory>
#include <optional>

namespace cropmap::core::model {

/**
 * \brief Where a data-parallel run meets: the variables torchrun and Slurm set.
 *
 * MASTER_ADDR, MASTER_PORT, RANK and WORLD_SIZE; without RANK / WORLD_SIZE, Slurm's
 * SLURM_PROCID / SLURM_NTASKS (MASTER_ADDR then defaults to the first host of
 * SLURM_JOB_NODELIST only when it is a plain host name, otherwise it must be set).
 */
struct DistributedSettings
{
    QString masterAddress = QStringLiteral("127.0.0.1");
    int masterPort = 29500;
    int rank = 0;
    int worldSize = 1;
    int timeoutSeconds = 600;

    /**
     * The settings of the environment, or nothing when it describes a single process
     * (no WORLD_SIZE / SLURM_NTASKS, or a world of one). Throws Error when the variables
     * are present but inconsistent (rank outside the world, a bad port).
     */
    static std::optional<DistributedSettings> fromEnvironment();
};

/**
 * \brief A c10d ProcessGroupGloo over a TCPStore rendezvous: the collectives training needs.
 *
 * Rank 0 hosts the store at MASTER_ADDR:MASTER_PORT; every rank connects, then each
 * collective blocks until all ranks took part. LibTorch stays behind the pointer.
 */
class DistributedContext
{
public:
    /** Connects to the group; throws Error (naming the address) when rendezvous fails. */
    explicit DistributedContext(const DistributedSettings &settings);
    ~DistributedContext();
    DistributedContext(const DistributedContext &) = delete;
    DistributedContext &operator=(const DistributedContext &) = delete;

    int rank() const { return m_settings.rank; }
    int worldSize() const { return m_settings.worldSize; }
    bool isRoot() const { return m_settings.rank == 0; }

    /** Sums \a count values element-wise over all ranks, in place, on every rank. */
    void allReduceSum(float *data, qint64 count);
    void allReduceSum(double *data, qint64 count);
    /** Copies rank \a root's \a count values to every rank. */
    void broadcast(float *data, qint64 count, int root = 0);
    void barrier();

private:
    struct Group;
    DistributedSettings m_settings;
    std::unique_ptr<Group> m_group;
};

} // namespace cropmap::core::model
