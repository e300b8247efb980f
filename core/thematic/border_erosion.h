// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <cstdint>
#include <vector>

namespace cropmap::core::thematic {

/**
 * Erodes parcel borders in a \a width × \a height raster of parcel ids (0 = no parcel): a pixel
 * keeps its id only if every pixel of the (2·radius+1)² square around it (the Chebyshev
 * neighbourhood: the 8-neighbourhood for radius 1) holds the same id; other pixels become 0.
 *
 * The square is clipped at the buffer's edges: what lies beyond is unknown, so a parcel cut by
 * the tile edge is not eroded there (callers that work in windows pass windows padded by
 * \a radius so inner window edges see their true neighbours). Linear in the pixel count
 * whatever the radius (run lengths per row, then per column).
 */
std::vector<std::uint32_t> erodeParcelBorders(const std::vector<std::uint32_t> &ids, int width,
                                              int height, int radius);

} // namespace cropmap::core::thematic
