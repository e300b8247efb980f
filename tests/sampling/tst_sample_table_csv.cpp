// SPDX-License-Identifier: GPL-3.0-or-later
#include <cmath>
#include <cstring>
#include <limits>

#include <QFile>
#include <QTemporaryDir>
#include <QTest>

#include "sampling/sample_table_csv.h"
#include "util/error.h"
#include "util/feedback.h"

using namespace cropmap::core;
using namespace cropmap::core::sampling;

namespace {

void writeText(const QString &path, const QByteArray &text)
{
    QFile file(path);
    QVERIFY(file.open(QIODevice::WriteOnly));
    file.write(text);
}

SampleTableCsvOptions twoByTwo(SampleTableLayout layout)
{
    SampleTableCsvOptions options;
    options.layout = layout;
    options.bands = {QStringLiteral("B02"), QStringLiteral("B03")};
    options.stepCount = 2;
    options.groupColumn = QStringLiteral("parcel");
    return options;
}

thematic::ClassTable wheatMaize()
{
    return thematic::ClassTable({{3, QStringLiteral("Wheat"), QStringLiteral("#ffff00")},
                                 {7, QStringLiteral("Maize"), QStringLiteral("#ff8000")}});
}

std::vector<float> valuesOf(const SampleSet &set, qint64 i)
{
    return std::vector<float>(set.values(i), set.values(i) + set.featureCount());
}

} // namespace

class TestSampleTableCsv : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void importsBothLayouts_data();
    void importsBothLayouts();
    void appliesScaleFactor();
    void mapsLabelsByNameAndCode();
    void readsTablesWithoutHeaderAndWithOtherDelimiters();
    void roundTripKeepsEveryValue_data();
    void roundTripKeepsEveryValue();
    void rejectsBadTables_data();
    void rejectsBadTables();

private:
    QTemporaryDir m_dir;
    Feedback m_feedback;
};

void TestSampleTableCsv::importsBothLayouts_data()
{
    QTest::addColumn<int>("layout");
    QTest::addColumn<QByteArray>("table");
    // The same two samples; value(t, b) is 10·(t+1) + (b+1) for the first, negated for the
    // second, so the time-major order t0b0, t0b1, t1b0, t1b1 reads 11, 12, 21, 22.
    QTest::newRow("date-major") << int(SampleTableLayout::DateMajor)
                                << QByteArray("label,parcel,2017-09_B02,2017-09_B03,2017-10_B02,2017-10_B03\n"
                                              "wheat,7,11,12,21,22\n"
                                              "\n"
                                              "maize,9,-11,-12,-21,-22\r\n");
    QTest::newRow("band-major") << int(SampleTableLayout::BandMajor)
                                << QByteArray("parcel,2017-09_B02,2017-10_B02,label,2017-09_B03,2017-10_B03\n"
                                              "7,11,21,wheat,12,22\n"
                                              "9,-11,-21,maize,-12,-22\n");
}

void TestSampleTableCsv::importsBothLayouts()
{
    QFETCH(int, layout);
    QFETCH(QByteArray, table);
    const QString path = m_dir.filePath(QStringLiteral("layout.csv"));
    writeText(path, table);
    const SampleSet set = SampleTableCsv::read(path, twoByTwo(SampleTableLayout(layout)), m_feedback);
    QCOMPARE(set.size(), 2);
    QCOMPARE(set.steps(), QStringList({QStringLiteral("2017-09"), QStringLiteral("2017-10")}));
    QCOMPARE(set.bands(), QStringList({QStringLiteral("B02"), QStringLiteral("B03")}));
    // Without a legend the classes are the labels in order of appearance, ids 1, 2.
    QCOMPARE(set.classes().names(), QStringList({QStringLiteral("wheat"), QStringLiteral("maize")}));
    QCOMPARE(set.classes().at(1).id, 2);
    QCOMPARE(set.classIndex(0), 0);
    QCOMPARE(set.classIndex(1), 1);
    QCOMPARE(set.parcelId(0), 7u);
    QCOMPARE(set.parcelId(1), 9u);
    QCOMPARE(valuesOf(set, 0), std::vector<float>({11, 12, 21, 22}));
    QCOMPARE(valuesOf(set, 1), std::vector<float>({-11, -12, -21, -22}));
}

void TestSampleTableCsv::appliesScaleFactor()
{
    const QString path = m_dir.filePath(QStringLiteral("scaled.csv"));
    // Reflectance × 10000 with missing values: 1234 · 0.0001 = 0.1234, "" and NaN stay NaN.
    writeText(path, "label,parcel,a_B02,a_B03,b_B02,b_B03\nwheat,1,1234,,NaN,10000\n");
    SampleTableCsvOptions options = twoByTwo(SampleTableLayout::DateMajor);
    options.scale = 0.0001;
    const SampleSet set = SampleTableCsv::read(path, options, m_feedback);
    QCOMPARE(set.values(0)[0], float(1234 * 0.0001));
    QVERIFY(std::isnan(set.values(0)[1]));
    QVERIFY(std::isnan(set.values(0)[2]));
    QCOMPARE(set.values(0)[3], 1.0f);
}

void TestSampleTableCsv::mapsLabelsByNameAndCode()
{
    const QString path = m_dir.filePath(QStringLiteral("labels.csv"));
    // Legend Wheat = id 3 (index 0), Maize = id 7 (index 1): names case-insensitively, ids as codes.
    writeText(path, "label,parcel,a_B02,a_B03,b_B02,b_B03\n"
                    "WHEAT,1,0,0,0,0\n7,2,0,0,0,0\nMaize,3,0,0,0,0\n3,4,0,0,0,0\n,5,0,0,0,0\n");
    SampleTableCsvOptions options = twoByTwo(SampleTableLayout::DateMajor);
    options.classes = wheatMaize();
    const SampleSet set = SampleTableCsv::read(path, options, m_feedback);
    QCOMPARE(set.classes(), wheatMaize());
    const std::vector<std::int16_t> expected{0, 1, 1, 0, -1}; // an empty label: unlabelled
    QCOMPARE(set.classIndices(), expected);

    // Names only: "7" is not a class name, on line 3.
    options.labels = SampleTableLabels::Name;
    try {
        SampleTableCsv::read(path, options, m_feedback);
        QFAIL("a code was accepted as a name");
    } catch (const Error &e) {
        QVERIFY2(e.message().contains(QStringLiteral("line 3: unknown label \"7\"")), qPrintable(e.message()));
    }
    // Codes only: "WHEAT" on line 2 is no code.
    options.labels = SampleTableLabels::Code;
    QVERIFY_THROWS_EXCEPTION(Error, SampleTableCsv::read(path, options, m_feedback));

    // Without a legend, integer codes keep their value as class id: 7 → id 7, 3 → id 3.
    writeText(path, "label,parcel,a_B02,a_B03,b_B02,b_B03\n7,1,0,0,0,0\n3,2,0,0,0,0\n7,3,0,0,0,0\n");
    options.classes = {};
    const SampleSet coded = SampleTableCsv::read(path, options, m_feedback);
    QCOMPARE(coded.classes().size(), 2);
    QCOMPARE(coded.classes().at(0).id, 7);
    QCOMPARE(coded.classes().at(1).id, 3);
    QCOMPARE(coded.classIndices(), std::vector<std::int16_t>({0, 1, 0}));
}

void TestSampleTableCsv::readsTablesWithoutHeaderAndWithOtherDelimiters()
{
    const QString path = m_dir.filePath(QStringLiteral("plain.txt"));
    // Label in column 6, group in column 1, ';' as delimiter, a quoted label holding ';'.
    writeText(path, "12;1;2;3;4;\"maize; silage\"\n13;5;6;7;8;wheat\n");
    SampleTableCsvOptions options = twoByTwo(SampleTableLayout::DateMajor);
    options.header = false;
    options.delimiter = u';';
    options.labelColumn = QStringLiteral("6");
    options.groupColumn = QStringLiteral("1");
    const SampleSet set = SampleTableCsv::read(path, options, m_feedback);
    QCOMPARE(set.classes().names(), QStringList({QStringLiteral("maize; silage"), QStringLiteral("wheat")}));
    QCOMPARE(set.steps(), QStringList({QStringLiteral("t1"), QStringLiteral("t2")}));
    QCOMPARE(set.parcelId(1), 13u);
    QCOMPARE(valuesOf(set, 1), std::vector<float>({5, 6, 7, 8}));
}

void TestSampleTableCsv::roundTripKeepsEveryValue_data()
{
    QTest::addColumn<int>("layout");
    QTest::addColumn<double>("scale");
    QTest::newRow("date-major") << int(SampleTableLayout::DateMajor) << 1.0;
    QTest::newRow("band-major") << int(SampleTableLayout::BandMajor) << 1.0;
    QTest::newRow("scaled") << int(SampleTableLayout::BandMajor) << 0.0001;
}

void TestSampleTableCsv::roundTripKeepsEveryValue()
{
    QFETCH(int, layout);
    QFETCH(double, scale);
    const QStringList bands{QStringLiteral("B02"), QStringLiteral("B03"), QStringLiteral("B8A")};
    const QStringList steps{QStringLiteral("2017-09"), QStringLiteral("2017-10")};
    thematic::ClassTable classes({{1, QStringLiteral("Winter wheat, hard"), QStringLiteral("#ffff00")},
                                  {2, QStringLiteral("Maize \"silage\""), QStringLiteral("#ff8000")}});
    SampleSet original(bands, steps, classes);
    const float nan = std::numeric_limits<float>::quiet_NaN();
    const float a[6] = {0.1f, 1e-7f, 12345.678f, nan, -0.0625f, 3.0f};
    const float b[6] = {0.2f, 0.3f, 0.4f, 0.5f, 0.6f, 0.7f};
    original.append(0, 0, 0, 42, 0, -1, a);
    original.append(0, 0, 0, 43, 1, -1, b);

    SampleTableCsvOptions options;
    options.layout = SampleTableLayout(layout);
    options.scale = scale;
    options.groupColumn = QStringLiteral("parcel");
    const QString path = m_dir.filePath(QStringLiteral("round.csv"));
    SampleTableCsv::write(original, path, options, m_feedback);
    options.bands = bands;
    options.stepCount = 2;
    options.classes = classes;
    const SampleSet read = SampleTableCsv::read(path, options, m_feedback);

    QCOMPARE(read.steps(), steps);
    QCOMPARE(read.classIndices(), original.classIndices());
    QCOMPARE(read.parcelId(0), 42u);
    QCOMPARE(read.parcelId(1), 43u);
    for (qint64 i = 0; i < 2; ++i) {
        for (int k = 0; k < 6; ++k) {
            const float expected = original.values(i)[k];
            const float got = read.values(i)[k];
            if (std::isnan(expected))
                QVERIFY(std::isnan(got));
            else if (scale == 1.0) // shortest round-trip text: bit-identical
                QCOMPARE(std::memcmp(&got, &expected, 4), 0);
            else // value / 0.0001 rounded to float, times 0.0001: within a few float ulps
                QVERIFY2(std::abs(got - expected) <= 4e-7f * std::abs(expected),
                         qPrintable(QStringLiteral("%1 vs %2").arg(got).arg(expected)));
        }
    }
}

void TestSampleTableCsv::rejectsBadTables_data()
{
    QTest::addColumn<QByteArray>("table");
    QTest::addColumn<QString>("message");
    const QByteArray header("label,parcel,a_B02,a_B03,b_B02,b_B03\n");
    QTest::newRow("ragged row") << header + "Wheat,1,1,2,3,4\nWheat,2,1,2,3\n"
                                << QStringLiteral("line 3: 5 fields, but the table has 6 columns");
    QTest::newRow("non-numeric") << header + "Wheat,1,1,2,3,4\n\nMaize,2,1,2,x3,4\n"
                                 << QStringLiteral("line 4, column 5: \"x3\" is not a number");
    QTest::newRow("unknown label") << header + "Wheat,1,1,2,3,4\nBarley,2,1,2,3,4\n"
                                   << QStringLiteral("line 3: unknown label \"Barley\"");
    // 5 value columns for T × B = 2 × 2 = 4.
    QTest::newRow("column count") << QByteArray("label,parcel,a_B02,a_B03,b_B02,b_B03,c_B02\n")
                                  << QStringLiteral("line 1: 5 value columns, but T × B = 2 × 2 = 4");
    QTest::newRow("layout mismatch") << QByteArray("label,parcel,a_B02,b_B02,a_B03,b_B03\nWheat,1,1,2,3,4\n")
                                     << QStringLiteral("value column 4 is \"b_B02\", but the date-major");
    QTest::newRow("no label column") << QByteArray("class,parcel,a_B02,a_B03,b_B02,b_B03\n")
                                     << QStringLiteral("line 1: no label column \"label\"");
    QTest::newRow("open quote") << header + "\"Wheat,1,1,2,3,4\n"
                                << QStringLiteral("line 2: a quoted field is not closed");
}

void TestSampleTableCsv::rejectsBadTables()
{
    QFETCH(QByteArray, table);
    QFETCH(QString, message);
    const QString path = m_dir.filePath(QStringLiteral("bad.csv"));
    writeText(path, table);
    SampleTableCsvOptions options = twoByTwo(SampleTableLayout::DateMajor);
    options.classes = wheatMaize();
    try {
        SampleTableCsv::read(path, options, m_feedback);
        QFAIL("the bad table was accepted");
    } catch (const Error &e) {
        QVERIFY2(e.message().contains(path), qPrintable(e.message()));
        QVERIFY2(e.message().contains(message), qPrintable(e.message()));
    }
}

QTEST_GUILESS_MAIN(TestSampleTableCsv)
#include "tst_sample_table_csv.moc"
