// SPDX-License-Identifier: GPL-3.0-or-later
#include <cmath>
#include <limits>
#include <vector>

#include <random>

#include <QTest>

#include "composite/composite_options.h"
#include "composite/monthly_median.h"
#include "composite/period.h"
#include "util/error.h"

using namespace cropmap::core;
using composite::Period;
using composite::kMaxNetworkRows;
using composite::medianAcrossRows;
using composite::medianInPlace;
using composite::sortingNetwork;

namespace {

constexpr float kNaN = std::numeric_limits<float>::quiet_NaN();

std::vector<float> series(const QString &text)
{
    std::vector<float> values;
    for (const QString &item : text.split(u' ', Qt::SkipEmptyParts))
        values.push_back(item == QStringLiteral("-") ? kNaN : item.toFloat());
    return values;
}

} // namespace

class TestMonthlyMedian : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void medianOfOddAndEvenCounts_data()
    {
        QTest::addColumn<QString>("values");
        QTest::addColumn<float>("median");
        QTest::newRow("one") << QStringLiteral("7") << 7.f;
        QTest::newRow("odd: sorted 1 2 9 → 2") << QStringLiteral("9 1 2") << 2.f;
        QTest::newRow("even: 1 2 | 9 10 → (2 + 9) / 2") << QStringLiteral("10 2 9 1") << 5.5f;
        QTest::newRow("ties: 3 3 3 8 → (3 + 3) / 2") << QStringLiteral("3 8 3 3") << 3.f;
        // 13 values take the nth_element path: sorted 1…13, the 7th is 7.
        QTest::newRow("odd 13 (nth_element)")
            << QStringLiteral("13 1 12 2 11 3 10 4 9 5 8 6 7") << 7.f;
        // 14 values: 1…14 sorted, middle pair 7 and 8 → 7.5.
        QTest::newRow("even 14 (nth_element)")
            << QStringLiteral("14 13 1 12 2 11 3 10 4 9 5 8 6 7") << 7.5f;
    }

    void medianOfOddAndEvenCounts()
    {
        QFETCH(QString, values);
        QFETCH(float, median);
        std::vector<float> v = series(values);
        QCOMPARE(composite::medianInPlace(v.data(), int(v.size())), median);
    }

    void sortingNetworksSortEveryInput()
    {
        // The 0-1 principle: a comparator network sorts every input iff it sorts every 0/1
        // input, so all 2^n bit patterns prove the networks up to n = 16; larger ones are
        // checked on random permutations with ties.
        for (int n = 1; n <= kMaxNetworkRows; ++n) {
            const auto &network = sortingNetwork(n);
            auto sorts = [&](std::vector<int> v) {
                for (const auto &[a, b] : network) {
                    QVERIFY(a < b && b < n);
                    if (v[std::size_t(a)] > v[std::size_t(b)])
                        std::swap(v[std::size_t(a)], v[std::size_t(b)]);
                }
                QVERIFY2(std::is_sorted(v.begin(), v.end()), qPrintable(QString::number(n)));
            };
            if (n <= 16) {
                for (std::uint32_t bits = 0; bits < (1u << n); ++bits) {
                    std::vector<int> v(static_cast<std::size_t>(n));
                    for (int i = 0; i < n; ++i)
                        v[std::size_t(i)] = (bits >> i) & 1;
                    sorts(v);
                }
            } else {
                std::mt19937 rng(static_cast<std::uint32_t>(n));
                for (int trial = 0; trial < 2000; ++trial) {
                    std::vector<int> v(static_cast<std::size_t>(n));
                    for (int &x : v)
                        x = int(rng() % 7);
                    sorts(v);
                }
            }
        }
        // Batcher's network for 4 inputs has 5 comparators, for 8 inputs 19.
        QCOMPARE(sortingNetwork(4).size(), std::size_t(5));
        QCOMPARE(sortingNetwork(8).size(), std::size_t(19));
    }

    void mediansAcrossRowsEqualThePerPixelMedian()
    {
        // Three pixels, four observation rows, invalid ones as +inf:
        //   pixel 0: 5, 1, inf, 3 → valid {1, 3, 5}, n = 3 → median 3
        //   pixel 1: 2, 8, 4, 6   → n = 4 → (4 + 6) / 2 = 5
        //   pixel 2: inf × 4      → n = 0 → median left untouched (NaN)
        constexpr float inf = std::numeric_limits<float>::infinity();
        std::vector<std::vector<float>> rows = {{5, 2, inf}, {1, 8, inf}, {inf, 4, inf}, {3, 6, inf}};
        std::vector<float *> pointers;
        for (auto &r : rows)
            pointers.push_back(r.data());
        const std::vector<std::uint16_t> counts = {3, 4, 0};
        std::vector<float> median(3, std::nanf(""));
        medianAcrossRows(pointers.data(), 4, 3, counts.data(), median.data());
        QCOMPARE(median[0], 3.0f);
        QCOMPARE(median[1], 5.0f);
        QVERIFY(std::isnan(median[2]));

        // Random stacks of every height up to 32 against medianInPlace, pixel by pixel.
        std::mt19937 rng(7);
        for (int height = 1; height <= kMaxNetworkRows; ++height) {
            const std::size_t pixels = 3000;
            std::vector<std::vector<float>> stack(static_cast<std::size_t>(height), std::vector<float>(pixels));
            std::vector<std::uint16_t> valid(pixels, 0);
            std::vector<std::vector<float>> perPixel(pixels);
            for (std::size_t i = 0; i < pixels; ++i) {
                for (int s = 0; s < height; ++s) {
                    const bool ok = rng() % 3 != 0;
                    const float v = float(int(rng() % 50)); // ties on purpose
                    stack[std::size_t(s)][i] = ok ? v : inf;
                    if (ok) {
                        perPixel[i].push_back(v);
                        ++valid[i];
                    }
                }
            }
            std::vector<float *> ptrs;
            for (auto &r : stack)
                ptrs.push_back(r.data());
            std::vector<float> fast(pixels, std::nanf(""));
            medianAcrossRows(ptrs.data(), height, pixels, valid.data(), fast.data());
            for (std::size_t i = 0; i < pixels; ++i) {
                if (perPixel[i].empty()) {
                    QVERIFY(std::isnan(fast[i]));
                    continue;
                }
                const float expected = medianInPlace(perPixel[i].data(), int(perPixel[i].size()));
                QCOMPARE(fast[i], expected);
            }
        }
    }

    void gapsFilledLinearlyInTime_data()
    {
        QTest::addColumn<QString>("input");
        QTest::addColumn<QString>("expected");
        QTest::addColumn<int>("filled");
        QTest::newRow("no gap") << QStringLiteral("1 2 3") << QStringLiteral("1 2 3") << 0;
        // Gap between 10 (step 0) and 40 (step 3): 10 + 30·1/3 = 20, 10 + 30·2/3 = 30.
        QTest::newRow("inner gap") << QStringLiteral("10 - - 40") << QStringLiteral("10 20 30 40") << 2;
        // Cloudy first and last months take the nearest valid value.
        QTest::newRow("cloudy ends") << QStringLiteral("- - 5 7 -") << QStringLiteral("5 5 5 7 7") << 3;
        // Two gaps: (2 + 6) / 2 = 4; 6 + (0 − 6)·1/3 = 4, 6 + (0 − 6)·2/3 = 2.
        QTest::newRow("two gaps") << QStringLiteral("2 - 6 - - 0") << QStringLiteral("2 4 6 4 2 0") << 3;
        QTest::newRow("one valid month") << QStringLiteral("- 3 - -") << QStringLiteral("3 3 3 3") << 3;
        QTest::newRow("never valid stays nodata") << QStringLiteral("- - -") << QStringLiteral("- - -") << 0;
    }

    void gapsFilledLinearlyInTime()
    {
        QFETCH(QString, input);
        QFETCH(QString, expected);
        QFETCH(int, filled);
        // Interleave with a second series (stride 2) to pin down the stride handling.
        const std::vector<float> in = series(input);
        std::vector<float> interleaved;
        for (float v : in)
            interleaved.insert(interleaved.end(), {v, -1.f});
        QCOMPARE(composite::fillGapsLinear(interleaved.data(), int(in.size()), 2), filled);
        const std::vector<float> want = series(expected);
        for (std::size_t t = 0; t < want.size(); ++t) {
            QCOMPARE(interleaved[2 * t + 1], -1.f);
            if (std::isnan(want[t]))
                QVERIFY(std::isnan(interleaved[2 * t]));
            else
                QCOMPARE(interleaved[2 * t], want[t]);
        }
    }

    void periodParsesAndNamesMonths()
    {
        const Period defaults;
        QCOMPARE(defaults.stepCount(), 12);
        QCOMPARE(defaults.toString(), QStringLiteral("2017-09:2018-08"));
        QCOMPARE(defaults, Period::parse(QStringLiteral("2017-09:2018-08")));
        QCOMPARE(defaults, Period::agronomicYear(2017));
        QCOMPARE(defaults.first(), QDate(2017, 9, 1));
        QCOMPARE(defaults.last(), QDate(2018, 8, 31));
        QCOMPARE(defaults.stepLabel(4), QStringLiteral("2018-01"));
        // February 2018 has 28 days.
        QCOMPARE(defaults.monthEnd(5), QDate(2018, 2, 28));
        QCOMPARE(defaults.stepOf(QDate(2018, 2, 28)), 5);
        QCOMPARE(defaults.stepOf(QDate(2017, 8, 31)), -1);
        QCOMPARE(defaults.stepOf(QDate(2018, 9, 1)), -1);
        QCOMPARE(Period::parse(QStringLiteral("2018-04")).stepCount(), 1);
        // 2016-11 … 2018-02: 2 + 12 + 2 months.
        QCOMPARE(Period::parse(QStringLiteral("2016-11:2018-02")).stepCount(), 16);
    }

    void badPeriodsAreErrors_data()
    {
        QTest::addColumn<QString>("text");
        QTest::newRow("reversed") << QStringLiteral("2018-08:2017-09");
        QTest::newRow("month 13") << QStringLiteral("2018-13");
        QTest::newRow("words") << QStringLiteral("autumn");
        QTest::newRow("days") << QStringLiteral("2017-09-01:2018-08-31");
    }

    void badPeriodsAreErrors()
    {
        QFETCH(QString, text);
        try {
            Period::parse(text);
            QFAIL("no error");
        } catch (const Error &e) {
            QVERIFY2(e.message().contains(text), qPrintable(e.message()));
        }
    }

    void optionsDefaultsAndValidation()
    {
        composite::CompositeOptions options;
        QCOMPARE(options.invalidSclClasses, (QList<int>{0, 1, 3, 8, 9, 10, 11}));
        QCOMPARE(options.outputDataType(), GDT_Int16);
        QCOMPARE(options.outputBands().size(), 10);
        options.indices = {QStringLiteral("ndvi")};
        QCOMPARE(options.outputBands().last(), QStringLiteral("NDVI"));
        QCOMPARE(options.outputDataType(), GDT_Float32);
        options.validate();
        options.bands = {QStringLiteral("B02"), QStringLiteral("B03")};
        QVERIFY_THROWS_EXCEPTION(Error, options.validate()); // NDVI needs B04 and B08
        QCOMPARE(composite::parseSclClasses(QStringLiteral("3, 8,9")), (QList<int>{3, 8, 9}));
        QVERIFY_THROWS_EXCEPTION(Error, composite::parseSclClasses(QStringLiteral("3,300")));
    }
};

QTEST_GUILESS_MAIN(TestMonthlyMedian)
#include "tst_monthly_median.moc"
