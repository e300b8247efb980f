// SPDX-License-Identifier: GPL-3.0-or-later
#include "io/block_windows.h"

#include <algorithm>
#include <atomic>
#include <exception>
#include <mutex>

#include <QThread>
#include <QThreadPool>

#include "util/error.h"
#include "util/feedback.h"

namespace cropmap::core::io {

std::vector<Window> blockWindows(int width, int height, int blockWidth, int blockHeight)
{
    std::vector<Window> windows;
    if (width <= 0 || height <= 0 || blockWidth <= 0 || blockHeight <= 0)
        return windows;
    for (int y = 0; y < height; y += blockHeight) {
        const int h = std::min(blockHeight, height - y);
        for (int x = 0; x < width; x += blockWidth)
            windows.push_back({x, y, std::min(blockWidth, width - x), h});
    }
    return windows;
}

int workerThreadCount(int requested)
{
    if (requested > 0)
        return requested;
    return std::max(1, QThread::idealThreadCount());
}

void forEachWindow(const std::vector<Window> &windows, Feedback &feedback,
                   const std::function<void(const Window &, int)> &visit, int threads)
{
    forEachItem(
        int(windows.size()), feedback,
        [&](int item, int thread) { visit(windows[std::size_t(item)], thread); }, threads);
}

void forEachItem(int count, Feedback &feedback, const std::function<void(int, int)> &visit,
                 int threads)
{
    const int n = count;
    const int workers = std::max(1, std::min(workerThreadCount(threads), n));
    std::atomic<int> next{0};
    std::atomic<int> done{0};
    std::atomic<bool> failed{false};
    std::exception_ptr firstError;
    std::mutex errorMutex;

    auto work = [&](int threadIndex) {
        for (;;) {
            if (failed.load() || feedback.isCanceled())
                return;
            const int i = next.fetch_add(1);
            if (i >= n)
                return;
            try {
                visit(i, threadIndex);
            } catch (...) {
                std::lock_guard lock(errorMutex);
                if (!firstError)
                    firstError = std::current_exception();
                failed.store(true);
                return;
            }
            feedback.setProgress(double(done.fetch_add(1) + 1) / n);
        }
    };

    if (workers == 1) {
        work(0);
    } else {
        // A pool of its own, not the global one: the caller may itself run on a pooled thread
        // (a GUI job), and waiting there for tasks queued behind it would deadlock.
        QThreadPool pool;
        pool.setMaxThreadCount(workers);
        for (int t = 1; t < workers; ++t)
            pool.start([&work, t] { work(t); });
        work(0); // the calling thread is worker 0
        pool.waitForDone();
    }
    if (firstError)
        std::rethrow_exception(firstError);
    feedback.throwIfCanceled();
    // Workers report as they finish, not in order: the last report may be another's 0.99.
    if (n > 0)
        feedback.setProgress(1.0);
}

} // namespace cropmap::core::io
