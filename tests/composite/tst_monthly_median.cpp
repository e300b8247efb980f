// SPDX-License-Identifier: GPL-3.0-or-later
#include <cmath>
#include <limits>
#include <vector>

#include <QTest>

#include "composite/composite_options.h"
#include "composite/monthly_median.h"
#include "composite/period.h"
#include "util/error.h"

using namespace cropmap::core;
using composite::Period;

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
