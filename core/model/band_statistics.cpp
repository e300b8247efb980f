// SPDX-License-Identifier: GPL-3.0-or-later
#include "model/band_statistics.h"

#include <QJsonArray>
#include <cmath>

#include "sampling/sample_set.h"

namespace cropmap::core::model {

BandStatistics BandStatistics::compute(const sampling::SampleSet &samples)
{
    const int bands = samples.bandCount();
    std::vector<double> sum(std::size_t(bands), 0.0), sumSquares(std::size_t(bands), 0.0);
    std::vector<qint64> count(std::size_t(bands), 0);
    const std::vector<float> &values = samples.allValues();
    for (std::size_t i = 0; i < values.size(); ++i) {
        const float value = values[i];
        if (std::isnan(value))
            continue;
        const std::size_t band = i % std::size_t(bands);
        sum[band] += value;
        sumSquares[band] += double(value) * value;
        ++count[band];
    }
    BandStatistics statistics;
    for (std::size_t band = 0; band < std::size_t(bands); ++band) {
        const double n = double(count[band]);
        const double mean = n > 0 ? sum[band] / n : 0.0;
        const double variance = n > 0 ? std::max(0.0, sumSquares[band] / n - mean * mean) : 0.0;
        const double deviation = std::sqrt(variance);
        statistics.mean.push_back(mean);
        statistics.std.push_back(deviation > 1e-12 ? deviation : 1.0);
    }
    return statistics;
}

void BandStatistics::standardise(float *values, qint64 count, int steps) const
{
    const std::size_t bandCount = mean.size();
    const std::size_t total = std::size_t(count) * std::size_t(steps) * bandCount;
    for (std::size_t i = 0; i < total; ++i) {
        const std::size_t band = i % bandCount;
        const float value = values[i];
        values[i] = std::isnan(value) ? 0.0f : float((value - mean[band]) / std[band]);
    }
}

QJsonObject BandStatistics::toJson() const
{
    QJsonArray means, deviations;
    for (std::size_t i = 0; i < mean.size(); ++i) {
        means.append(mean[i]);
        deviations.append(std[i]);
    }
    return {{QStringLiteral("mean"), means}, {QStringLiteral("std"), deviations}};
}

BandStatistics BandStatistics::fromJson(const QJsonObject &object)
{
    BandStatistics statistics;
    for (const QJsonValue &value : object.value(QStringLiteral("mean")).toArray())
        statistics.mean.push_back(value.toDouble());
    for (const QJsonValue &value : object.value(QStringLiteral("std")).toArray())
        statistics.std.push_back(value.toDouble(1.0));
    return statistics;
}

} // namespace cropmap::core::model
