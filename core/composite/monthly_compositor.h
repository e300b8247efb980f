// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QString>
#include <QStringList>
#include <QVector>

#include "composite/composite_options.h"
#include "io/sentinel2_archive.h"

namespace cropmap::core {
class Feedback;
}

namespace cropmap::core::composite {

/** \brief What compositing one tile produced. */
struct TileCompositeResult
{
    QString tile;
    QString vrtPath;             //!< `<TILE>_composites.vrt`, what later steps read
    QString countPath;           //!< `<TILE>_count.tif`
    QStringList monthPaths;      //!< `<TILE>_<YYYY-MM>.tif`, one per step
    QVector<int> acquisitionsPerStep;
    QStringList emptySteps;      //!< months without any acquisition (filled, count 0)
    QStringList skipped;         //!< acquisitions skipped, one message each
    qint64 pixelObservations = 0; //!< pixels × acquisitions read (for throughput figures)
};

/**
 * \brief Monthly cloud-free median composites of one tile (DESIGN.md §2).
 *
 * For each month of the period, each pixel and band: the median of the valid observations
 * (mask clear, band has data). Months without a valid observation at a pixel are filled
 * linearly in time from the nearest valid months; a pixel without any valid observation stays
 * nodata. Works window by window on all cores, so memory is bounded by the window size and
 * the acquisitions of a month, never by the tile size. An acquisition whose files fail to read
 * is skipped with a warning and the tile is recomposited without it, so all blocks agree.
 */
class MonthlyCompositor
{
public:
    explicit MonthlyCompositor(CompositeOptions options);

    /**
     * Composites \a tile into `<outputRoot>/<TILE>/`. Throws Error when the period holds no
     * acquisition of the tile, Canceled on cancel; either way the previous outputs stay.
     */
    TileCompositeResult composite(const io::TileAcquisitions &tile, const QString &outputRoot,
                                  Feedback &feedback) const;

private:
    CompositeOptions m_options;
};

} // namespace cropmap::core::composite
