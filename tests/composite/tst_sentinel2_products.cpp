// SPDX-License-Identifier: GPL-3.0-or-later
// Compositing L2A products as they are delivered today: processing baselines with and without
// BOA_ADD_OFFSET give one scale, and partly covered tiles (swath edges, DN 0) are nodata, never
// blended into their neighbours by the 20 → 10 m resampling.
#include <cmath>
#include <vector>

#include <QDir>
#include <QTemporaryDir>
#include <QTest>

#include "common/cli_process.h"
#include "common/l2a_products.h"
#include "composite/composite_job.h"
#include "composite/composite_stack.h"
#include "io/raster_source.h"
#include "io/sentinel2_archive.h"
#include "util/feedback.h"

using namespace cropmap::core;
using cropmap::tests::BandValues;
using composite::CompositeJob;
using composite::CompositeOptions;
using composite::CompositeStack;

namespace {

const QDate kFirst(2022, 4, 5);
const QDate kSecond(2022, 4, 15);

int bandIndex(const QString &band)
{
    return int(io::sentinel2Bands().indexOf(band));
}

// Reflectance × 10000 of the surface: a ramp per band, 40 brighter on the second date. B04's
// pixel (0, 0) is dark water: 1 at baselines before 04.00 (the least valid DN), −0.05 after.
float surface(const QString &band, int x, int y, const QDate &date)
{
    if (band == QStringLiteral("B04") && x == 0 && y == 0)
        return 1;
    return float(300 + 100 * bandIndex(band) + 37 * x + 11 * y + (date == kSecond ? 40 : 0));
}

// The DNs of a product: the surface, DN + 1000 from baseline 04.00 on. The first date has no
// data at the tile's bottom-right corner (20 m pixel 3, 3 and 10 m pixel 7, 7): DN 0 in either.
BandValues productDn(const QDate &date, bool withOffset)
{
    return [date, withOffset](const QString &band, int x, int y) -> float {
        const int last = io::isTwentyMetreBand(band) ? 3 : 7;
        if (date == kFirst && x == last && y == last)
            return 0;
        if (withOffset && band == QStringLiteral("B04") && x == 0 && y == 0)
            return 500; // reflectance −0.05
        return surface(band, x, y, date) + (withOffset ? 1000 : 0);
    };
}

float clearScl(const QString &, int, int)
{
    return 4; // vegetation
}

CompositeOptions aprilOptions()
{
    CompositeOptions options;
    options.period = composite::Period::parse(QStringLiteral("2022-04:2022-04"));
    options.threads = 2;
    return options;
}

struct Composite
{
    std::vector<float> values; //!< pixel × band (one step)
    std::vector<float> counts;
    QString message;
};

Composite readComposite(const QString &out)
{
    const CompositeStack stack = CompositeStack::open(out + QStringLiteral("/T33UVP"));
    Composite c;
    c.values = stack.readWindow(io::Window{0, 0, 8, 8});
    c.counts = io::RasterSource::open(stack.countPath()).readAll(1);
    return c;
}

Composite compose(const QString &archive, const QString &out, const CompositeOptions &options)
{
    CompositeJob job(archive, out, options);
    Feedback feedback;
    const JobResult result = job.run(feedback);
    if (!result.succeeded())
        return Composite{{}, {}, result.message};
    return readComposite(out);
}

float at(const Composite &c, int x, int y, const QString &band)
{
    return c.values[std::size_t((y * 8 + x) * 10 + bandIndex(band))];
}

// The flat layout: <root>/S2_<date>T100031_<band>.tif, nodata 0 declared.
void writeFlatAcquisition(const QString &root, const QDate &date, const BandValues &dn)
{
    const QString stamp = date.toString(QStringLiteral("yyyyMMdd")) + QStringLiteral("T100031");
    for (const QString &band : cropmap::tests::l2aFiles()) {
        const bool scl = band == QStringLiteral("SCL");
        io::RasterWriteOptions options;
        options.dataType = scl ? GDT_Byte : GDT_UInt16;
        if (!scl)
            options.nodata = 0;
        io::writeRaster(QStringLiteral("%1/S2_%2_%3.tif").arg(root, stamp, band),
                        cropmap::tests::l2aGrid(io::isTwentyMetreBand(band)), options,
                        {cropmap::tests::l2aRaster(band, scl ? BandValues(clearScl) : dn)});
    }
}

} // namespace

class TestSentinel2Products : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase()
    {
        io::ensureGdalRegistered();
        QVERIFY(m_dir.isValid());
    }

    void baselinesWithAndWithoutOffsetGiveIdenticalComposites()
    {
        using cropmap::tests::writeL2aProduct;
        const QString root = m_dir.path();
        // Baseline 02.06 (no offset) and 05.09 (DN + 1000, offset −1000 in MTD_MSIL2A.xml),
        // alone and mixed in one month.
        for (const QDate &date : {kFirst, kSecond}) {
            QVERIFY(!writeL2aProduct(root + QStringLiteral("/old"), date, QStringLiteral("02.06"),
                                     productDn(date, false), clearScl).isEmpty());
            QVERIFY(!writeL2aProduct(root + QStringLiteral("/new"), date, QStringLiteral("05.09"),
                                     productDn(date, true), clearScl).isEmpty());
            const bool later = date == kSecond;
            QVERIFY(!writeL2aProduct(root + QStringLiteral("/mixed"), date,
                                     later ? QStringLiteral("05.09") : QStringLiteral("02.06"),
                                     productDn(date, later), clearScl).isEmpty());
            // GeoTIFF and flat exports of baseline 05.09 products: the offset comes from the
            // archive option.
            cropmap::tests::writeTiffAcquisition(root + QStringLiteral("/tiff"), date,
                                                 productDn(date, true), clearScl);
            QDir().mkpath(root + QStringLiteral("/flat"));
            writeFlatAcquisition(root + QStringLiteral("/flat"), date, productDn(date, true));
        }

        const Composite old = compose(root + QStringLiteral("/old"), root + QStringLiteral("/out-old"), aprilOptions());
        QVERIFY2(old.message.isEmpty(), qPrintable(old.message));
        // Pixel (2, 3) of B04: 300 + 200 + 74 + 33 = 607 and 647 → median 627. The dark pixel
        // stays 1. The corner has one valid observation (the second date): B04 there is
        // 300 + 200 + 259 + 77 + 40 = 876, count 1.
        QCOMPARE(at(old, 2, 3, QStringLiteral("B04")), 627.f);
        QCOMPARE(at(old, 0, 0, QStringLiteral("B04")), 1.f);
        QCOMPARE(at(old, 7, 7, QStringLiteral("B04")), 876.f);
        QCOMPARE(old.counts[0], 2.f);
        QCOMPARE(old.counts[63], 1.f);

        CompositeOptions offset = aprilOptions();
        offset.boaOffset = -1000;
        const struct
        {
            const char *name;
            Composite composite;
        } others[] = {
            {"new", compose(root + QStringLiteral("/new"), root + QStringLiteral("/out-new"), aprilOptions())},
            {"mixed", compose(root + QStringLiteral("/mixed"), root + QStringLiteral("/out-mixed"), aprilOptions())},
            {"tiff", compose(root + QStringLiteral("/tiff"), root + QStringLiteral("/out-tiff"), offset)},
        };
        for (const auto &other : others) {
            QVERIFY2(other.composite.message.isEmpty(), qPrintable(other.composite.message));
            QVERIFY2(other.composite.values == old.values, other.name);
            QVERIFY2(other.composite.counts == old.counts, other.name);
        }

        // The flat export through the command line, --boa-offset as users type it.
        const cropmap::tests::CliResult cli = cropmap::tests::runCropmap(
            {QStringLiteral("composite"), QStringLiteral("--archive"), root + QStringLiteral("/flat"),
             QStringLiteral("--out"), root + QStringLiteral("/out-flat"), QStringLiteral("--flat-tile-id"),
             QStringLiteral("T33UVP"), QStringLiteral("--period"), QStringLiteral("2022-04:2022-04"),
             QStringLiteral("--boa-offset"), QStringLiteral("-1000"), QStringLiteral("--quiet")});
        QVERIFY2(cli.code == 0, qPrintable(cli.output));
        const Composite flat = readComposite(root + QStringLiteral("/out-flat"));
        QVERIFY(flat.values == old.values);
        QVERIFY(flat.counts == old.counts);

        // Without the option the export is 1000 too bright: what every 2022+ composite was.
        const Composite unshifted = compose(root + QStringLiteral("/tiff"), root + QStringLiteral("/out-tiff-raw"), aprilOptions());
        QCOMPARE(at(unshifted, 2, 3, QStringLiteral("B04")), 1627.f);
    }

    void inspectNamesEachAcquisitionsBaselineAndOffset()
    {
        // Uses the archives of the test above.
        const QString root = m_dir.path();
        cropmap::tests::CliResult cli =
            cropmap::tests::runCropmap({QStringLiteral("inspect"), root + QStringLiteral("/mixed")});
        QVERIFY2(cli.code == 0, qPrintable(cli.output));
        QVERIFY2(cli.output.contains(QStringLiteral("20220405T100031  baseline 02.06  offset none")),
                 qPrintable(cli.output));
        QVERIFY2(cli.output.contains(QStringLiteral("20220415T100031  baseline 05.09  offset -1000 (MTD_MSIL2A.xml)")),
                 qPrintable(cli.output));

        cli = cropmap::tests::runCropmap({QStringLiteral("inspect"), root + QStringLiteral("/tiff"),
                                          QStringLiteral("--boa-offset"), QStringLiteral("-1000")});
        QVERIFY2(cli.code == 0, qPrintable(cli.output));
        QVERIFY2(cli.output.contains(QStringLiteral("20220405  baseline not recorded  offset -1000 (the archive's offset")),
                 qPrintable(cli.output));
        cli = cropmap::tests::runCropmap({QStringLiteral("inspect"), root + QStringLiteral("/tiff")});
        QVERIFY2(cli.output.contains(QStringLiteral("20220405  baseline not recorded  offset none")),
                 qPrintable(cli.output));
    }

    void productWithoutMetadataTakesTheOffsetOfItsBaseline()
    {
        QTemporaryDir dir;
        QVERIFY(!cropmap::tests::writeL2aProduct(dir.path(), kFirst, QStringLiteral("04.00"),
                                                 productDn(kFirst, true), clearScl, false)
                     .isEmpty());
        const io::Sentinel2Archive archive = io::Sentinel2Archive::open(dir.path());
        const io::Acquisition &a = archive.tile(QStringLiteral("T33UVP")).acquisitions.front();
        QCOMPARE(a.processingBaseline, QStringLiteral("04.00"));
        QCOMPARE(a.boaOffset(QStringLiteral("B8A")), -1000.0);
        QVERIFY(a.offsetSource.contains(QStringLiteral("no MTD_MSIL2A.xml")));
    }

    void halfCoveredTileHasNoDarkFringe_data()
    {
        QTest::addColumn<QString>("layout");
        QTest::addColumn<bool>("sclCoversAll");
        // Sen2Cor writes SCL 0 where the swath ends; a clear SCL there pins the band nodata alone.
        QTest::newRow("SAFE, SCL 0 where uncovered") << QStringLiteral("safe") << false;
        QTest::newRow("SAFE, SCL clear everywhere") << QStringLiteral("safe") << true;
        QTest::newRow("GeoTIFF folder") << QStringLiteral("tiff") << true;
    }

    void halfCoveredTileHasNoDarkFringe()
    {
        QFETCH(QString, layout);
        QFETCH(bool, sclCoversAll);
        // A flat surface, reflectance × 10000 = 1000 + 100 · band index. On 2022-04-05 the
        // swath covers the right half only: DN 0 in 10 m columns 0–3 and 20 m columns 0–1.
        // On 2022-05-05 the whole tile.
        const auto flat = [](const QString &band, int, int) { return float(1000 + 100 * bandIndex(band)); };
        const auto rightHalf = [flat](const QString &band, int x, int y) {
            const int firstCovered = io::isTwentyMetreBand(band) ? 2 : 4;
            return x < firstCovered ? 0.f : flat(band, x, y);
        };
        const auto scl = [sclCoversAll](const QString &, int x, int) {
            return sclCoversAll || x >= 2 ? 4.f : 0.f;
        };
        QTemporaryDir dir;
        const QString archive = dir.filePath(QStringLiteral("archive"));
        const QDate april(2022, 4, 5);
        const QDate may(2022, 5, 5);
        if (layout == QStringLiteral("safe")) {
            QVERIFY(!cropmap::tests::writeL2aProduct(archive, april, QStringLiteral("02.06"), rightHalf, scl).isEmpty());
            QVERIFY(!cropmap::tests::writeL2aProduct(archive, may, QStringLiteral("02.06"), flat, clearScl).isEmpty());
        } else {
            cropmap::tests::writeTiffAcquisition(archive, april, rightHalf, scl);
            cropmap::tests::writeTiffAcquisition(archive, may, flat, clearScl);
        }
        CompositeOptions options = aprilOptions();
        options.period = composite::Period::parse(QStringLiteral("2022-04:2022-05"));
        const QString out = dir.filePath(QStringLiteral("out"));
        CompositeJob job(archive, out, options);
        Feedback feedback;
        const JobResult result = job.run(feedback);
        QVERIFY2(result.succeeded(), qPrintable(result.message));
        const CompositeStack stack = CompositeStack::open(out + QStringLiteral("/T33UVP"));
        const std::vector<float> values = stack.readWindow(io::Window{0, 0, 8, 8});
        const io::RasterSource count = io::RasterSource::open(stack.countPath());
        const std::vector<float> aprilCount = count.readAll(1);
        const std::vector<float> mayCount = count.readAll(2);
        for (int y = 0; y < 8; ++y) {
            for (int x = 0; x < 8; ++x) {
                const std::size_t p = std::size_t(y * 8 + x);
                // April: one observation on the covered half, none on the other (filled from
                // May, count 0); May: one everywhere.
                QCOMPARE(aprilCount[p], x < 4 ? 0.f : 1.f);
                QCOMPARE(mayCount[p], 1.f);
                // Every composite value is the surface's: no blend with DN 0 (a bilinear
                // blend gave 0.75 · surface in 10 m column 4, 0.25 · surface in column 3).
                for (int t = 0; t < 2; ++t) {
                    for (int b = 0; b < 10; ++b) {
                        const float v = values[(p * 2 + std::size_t(t)) * 10 + std::size_t(b)];
                        QCOMPARE(v, float(1000 + 100 * b));
                    }
                }
            }
        }
    }

private:
    QTemporaryDir m_dir;
};

QTEST_GUILESS_MAIN(TestSentinel2Products)
#include "tst_sentinel2_products.moc"
