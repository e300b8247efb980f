// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <array>
#include <vector>

#include <QList>
#include <QSet>
#include <QString>
#include <QStringList>
#include <QVector>

#include "composite/composite_options.h"
#include "io/sentinel2_archive.h"
#include "io/tile_grid.h"

namespace cropmap::core::composite {

/**
 * \brief What one tile's composite reads: the acquisitions of the period grouped by month,
 * the bands, the indices and how the mask is read. Built once per tile, shared read-only by
 * the worker threads.
 */
struct CompositePlan
{
    QString tile;
    io::TileGrid grid;                         //!< output grid (the tile's 10 m grid)
    Period period;
    QVector<io::Acquisition> acquisitions;     //!< those within the period, by time
    std::vector<std::vector<int>> stepAcquisitions; //!< per step: indices into acquisitions
    QSet<int> excluded;                        //!< acquisitions whose files failed to read
    QStringList bands;                         //!< input bands, in output order
    QList<SpectralIndex> indices;
    std::vector<std::pair<int, int>> indexBands; //!< per index: positions of its bands a, b
    bool hasMask = true;
    bool scl = true;                           //!< mask holds SCL classes (else non-zero = cloud)
    std::array<bool, 256> invalidScl{};        //!< SCL class → cloud/invalid
    QStringList stepLabels;                    //!< "2017-09", … or, whole series, "2017-09-14", …
    //! Position of each step in days from the first step: gaps are interpolated on it.
    std::vector<double> stepDays;

    /** Groups \a tile's acquisitions by the months of options.period, or (whole series) by
     *  acquisition date within the period. */
    static CompositePlan make(const io::TileAcquisitions &tile, const CompositeOptions &options);

    int stepCount() const { return int(stepLabels.size()); }
    int channelCount() const { return int(bands.size() + indices.size()); }
    //! Files per acquisition: the bands and the mask.
    int filesPerAcquisition() const { return int(bands.size()) + (hasMask ? 1 : 0); }
    //! The most acquisitions any month has (sizes the per-thread buffers).
    int maxPerStep() const;
    int acquisitionsInStep(int step) const; //!< not counting excluded ones
};

} // namespace cropmap::core::composite
