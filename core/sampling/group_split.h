// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <cstdint>
#include <vector>

#include <QtGlobal>

namespace cropmap::core::sampling {

class SampleSet;

/** \brief A train/validation partition of a sample set's indices and its group counts. */
struct GroupSplitResult
{
    std::vector<qint64> train;      //!< sample indices, ascending
    std::vector<qint64> validation; //!< sample indices, ascending
    int trainGroups = 0;
    int validationGroups = 0;
};

/**
 * \brief Splits samples into train and validation so that no group lands on both sides.
 *
 * Pixels of one parcel (or polygon) are strongly correlated; a split that puts some of them
 * on each side measures memory, not generalisation. The groups are the parcel ids; samples
 * with parcel id 0 (no parcel known) are each a group of their own. round(fraction × G)
 * groups go to validation, at least one and at most G − 1 when G ≥ 2 and fraction > 0;
 * which ones is a seeded shuffle (SeededRandom, same result on every platform).
 */
class GroupSplit
{
public:
    static GroupSplitResult split(const SampleSet &samples, double validationFraction,
                                  std::uint64_t seed);
};

} // namespace cropmap::core::sampling
