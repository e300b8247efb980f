// SPDX-License-Identifier: GPL-3.0-or-later
#include "sampling/group_split.h"

#include <algorithm>
#include <cmath>
#include <unordered_map>

#include "sampling/sample_set.h"
#include "sampling/seeded_random.h"

namespace cropmap::core::sampling {

GroupSplitResult GroupSplit::split(const SampleSet &samples, double validationFraction,
                                   std::uint64_t seed)
{
    // Group number of each sample, groups numbered in order of first appearance so that the
    // shuffle below depends only on the data and the seed.
    std::vector<int> groupOf(std::size_t(samples.size()));
    std::unordered_map<std::uint32_t, int> numberOfParcel;
    int groupCount = 0;
    for (qint64 i = 0; i < samples.size(); ++i) {
        const std::uint32_t parcel = samples.parcelId(i);
        if (parcel == 0) {
            groupOf[std::size_t(i)] = groupCount++;
            continue;
        }
        const auto [it, inserted] = numberOfParcel.emplace(parcel, groupCount);
        if (inserted)
            ++groupCount;
        groupOf[std::size_t(i)] = it->second;
    }

    int validationGroups = int(std::lround(std::clamp(validationFraction, 0.0, 1.0) * groupCount));
    if (groupCount >= 2 && validationFraction > 0.0)
        validationGroups = std::clamp(validationGroups, 1, groupCount - 1);

    // Fisher–Yates over the group numbers; the first validationGroups go to validation.
    std::vector<int> order(static_cast<std::size_t>(groupCount));
    for (int g = 0; g < groupCount; ++g)
        order[std::size_t(g)] = g;
    SeededRandom random = SeededRandom::forStream(seed, QStringLiteral("group-split"));
    for (int k = groupCount - 1; k > 0; --k)
        std::swap(order[std::size_t(k)], order[random.below(std::uint64_t(k) + 1)]);
    std::vector<bool> isValidation(std::size_t(groupCount), false);
    for (int k = 0; k < validationGroups; ++k)
        isValidation[std::size_t(order[std::size_t(k)])] = true;

    GroupSplitResult result;
    result.validationGroups = validationGroups;
    result.trainGroups = groupCount - validationGroups;
    for (qint64 i = 0; i < samples.size(); ++i)
        (isValidation[std::size_t(groupOf[std::size_t(i)])] ? result.validation : result.train)
            .push_back(i);
    return result;
}

} // namespace cropmap::core::sampling
