// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QStringList>

namespace cropmap::ui {

/**
 * \brief The bands of a raster grouped into steps (months) when it is a month-major stack.
 *
 * The composites step writes stacks whose band descriptions read "<step> <band>"
 * ("2017-09 B02" … "2018-08 B12"), step k holding bands k·B+1 … k·B+B. Any other raster
 * is one step whose bands are named by their description, or "Band N" without one.
 */
struct RasterBandLayout
{
    int bandCount = 0;
    int bandsPerStep = 0;
    QStringList bandNames;  //!< names within a step, bandsPerStep entries
    QStringList stepLabels; //!< one per step ("2017-09"); one empty label for plain rasters

    int stepCount() const { return int(stepLabels.size()); }
    //! 1-based raster band of band \a name in \a step, or 0 if there is no such band.
    int bandIndex(const QString &name, int step) const;
    bool hasBands(const QStringList &names) const;

    static RasterBandLayout fromDescriptions(const QStringList &descriptions);
};

} // namespace cropmap::ui
