// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <vector>

#include <QStringList>
#include <QVector>

namespace cropmap::ui {

/**
 * \brief All values of one pixel of a raster layer, grouped into steps (months) and bands.
 *
 * Nodata is NaN. For a monthly stack, band(\"B08\") is the pixel's B08 time series.
 */
struct PixelSeries
{
    int column = -1;
    int row = -1;
    QStringList stepLabels;
    QStringList bandNames;
    std::vector<QVector<double>> values; //!< values[step][band]

    bool isValid() const { return column >= 0 && !values.empty(); }
    //! The series of band \a name over the steps (empty if there is no such band).
    QVector<double> band(const QString &name) const;
    //! NDVI (B08 − B04) / (B08 + B04) per step; empty without B08 and B04.
    QVector<double> ndvi() const;
};

} // namespace cropmap::ui
