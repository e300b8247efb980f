// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <cstdint>
#include <optional>
#include <vector>

#include "composite/composite_plan.h"
#include "io/block_windows.h"
#include "io/raster_source.h"

namespace cropmap::core::composite {

class AcquisitionFailures;

/**
 * \brief One worker thread's compositor: monthly medians and valid counts of one window.
 *
 * Keeps the thread's open sources (every band and mask of every acquisition of the period,
 * opened on first use and resampled onto the tile grid: bands bilinearly, masks by nearest
 * neighbour), so a tile's files are opened once per thread, not once per block. Memory is
 * bounded by the window: the observations of one month (acquisitions × channels × pixels)
 * and the medians of all months (steps × channels × pixels).
 *
 * An observation of a pixel is valid when the mask says clear and every input band has data
 * there; the same valid observations enter the median of every channel, so the count layer
 * says exactly how many observations each median saw.
 *
 * \note Not thread-safe: one per worker thread.
 */
class BlockCompositor
{
public:
    BlockCompositor(const CompositePlan &plan, AcquisitionFailures &failures);

    /** Composites \a window: series() then holds the medians (NaN = no valid observation). */
    void compose(const io::Window &window);
    /** Fills the months without valid observation in time (DESIGN.md §2); NaN stays where
     *  a pixel has no valid observation in the whole period. */
    void fillGaps();

    int pixelCount() const { return m_pixels; }
    //! Median of \a channel in \a step for each pixel of the window, row-major.
    float *series(int step, int channel)
    {
        return m_series.data() + (std::size_t(step) * m_channels + channel) * m_pixels;
    }
    //! Valid observations per pixel in \a step (0 = filled or nodata).
    const std::uint16_t *counts(int step) const
    {
        return m_counts.data() + std::size_t(step) * m_pixels;
    }

private:
    const io::RasterSource &source(int acquisition, int file);
    bool readObservation(int acquisition, int slot, const io::Window &window);
    //! valid[i] = 1 where \a mask says clear (and has data).
    void readMask(const io::RasterSource &mask, const io::Window &window, std::uint8_t *valid);
    void medianOfStep(int step, int observations);
    float *observation(int slot, int channel)
    {
        return m_obs.data() + (std::size_t(slot) * m_channels + channel) * m_pixels;
    }

    const CompositePlan &m_plan;
    AcquisitionFailures &m_failures;
    int m_channels;
    int m_pixels = 0;
    std::vector<std::optional<io::RasterSource>> m_sources; //!< acquisition × file
    std::vector<float> m_obs;            //!< slot × channel × pixel (one month)
    std::vector<std::uint8_t> m_valid;   //!< slot × pixel
    std::vector<float> m_mask;           //!< pixel (masks that are not bytes)
    std::vector<std::uint8_t> m_maskBytes; //!< pixel
    std::vector<float> m_series;         //!< step × channel × pixel
    std::vector<std::uint16_t> m_counts; //!< step × pixel
    std::vector<float> m_scratch;        //!< one pixel's valid values
    std::vector<int> m_slots;            //!< one pixel's valid observation slots
};

} // namespace cropmap::core::composite
