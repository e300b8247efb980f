// SPDX-License-Identifier: GPL-3.0-or-later
#include "composite/monthly_compositor.h"

#include <algorithm>
#include <memory>

#include <sys/resource.h>

#include <QCoreApplication>
#include <QDir>

#include "composite/acquisition_failures.h"
#include "composite/block_compositor.h"
#include "composite/composite_outputs.h"
#include "composite/composite_plan.h"
#include "io/block_windows.h"
#include "util/error.h"
#include "util/feedback.h"
#include "util/output_paths.h"

namespace cropmap::core::composite {

namespace {

QString tr(const char *text)
{
    return QCoreApplication::translate("cropmap::core::composite", text);
}

// Each worker keeps every file of the period open; stay well inside the open-file limit.
int threadsWithinFileLimit(int threads, const CompositePlan &plan, Feedback &feedback)
{
    rlimit limit{};
    if (getrlimit(RLIMIT_NOFILE, &limit) != 0 || limit.rlim_cur == RLIM_INFINITY)
        return threads;
    const qint64 perThread = qint64(plan.acquisitions.size()) * plan.filesPerAcquisition();
    const qint64 budget = qint64(limit.rlim_cur) * 3 / 4;
    const int fitting = int(std::max<qint64>(1, budget / std::max<qint64>(1, perThread)));
    if (fitting < threads) {
        feedback.log(tr("Tile %1: %2 threads instead of %3, because each keeps %4 files open "
                        "and the open-file limit is %5 (raise it with ulimit -n)")
                         .arg(plan.tile)
                         .arg(fitting)
                         .arg(threads)
                         .arg(perThread)
                         .arg(qint64(limit.rlim_cur)));
        return fitting;
    }
    return threads;
}

} // namespace

MonthlyCompositor::MonthlyCompositor(CompositeOptions options)
    : m_options(std::move(options))
{}

TileCompositeResult MonthlyCompositor::composite(const io::TileAcquisitions &tile,
                                                 const QString &outputRoot,
                                                 Feedback &feedback) const
{
    CompositePlan plan = CompositePlan::make(tile, m_options);
    if (plan.acquisitions.isEmpty()) {
        throw Error(tr("The period %1 matches no acquisition of tile %2 (its acquisitions run "
                       "from %3 to %4)")
                        .arg(m_options.period.toString(), tile.id,
                             tile.acquisitions.front().date().toString(Qt::ISODate),
                             tile.acquisitions.back().date().toString(Qt::ISODate)));
    }
    TileCompositeResult result;
    result.tile = tile.id;
    result.skipped = tile.skipped;
    for (const QString &message : tile.skipped)
        feedback.log(tr("Warning: %1").arg(message));

    const QStringList outputBands = m_options.outputBands();
    // The tile id names the folder: it must not lead out of the output folder.
    CompositeOutputs outputs(checkedPathInside(outputRoot, QDir(outputRoot).filePath(tile.id)), plan, outputBands,
                             m_options.outputDataType());
    if (outputs.stagingCompressed()) {
        feedback.log(tr("Tile %1: the disk holding %2 has less than %3 times the %4 GB the "
                        "composites take uncompressed; staging them compressed, which is slower")
                         .arg(tile.id, outputRoot)
                         .arg(CompositeOutputs::kStagingRoom)
                         .arg(double(outputs.rawBytes()) / 1e9, 0, 'f', 1));
    }
    const std::vector<io::Window> windows = io::blockWindows(
        plan.grid.width(), plan.grid.height(), m_options.blockSize, m_options.blockSize);
    const int threads = threadsWithinFileLimit(
        std::min<int>(io::workerThreadCount(m_options.threads), int(windows.size())), plan,
        feedback);

    // A file that fails mid-run is only noticed by the blocks that read it after the failure:
    // recomposite without it so that every block uses the same acquisitions.
    for (;;) {
        AcquisitionFailures failures(feedback, tile.id);
        std::vector<std::unique_ptr<BlockCompositor>> workers(static_cast<std::size_t>(threads));
        ScopedFeedback pass(feedback, 0.0, 0.85);
        pass.setProgress(0, tr("Compositing %1").arg(tile.id));
        io::forEachWindow(
            windows, pass,
            [&](const io::Window &window, int thread) {
                std::unique_ptr<BlockCompositor> &worker = workers[std::size_t(thread)];
                if (!worker)
                    worker = std::make_unique<BlockCompositor>(plan, failures);
                worker->compose(window);
                worker->fillGaps();
                outputs.writeBlock(window, *worker, thread);
            },
            threads);
        const QSet<int> failed = failures.all();
        if (failed.isEmpty())
            break;
        for (int a : failed) {
            plan.excluded.insert(a);
            result.skipped << tr("%1 %2: files failed to read during compositing")
                                  .arg(tile.id, plan.acquisitions[a].id);
        }
        if (plan.excluded.size() == plan.acquisitions.size())
            throw Error(tr("No acquisition of tile %1 in %2 could be read")
                            .arg(tile.id, m_options.period.toString()));
    }

    for (int step = 0; step < plan.stepCount(); ++step) {
        const int n = plan.acquisitionsInStep(step);
        result.acquisitionsPerStep << n;
        if (n == 0) {
            result.emptySteps << plan.stepLabels[step];
            feedback.log(tr("Warning: tile %1 has no acquisition in %2; the month is filled in "
                            "time from its neighbours and counts 0 in the count layer")
                             .arg(tile.id, plan.stepLabels[step]));
        }
        for (int a : plan.stepAcquisitions[std::size_t(step)]) {
            if (!plan.excluded.contains(a))
                result.pixelObservations += plan.grid.pixelCount();
        }
    }

    ScopedFeedback finishing(feedback, 0.85, 1.0);
    outputs.commit(finishing, threads);
    result.vrtPath = outputs.vrtPath();
    result.countPath = outputs.countPath();
    result.monthPaths = outputs.monthPaths();
    return result;
}

} // namespace cropmap::core::composite
