// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QList>
#include <QString>
#include <QStringList>

#include <gdal.h>

#include "composite/period.h"
#include "io/sentinel2_archive.h"

namespace cropmap::core::composite {

/** \brief A normalised-difference index computed per observation: (a − b) / (a + b). */
struct SpectralIndex
{
    QString name; //!< "NDVI"
    QString a;    //!< band of the first term, e.g. "B08"
    QString b;    //!< band of the second term, e.g. "B04"
};

/** The indices `--indices` knows: NDVI (B08, B04), NDWI (B03, B08), NDMI (B08, B11). */
const QList<SpectralIndex> &knownIndices();

/** \brief How the composite values are stored. */
enum class CompositeValueType {
    Auto,   //!< int16 for Sentinel-2 reflectance bands only, float32 once an index or another band is in
    Int16,  //!< rounded, nodata −9999
    Float32 //!< nodata NaN
};

/** \brief The options of the monthly composite step, with the defaults of DESIGN.md §2. */
struct CompositeOptions
{
    Period period;                                      //!< default 2017-09 … 2018-08
    QStringList bands = io::sentinel2Bands();           //!< input bands, composited in this order
    //! "SCL" (Sen2Cor classes, invalidSclClasses are clouds), another band name for an
    //! external per-acquisition mask (non-zero = cloud, e.g. "CLM"), or empty for none.
    QString maskBand = QStringLiteral("SCL");
    QList<int> invalidSclClasses = {0, 1, 3, 8, 9, 10, 11};
    QStringList indices;                                //!< extra bands, e.g. {"NDVI"}
    CompositeValueType valueType = CompositeValueType::Auto;
    QStringList tiles;        //!< tiles to composite (empty = every tile of the archive)
    QString flatTileId;       //!< tile id for a flat archive folder (default: folder name)
    //! BOA_ADD_OFFSET of the reflectance bands of a GeoTIFF-folder or flat archive (−1000 for
    //! exports of baseline 04.00 or later); .SAFE products carry their own in MTD_MSIL2A.xml.
    double boaOffset = 0;
    bool verifyFiles = true;  //!< let the archive scan read each file's last pixel
    int threads = 0;          //!< worker threads (0 = all cores)
    int blockSize = 256;      //!< processing window edge in pixels
    /** false: the 12 monthly medians (DESIGN.md §2). true: the whole series of each tile,
     *  one step per acquisition date (the seed's Table 1, column i), cloudy or missing
     *  observations filled by linear interpolation in time between the valid dates. */
    bool wholeSeries = false;

    bool usesScl() const { return maskBand.compare(QStringLiteral("SCL"), Qt::CaseInsensitive) == 0; }
    /** What the archive scan must find: the bands and the mask band. */
    io::ArchiveOptions archiveOptions() const;
    /** The output bands: the input bands, then the indices (upper case). */
    QStringList outputBands() const;
    /** The resolved indices (throws Error for an unknown name). */
    QList<SpectralIndex> resolvedIndices() const;
    GDALDataType outputDataType() const;
    /** Checks the options before a run; throws Error naming the offending option. */
    void validate() const;
};

/** Parses "0,1,3,8" into class values 0…255; throws Error naming the bad item. */
QList<int> parseSclClasses(const QString &text);

} // namespace cropmap::core::composite
