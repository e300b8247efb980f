// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <utility>
#include <vector>

#include <QRectF>
#include <QSize>
#include <QString>
#include <QStringList>

#include "io/gdal_handles.h"

namespace cropmap::ui {

/**
 * \brief A raster opened for drawing in the canvas CRS: the file, warped on the fly by a
 * GDAL warped VRT when its CRS differs from the canvas.
 *
 * \note One per thread: renderers open their own on the worker.
 */
class RasterView
{
public:
    /** Opens \a path for a canvas in \a canvasCrsWkt; throws core::Error naming the file. */
    RasterView(const QString &path, const QString &canvasCrsWkt);

    GDALDataset &dataset() const { return m_warped ? *m_warped : *m_file; }
    bool isWarped() const { return bool(m_warped); }

    /**
     * Reads \a band over the continuous pixel window \a window into a \a buffer-sized grid
     * (nearest neighbour; GDAL picks an overview when the buffer is smaller than the window).
     * Nodata and non-finite values come back as NaN. Throws core::Error on read errors.
     */
    std::vector<float> read(int band, const QRectF &window, QSize buffer) const;
    /**
     * Values at the \a low and \a high percentiles of \a band, from a read of the whole
     * raster subsampled to at most 256 × 256 pixels (an overview when there is one).
     */
    std::pair<double, double> percentileRange(int band, double low, double high) const;
    //! The values of \a band (NaN dropped) that percentileRange() ranks.
    std::vector<float> subsampledValues(int band) const;

private:
    QString m_path;
    core::io::DatasetPtr m_file;   // declared first: the warped VRT must close before it
    core::io::DatasetPtr m_warped;
};

/**
 * Values at the \a low and \a high percentiles of \a values (nearest rank; sorts them);
 * (0, 1) when there are none.
 */
std::pair<double, double> percentilesOf(std::vector<float> &values, double low, double high);

/**
 * The percentile range of \a band over all rasters of \a paths together, each subsampled
 * as in RasterView::percentileRange(): one stretch for the tiles of a mosaic.
 */
std::pair<double, double> pooledPercentileRange(const QStringList &paths, const QString &canvasCrsWkt,
                                                int band, double low, double high);

/** True when both WKT strings describe the same CRS (or both are empty). */
bool sameCrs(const QString &a, const QString &b);

} // namespace cropmap::ui
