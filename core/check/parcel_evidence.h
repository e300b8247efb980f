// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <cstdint>
#include <unordered_map>
#include <utility>
#include <vector>

#include <QString>

#include "thematic/class_table.h"

namespace cropmap::core {
class Feedback;
}

namespace cropmap::core::check {

/**
 * \brief What the class map of one tile says about one declared parcel.
 *
 * Counts run over the parcel's eroded pixels (those of the map M_er, where the parcel's
 * declared class survived border erosion): `pixels` of them, `mappedPixels` classified by
 * the model (a pixel without data in some month is not), `agreeing` mapped as the declared
 * class. Shares are of the mapped pixels.
 */
struct ParcelEvidence
{
    std::uint32_t parcelId = 0; //!< id in the parcel raster (1-based reading order of the layer)
    int tileIndex = -1;         //!< which of the checked tiles the counts come from
    qint64 footprint = 0;       //!< every pixel the parcel burnt, border included
    int declaredClassId = 0;    //!< class of the eroded pixels (0: none survived erosion)
    qint64 pixels = 0;
    qint64 mappedPixels = 0;
    qint64 agreeing = 0;
    double declaredPosteriorSum = 0; //!< sum of p(declared class) over the mapped pixels
    qint64 declaredPosteriorCount = 0; //!< 0 when classify wrote no probability raster
    double confidenceSum = 0;        //!< sum of the max posterior over the mapped pixels
    qint64 confidenceCount = 0;
    std::vector<std::pair<int, qint64>> otherClasses; //!< class id → pixels mapped as it
    int splitSet = 0; //!< 1 train, 2 validation, 3 test (the parcel's set), 0 unknown

    double agreement() const;            //!< agreeing / mappedPixels, NaN when none is mapped
    double meanDeclaredPosterior() const; //!< NaN without probabilities
    double meanConfidence() const;       //!< NaN without a posterior raster
    int mainOtherClassId() const;        //!< most frequent other mapped class (lowest id on ties), 0: none
    double mainOtherShare() const;       //!< its share of the mapped pixels, 0 when none
};

/** \brief The rasters of one tile that the check reads; all on the same grid. */
struct TileEvidenceInputs
{
    QString parcelRaster;      //!< thematic/<TILE>_parcels.tif (uint32 parcel ids)
    QString erodedClassRaster; //!< thematic/<TILE>_classes_eroded.tif
    QString classMap;          //!< maps/<TILE>_classes.tif (0: not classified)
    QString posterior;         //!< maps/<TILE>_posterior.tif (max posterior × 255); empty: none
    QString probabilities;     //!< maps/<TILE>_probabilities.tif (a band per class, named); empty: none
    QString splitSets;         //!< samples/<TILE>_sets.tif (the parcel's set per pixel); empty: none
    thematic::ClassTable classes; //!< the legend's classes, to find the probability bands by name
    int blockSize = 512;
    int threads = 0;
};

using TileEvidence = std::unordered_map<std::uint32_t, ParcelEvidence>;

/**
 * Reads the rasters of \a inputs block by block (memory bounded by the block size, blocks on
 * \a inputs.threads workers) and returns the evidence of every parcel id found in the parcel
 * raster, tagged with \a tileIndex. Throws Error naming the file when one is missing,
 * unreadable or not on the parcel raster's grid, and Canceled when \a feedback is.
 */
TileEvidence collectTileEvidence(const TileEvidenceInputs &inputs, int tileIndex, Feedback &feedback);

} // namespace cropmap::core::check
