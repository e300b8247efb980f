// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <functional>
#include <vector>

#include <QtGlobal>

namespace cropmap::core {
class Feedback;
}

namespace cropmap::core::io {

/** \brief A rectangular window of a raster in pixel coordinates. */
struct Window
{
    int x = 0;
    int y = 0;
    int width = 0;
    int height = 0;

    qint64 pixelCount() const { return qint64(width) * height; }
    bool operator==(const Window &other) const = default;
};

/**
 * Cuts a width × height raster into blocks of at most blockWidth × blockHeight, row by
 * row; the last column and row of blocks are partial. Every pixel lies in exactly one window.
 */
std::vector<Window> blockWindows(int width, int height, int blockWidth, int blockHeight);

/** Number of worker threads to use: \a requested if > 0, else the number of cores. */
int workerThreadCount(int requested = 0);

/**
 * Calls \a visit(window, threadIndex) for every window, on \a threads worker threads
 * (0 = all cores). Reports progress through \a feedback and stops handing out windows once it
 * is canceled (then throws Canceled). The first exception thrown by a visit is rethrown here
 * after all workers stopped. threadIndex lies in [0, threads) so callers can keep per-thread
 * state (one GDAL dataset per thread).
 */
void forEachWindow(const std::vector<Window> &windows, Feedback &feedback,
                   const std::function<void(const Window &, int)> &visit, int threads = 0);

/** forEachWindow() over the items 0 … count − 1: \a visit(item, threadIndex). */
void forEachItem(int count, Feedback &feedback, const std::function<void(int, int)> &visit,
                 int threads = 0);

} // namespace cropmap::core::io
