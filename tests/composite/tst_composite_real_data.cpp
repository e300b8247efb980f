// SPDX-License-Identifier: GPL-3.0-or-later
// Composites of the real Belgian (10 bands, 20 m SCL) and Slovenian (NDVI, s2cloudless masks)
// series, checked pixel by pixel against a brute-force reference computed here.
#include <algorithm>
#include <cmath>
#include <vector>

#include <QTemporaryDir>
#include <QTest>

#include "composite/composite_job.h"
#include "composite/composite_stack.h"
#include "io/gdal_handles.h"
#include "io/raster_source.h"
#include "io/sentinel2_archive.h"
#include "util/feedback.h"

using namespace cropmap::core;
using composite::CompositeOptions;
using composite::CompositeStack;

namespace {

const QString kBelgium = QStringLiteral(CROPMAP_SHARED_DATA "/belgium-lpis-31UDS/archive");
const QString kSlovenia = QStringLiteral(CROPMAP_SHARED_DATA "/slovenia-eopatch");

/** Brute-force composite: every value of every acquisition in memory, sorted per pixel. */
struct Reference
{
    int steps = 0;
    int bands = 0;
    int pixels = 0;
    std::vector<double> values; // (step × bands + band) × pixels + pixel, NaN = nodata
    std::vector<int> counts;    // step × pixels + pixel

    double &value(int t, int b, int p) { return values[std::size_t((t * bands + b) * pixels + p)]; }
    int &count(int t, int p) { return counts[std::size_t(t * pixels + p)]; }
};

Reference bruteForce(const io::TileAcquisitions &tile, const CompositeOptions &options)
{
    Reference ref;
    ref.steps = options.period.stepCount();
    ref.bands = int(options.bands.size());
    ref.pixels = int(tile.grid.pixelCount());
    ref.values.assign(std::size_t(ref.steps * ref.bands * ref.pixels), NAN);
    ref.counts.assign(std::size_t(ref.steps * ref.pixels), 0);
    for (int t = 0; t < ref.steps; ++t) {
        std::vector<std::vector<float>> masks;
        std::vector<std::vector<std::vector<float>>> bands; // acquisition, band, pixel
        for (const io::Acquisition &a : tile.between(options.period.monthStart(t), options.period.monthEnd(t))) {
            masks.push_back(io::RasterSource::openOnGrid(a.maskPath, tile.grid, io::Resampling::Nearest).readAll());
            bands.emplace_back();
            for (const QString &band : options.bands)
                bands.back().push_back(io::RasterSource::openOnGrid(a.bandPaths.value(band), tile.grid,
                                                                    io::Resampling::Bilinear).readAll());
        }
        for (int p = 0; p < ref.pixels; ++p) {
            std::vector<std::size_t> valid;
            for (std::size_t a = 0; a < masks.size(); ++a) {
                const float m = masks[a][std::size_t(p)];
                bool clear = options.usesScl() ? !std::isnan(m) && !options.invalidSclClasses.contains(int(m))
                                               : m == 0.f;
                for (const auto &band : bands[a])
                    clear = clear && !std::isnan(band[std::size_t(p)]);
                if (clear)
                    valid.push_back(a);
            }
            ref.count(t, p) = int(valid.size());
            for (int b = 0; b < ref.bands && !valid.empty(); ++b) {
                std::vector<double> v;
                for (std::size_t a : valid)
                    v.push_back(bands[a][std::size_t(b)][std::size_t(p)]);
                std::sort(v.begin(), v.end());
                const std::size_t n = v.size();
                ref.value(t, b, p) = n % 2 ? v[n / 2] : (v[n / 2 - 1] + v[n / 2]) / 2;
            }
        }
    }
    // Gaps: linear between the nearest valid months, the nearest valid value at the ends.
    for (int p = 0; p < ref.pixels; ++p) {
        for (int t = 0; t < ref.steps; ++t) {
            if (ref.count(t, p) > 0)
                continue;
            int before = t - 1, after = t + 1;
            while (before >= 0 && ref.count(before, p) == 0)
                --before;
            while (after < ref.steps && ref.count(after, p) == 0)
                ++after;
            for (int b = 0; b < ref.bands; ++b) {
                if (before >= 0 && after < ref.steps) {
                    const double v0 = ref.value(before, b, p), v1 = ref.value(after, b, p);
                    ref.value(t, b, p) = v0 + (v1 - v0) * (t - before) / (after - before);
                } else if (before >= 0) {
                    ref.value(t, b, p) = ref.value(before, b, p);
                } else if (after < ref.steps) {
                    ref.value(t, b, p) = ref.value(after, b, p);
                }
            }
        }
    }
    return ref;
}

std::vector<std::vector<float>> readCounts(const CompositeStack &stack)
{
    const io::RasterSource counts = io::RasterSource::open(stack.countPath());
    std::vector<std::vector<float>> all;
    for (int t = 1; t <= counts.bandCount(); ++t)
        all.push_back(counts.readAll(t));
    return all;
}

} // namespace

class TestCompositeRealData : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase()
    {
        io::ensureGdalRegistered();
        QVERIFY(m_dir.isValid());
    }

    void belgianSeriesMatchesBruteForceMedian()
    {
        CompositeOptions options; // 10 bands, SCL, 2017-09 … 2018-08
        options.threads = 2;
        options.blockSize = 32; // four windows, so block edges are exercised
        composite::CompositeJob job(kBelgium, m_dir.path(), options);
        Feedback feedback;
        const JobResult result = job.run(feedback);
        QVERIFY2(result.succeeded(), qPrintable(result.message));

        const io::Sentinel2Archive archive = io::Sentinel2Archive::open(kBelgium, options.archiveOptions());
        const io::TileAcquisitions &tile = archive.tile(QStringLiteral("T31UDS"));
        Reference ref = bruteForce(tile, options);
        const CompositeStack stack = CompositeStack::open(job.results().front().vrtPath);
        QCOMPARE(stack.stepCount(), 12);
        QCOMPARE(stack.bandCount(), 10);
        QVERIFY(stack.grid().isAlignedWith(tile.grid));
        const std::vector<float> got = stack.readWindow(io::Window{0, 0, 64, 64});
        const auto counts = readCounts(stack);

        int exact = 0, filled = 0, compared = 0;
        for (int p = 0; p < ref.pixels; ++p) {
            for (int t = 0; t < ref.steps; ++t) {
                QCOMPARE(int(counts[std::size_t(t)][std::size_t(p)]), ref.count(t, p));
                filled += ref.count(t, p) == 0;
                for (int b = 0; b < ref.bands; ++b) {
                    const float value = got[std::size_t((p * 12 + t) * 10 + b)];
                    const double want = ref.value(t, b, p);
                    if (std::isnan(want)) {
                        QVERIFY(std::isnan(value));
                        continue;
                    }
                    // int16 storage rounds; float vs double arithmetic may flip an exact .5.
                    const double diff = std::abs(double(value) - double(std::lround(want)));
                    QVERIFY2(diff <= 1.0, qPrintable(QStringLiteral("pixel %1 step %2 band %3: %4 vs %5")
                                                         .arg(p).arg(t).arg(b).arg(value).arg(want)));
                    exact += diff == 0.0;
                    ++compared;
                }
            }
        }
        // 64 × 64 pixels × 12 months × 10 bands, all of them with a value somewhere in the year.
        QCOMPARE(compared, 4096 * 12 * 10);
        QVERIFY(exact >= compared * 999 / 1000);
        // Real clouds: some pixel-months have no valid observation and were filled.
        QVERIFY(filled > 0);
        qInfo("Belgium: %d pixel-months filled of %d, %d of %d values exact", filled, 4096 * 12,
              exact, compared);
    }

    void slovenianNdviSeriesFillsWinterGaps()
    {
        CompositeOptions options;
        options.bands = {QStringLiteral("NDVI")};
        options.maskBand = QStringLiteral("CLM");
        options.period = composite::Period::parse(QStringLiteral("2016-09:2017-08"));
        options.threads = 2;
        const QString out = m_dir.filePath(QStringLiteral("slovenia"));
        composite::CompositeJob job(kSlovenia, out, options);
        Feedback feedback;
        const JobResult result = job.run(feedback);
        QVERIFY2(result.succeeded(), qPrintable(result.message));
        // Acquisitions per month from the file names: Sep 0913 0923, Oct 1023, Nov none,
        // Dec 1212 1222, Jan 0101 0111, Feb 0220, Mar 0302 0312, Apr 0401 0411 0421,
        // May 0501 0521 0531, Jun 0610 0620, Jul 0705 … 0730 (6), Aug 0804 0809 0824 0829.
        const composite::TileCompositeResult &r = job.results().front();
        QCOMPARE(r.acquisitionsPerStep, (QVector<int>{2, 1, 0, 2, 2, 1, 2, 3, 3, 2, 6, 4}));
        QCOMPARE(r.emptySteps, QStringList{QStringLiteral("2016-11")});

        const io::Sentinel2Archive archive = io::Sentinel2Archive::open(kSlovenia, options.archiveOptions());
        Reference ref = bruteForce(archive.tiles().front(), options);
        const CompositeStack stack = CompositeStack::open(r.vrtPath);
        QCOMPARE(io::RasterSource::open(r.monthPaths.front()).dataType(1), GDT_Float32);
        const io::Window all{0, 0, stack.grid().width(), stack.grid().height()};
        const std::vector<float> got = stack.readWindow(all);
        const auto counts = readCounts(stack);
        int filledChecked = 0;
        for (int p = 0; p < ref.pixels; ++p) {
            for (int t = 0; t < 12; ++t) {
                QCOMPARE(int(counts[std::size_t(t)][std::size_t(p)]), ref.count(t, p));
                const float value = got[std::size_t(p * 12 + t)];
                if (std::isnan(ref.value(t, 0, p))) {
                    QVERIFY(std::isnan(value));
                    continue;
                }
                QVERIFY(std::abs(value - ref.value(t, 0, p)) < 1e-5);
                if (ref.count(t, p) > 0)
                    continue;
                // A filled month lies between its nearest valid neighbours.
                int before = t - 1, after = t + 1;
                while (before >= 0 && ref.count(before, p) == 0)
                    --before;
                while (after < 12 && ref.count(after, p) == 0)
                    ++after;
                if (before < 0 || after >= 12)
                    continue;
                const float v0 = got[std::size_t(p * 12 + before)];
                const float v1 = got[std::size_t(p * 12 + after)];
                QVERIFY(value >= std::min(v0, v1) - 1e-6f && value <= std::max(v0, v1) + 1e-6f);
                ++filledChecked;
            }
            QCOMPARE(int(counts[2][std::size_t(p)]), 0); // November: no acquisition at all
        }
        QVERIFY(filledChecked > ref.pixels); // at least November of every pixel with data around it
    }

private:
    QTemporaryDir m_dir;
};

QTEST_GUILESS_MAIN(TestCompositeRealData)
#include "tst_composite_real_data.moc"
