// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <cstdint>
#include <vector>

#include "evaluate/area_estimate.h"

namespace cropmap::tests {

/** Test pixels written parcel by parcel, for the area estimates' cluster counts. */
struct ClusteredPixels
{
    std::vector<std::uint64_t> parcel;
    std::vector<int> reference;
    std::vector<int> mapped;

    /** \a count pixels of parcel \a id with reference class \a ref, mapped as \a map. */
    ClusteredPixels &add(std::uint64_t id, int ref, int map, int count)
    {
        for (int k = 0; k < count; ++k) {
            parcel.push_back(id);
            reference.push_back(ref);
            mapped.push_back(map);
        }
        return *this;
    }
    core::evaluate::ClusterCounts counts() const
    {
        return core::evaluate::ClusterCounts::fromPixels(parcel, reference, mapped);
    }
};

} // namespace cropmap::tests
