// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <array>
#include <cstdint>
#include <vector>

#include <QDate>
#include <QStringList>

#include "synth/field_layout.h"
#include "synth/scene_options.h"

namespace cropmap::core::synth {

/** \brief The 11 rasters of one acquisition of one tile, as Sentinel-2 L2A delivers them. */
struct RenderedAcquisition
{
    std::array<std::vector<std::uint16_t>, 4> bands10; //!< B02 B03 B04 B08, size × size
    std::array<std::vector<std::uint16_t>, 6> bands20; //!< B05 B06 B07 B8A B11 B12, (size/2)²
    std::vector<std::uint8_t> scl;                     //!< Sen2Cor classes at 20 m
    double cloudCover = 0;                             //!< drawn cover (0…1)
};

/**
 * \brief Renders a tile on a date: field signals, border mixing, pixel noise, clouds.
 *
 * Each 10 m pixel mixes its field's signal with the neighbour's on border pixels, adds a
 * persistent per-pixel vigour (soil patches stay where they are) and per-date noise; the
 * 20 m bands are the means of 2 × 2 such pixels (a 20 m pixel integrates its area). Clouds and
 * shadows come from CloudModel; SCL is 4 (vegetation) or 5 (not vegetated) elsewhere. Every
 * random number is a hash of the pixel's scene coordinates and the date, so the result does
 * not depend on the thread that renders it. Thread-safe (const).
 */
class AcquisitionRenderer
{
public:
    AcquisitionRenderer(const FieldLayout &layout, const SceneOptions &options);

    static QStringList bands10(); //!< names of RenderedAcquisition::bands10
    static QStringList bands20(); //!< names of RenderedAcquisition::bands20

    /** The dominant field and border mixing of every 10 m pixel of \a tile (row-major). */
    std::vector<PixelCover> tileCovers(int tile) const;

    RenderedAcquisition render(int tile, const std::vector<PixelCover> &covers,
                               const QDate &date) const;

private:
    const FieldLayout &m_layout;
    SceneOptions m_options;
};

} // namespace cropmap::core::synth
