// SPDX-License-Identifier: GPL-3.0-or-later
#include <atomic>
#include <vector>

#include <QTest>

#include "io/block_windows.h"
#include "util/error.h"
#include "util/feedback.h"

using namespace cropmap::core;

class TestBlockWindows : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void coversEveryPixelOnce_data()
    {
        QTest::addColumn<int>("width");
        QTest::addColumn<int>("height");
        QTest::addColumn<int>("block");
        QTest::addColumn<int>("expectedWindows");
        QTest::newRow("exact multiple") << 512 << 256 << 128 << 4 * 2;
        QTest::newRow("ragged right and bottom edge") << 100 << 101 << 32 << 4 * 4;
        QTest::newRow("block larger than raster") << 10 << 7 << 256 << 1;
        QTest::newRow("one pixel blocks") << 3 << 2 << 1 << 6;
    }
    void coversEveryPixelOnce()
    {
        QFETCH(int, width);
        QFETCH(int, height);
        QFETCH(int, block);
        QFETCH(int, expectedWindows);
        const auto windows = io::blockWindows(width, height, block, block);
        QCOMPARE(int(windows.size()), expectedWindows);
        std::vector<int> hits(std::size_t(width) * height, 0);
        for (const io::Window &w : windows) {
            QVERIFY(w.width > 0 && w.height > 0);
            QVERIFY(w.width <= block && w.height <= block);
            for (int y = w.y; y < w.y + w.height; ++y)
                for (int x = w.x; x < w.x + w.width; ++x)
                    ++hits[std::size_t(y) * width + x];
        }
        for (int h : hits)
            QCOMPARE(h, 1);
    }

    void raggedEdgeWindowsArePartial()
    {
        // 100 = 3·32 + 4: the last column of blocks is 4 pixels wide.
        const auto windows = io::blockWindows(100, 40, 32, 32);
        QCOMPARE(windows.back(), (io::Window{96, 32, 4, 8}));
    }

    void parallelVisitsAllWindows()
    {
        const auto windows = io::blockWindows(1000, 1000, 64, 64);
        std::vector<std::atomic<int>> visits(windows.size());
        Feedback feedback;
        io::forEachWindow(windows, feedback, [&](const io::Window &w, int thread) {
            QVERIFY(thread >= 0 && thread < 4);
            const std::size_t i = std::size_t(w.y / 64) * 16 + std::size_t(w.x / 64);
            visits[i].fetch_add(1);
        }, 4);
        for (auto &v : visits)
            QCOMPARE(v.load(), 1);
        QCOMPARE(feedback.progress(), 1.0);
    }

    void firstErrorIsRethrown()
    {
        const auto windows = io::blockWindows(100, 100, 10, 10);
        Feedback feedback;
        QVERIFY_THROWS_EXCEPTION(Error, io::forEachWindow(windows, feedback,
                                                          [](const io::Window &w, int) {
                                                              if (w.x == 50 && w.y == 50)
                                                                  throw Error(QStringLiteral("bad block"));
                                                          }, 2));
    }

    void cancelStopsAndThrows()
    {
        const auto windows = io::blockWindows(100, 100, 10, 10);
        Feedback feedback;
        std::atomic<int> visited{0};
        QVERIFY_THROWS_EXCEPTION(Canceled, io::forEachWindow(windows, feedback,
                                                             [&](const io::Window &, int) {
                                                                 if (++visited == 5)
                                                                     feedback.cancel();
                                                             }, 1));
        QCOMPARE(visited.load(), 5);
    }

    void scopedFeedbackMapsIntoParentRange()
    {
        Feedback parent;
        ScopedFeedback child(parent, 0.5, 0.75);
        child.setProgress(0.5);
        QCOMPARE(parent.progress(), 0.625);
        parent.cancel();
        QVERIFY(child.isCanceled());
    }
};

QTEST_GUILESS_MAIN(TestBlockWindows)
#include "tst_block_windows.moc"
