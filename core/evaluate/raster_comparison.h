// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <vector>

#include <QString>

#include "evaluate/area_estimate.h"
#include "evaluate/confusion_matrix.h"
#include "thematic/class_table.h"

namespace cropmap::core {
class Feedback;
}

namespace cropmap::core::evaluate {

/** \brief Inputs of a map-against-reference comparison (the `cropmap evaluate` step). */
struct RasterComparisonOptions
{
    QString referencePath; //!< class ids (0 = no reference), e.g. the eroded declarations
    QString mapPath;       //!< class ids (0 = not classified); its grid is the comparison grid
    QString maskPath;      //!< optional split raster; only pixels equal to maskValue count
    int maskValue = 3;     //!< SplitSet::Test
    //! optional parcel ids (e.g. thematic/<TILE>_parcels.tif, 0 = none): each parcel's scored
    //! pixels become one cluster of the area estimates' standard errors (a scored pixel outside
    //! every parcel is a cluster of its own)
    QString parcelsPath;
    int blockSize = 512;
    int threads = 0; //!< 0 = all cores
};

/** \brief Pixel counts of a comparison: the matrix of the masked pixels and the whole map's areas. */
struct RasterComparison
{
    thematic::ClassTable classes;
    ConfusionMatrix matrix;           //!< rows = reference, columns = map, by class index
    std::vector<qint64> mappedPixels; //!< per class, over the whole map (not only the mask)
    qint64 unmappedReferencePixels = 0; //!< masked reference pixels the map left unclassified
    ClusterCounts clusters;           //!< per parcel, with parcelsPath; else empty
    double pixelArea = 1.0;           //!< area of one map pixel in areaUnit
    QString areaUnit;                 //!< "ha" on a grid in metres, else "pixels"

    std::vector<double> mappedArea() const;
};

/**
 * Compares a class map with a reference raster block by block on all cores (memory bounded by
 * the block size). The reference and the mask are read on the map's grid (nearest neighbour),
 * so they may have another CRS or resolution.
 *
 * \a classes translates raster ids into class indices; when it is empty, the classes are the
 * ids found in either raster, named "Class <id>". Throws Error naming the file when a raster
 * cannot be read or holds an id the class table does not define; Canceled when \a feedback is.
 */
RasterComparison compareRasters(const RasterComparisonOptions &options,
                                 const thematic::ClassTable &classes, Feedback &feedback);

} // namespace cropmap::core::evaluate
