// SPDX-License-Identifier: GPL-3.0-or-later
#include "thematic/border_erosion.h"

#include <cstddef>

namespace cropmap::core::thematic {

std::vector<std::uint32_t> erodeParcelBorders(const std::vector<std::uint32_t> &ids, int width,
                                              int height, int radius)
{
    if (radius <= 0)
        return ids;
    const auto at = [width](int x, int y) { return std::size_t(y) * std::size_t(width) + std::size_t(x); };
    // Pass 1: rowUniform = the pixels x−r…x+r of its row (clipped) share its id.
    std::vector<unsigned char> rowUniform(ids.size(), 0);
    for (int y = 0; y < height; ++y) {
        int start = 0;
        while (start < width) {
            int end = start;
            while (end + 1 < width && ids[at(end + 1, y)] == ids[at(start, y)])
                ++end;
            for (int x = start; x <= end; ++x) {
                rowUniform[at(x, y)] = (x - start >= radius || start == 0)
                                       && (end - x >= radius || end == width - 1);
            }
            start = end + 1;
        }
    }
    // Pass 2: the square is uniform iff rows y−r…y+r are row-uniform with the same id, i.e.
    // the vertical run of (rowUniform, same id) through y reaches r rows up and down.
    const auto continues = [&](int x, int y, int ny) {
        return rowUniform[at(x, ny)] && ids[at(x, ny)] == ids[at(x, y)];
    };
    std::vector<int> up(ids.size(), 0), down(ids.size(), 0);
    for (int y = 0; y < height; ++y) {
        for (int x = 0; x < width; ++x) {
            if (!rowUniform[at(x, y)])
                continue;
            // A run that reaches the edge counts as long enough.
            up[at(x, y)] = y == 0 ? radius : (continues(x, y, y - 1) ? up[at(x, y - 1)] + 1 : 0);
        }
    }
    for (int y = height - 1; y >= 0; --y) {
        for (int x = 0; x < width; ++x) {
            if (!rowUniform[at(x, y)])
                continue;
            down[at(x, y)] = y == height - 1 ? radius
                                             : (continues(x, y, y + 1) ? down[at(x, y + 1)] + 1 : 0);
        }
    }
    std::vector<std::uint32_t> eroded(ids.size(), 0);
    for (std::size_t i = 0; i < ids.size(); ++i) {
        if (ids[i] != 0 && rowUniform[i] && up[i] >= radius && down[i] >= radius)
            eroded[i] = ids[i];
    }
    return eroded;
}

} // namespace cropmap::core::thematic
