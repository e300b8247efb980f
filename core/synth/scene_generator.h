// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QDate>
#include <QString>
#include <QVector>

#include "synth/scene_options.h"

namespace cropmap::core {
class Feedback;
}

namespace cropmap::core::synth {

/** \brief What a generated scene holds, for the CLI's report and the GUI. */
struct SceneSummary
{
    QString folder;
    int parcels = 0;
    int wrongDeclarations = 0;
    int backgroundCells = 0;
    int acquisitions = 0;  //!< over all tiles
    int files = 0;         //!< raster files of the archive
};

/**
 * \brief Generates a deterministic synthetic Sentinel-2 study area (`cropmap synth`).
 *
 * Output folder:
 *  - `archive/`: the acquisitions in the layout chosen (see ArchiveWriter);
 *  - `parcels.gpkg`: layer `parcels` with the declarations (see ParcelWriter);
 *  - `truth/<TILE>_truth.tif`: the true class id per 10 m pixel (uint8, colour table, 0 = none);
 *  - `legend.json`: the aggregation of the declared names into the seed's 15 classes;
 *  - `scene.json`: the options, the tiles with their grids and acquisitions, the realised
 *    class shares.
 * Everything is written into `<folder>.tmp` and renamed onto the folder at the end, so a
 * failed or canceled run leaves no partial scene. Acquisitions are rendered and written in
 * parallel; every value depends on the options only, not on the thread count.
 */
class SceneGenerator
{
public:
    explicit SceneGenerator(SceneOptions options);

    const SceneOptions &options() const { return m_options; }

    /** The acquisition dates of \a tile: spread over the period with a seeded jitter. */
    QVector<QDate> acquisitionDates(int tile) const;

    /** Generates the scene; throws Error (naming the file) or Canceled. */
    SceneSummary generate(Feedback &feedback) const;

private:
    SceneOptions m_options;
};

} // namespace cropmap::core::synth
