// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QString>
#include <QtGlobal>

namespace cropmap::core {

/**
 * \brief How much memory the steps may use (issue 17, item 5): `--memory` on the command line,
 * `memory` in a project, by default a quarter of the machine's RAM.
 *
 * The budget sets the sizes of the parts that large sets are read, judged and written in
 * (sample pools, test sets) and GDAL's block cache; what a step holds beyond them (a model, a
 * tile's class map, the per-sample columns of a pool: 18 bytes a sample) does not grow with
 * the budget.
 */
struct MemoryBudget
{
    qint64 bytes = 0; //!< 0: the default, a quarter of the physical RAM

    /** bytes, or the default when 0. */
    qint64 resolved() const;
    /** How many items of \a bytesPerItem fit in \a share of the budget, within
     *  [\a minimum, \a maximum]. */
    qint64 items(qint64 bytesPerItem, double share, qint64 minimum = 4096,
                 qint64 maximum = qint64(1) << 24) const;

    /** The machine's physical RAM in bytes (4 GiB when it cannot be read). */
    static qint64 physicalRam();
    /** A quarter of physicalRam(). */
    static qint64 defaultBytes();
    /**
     * "4G", "4 GiB", "512M", "512MB", "2048" (MiB without a unit), "0" or "" (the default);
     * at least 256 MiB. Throws Error naming \a what and the value otherwise.
     */
    static MemoryBudget parse(const QString &text, const QString &what);
    /** "6.0 GiB (a quarter of 24.0 GiB RAM)" or "2.0 GiB". */
    QString describe() const;
};

} // namespace cropmap::core
