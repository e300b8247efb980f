// SPDX-License-Identifier: GPL-3.0-or-later
#include <cmath>
#include <cstring>
#include <limits>
#include <set>

#include <QFile>
#include <QJsonArray>
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

/** Classes Maize (id 3), Grassland (id 2), Winter Wheat (id 13); crop codes 0…7 mapped to
 *  them, 5 to ignore. Codes 2 and 3 are also class ids: the mapping must win. */
thematic::LegendAggregation codedLegend()
{
    return thematic::LegendAggregation::fromJson(
        "{\"field\": \"CROP_CODE\", \"classes\": ["
        "{\"id\": 3, \"name\": \"Maize\", \"colour\": \"#ffd92f\"},"
        "{\"id\": 2, \"name\": \"Grassland\", \"colour\": \"#33a02c\"},"
        "{\"id\": 13, \"name\": \"Winter Wheat\", \"colour\": \"#b2df8a\"}],"
        "\"mapping\": [{\"value\": \"0\", \"class\": \"Maize\"}, {\"value\": \"1\", \"class\": \"Grassland\"},"
        "{\"value\": \"2\", \"class\": \"Maize\"}, {\"value\": \"3\", \"class\": \"Winter Wheat\"},"
        "{\"value\": \"4\", \"class\": 2}, {\"value\": \"5\", \"class\": null},"
        "{\"value\": \"6\", \"class\": \"Winter Wheat\"}, {\"value\": \"7\", \"class\": \"Maize\"},"
        "{\"value\": \"SILOMAIS\", \"class\": \"Maize\"}]}",
        QStringLiteral("coded.json"));
}

/** One step of bands mir, blue, as the sits table has them after "label,location,start_date". */
SampleTableCsvOptions sitsLike()
{
    SampleTableCsvOptions options;
    options.bands = {QStringLiteral("mir"), QStringLiteral("blue")};
    options.stepCount = 2;
    options.groupColumn = QStringLiteral("location");
    return options;
}

/** sitsLike() with a header or not (then label and group are columns 1 and 2), skipped
 *  columns and a value-column range. */
SampleTableCsvOptions withColumnChoice(bool header, const QStringList &skip, const QString &valueColumns)
{
    SampleTableCsvOptions options = sitsLike();
    options.header = header;
    if (!header) {
        options.labelColumn = QStringLiteral("1");
        options.groupColumn = QStringLiteral("2");
    }
    options.skipColumns = skip;
    options.valueColumns = valueColumns;
    return options;
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
    void mapsLabelsThroughTheLegendMapping();
    void mappingMeetsOtherClassesByName();
    void rejectsLabelsTheLegendDoesNotKnow_data();
    void rejectsLabelsTheLegendDoesNotKnow();
    void choosesValueColumns_data();
    void choosesValueColumns();
    void rejectsBadColumnChoices_data();
    void rejectsBadColumnChoices();
    void readsTheSitsTableWithItsExtraColumn();
    void keepsPositiveIntegerGroupsAndNumbersOthers_data();
    void keepsPositiveIntegerGroupsAndNumbersOthers();

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
                                << QStringLiteral("line 2: a quoted field is never closed");
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

void TestSampleTableCsv::mapsLabelsThroughTheLegendMapping()
{
    const QString path = m_dir.filePath(QStringLiteral("coded.csv"));
    // Lines 2…11. Worked by hand with Maize = index 0, Grassland = 1, Winter Wheat = 2:
    // 0 → Maize 0; 1 → Grassland 1; 2 → Maize 0 (not the class with id 2); 3 → Winter Wheat 2
    // (not id 3, Maize); 4 → class id 2, Grassland 1; 5 → ignore, −1; 6 → Winter Wheat 2;
    // 7 → Maize 0; SILOMAIS → Maize 0 (a declared name); "grassland" is no mapped value but
    // a class name → 1; a second 5 → −1 again.
    writeText(path, "label,parcel,a_B02,a_B03,b_B02,b_B03\n"
                    "0,1,0,0,0,0\n1,2,0,0,0,0\n2,3,0,0,0,0\n3,4,0,0,0,0\n4,5,0,0,0,0\n"
                    "5,6,0,0,0,0\n6,7,0,0,0,0\n7,8,0,0,0,0\nSILOMAIS,9,0,0,0,0\ngrassland,10,0,0,0,0\n"
                    "5,11,0,0,0,0\n");
    SampleTableCsvOptions options = twoByTwo(SampleTableLayout::DateMajor);
    options.mapping = codedLegend();
    options.classes = options.mapping.classes();
    const SampleSet set = SampleTableCsv::read(path, options, m_feedback);
    QCOMPARE(set.classes(), options.mapping.classes());
    const std::vector<std::int16_t> expected{0, 1, 0, 2, 1, -1, 2, 0, 0, 1, -1};
    QCOMPARE(set.classIndices(), expected);
    // Two samples (lines 7 and 12) left unlabelled by "ignore".
    QCOMPARE(set.metadata().value(QStringLiteral("ignored_labels")).toInteger(), 2);

    // Codes only: the mapping still comes first (it is about declared values, not class ids).
    options.labels = SampleTableLabels::Code;
    writeText(path, "label,parcel,a_B02,a_B03,b_B02,b_B03\n3,1,0,0,0,0\n13,2,0,0,0,0\n");
    QCOMPARE(SampleTableCsv::read(path, options, m_feedback).classIndices(), std::vector<std::int16_t>({2, 2}));
}

void TestSampleTableCsv::mappingMeetsOtherClassesByName()
{
    // A model's classes Wheat (id 3), Maize (id 7) with the coded legend, where Maize has id 3:
    // code 0 → legend class Maize → the model's Maize, index 1, by name (id 3 would be Wheat).
    const QString path = m_dir.filePath(QStringLiteral("model-classes.csv"));
    writeText(path, "label,parcel,a_B02,a_B03,b_B02,b_B03\n0,1,0,0,0,0\nWheat,2,0,0,0,0\n");
    SampleTableCsvOptions options = twoByTwo(SampleTableLayout::DateMajor);
    options.mapping = codedLegend();
    options.classes = wheatMaize();
    QCOMPARE(SampleTableCsv::read(path, options, m_feedback).classIndices(), std::vector<std::int16_t>({1, 0}));
}

void TestSampleTableCsv::rejectsLabelsTheLegendDoesNotKnow_data()
{
    QTest::addColumn<QByteArray>("table");
    QTest::addColumn<bool>("modelClasses");
    QTest::addColumn<QString>("message");
    const QByteArray header("label,parcel,a_B02,a_B03,b_B02,b_B03\n");
    // 8 is neither a mapped code nor a class id (3, 2, 13) nor a class name.
    QTest::newRow("unmapped code") << header + "0,1,0,0,0,0\n8,2,0,0,0,0\n" << false
                                   << QStringLiteral("line 3: unknown label \"8\": neither a value of the "
                                                     "legend's mapping nor a class");
    // The legend maps 1 to Grassland, which the classes Wheat, Maize lack.
    QTest::newRow("class not among the classes")
        << header + "0,1,0,0,0,0\n\n1,2,0,0,0,0\n" << true
        << QStringLiteral("line 4: the legend maps label \"1\" to class Grassland, which is not among the "
                          "classes (Wheat, Maize)");
}

void TestSampleTableCsv::rejectsLabelsTheLegendDoesNotKnow()
{
    QFETCH(QByteArray, table);
    QFETCH(bool, modelClasses);
    QFETCH(QString, message);
    const QString path = m_dir.filePath(QStringLiteral("unmapped.csv"));
    writeText(path, table);
    SampleTableCsvOptions options = twoByTwo(SampleTableLayout::DateMajor);
    options.mapping = codedLegend();
    options.classes = modelClasses ? wheatMaize() : options.mapping.classes();
    try {
        SampleTableCsv::read(path, options, m_feedback);
        QFAIL("the label was accepted");
    } catch (const Error &e) {
        QVERIFY2(e.message().contains(QLatin1Char('"') + path + QLatin1Char('"')), qPrintable(e.message()));
        QVERIFY2(e.message().contains(message), qPrintable(e.message()));
    }
}

void TestSampleTableCsv::choosesValueColumns_data()
{
    QTest::addColumn<QByteArray>("table");
    QTest::addColumn<bool>("header");
    QTest::addColumn<QStringList>("skip");
    QTest::addColumn<QString>("valueColumns");
    // The same sample every row: T × B = 2 × 2 values 11, 12, 21, 22 (time-major), group 704.
    const QByteArray sits("label,location,start_date,t01_mir,t01_blue,t02_mir,t02_blue\n"
                          "Pasture,704,2013-09-14,11,12,21,22\n");
    QTest::newRow("skip by name") << sits << true << QStringList{QStringLiteral("start_date")} << QString();
    QTest::newRow("skip, spaced") << sits << true << QStringList{QStringLiteral(" START_DATE ")} << QString();
    QTest::newRow("first value column") << sits << true << QStringList() << QStringLiteral("t01_mir");
    QTest::newRow("first:last") << sits << true << QStringList() << QStringLiteral("t01_mir:t02_blue");
    // A note after the values: only the range is read.
    QTest::newRow("range before a note")
        << QByteArray("label,location,start_date,t01_mir,t01_blue,t02_mir,t02_blue,note\n"
                      "Pasture,704,2013-09-14,11,12,21,22,checked in the field\n")
        << true << QStringList() << QStringLiteral("t01_mir:t02_blue");
    // The label inside the range is not a value: columns 1…7 less label 1, group 2, skipped 3.
    QTest::newRow("numbers, no header")
        << QByteArray("Pasture,704,2013-09-14,11,12,21,22\n") << false << QStringList{QStringLiteral("3")}
        << QStringLiteral("1:7");
    QTest::newRow("numbers, range only")
        << QByteArray("Pasture,704,2013-09-14,11,12,21,22\n") << false << QStringList() << QStringLiteral("4:7");
}

void TestSampleTableCsv::choosesValueColumns()
{
    QFETCH(QByteArray, table);
    QFETCH(bool, header);
    QFETCH(QStringList, skip);
    QFETCH(QString, valueColumns);
    const QString path = m_dir.filePath(QStringLiteral("extra.csv"));
    writeText(path, table);
    const SampleTableCsvOptions options = withColumnChoice(header, skip, valueColumns);
    const SampleSet set = SampleTableCsv::read(path, options, m_feedback);
    QCOMPARE(set.size(), 1);
    QCOMPARE(set.classes().names(), QStringList{QStringLiteral("Pasture")});
    QCOMPARE(set.parcelId(0), 704u);
    QCOMPARE(valuesOf(set, 0), std::vector<float>({11, 12, 21, 22}));
    QCOMPARE(set.steps(), header ? QStringList({QStringLiteral("t01"), QStringLiteral("t02")})
                                 : QStringList({QStringLiteral("t1"), QStringLiteral("t2")}));
}

void TestSampleTableCsv::rejectsBadColumnChoices_data()
{
    QTest::addColumn<QByteArray>("table");
    QTest::addColumn<bool>("header");
    QTest::addColumn<QStringList>("skip");
    QTest::addColumn<QString>("valueColumns");
    QTest::addColumn<QString>("message");
    const QByteArray sits("label,location,start_date,t01_mir,t01_blue,t02_mir,t02_blue\n"
                          "Pasture,704,2013-09-14,11,12,21,22\n");
    const QByteArray plain("Pasture,704,2013-09-14,11,12,21,22\n");
    // Nothing skipped: start_date is a fifth value for T × B = 4, and the message lists it.
    QTest::newRow("extra column") << sits << true << QStringList() << QString()
                                  << QStringLiteral("line 1: 5 value columns, but T × B = 2 × 2 = 4 (value "
                                                    "columns: start_date, t01_mir, t01_blue, …, t02_blue;");
    QTest::newRow("no header: extra column") << plain << false << QStringList() << QString()
                                             << QStringLiteral("line 1: 5 value columns, but T × B = 2 × 2 = 4 "
                                                               "(value columns: columns 3 to 7;");
    QTest::newRow("skip unknown") << sits << true << QStringList{QStringLiteral("date")} << QString()
                                  << QStringLiteral("line 1: no skipped column \"date\" in the header");
    QTest::newRow("skip the label") << sits << true << QStringList{QStringLiteral("label")} << QString()
                                    << QStringLiteral("the skipped column \"label\" is the label or the group column");
    QTest::newRow("skip a name without header") << plain << false << QStringList{QStringLiteral("start_date")}
                                                << QString()
                                                << QStringLiteral("the skipped column must be a column number "
                                                                  "from 1 to 7, not \"start_date\"");
    QTest::newRow("range backwards") << sits << true << QStringList() << QStringLiteral("t02_blue:t01_mir")
                                     << QStringLiteral("the value columns \"t02_blue:t01_mir\" end before they start");
    QTest::newRow("range end unknown") << sits << true << QStringList() << QStringLiteral("t01_mir:t03_blue")
                                       << QStringLiteral("no last value column \"t03_blue\"");
    QTest::newRow("range out of the table") << plain << false << QStringList() << QStringLiteral("4:9")
                                            << QStringLiteral("the last value column must be a column number from "
                                                              "1 to 7, not \"9\"");
    // Too short a range: 3 values.
    QTest::newRow("range too short") << sits << true << QStringList() << QStringLiteral("t01_mir:t02_mir")
                                     << QStringLiteral("3 value columns, but T × B = 2 × 2 = 4");
    // A range starting at the date: 4 columns fit T × B, but the date is no number, and the
    // message names its column.
    QTest::newRow("date read as a value") << sits << true << QStringList() << QStringLiteral("start_date:t02_mir")
                                          << QStringLiteral("line 2, column 3: \"2013-09-14\" is not a number "
                                                            "(column \"start_date\")");
}

void TestSampleTableCsv::rejectsBadColumnChoices()
{
    QFETCH(QByteArray, table);
    QFETCH(bool, header);
    QFETCH(QStringList, skip);
    QFETCH(QString, valueColumns);
    QFETCH(QString, message);
    const QString path = m_dir.filePath(QStringLiteral("bad-columns.csv"));
    writeText(path, table);
    const SampleTableCsvOptions options = withColumnChoice(header, skip, valueColumns);
    try {
        SampleTableCsv::read(path, options, m_feedback);
        QFAIL("the column choice was accepted");
    } catch (const Error &e) {
        QVERIFY2(e.message().contains(QLatin1Char('"') + path + QLatin1Char('"')), qPrintable(e.message()));
        QVERIFY2(e.message().contains(message), qPrintable(e.message()));
    }
}

void TestSampleTableCsv::readsTheSitsTableWithItsExtraColumn()
{
    const QString path = QStringLiteral(CROPMAP_SHARED_DATA "/sits-matogrosso/samples_mt_9classes.csv");
    if (!QFile::exists(path))
        QSKIP("the shared sits table is not there");
    SampleTableCsvOptions options;
    options.bands = QStringLiteral("mir,blue,nir,red,evi,ndvi").split(u',');
    options.stepCount = 23;
    options.groupColumn = QStringLiteral("location");
    options.skipColumns = {QStringLiteral("start_date")};
    const SampleSet set = SampleTableCsv::read(path, options, m_feedback);
    // The data README: 2,115 samples, 9 classes, 1,592 locations; 23 × 6 values per row.
    QCOMPARE(set.size(), 2115);
    QCOMPARE(set.classes().size(), 9);
    QCOMPARE(set.featureCount(), 138);
    QCOMPARE(set.steps().first(), QStringLiteral("t01"));
    QCOMPARE(set.steps().last(), QStringLiteral("t23"));
    std::set<std::uint32_t> locations;
    for (qint64 i = 0; i < set.size(); ++i)
        locations.insert(set.parcelId(i));
    QCOMPARE(int(locations.size()), 1592);
    // First row: Pasture, location 704, t01_mir 0.3067, t01_blue 0.0538, …, t02_mir 0.1697.
    QCOMPARE(set.classes().at(set.classIndex(0)).name, QStringLiteral("Pasture"));
    QCOMPARE(set.parcelId(0), 704u);
    QCOMPARE(set.values(0)[0], 0.3067f);
    QCOMPARE(set.values(0)[1], 0.0538f);
    QCOMPARE(set.values(0)[6], 0.1697f);
}

void TestSampleTableCsv::keepsPositiveIntegerGroupsAndNumbersOthers_data()
{
    QTest::addColumn<QByteArray>("groups");     // the group of each of three rows
    QTest::addColumn<QList<uint>>("parcelIds");
    QTest::addColumn<QStringList>("names");     // metadata "groups"
    QTest::newRow("positive integers") << QByteArray("7,9,7") << QList<uint>{7, 9, 7} << QStringList();
    // 0 would mean "no parcel": each of its samples a group of its own. Numbered instead.
    QTest::newRow("a group 0") << QByteArray("5,0,5") << QList<uint>{1, 2, 1}
                               << QStringList{QStringLiteral("5"), QStringLiteral("0")};
    // A name after integers numbers them all (no error for a table as users have it).
    QTest::newRow("integers, then a name") << QByteArray("12,12,field A") << QList<uint>{1, 1, 2}
                                           << QStringList{QStringLiteral("12"), QStringLiteral("field A")};
}

void TestSampleTableCsv::keepsPositiveIntegerGroupsAndNumbersOthers()
{
    QFETCH(QByteArray, groups);
    QFETCH(QList<uint>, parcelIds);
    QFETCH(QStringList, names);
    QByteArray table("label,parcel,a_B02,a_B03,b_B02,b_B03\n");
    for (const QByteArray &group : groups.split(','))
        table += "Wheat," + group + ",1,2,3,4\n";
    const QString path = m_dir.filePath(QStringLiteral("groups.csv"));
    writeText(path, table);
    const SampleSet set = SampleTableCsv::read(path, twoByTwo(SampleTableLayout::DateMajor), m_feedback);
    QCOMPARE(set.size(), 3);
    for (qint64 i = 0; i < 3; ++i)
        QCOMPARE(set.parcelId(i), parcelIds.at(i));
    QStringList recorded;
    for (const QJsonValue &name : set.metadata().value(QStringLiteral("groups")).toArray())
        recorded << name.toString();
    QCOMPARE(recorded, names);
}

QTEST_GUILESS_MAIN(TestSampleTableCsv)
#include "tst_sample_table_csv.moc"
