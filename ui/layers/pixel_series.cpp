// SPDX-License-Identifier: GPL-3.0-or-later
#include "layers/pixel_series.h"

#include <cmath>
#include <limits>

namespace cropmap::ui {

QVector<double> PixelSeries::band(const QString &name) const
{
    const qsizetype index = bandNames.indexOf(name);
    QVector<double> series;
    if (index < 0)
        return series;
    for (const QVector<double> &step : values)
        series << step.value(index, std::numeric_limits<double>::quiet_NaN());
    return series;
}

QVector<double> PixelSeries::ndvi() const
{
    const QVector<double> nir = band(QStringLiteral("B08"));
    const QVector<double> red = band(QStringLiteral("B04"));
    QVector<double> series;
    if (nir.isEmpty() || red.isEmpty())
        return series;
    for (qsizetype i = 0; i < nir.size(); ++i) {
        const double sum = nir[i] + red[i];
        series << (sum != 0 ? (nir[i] - red[i]) / sum : std::numeric_limits<double>::quiet_NaN());
    }
    return series;
}

} // namespace cropmap::ui
