// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <vector>

#include <QRectF>
#include <QStringList>

namespace cropmap::core::check {

/** \brief The monthly values of every pixel of one parcel, in SampleSet's layout. */
struct ParcelPixels
{
    QStringList steps;
    QStringList bands;
    std::vector<float> values; //!< count × steps × bands, time-major per pixel
    qint64 count = 0;
};

/**
 * \brief Reads one parcel's pixels from its tile's monthly stack.
 *
 * The parcel's pixels are those carrying its id in the rasterize step's parcel raster
 * (`thematic/<TILE>_parcels.tif`, the check's raster_id); their values come through
 * sampling::CompositeSeries, the reader of the sample sets, so a parcel's series and the
 * classes' envelopes share one scale.
 */
class ParcelPixelReader
{
public:
    /**
     * Reads parcel \a rasterId of \a tile: \a parcelRaster is its parcel raster, the stack is
     * looked for in \a compositeFolder, and only the window of the raster covering
     * \a mapBounds (in the raster's CRS; empty: the whole raster) is searched. Throws Error
     * naming the file that cannot be read.
     */
    static ParcelPixels read(const QString &compositeFolder, const QString &tile, const QString &parcelRaster,
                             quint32 rasterId, const QRectF &mapBounds);
};

} // namespace cropmap::core::check
