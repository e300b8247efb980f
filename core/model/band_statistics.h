// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QJsonObject>
#include <vector>

namespace cropmap::core::sampling {
class SampleSet;
}

namespace cropmap::core::model {

/**
 * \brief Per-band mean and standard deviation of the training samples (all steps pooled),
 * the standardisation every model applies to its input (DESIGN.md §2 Model).
 *
 * NaN values (gaps) are left out of the statistics; after standardisation they become 0,
 * the band's mean. A constant band gets standard deviation 1 so it maps to 0, not to NaN.
 */
struct BandStatistics
{
    std::vector<double> mean;
    std::vector<double> std;

    static BandStatistics compute(const sampling::SampleSet &samples);

    /** Standardises \a count samples of \a steps × bands() values (time-major) in place. */
    void standardise(float *values, qint64 count, int steps) const;
    int bands() const { return int(mean.size()); }

    QJsonObject toJson() const;
    static BandStatistics fromJson(const QJsonObject &object);
};

} // namespace cropmap::core::model
