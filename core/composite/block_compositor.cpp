// SPDX-License-Identifier: GPL-3.0-or-later
#include "composite/block_compositor.h"

#include <algorithm>
#include <array>
#include <cmath>
#include <limits>

#include "composite/acquisition_failures.h"
#include "composite/monthly_median.h"
#include "util/error.h"

namespace cropmap::core::composite {

namespace {

// Puts DNs of processing baseline 04.00 and later on the scale of the older ones:
// reflectance × 10000 = DN + BOA_ADD_OFFSET (ESA, baseline 04.00). Valid DNs of older baselines
// are ≥ 1 (0 is nodata, negative reflectance was not representable), so values below 1 (dark
// water, shadows) are clipped to 1: a season mixing baselines stays in one range, no valid value
// meets a composite's nodata, and the normalised-difference indices stay within [−1, 1].
void addBoaOffset(float *values, std::size_t count, double offset)
{
    if (offset == 0)
        return;
    const float add = float(offset);
    for (std::size_t i = 0; i < count; ++i) {
        if (!std::isnan(values[i]))
            values[i] = std::max(values[i] + add, 1.f);
    }
}

} // namespace

BlockCompositor::BlockCompositor(const CompositePlan &plan, AcquisitionFailures &failures)
    : m_plan(plan)
    , m_failures(failures)
    , m_channels(plan.channelCount())
    , m_sources(std::size_t(plan.acquisitions.size()) * std::size_t(plan.filesPerAcquisition()))
    , m_scratch(std::size_t(std::max(1, plan.maxPerStep())))
    , m_slots(std::size_t(std::max(1, plan.maxPerStep())))
{}

const io::RasterSource &BlockCompositor::source(int acquisition, int file)
{
    std::optional<io::RasterSource> &slot =
        m_sources[std::size_t(acquisition) * std::size_t(m_plan.filesPerAcquisition()) + std::size_t(file)];
    if (!slot) {
        const io::Acquisition &a = m_plan.acquisitions[acquisition];
        const bool mask = file == int(m_plan.bands.size());
        const QString path = mask ? a.maskPath : a.bandPaths.value(m_plan.bands[file]);
        const auto known = a.fileGrids.constFind(path);
        // DN 0 is nodata in reflectance band files (swath edges), declared or not (the JP2s
        // of .SAFE products declare none).
        const bool reflectance = !mask && io::isReflectanceBand(m_plan.bands[file]);
        // Classes and cloud flags must not be blended: nearest neighbour for masks.
        slot = io::RasterSource::openOnGrid(
            path, m_plan.grid, mask ? io::Resampling::Nearest : io::Resampling::Bilinear,
            known != a.fileGrids.cend() ? &*known : nullptr,
            reflectance ? std::optional<double>(0.0) : std::nullopt);
    }
    return *slot;
}

void BlockCompositor::compose(const io::Window &window)
{
    m_pixels = int(window.pixelCount());
    const std::size_t p = std::size_t(m_pixels);
    const std::size_t steps = std::size_t(m_plan.stepCount());
    const std::size_t slots = std::size_t(std::max(1, m_plan.maxPerStep()));
    m_obs.resize(slots * std::size_t(m_channels) * p);
    m_valid.resize(slots * p);
    m_series.assign(steps * std::size_t(m_channels) * p, std::numeric_limits<float>::quiet_NaN());
    m_counts.assign(steps * p, 0);

    for (int step = 0; step < m_plan.stepCount(); ++step) {
        int observations = 0;
        for (int a : m_plan.stepAcquisitions[std::size_t(step)]) {
            if (m_plan.excluded.contains(a) || m_failures.contains(a))
                continue;
            if (readObservation(a, observations, window))
                ++observations;
        }
        if (observations > 0)
            medianOfStep(step, observations);
    }
}

bool BlockCompositor::readObservation(int acquisition, int slot, const io::Window &window)
{
    const std::size_t p = std::size_t(m_pixels);
    std::uint8_t *valid = m_valid.data() + std::size_t(slot) * p;
    try {
        if (m_plan.hasMask)
            readMask(source(acquisition, int(m_plan.bands.size())), window, valid);
        else
            std::fill(valid, valid + p, std::uint8_t(1));
        const io::Acquisition &a = m_plan.acquisitions[acquisition];
        for (int b = 0; b < int(m_plan.bands.size()); ++b) {
            float *values = observation(slot, b);
            source(acquisition, b).readWindow(1, window, values);
            addBoaOffset(values, p, a.boaOffset(m_plan.bands[b]));
            for (std::size_t i = 0; i < p; ++i)
                valid[i] = std::uint8_t(valid[i] & !std::isnan(values[i]));
        }
    } catch (const Error &e) {
        m_failures.report(acquisition, m_plan.acquisitions[acquisition].id, e.message());
        return false;
    }
    for (int k = 0; k < int(m_plan.indices.size()); ++k) {
        const float *a = observation(slot, m_plan.indexBands[std::size_t(k)].first);
        const float *b = observation(slot, m_plan.indexBands[std::size_t(k)].second);
        float *index = observation(slot, int(m_plan.bands.size()) + k);
        for (std::size_t i = 0; i < p; ++i) {
            const float sum = a[i] + b[i];
            index[i] = sum != 0.f ? (a[i] - b[i]) / sum : 0.f;
        }
    }
    return true;
}

void BlockCompositor::readMask(const io::RasterSource &mask, const io::Window &window,
                               std::uint8_t *valid)
{
    const std::size_t p = std::size_t(window.pixelCount());
    const std::optional<double> nodata = mask.nodata(1);
    if (mask.dataType(1) == GDT_Byte) {
        // Masks are bytes (SCL classes, 0/1 cloud flags): a table says which values are clear.
        std::array<std::uint8_t, 256> clear{};
        for (std::size_t v = 0; v < clear.size(); ++v)
            clear[v] = m_plan.scl ? !m_plan.invalidScl[v] : v == 0;
        // Where the mask itself has no data, the pixel cannot be trusted.
        if (nodata && *nodata >= 0 && *nodata <= 255 && *nodata == std::floor(*nodata))
            clear[std::size_t(*nodata)] = 0;
        m_maskBytes.resize(p);
        mask.readWindowBytes(1, window, m_maskBytes.data());
        for (std::size_t i = 0; i < p; ++i)
            valid[i] = clear[m_maskBytes[i]];
        return;
    }
    m_mask.resize(p);
    mask.readWindow(1, window, m_mask.data()); // nodata comes back as NaN: never clear
    for (std::size_t i = 0; i < p; ++i) {
        const float m = m_mask[i];
        if (m_plan.scl)
            valid[i] = m >= 0.f && m < 256.f && !m_plan.invalidScl[std::size_t(m)];
        else
            valid[i] = m == 0.f;
    }
}

void BlockCompositor::medianOfStep(int step, int observations)
{
    const std::size_t p = std::size_t(m_pixels);
    const std::size_t channels = std::size_t(m_channels);
    std::uint16_t *counts = m_counts.data() + std::size_t(step) * p;
    for (int s = 0; s < observations; ++s) {
        const std::uint8_t *valid = m_valid.data() + std::size_t(s) * p;
        for (std::size_t i = 0; i < p; ++i)
            counts[i] = std::uint16_t(counts[i] + valid[i]);
    }
    if (observations <= kMaxNetworkRows) {
        // The fast path: invalid observations become +inf and sort last, then one sorting
        // network runs across the observation rows of all pixels at once.
        constexpr float inf = std::numeric_limits<float>::infinity();
        std::vector<float *> rows(static_cast<std::size_t>(observations));
        for (std::size_t c = 0; c < channels; ++c) {
            for (int s = 0; s < observations; ++s) {
                float *row = observation(s, int(c));
                const std::uint8_t *valid = m_valid.data() + std::size_t(s) * p;
                for (std::size_t i = 0; i < p; ++i)
                    row[i] = valid[i] ? row[i] : inf;
                rows[std::size_t(s)] = row;
            }
            medianAcrossRows(rows.data(), observations, p, counts, series(step, int(c)));
        }
        return;
    }
    float *scratch = m_scratch.data();
    int *slots = m_slots.data();
    for (std::size_t i = 0; i < p; ++i) {
        // The valid observations of this pixel, shared by all channels.
        int n = 0;
        for (int s = 0; s < observations; ++s) {
            slots[n] = s;
            n += m_valid[std::size_t(s) * p + i];
        }
        if (n == 0)
            continue;
        for (std::size_t c = 0; c < channels; ++c) {
            for (int j = 0; j < n; ++j)
                scratch[j] = m_obs[(std::size_t(slots[j]) * channels + c) * p + i];
            m_series[(std::size_t(step) * channels + c) * p + i] = medianInPlace(scratch, n);
        }
    }
}

void BlockCompositor::fillGaps()
{
    const std::ptrdiff_t stride = std::ptrdiff_t(m_channels) * m_pixels;
    for (int c = 0; c < m_channels; ++c) {
        float *first = series(0, c);
        for (int i = 0; i < m_pixels; ++i)
            fillGapsLinearAt(first + i, m_plan.stepDays.data(), m_plan.stepCount(), stride);
    }
}

} // namespace cropmap::core::composite
