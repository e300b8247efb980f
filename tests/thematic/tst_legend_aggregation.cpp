// SPDX-License-Identifier: GPL-3.0-or-later
#include <QFile>
#include <QTemporaryDir>
#include <QTest>

#include "thematic/legend_aggregation.h"
#include "thematic/legend_proposer.h"
#include "util/error.h"

using namespace cropmap::core;
using thematic::LegendAggregation;

namespace {

QStringList strings(std::initializer_list<const char *> texts)
{
    QStringList list;
    for (const char *text : texts)
        list << QString::fromUtf8(text);
    return list;
}

void writeText(const QString &path, const QByteArray &text)
{
    QFile file(path);
    QVERIFY(file.open(QIODevice::WriteOnly));
    file.write(text);
}

QString legendsFolder()
{
    return QStringLiteral(CROPMAP_SOURCE_DIR "/resources/legends");
}

} // namespace

class TestLegendAggregation : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase() { QVERIFY(m_dir.isValid()); }

    void roundTripsThroughJsonAndCsv_data()
    {
        QTest::addColumn<QString>("suffix");
        QTest::newRow("json") << QStringLiteral("json");
        QTest::newRow("csv") << QStringLiteral("csv");
    }

    void roundTripsThroughJsonAndCsv()
    {
        QFETCH(QString, suffix);
        LegendAggregation legend(QStringLiteral("SNAR_BEZEICHNUNG"),
                                 thematic::ClassTable({{1, QStringLiteral("Legumes"), QStringLiteral("#a6cee3")},
                                                       {7, QStringLiteral("Winter, Barley \"W\""), QStringLiteral("#1f78b4")}}));
        legend.setMapping(QStringLiteral("KLEEGRAS"), 1);
        legend.setMapping(QStringLiteral("WECHSELWIESE (EGART, ACKERWEIDE)"), 7); // a comma: CSV quotes it
        legend.setMapping(QStringLiteral("HECKE"), LegendAggregation::Ignore);
        const QString path = m_dir.filePath(QStringLiteral("roundtrip.") + suffix);
        legend.save(path);
        const LegendAggregation back = LegendAggregation::load(path);
        QCOMPARE(back.field(), QStringLiteral("SNAR_BEZEICHNUNG"));
        QCOMPARE(back.classes(), legend.classes());
        QCOMPARE(back.values(), legend.values());
        QCOMPARE(back.classIdOf(QStringLiteral("KLEEGRAS")), 1);
        QCOMPARE(back.classIdOf(QStringLiteral("WECHSELWIESE (EGART, ACKERWEIDE)")), 7);
        QCOMPARE(back.classIdOf(QStringLiteral("HECKE")), LegendAggregation::Ignore);
        QCOMPARE(back.classIdOf(QStringLiteral("SILOMAIS")), LegendAggregation::Unknown);
    }

    void badFilesNameTheLine_data()
    {
        QTest::addColumn<QString>("name");
        QTest::addColumn<QByteArray>("content");
        QTest::addColumn<QString>("expected");
        QTest::newRow("csv duplicate") << QStringLiteral("dup.csv")
            << QByteArray("field,SNAR_CODE\nvalue,class\n634,Legumes\n109,Maize\n634,Grassland\n")
            << QStringLiteral("line 5: the value \"634\" appears twice");
        QTest::newRow("csv malformed") << QStringLiteral("bad.csv")
            << QByteArray("value,class\n634,Legumes\n109,Maize,extra\n")
            << QStringLiteral("line 3: a mapping row needs exactly two fields");
        QTest::newRow("csv unknown class") << QStringLiteral("class.csv")
            << QByteArray("value,class\n634,Legumes\n\n109,Corn\n") << QStringLiteral("line 4: unknown class \"Corn\"");
        QTest::newRow("json duplicate") << QStringLiteral("dup.json")
            << QByteArray("{\"field\": \"SNAR_CODE\",\n \"mapping\": [\n  {\"value\": \"634\", \"class\": \"Legumes\"},\n"
                          "  {\"value\": \"634\", \"class\": null}\n ]\n}\n")
            << QStringLiteral("line 4: the value \"634\" appears twice");
        QTest::newRow("json malformed row") << QStringLiteral("bad.json")
            << QByteArray("{\"mapping\": [\n  {\"value\": \"634\", \"class\": \"Legumes\"},\n  {\"value\": \"109\"}\n]}\n")
            << QStringLiteral("line 3: a mapping row needs");
        QTest::newRow("csv unknown class, ; and CRLF") << QStringLiteral("crlf.csv")
            << QByteArray("value;class\r\n634;Legumes\r\n\r\n109;Corn\r\n") << QStringLiteral("line 4: unknown class \"Corn\"");
        QTest::newRow("csv header not recognised") << QStringLiteral("header.csv")
            << QByteArray("Wert;Klasse\r\n634;Legumes\r\n")
            << QStringLiteral("line 1: expected a header row \"value,class\" (or \"field,NAME\" / \"id,name,colour\") "
                              "first; found \"Wert | Klasse\"");
        // The opening quote of "class" is column 19 of line 2: a comma is missing before it.
        QTest::newRow("json syntax") << QStringLiteral("syntax.json")
            << QByteArray("{\"mapping\": [\n  {\"value\": \"634\" \"class\": 1}\n]}\n")
            << QStringLiteral("line 2, column 19: unterminated object: a comma or a closing brace is missing");
        // Qt reports a trailing comma at the "]" on the next line; the comma is column 39 of line 3.
        QTest::newRow("json trailing comma") << QStringLiteral("comma.json")
            << QByteArray("{\"field\": \"SNAR_CODE\",\n \"mapping\": [\n  {\"value\": \"634\", \"class\": \"Legumes\"},\n ]\n}\n")
            << QStringLiteral("line 3, column 39: a trailing comma");
        // The file ends after "]" (line 3, column 1), before the object of line 1 is closed.
        QTest::newRow("json missing brace") << QStringLiteral("brace.json")
            << QByteArray("{\"mapping\": [\n  {\"value\": \"634\", \"class\": \"Legumes\"}\n]\n")
            << QStringLiteral("line 3, column 2: the input ends before the { at line 1, column 1 is closed");
    }

    void badFilesNameTheLine()
    {
        QFETCH(QString, name);
        QFETCH(QByteArray, content);
        QFETCH(QString, expected);
        const QString path = m_dir.filePath(name);
        writeText(path, content);
        try {
            LegendAggregation::load(path);
            QFAIL("no error");
        } catch (const Error &e) {
            QVERIFY2(e.message().contains(path) && e.message().contains(expected), qPrintable(e.message()));
        }
    }

    // What a spreadsheet writes: Excel in a German locale separates with ';', starts with a
    // BOM and ends lines with CRLF; other tools use tabs, their own header names, and pad rows.
    void readsSpreadsheetCsv_data()
    {
        QTest::addColumn<QByteArray>("content");
        QTest::addColumn<QString>("field");
        QTest::addColumn<QStringList>("values");
        QTest::addColumn<QList<int>>("ids");
        QTest::newRow("excel ; BOM CRLF")
            << QByteArray("\xEF\xBB\xBF" "field;SNAR_CODE\r\nid;name;colour\r\n1;Legumes;#a6cee3\r\n"
                          "7;\"Winter; Barley\";#1f78b4\r\nvalue;class\r\n634;Legumes\r\n"
                          "110;\"Winter; Barley\"\r\n360;\r\n")
            << QStringLiteral("SNAR_CODE") << strings({"634", "110", "360"}) << QList<int>{1, 7, 0};
        QTest::newRow("tab") << QByteArray("value\tclass\n634\tLegumes\n109\tMaize\n") << QString()
                             << strings({"634", "109"}) << QList<int>{1, 3};
        QTest::newRow("quoted , and line break")
            << QByteArray("value,class\r\n\"WECHSELWIESE (EGART, ACKERWEIDE)\",Grassland\r\n"
                          "\"KLEE\r\nGRAS\",Legumes\r\n")
            << QString() << strings({"WECHSELWIESE (EGART, ACKERWEIDE)", "KLEE\nGRAS"}) << QList<int>{2, 1};
        QTest::newRow("quoted ; in a ; file")
            << QByteArray("value;class\n\"GEMENGE; ERBSE\";Legumes\n") << QString()
            << strings({"GEMENGE; ERBSE"}) << QList<int>{1};
        QTest::newRow("aliases code,target") << QByteArray("Code;Target\r\n634;Legumes\r\n") << QString()
                                             << strings({"634"}) << QList<int>{1};
        QTest::newRow("aliases in any case")
            << QByteArray("ATTRIBUTE,CT_CODE\nClass_ID,Class Name,Color\n1,Legumes,#a6cee3\n"
                          "Declared-Value,TARGET CLASS\n634,Legumes\n")
            << QStringLiteral("CT_CODE") << strings({"634"}) << QList<int>{1};
        QTest::newRow("rows padded with empty cells")
            << QByteArray("value;class;;\r\n634;Legumes;;\r\n360;;;\r\n") << QString()
            << strings({"634", "360"}) << QList<int>{1, 0};
    }

    void readsSpreadsheetCsv()
    {
        QFETCH(QByteArray, content);
        QFETCH(QString, field);
        QFETCH(QStringList, values);
        QFETCH(QList<int>, ids);
        const QString path = m_dir.filePath(QStringLiteral("spreadsheet.csv"));
        writeText(path, content);
        const LegendAggregation legend = LegendAggregation::load(path);
        QCOMPARE(legend.field(), field);
        QCOMPARE(legend.values(), values);
        for (int i = 0; i < values.size(); ++i)
            QCOMPARE(legend.classIdOf(values[i]), ids[i]);
    }

    void classesByIdOrNameAndSeedDefault()
    {
        // Without "classes" the seed's 15 apply; "class" may be an id (3 = Maize) or a name.
        const LegendAggregation legend = LegendAggregation::fromJson(
            "{\"mapping\":[{\"value\":1200,\"class\":3},{\"value\":\"9120\",\"class\":\"grassland\"}]}",
            QStringLiteral("inline"));
        QCOMPARE(legend.classes().size(), 15);
        QCOMPARE(legend.classIdOf(QStringLiteral("1200")), 3);
        QCOMPARE(legend.classIdOf(QStringLiteral(" 9120 ")), 2);
    }

    void shippedLegendsLoadAndCoverTheirData_data()
    {
        QTest::addColumn<QString>("name");
        QTest::addColumn<QString>("field");
        QTest::addColumn<QStringList>("values");
        QTest::addColumn<QList<int>>("ids");
        QTest::newRow("austria") << QStringLiteral("austria-invekos") << QStringLiteral("SNAR_CODE")
            << strings({"109", "110", "116", "634", "717", "360", "771"}) << QList<int>{3, 7, 14, 1, 2, 0, 0};
        QTest::newRow("belgium") << QStringLiteral("belgium-lpis") << QStringLiteral("CT_CODE")
            << strings({"1200", "9120", "7900", "2130", "5100"}) << QList<int>{3, 2, 1, 16, 4};
        QTest::newRow("slovenia") << QStringLiteral("slovenia-raba") << QStringLiteral("RABA_ID")
            << strings({"1100", "1300", "1410", "1500", "1600", "2000", "3000"}) << QList<int>{1, 3, 4, 4, 0, 2, 8};
    }

    void shippedLegendsLoadAndCoverTheirData()
    {
        QFETCH(QString, name);
        QFETCH(QString, field);
        QFETCH(QStringList, values);
        QFETCH(QList<int>, ids);
        const QString path = LegendAggregation::resolve(name, {legendsFolder()});
        QVERIFY(path.endsWith(name + QStringLiteral(".json")));
        const LegendAggregation legend = LegendAggregation::load(path);
        QCOMPARE(legend.field(), field);
        for (int i = 0; i < values.size(); ++i)
            QCOMPARE(legend.classIdOf(values[i]), ids[i]);
    }

    void resolveListsWhereItLooked()
    {
        try {
            LegendAggregation::resolve(QStringLiteral("no-such-legend"), {m_dir.path()});
            QFAIL("no error");
        } catch (const Error &e) {
            QVERIFY(e.message().contains(m_dir.filePath(QStringLiteral("no-such-legend.json"))));
        }
    }

    void proposesSeedClassesFromTheEuroCropsTaxonomy()
    {
        const auto proposer = thematic::LegendProposer::fromTaxonomyCsv(
            QStringLiteral(CROPMAP_SHARED_DATA "/austria-invekos/at_2021.csv"));
        // 272 lines hold 271 records (one name spans two lines); rows without a code add a second
        // HCAT class to the code above and are skipped, so fewer entries than records remain.
        QVERIFY(proposer.taxonomySize() > 200 && proposer.taxonomySize() < 271);
        const QVector<thematic::DeclaredValue> values = {
            {QStringLiteral("110"), 4, 2.68, {}},  // WINTERGERSTE → winter_barley → Winter Barley
            {QStringLiteral("634"), 9, 8.25, {}},  // KLEEGRAS → clover → Legumes
            {QStringLiteral("636"), 5, 4.33, {}},  // WECHSELWIESE → pasture… → Grassland
            {QStringLiteral("109"), 7, 4.71, {}},  // SILOMAIS → green_silo_maize → Maize
            {QStringLiteral("360"), 16, 0.65, QStringLiteral("GLÖZ HECKE / UFERGEHÖLZ")}, // not in 2021: hedge by its label
            {QStringLiteral("351"), 0, 0, {}},     // LSE HECKE → tree_wood_forest: landscape element
            {QStringLiteral("658"), 1, 0.14, {}},  // HANF → hemp_cannabis: no rule → ignore, unmatched
            {QStringLiteral("99999"), 1, 1, {}},   // unknown code
        };
        const auto rows = proposer.propose(values);
        const QStringList classes = strings({"Winter Barley", "Legumes", "Grassland", "Maize", "", "", "", ""});
        const QList<bool> matched = {true, true, true, true, true, true, false, false};
        for (int i = 0; i < rows.size(); ++i) {
            QCOMPARE(rows[i].className, classes[i]);
            QCOMPARE(rows[i].matched, matched[i]);
        }
        const LegendAggregation legend = thematic::LegendProposer::toLegend(rows, QStringLiteral("SNAR_CODE"));
        QCOMPARE(legend.classIdOf(QStringLiteral("110")), 7);
        QCOMPARE(legend.classIdOf(QStringLiteral("360")), LegendAggregation::Ignore);
        QCOMPARE(legend.classIdOf(QStringLiteral("99999")), LegendAggregation::Ignore);
    }

private:
    QTemporaryDir m_dir;
};

QTEST_GUILESS_MAIN(TestLegendAggregation)
#include "tst_legend_aggregation.moc"
