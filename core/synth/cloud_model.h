// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <array>
#include <cstdint>
#include <vector>

#include <QDate>

namespace cropmap::core::synth {

/** \brief Clouds, cirrus and shadows of one acquisition of one tile, on its 20 m grid. */
struct Sky
{
    int width = 0;   //!< 20 m pixels
    int height = 0;
    double cover = 0;                 //!< requested cloud cover fraction (0…1)
    std::vector<std::uint8_t> scl;    //!< 0 clear (surface decides), 3 shadow, 8/9 cloud, 10 cirrus
    std::vector<float> opacity;       //!< cloud opacity α: value = (1 − α)·surface + α·cloud
    std::vector<float> shade;         //!< × surface (0.45 in cloud shadow, else 1)
    std::array<float, 10> cloud{};    //!< cloud-top reflectance × 10000, B02…B12

    double flaggedShare() const;      //!< share of pixels flagged 3, 8, 9 or 10
};

/**
 * \brief Draws a sky per acquisition: smooth random blobs thresholded to a drawn cover.
 *
 * Covers follow a mixture like a Central European year: about a third of the acquisitions
 * nearly clear, some nearly overcast, winter cloudier. Blob cores are flagged SCL 9 (high
 * probability), their fringes 8 (medium); a thin unflagged haze surrounds them, as masks
 * miss it in real scenes. Some acquisitions carry cirrus (10). Shadows (3) are the clouds
 * displaced towards north-north-west, away from a south-south-east morning sun. Flagged
 * clouds are bright in every band, so a compositor that ignores masks is visibly wrong.
 */
class CloudModel
{
public:
    /** Deterministic in (\a seed, \a tile, \a date); \a width × \a height 20 m pixels. */
    static Sky draw(quint64 seed, int tile, const QDate &date, int width, int height);
};

} // namespace cropmap::core::synth
