// SPDX-License-Identifier: GPL-3.0-or-later
#include <cmath>

#include <QDir>
#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QTemporaryDir>
#include <QTest>
#include <QXmlStreamReader>

#include "common/clustered_pixels.h"
#include "evaluate/accuracy_report.h"
#include "util/error.h"

using namespace cropmap::core;
using namespace cropmap::core::evaluate;

namespace {

/**
 * Rows = reference Maize, Beet & <Rüben>, Rye; columns = map:
 *   Maize: 8 2 0   Beet: 1 9 0   Rye: 3 0 0  (Rye never mapped → UA n/a, F1 0)
 * n = 23, diagonal 17 → OA = 17/23 = 0.7391.
 */
AccuracyReport sampleReport()
{
    AccuracyReport report;
    report.title = QStringLiteral("Final model, test patches");
    report.referenceLabel = QStringLiteral("declarations");
    report.classes = thematic::ClassTable({{1, QStringLiteral("Maize"), QStringLiteral("#ffd700")},
                                           {7, QStringLiteral("Beet & <Rüben>"), QStringLiteral("#aa0000")},
                                           {9, QStringLiteral("Rye"), QStringLiteral("#00aa00")}});
    report.matrix = ConfusionMatrix::fromCounts(3, {8, 2, 0, 1, 9, 0, 3, 0, 0});
    report.mappedArea = {120.0, 80.0, 0.0};
    report.areaUnit = QStringLiteral("ha");
    report.comparisons.push_back(
        {QStringLiteral("Weak model, test"), ConfusionMatrix::fromCounts(3, {6, 4, 0, 2, 8, 0, 3, 0, 0})});
    select::SelectionSummary selection;
    selection.options.rule = select::SelectionRule::Adaptive;
    select::ClassSelectionStats stats;
    stats.labelled = 100;
    stats.candidates = 90;
    stats.disagreementRate = 0.1;
    stats.kept = 90;
    stats.droppedDisagreeing = 8;
    stats.droppedAgreeing = 2;
    select::ClassSelectionStats guarded = stats; // never predicted by the weak model
    guarded.candidates = 0;
    guarded.kept = 100;
    guarded.keptWhole = true;
    guarded.guardApplied = true;
    guarded.guard = select::SelectionGuard::NoCandidates;
    selection.perClass = {stats, guarded, select::ClassSelectionStats{}};
    selection.cleaning = select::CleaningScore{12, 10, 8, 288, 286, 0.8, 8.0 / 12.0, 286.0 / 288.0};
    report.selection = selection;
    report.metadata.insert(QStringLiteral("model"), QStringLiteral("final.cropmodel"));
    return report;
}

QByteArray readFile(const QString &path)
{
    QFile file(path);
    return file.open(QIODevice::ReadOnly) ? file.readAll() : QByteArray();
}

} // namespace

class TestAccuracyReport : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void jsonRoundTripKeepsEveryInput()
    {
        const AccuracyReport report = sampleReport();
        const QJsonObject json = report.toJson();
        // Derived numbers are in the file for readers: OA = 17/23.
        QCOMPARE(json.value(QStringLiteral("metrics")).toObject().value(QStringLiteral("overall_accuracy")).toDouble(),
                 17.0 / 23.0);
        const QJsonObject text = QJsonDocument::fromJson(QJsonDocument(json).toJson()).object();
        const AccuracyReport back = AccuracyReport::fromJson(text, QStringLiteral("accuracy.json"));
        QCOMPARE(back.title, report.title);
        QCOMPARE(back.referenceLabel, report.referenceLabel);
        QCOMPARE(back.classes, report.classes);
        QCOMPARE(back.matrix, report.matrix);
        QCOMPARE(back.mappedArea, report.mappedArea);
        QCOMPARE(back.areaUnit, report.areaUnit);
        QCOMPARE(back.comparisons, report.comparisons);
        QVERIFY(back.selection.has_value());
        QCOMPARE(back.selection->perClass[0], report.selection->perClass[0]);
        QCOMPARE(back.selection->cleaning->recall, 8.0 / 12.0);
        QCOMPARE(back.metadata, report.metadata);
        QCOMPARE(back.toJson(), json);

        QJsonObject broken = json;
        broken.insert(QStringLiteral("confusion_matrix"), QJsonArray{QJsonArray{1}});
        QVERIFY_THROWS_EXCEPTION(Error, AccuracyReport::fromJson(broken, QStringLiteral("x.json")));
        QVERIFY_THROWS_EXCEPTION(Error, AccuracyReport::fromJson(QJsonObject{}, QStringLiteral("x.json")));
    }

    void parcelClustersAreKeptAndWidenTheAreaIntervals()
    {
        // The sample matrix's 23 pixels in four parcels: Maize 8 × (Maize, Maize) and
        // 2 × (Maize, Beet); Beet 1 × (Beet, Maize) + 9 × (Beet, Beet); Rye 3 × (Rye, Maize).
        cropmap::tests::ClusteredPixels pixels;
        pixels.add(11, 0, 0, 8).add(12, 0, 1, 2).add(13, 1, 0, 1).add(13, 1, 1, 9).add(14, 2, 0, 3);
        AccuracyReport report = sampleReport();
        report.clusters = pixels.counts();
        const QJsonObject json = report.toJson();
        QVERIFY(json.contains(QStringLiteral("area_clusters")));
        const QJsonObject area = json.value(QStringLiteral("area_estimate")).toObject();
        QCOMPARE(area.value(QStringLiteral("clusters")).toInt(), 4);
        QVERIFY(area.value(QStringLiteral("method")).toString().contains(QStringLiteral("parcel")));
        const AccuracyReport back = AccuracyReport::fromJson(json, QStringLiteral("accuracy.json"));
        QCOMPARE(back.clusters, report.clusters);
        QCOMPARE(back.toJson(), json);
        // Same estimates; the Maize stratum's 14 pixels are 4 parcels, so wider intervals.
        const AreaEstimate byParcel = *report.areaEstimate();
        const AreaEstimate byPixel = *sampleReport().areaEstimate();
        QCOMPARE(byParcel.perClass[0].area, byPixel.perClass[0].area);
        QVERIFY(byParcel.perClass[0].areaCI95 > byPixel.perClass[0].areaCI95);
        // A cluster table of other classes is refused naming the file.
        QJsonObject broken = json;
        broken.insert(QStringLiteral("area_clusters"), QJsonArray{QJsonArray{5, 0, 1}});
        try {
            AccuracyReport::fromJson(broken, QStringLiteral("accuracy.json"));
            QFAIL("a cluster of class 5 in a report of 3 classes was read");
        } catch (const Error &e) {
            QVERIFY2(QString::fromUtf8(e.what()).contains(QStringLiteral("accuracy.json")), e.what());
        }
    }

    void csvHasOneRowPerClassAndWritesNa()
    {
        const QList<QByteArray> lines = sampleReport().toCsv().trimmed().split('\n');
        QCOMPARE(lines.size(), 4);
        QVERIFY(lines[0].startsWith("index,id,name,reference_count,predicted_count,correct,"
                                    "producers_accuracy,users_accuracy,f1,mapped_area,"));
        // Maize: row 10, column 12, diagonal 8 → PA 0.8, UA 8/12, F1 16/22.
        QVERIFY(lines[1].startsWith("0,1,Maize,10,12,8,0.8,0.6666666667,0.7272727273,120,"));
        // The name with a comma-free ampersand stays unquoted; Rye: row 3, never mapped.
        QVERIFY(lines[2].startsWith("1,7,Beet & <Rüben>,10,11,9,0.9,"));
        QVERIFY(lines[3].startsWith("2,9,Rye,3,0,0,0,n/a,0,0,"));
    }

    void sectionsOfLaterStepsAreKeptAndReplacedById()
    {
        AccuracyReport report = sampleReport();
        report.setSection({QStringLiteral("declaration-check"), QStringLiteral("Check"), QStringLiteral("<p>first</p>\n")});
        report.setSection({QStringLiteral("other"), QStringLiteral("Other"), QStringLiteral("<p>other</p>\n")});
        report.setSection({QStringLiteral("declaration-check"), QStringLiteral("Check"), QStringLiteral("<p>second</p>\n")});
        QCOMPARE(int(report.sections.size()), 2);
        QCOMPARE(report.sections[0].xhtml, QStringLiteral("<p>second</p>\n"));
        const AccuracyReport back = AccuracyReport::fromJson(report.toJson(), QStringLiteral("accuracy.json"));
        QCOMPARE(back.sections, report.sections);
        const QByteArray html = report.toHtml();
        QVERIFY(html.contains("<h2 id=\"declaration-check\">Check</h2>\n<p>second</p>"));
        QVERIFY(!html.contains("<p>first</p>"));
        QXmlStreamReader xml(html);
        while (!xml.atEnd())
            xml.readNext();
        QVERIFY2(!xml.hasError(), qPrintable(xml.errorString()));
    }

    void htmlIsWellFormedAndShowsTheMatrix()
    {
        const QByteArray html = sampleReport().toHtml();
        QXmlStreamReader xml(html);
        QStringList heatmapTexts, cells;
        int svgDepth = 0;
        bool inHeatmap = false;
        while (!xml.atEnd()) {
            xml.readNext();
            if (xml.isStartElement() && xml.name() == QStringLiteral("svg")) {
                ++svgDepth;
                inHeatmap = xml.attributes().value(QStringLiteral("class")) == QStringLiteral("heatmap");
            } else if (xml.isEndElement() && xml.name() == QStringLiteral("svg")) {
                --svgDepth;
                inHeatmap = false;
            } else if (xml.isStartElement() && inHeatmap && xml.name() == QStringLiteral("text")) {
                heatmapTexts << xml.readElementText(QXmlStreamReader::IncludeChildElements);
            } else if (xml.isStartElement() && xml.name() == QStringLiteral("td")) {
                cells << xml.readElementText(QXmlStreamReader::IncludeChildElements);
            }
        }
        QVERIFY2(!xml.hasError(), qPrintable(xml.errorString()));
        QCOMPARE(svgDepth, 0);
        // Every non-zero count of the matrix is printed in its cell: 8 2 / 1 9 / 3.
        for (const QString &count : {QStringLiteral("8"), QStringLiteral("2"), QStringLiteral("1"),
                                    QStringLiteral("9"), QStringLiteral("3")})
            QVERIFY2(heatmapTexts.contains(count), qPrintable(count));
        QVERIFY(heatmapTexts.contains(QStringLiteral("Beet & <Rüben>"))); // escaped, parsed back
        // Overall table: OA 17/23 = 0.7391; per-class table: Rye's UA is n/a.
        QVERIFY(cells.contains(QStringLiteral("0.7391")));
        QVERIFY(cells.contains(QStringLiteral("n/a")));
        // Selection: r_u = 10.0 %, cleaning recall 8/12 = 66.7 %.
        QVERIFY(cells.contains(QStringLiteral("10.0 %")));
        QVERIFY(cells.contains(QStringLiteral("66.7 %")));
        QVERIFY(html.contains("Weak model, test"));
        // A class kept whole says why, in the words of the CLI summary and selection.json.
        QVERIFY(html.contains("kept whole: the weak model predicts none of its pixels as this class"));
        QVERIFY(!html.contains("<script")); // nothing runs or is fetched at view time
    }

    void writeProducesThreeFilesAtomically()
    {
        QTemporaryDir dir;
        const AccuracyReport report = sampleReport();
        const auto files = report.write(dir.path(), QStringLiteral("test"));
        QCOMPARE(files.html, dir.filePath(QStringLiteral("test.html")));
        const QJsonObject json = QJsonDocument::fromJson(readFile(files.json)).object();
        QCOMPARE(AccuracyReport::fromJson(json, files.json).matrix, report.matrix);
        QCOMPARE(readFile(files.csv), report.toCsv());
        QCOMPARE(QDir(dir.path()).entryList(QDir::Files).size(), 3); // no temporary left behind

        // An inconsistent report fails before touching the files already there.
        AccuracyReport bad = report;
        bad.matrix = ConfusionMatrix(2);
        QVERIFY_THROWS_EXCEPTION(Error, bad.write(dir.path(), QStringLiteral("test")));
        QCOMPARE(readFile(files.csv), report.toCsv());
    }
};

QTEST_GUILESS_MAIN(TestAccuracyReport)
#include "tst_accuracy_report.moc"
