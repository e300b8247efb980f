// SPDX-License-Identifier: GPL-3.0-or-later
#include "forest/feature_bins.h"

#include <algorithm>
#include <cmath>
#include <limits>

namespace cropmap::core::forest {

namespace {

// Quantiles from at most this many rows: enough for 255 cut points, and binning a large
// table stays a matter of milliseconds.
constexpr std::int64_t kMaxQuantileRows = 200000;

float midway(float low, float high)
{
    const float middle = low + (high - low) * 0.5f;
    // Rounding can land on `high`; the cut must keep `low` at or below it and `high` above it.
    return middle < high ? middle : low;
}

} // namespace

FeatureBins FeatureBins::fromValues(const float *values, std::int64_t rows, int features, int maxBins)
{
    FeatureBins bins;
    const std::int64_t stride = std::max<std::int64_t>(1, (rows + kMaxQuantileRows - 1) / kMaxQuantileRows);
    std::vector<float> column;
    for (int f = 0; f < features; ++f) {
        column.clear();
        for (std::int64_t r = 0; r < rows; r += stride) {
            const float v = values[r * features + f];
            if (!std::isnan(v))
                column.push_back(v);
        }
        std::sort(column.begin(), column.end());
        std::vector<float> distinct;
        std::unique_copy(column.begin(), column.end(), std::back_inserter(distinct));
        std::vector<float> cuts;
        if (int(distinct.size()) <= maxBins) {
            for (std::size_t k = 1; k < distinct.size(); ++k)
                cuts.push_back(midway(distinct[k - 1], distinct[k]));
        } else {
            for (int j = 1; j < maxBins; ++j) {
                const float v = column[std::size_t(double(j) * double(column.size()) / maxBins)];
                // The next distinct value above v: the cut separates v from it.
                const auto next = std::upper_bound(distinct.begin(), distinct.end(), v);
                if (next == distinct.end())
                    break;
                const float cut = midway(v, *next);
                if (cuts.empty() || cut > cuts.back())
                    cuts.push_back(cut);
            }
        }
        bins.m_cuts.insert(bins.m_cuts.end(), cuts.begin(), cuts.end());
        bins.m_offsets.push_back(bins.m_cuts.size());
        bins.m_binCount = std::max(bins.m_binCount, int(cuts.size()) + 2);
    }
    return bins;
}

float FeatureBins::threshold(int feature, int bin) const
{
    return bin == 0 ? -std::numeric_limits<float>::infinity() : cuts(feature)[bin - 1];
}

std::uint8_t FeatureBins::bin(int feature, float value) const
{
    if (std::isnan(value))
        return 0;
    const float *first = cuts(feature);
    return std::uint8_t(1 + (std::lower_bound(first, first + cutCount(feature), value) - first));
}

std::vector<std::uint8_t> FeatureBins::binRows(const float *values, std::int64_t rows) const
{
    const int features = featureCount();
    std::vector<std::uint8_t> result(std::size_t(rows) * std::size_t(features));
    for (std::int64_t r = 0; r < rows; ++r)
        for (int f = 0; f < features; ++f)
            result[std::size_t(r * features + f)] = bin(f, values[r * features + f]);
    return result;
}

} // namespace cropmap::core::forest
