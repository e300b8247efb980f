// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <vector>

#include <QStringList>
#include <QVector>

namespace cropmap::core::sampling {
class SampleSet;
}

namespace cropmap::core::check {

/**
 * \brief Per step, the 10 %, 50 % and 90 % quantiles of one series (a band or NDVI) over a
 * group of pixels: a class's reliable samples, or a parcel's pixels.
 *
 * Quantiles interpolate linearly between order statistics (Hyndman & Fan type 7, R's default);
 * pixels without a value at a step (NaN) are left out of that step, and a step without any
 * value is NaN.
 */
struct SeriesEnvelope
{
    QVector<double> p10;
    QVector<double> median;
    QVector<double> p90;
    qint64 pixels = 0; //!< pixels that went in

    bool isEmpty() const { return pixels == 0; }

    /** The name of the NDVI series, (B08 − B04) / (B08 + B04). */
    static QString ndviName();
    /** What can be plotted from \a bands: NDVI first when B04 and B08 are there, then the bands. */
    static QStringList seriesNames(const QStringList &bands);
    /**
     * The envelope of \a series over \a pixelCount pixels of \a values, stepCount × bands
     * floats per pixel in time-major order (SampleSet's layout). Empty when \a series is
     * neither a band nor a computable NDVI.
     */
    static SeriesEnvelope of(const float *values, qint64 pixelCount, int stepCount,
                             const QStringList &bands, const QString &series);
    /** The envelope of the samples of class index \a classIndex in \a samples. */
    static SeriesEnvelope ofClass(const sampling::SampleSet &samples, int classIndex, const QString &series);
};

} // namespace cropmap::core::check
