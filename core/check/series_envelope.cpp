// SPDX-License-Identifier: GPL-3.0-or-later
#include "check/series_envelope.h"

#include <algorithm>
#include <cmath>
#include <limits>

#include "sampling/sample_set.h"

namespace cropmap::core::check {

namespace {

// Type 7: h = (n − 1)·q, between the order statistics floor(h) and floor(h) + 1.
double quantile(const std::vector<double> &sorted, double q)
{
    if (sorted.empty())
        return std::numeric_limits<double>::quiet_NaN();
    const double h = double(sorted.size() - 1) * q;
    const std::size_t below = std::size_t(std::floor(h));
    const std::size_t above = std::min(below + 1, sorted.size() - 1);
    return sorted[below] + (h - double(below)) * (sorted[above] - sorted[below]);
}

} // namespace

QString SeriesEnvelope::ndviName()
{
    return QStringLiteral("NDVI");
}

QStringList SeriesEnvelope::seriesNames(const QStringList &bands)
{
    QStringList names;
    if (bands.contains(QStringLiteral("B04")) && bands.contains(QStringLiteral("B08")))
        names << ndviName();
    return names + bands;
}

SeriesEnvelope SeriesEnvelope::of(const float *values, qint64 pixelCount, int stepCount,
                                  const QStringList &bands, const QString &series)
{
    SeriesEnvelope envelope;
    const int bandCount = int(bands.size());
    const bool ndvi = series == ndviName();
    const int band = int(bands.indexOf(ndvi ? QStringLiteral("B08") : series));
    const int red = int(bands.indexOf(QStringLiteral("B04")));
    if (band < 0 || (ndvi && red < 0) || stepCount <= 0)
        return envelope;
    envelope.pixels = pixelCount;
    std::vector<double> column;
    column.reserve(std::size_t(pixelCount));
    for (int t = 0; t < stepCount; ++t) {
        column.clear();
        for (qint64 i = 0; i < pixelCount; ++i) {
            const float *step = values + (i * stepCount + t) * bandCount;
            double v = step[band];
            if (ndvi) {
                const double sum = double(step[band]) + double(step[red]);
                v = sum != 0 ? (double(step[band]) - double(step[red])) / sum
                             : std::numeric_limits<double>::quiet_NaN();
            }
            if (std::isfinite(v))
                column.push_back(v);
        }
        std::sort(column.begin(), column.end());
        envelope.p10 << quantile(column, 0.1);
        envelope.median << quantile(column, 0.5);
        envelope.p90 << quantile(column, 0.9);
    }
    return envelope;
}

SeriesEnvelope SeriesEnvelope::ofClass(const sampling::SampleSet &samples, int classIndex, const QString &series)
{
    std::vector<float> values;
    qint64 count = 0;
    const int features = samples.featureCount();
    for (qint64 i = 0; i < samples.size(); ++i) {
        if (samples.classIndex(i) != classIndex)
            continue;
        values.insert(values.end(), samples.values(i), samples.values(i) + features);
        ++count;
    }
    return of(values.data(), count, samples.stepCount(), samples.bands(), series);
}

} // namespace cropmap::core::check
