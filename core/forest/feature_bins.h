// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <cstdint>
#include <vector>

namespace cropmap::core::forest {

/**
 * \brief Per-feature cut points that turn raw values into small bin numbers for tree growing.
 *
 * Bin 0 holds missing values (NaN); a present value v of feature f falls in bin
 * 1 + #{cuts of f below v}, so "bin ≤ b" is exactly "v ≤ cut[b − 1]" for b ≥ 1 and "v is
 * missing" for b = 0. Trees keep that raw threshold, which makes prediction on raw values
 * agree with training on bins, and sends a missing value left at every split (`!(v > t)`).
 *
 * Cuts lie midway between neighbouring distinct training values: at every distinct value
 * when a feature has at most `maxBins` of them, else at the value quantiles j / maxBins.
 */
class FeatureBins
{
public:
    /** Cuts for \a features columns of \a rows row-major values (NaN = missing). */
    static FeatureBins fromValues(const float *values, std::int64_t rows, int features, int maxBins);

    int featureCount() const { return int(m_offsets.size()) - 1; }
    /** Largest bin number any feature uses, plus one: the histogram height. */
    int binCount() const { return m_binCount; }
    const float *cuts(int feature) const { return m_cuts.data() + m_offsets[std::size_t(feature)]; }
    int cutCount(int feature) const
    {
        return int(m_offsets[std::size_t(feature) + 1] - m_offsets[std::size_t(feature)]);
    }
    /** Raw threshold of the split "bin ≤ b" of \a feature (−∞ for b = 0: missing goes left). */
    float threshold(int feature, int bin) const;

    std::uint8_t bin(int feature, float value) const;
    /** rows × features bins, row-major like the values. */
    std::vector<std::uint8_t> binRows(const float *values, std::int64_t rows) const;

private:
    std::vector<float> m_cuts;
    std::vector<std::size_t> m_offsets{0};
    int m_binCount = 1;
};

} // namespace cropmap::core::forest
