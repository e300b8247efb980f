// SPDX-License-Identifier: GPL-3.0-or-later
// The results view shows the core's accuracy figures of a report written by core.
#include <cmath>

#include <QAction>
#include <QDir>
#include <QDoubleSpinBox>
#include <QFile>
#include <QLabel>
#include <QLocale>
#include <QProgressBar>
#include <QPushButton>
#include <QSemaphore>
#include <QTableWidget>
#include <QTemporaryDir>
#include <QTest>

#include "common/clustered_pixels.h"
#include "evaluate/accuracy_report.h"
#include "model/crop_model.h"
#include "model/synthetic_samples.h"
#include "pipeline/job_progress_widget.h"
#include "pipeline/pipeline_feedback.h"
#include "plots/qcustomplot_wrapper.h"
#include "plots/table_export.h"
#include "results/class_accuracy_chart.h"
#include "results/posterior_inspector.h"
#include "results/results_view.h"
#include "results/selection_view.h"
#include "select/reliable_sample_selector.h"
#include "select/selection_summary.h"

using namespace cropmap::ui;
using namespace cropmap::core;

namespace {

/**
 * Rows = reference, columns = map:
 *   A: 8 2 0   (10)
 *   B: 1 6 3   (10)
 *   C: 0 0 5   (5)      column sums 9, 8, 8; total 25, diagonal 19.
 * OA = 19/25 = 0.76. PA = 8/10, 6/10, 5/5 = 0.8, 0.6, 1. UA = 8/9, 6/8, 5/8 = 0.889, 0.75,
 * 0.625. F1 = 2·n_uu/(n_u· + n_·u) = 16/19, 12/18, 10/13 = 0.842, 0.667, 0.769; macro F1 =
 * 0.759, min F1 0.667 (B). κ: p_e = (10·9 + 10·8 + 5·8)/625 = 0.336, κ = (0.76 − 0.336)/0.664
 * = 0.639. Weak model: 7 3 0 / 2 5 3 / 0 1 4, diagonal 16 → OA 0.64.
 */
evaluate::AccuracyReport exampleReport()
{
    evaluate::AccuracyReport report;
    report.title = QStringLiteral("test");
    report.referenceLabel = QStringLiteral("declarations");
    report.classes = thematic::ClassTable({{1, QStringLiteral("A"), QStringLiteral("#ff0000")},
                                           {2, QStringLiteral("B"), QStringLiteral("#00ff00")},
                                           {3, QStringLiteral("C"), QStringLiteral("#0000ff")}});
    report.matrix = evaluate::ConfusionMatrix::fromCounts(3, {8, 2, 0, 1, 6, 3, 0, 0, 5});
    report.comparisons.push_back({QStringLiteral("weak model"),
                                  evaluate::ConfusionMatrix::fromCounts(3, {7, 3, 0, 2, 5, 3, 0, 1, 4})});
    return report;
}

} // namespace

class TestResultsView : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void showsTheCoreFigures()
    {
        QTemporaryDir dir;
        QVERIFY(dir.isValid());
        exampleReport().write(dir.path());
        ResultsView view;
        view.resize(700, 700);
        view.show();
        view.setReportFolder(dir.path());
        QVERIFY(view.report().has_value());
        QCOMPARE(view.report()->matrix, exampleReport().matrix);

        // The heat map colours each cell by its share of the reference row.
        QCOMPARE(view.cellShare(0, 0), 0.8);
        QCOMPARE(view.cellShare(1, 2), 0.3);
        QCOMPARE(view.cellShare(2, 0), 0.0);
        // Hover: B mapped as C is 3 px, 30 % of B's row and 3/8 = 37.5 % of C's column.
        const QString hover = view.cellText(1, 2);
        QVERIFY2(hover.contains(QStringLiteral("3 px")) && hover.contains(QStringLiteral("30.0 %"))
                     && hover.contains(QStringLiteral("37.5 %")),
                 qPrintable(hover));

        // The table: class, reference px, map px, PA, UA, F1.
        QTableWidget *table = view.classTable();
        QCOMPARE(table->rowCount(), 3);
        const QStringList expected[] = {{QStringLiteral("A"), QStringLiteral("10"), QStringLiteral("9"), QStringLiteral("0.800"),
                                         QStringLiteral("0.889"), QStringLiteral("0.842")},
                                        {QStringLiteral("B"), QStringLiteral("10"), QStringLiteral("8"), QStringLiteral("0.600"),
                                         QStringLiteral("0.750"), QStringLiteral("0.667")},
                                        {QStringLiteral("C"), QStringLiteral("5"), QStringLiteral("8"), QStringLiteral("1.000"),
                                         QStringLiteral("0.625"), QStringLiteral("0.769")}};
        for (int row = 0; row < 3; ++row) {
            for (int column = 0; column < 6; ++column)
                QCOMPARE(table->item(row, column)->text(), expected[row][column]);
        }
        // Sorting by F1 (descending) puts A (0.842), C (0.769), B (0.667) in that order.
        table->sortItems(5, Qt::DescendingOrder);
        QCOMPARE(table->item(0, 0)->text(), QStringLiteral("A"));
        QCOMPARE(table->item(1, 0)->text(), QStringLiteral("C"));
        QCOMPARE(table->item(2, 0)->text(), QStringLiteral("B"));

        const QString summary = view.summary()->text();
        for (const char *figure : {"OA 0.760", "kappa 0.639", "macro F1 0.759", "min F1 0.667 (B)",
                                   "weak model: OA 0.640"})
            QVERIFY2(summary.contains(QLatin1String(figure)), qPrintable(summary));
    }

    void areasTabShowsTheCoreAreaEstimates()
    {
        QTemporaryDir dir;
        QVERIFY(dir.isValid());
        // Mapped 50, 30, 20 ha; the 25 pixels in 5 parcels (clusters) of 5 pixels, by row:
        // parcel 1: A→A ×5; 2: A→A ×3, A→B ×2; 3: B→A, B→B ×4; 4: B→B ×2, B→C ×3; 5: C→C ×5.
        evaluate::AccuracyReport report = exampleReport();
        report.mappedArea = {50.0, 30.0, 20.0};
        report.areaUnit = QStringLiteral("ha");
        report.areaNote = QStringLiteral("Test pixels: whole parcels.");
        cropmap::tests::ClusteredPixels pixels;
        pixels.add(1, 0, 0, 5).add(2, 0, 0, 3).add(2, 0, 1, 2).add(3, 1, 0, 1).add(3, 1, 1, 4);
        pixels.add(4, 1, 1, 2).add(4, 1, 2, 3).add(5, 2, 2, 5);
        report.clusters = pixels.counts();
        report.write(dir.path());
        ResultsView view;
        view.resize(700, 700);
        view.show();
        view.setReportFolder(dir.path());
        const evaluate::AreaEstimate area = *report.areaEstimate();
        QTableWidget *table = view.areaTable();
        QCOMPARE(table->rowCount(), 3);
        const auto pm = [](double value, double half, int decimals) {
            return QStringLiteral("%1 ± %2").arg(QLocale().toString(value, 'f', decimals),
                                                 QLocale().toString(half, 'f', decimals));
        };
        for (int i = 0; i < 3; ++i) {
            const evaluate::ClassAreaEstimate &c = area.perClass[std::size_t(i)];
            QCOMPARE(table->item(i, 0)->text(), report.classes.at(i).name);
            QCOMPARE(table->item(i, 1)->text(), QLocale().toString(report.mappedArea[std::size_t(i)], 'f', 1));
            QCOMPARE(table->item(i, 2)->text(), pm(c.area, c.areaCI95, 1));
            QCOMPARE(table->item(i, 3)->text(), pm(c.usersAccuracy, 1.96 * c.usersSE, 3));
            QCOMPARE(table->item(i, 4)->text(), pm(c.producersAccuracy, 1.96 * c.producersSE, 3));
        }
        // A by hand: the map-A stratum (W 0.5) has 9 px, 8 of reference A; map-B (W 0.3) 8 px,
        // 2 of them A; map-C none: 100 · (0.5 · 8/9 + 0.3 · 2/8) = 51.9 ha.
        QCOMPARE(table->item(0, 2)->text().left(4), QStringLiteral("51.9"));
        const QString note = view.areaNote()->text();
        QVERIFY2(note.contains(QStringLiteral("parcel level: 5 test parcels")) && note.contains(QStringLiteral("whole parcels.")),
                 qPrintable(note));

        // A report without mapped areas says so.
        QTemporaryDir plain;
        exampleReport().write(plain.path());
        view.setReportFolder(plain.path());
        QCOMPARE(view.areaTable()->rowCount(), 0);
        QVERIFY2(view.areaNote()->text().contains(QStringLiteral("no mapped areas")), qPrintable(view.areaNote()->text()));
    }

    void exportsTheMatrixTableBarsAndReport()
    {
        QTemporaryDir dir;
        QVERIFY(dir.isValid());
        // write() puts accuracy.json, .csv and .html in the folder, as the evaluate step does.
        exampleReport().write(dir.path());
        ResultsView view;
        view.show();
        view.setReportFolder(dir.path());
        QVERIFY(view.report().has_value());

        // Grouped bars: PA 0.8, 0.6, 1; UA 8/9, 6/8, 5/8; F1 16/19, 12/18, 10/13 (see above).
        ClassAccuracyChart *chart = view.classChart();
        QCOMPARE(chart->barHeights(ClassAccuracyChart::Pa), QVector<double>({0.8, 0.6, 1.0}));
        QCOMPARE(chart->barHeights(ClassAccuracyChart::Ua), QVector<double>({8.0 / 9, 0.75, 0.625}));
        QCOMPARE(chart->barHeights(ClassAccuracyChart::F1), QVector<double>({16.0 / 19, 12.0 / 18, 10.0 / 13}));

        // The matrix as counts, rows the reference (the example's matrix above).
        const QString out = dir.filePath(QStringLiteral("out"));
        QVERIFY(QDir().mkpath(out));
        view.exportMatrixCsv(out + QStringLiteral("/matrix.csv"));
        QFile matrix(out + QStringLiteral("/matrix.csv"));
        QVERIFY(matrix.open(QIODevice::ReadOnly));
        QCOMPARE(matrix.readAll(), QByteArray("reference \\ map,A,B,C\nA,8,2,0\nB,1,6,3\nC,0,0,5\n"));
        // The per-class table as shown (sorted by F1 descending: A, C, B).
        view.classTable()->sortItems(5, Qt::DescendingOrder);
        exportTableCsv(view.classTable()->model(), out + QStringLiteral("/classes.csv"));
        QFile classes(out + QStringLiteral("/classes.csv"));
        QVERIFY(classes.open(QIODevice::ReadOnly));
        QCOMPARE(classes.readAll(), QByteArray("Class,Reference px,Map px,PA,UA,F1\n"
                                               "A,10,9,0.800,0.889,0.842\n"
                                               "C,5,8,1.000,0.625,0.769\n"
                                               "B,10,8,0.600,0.750,0.667\n"));
        // The HTML report: a byte-for-byte copy of the page the evaluate step wrote.
        QCOMPARE(view.htmlReportPath(), dir.filePath(QStringLiteral("accuracy.html")));
        view.exportHtmlReport(out + QStringLiteral("/report.html"));
        QFile source(view.htmlReportPath()), copy(out + QStringLiteral("/report.html"));
        QVERIFY(source.open(QIODevice::ReadOnly) && copy.open(QIODevice::ReadOnly));
        QCOMPARE(copy.readAll(), source.readAll());
        QCOMPARE(QDir(out).entryList(QDir::Files),
                 QStringList({QStringLiteral("classes.csv"), QStringLiteral("matrix.csv"), QStringLiteral("report.html")}));

        // Each plot and table offers its export in the context menu.
        QStringList actions;
        for (const QAction *action : view.findChildren<QAction *>())
            actions << action->objectName();
        actions.sort();
        QCOMPARE(actions, QStringList({QStringLiteral("export:accuracy.html"), QStringLiteral("export:class_accuracy"),
                                       QStringLiteral("export:class_accuracy"), QStringLiteral("export:class_areas"),
                                       QStringLiteral("export:confusion_matrix"), QStringLiteral("export:confusion_matrix")}));
    }

    void selectionViewShowsTheCoreSummary()
    {
        // A: 100 declared px = 80 kept + 10 dropped disagreeing + 10 dropped agreeing; 12 wrongly
        // declared, 9 of them removed. B: 50 = 30 + 20 + 0; 20 wrong, 18 removed.
        // Cleaning: removed 10 + 10 + 20 = 40, of which 27 wrong; precision 27/40 = 67.5 %,
        // recall 27/32 = 84.4 %, correct kept 105 of 118 = 89.0 %.
        select::SelectionSummary summary;
        select::ClassSelectionStats a;
        a.labelled = 100, a.candidates = 90, a.disagreementRate = 0.1, a.kept = 80;
        a.droppedDisagreeing = 10, a.droppedAgreeing = 10, a.wrongDeclared = 12, a.wrongRemoved = 9;
        select::ClassSelectionStats b;
        b.labelled = 50, b.candidates = 30, b.disagreementRate = 0.4, b.kept = 30;
        b.droppedDisagreeing = 20, b.droppedAgreeing = 0, b.wrongDeclared = 20, b.wrongRemoved = 18;
        summary.perClass = {a, b};
        select::CleaningScore cleaning;
        cleaning.wrong = 32, cleaning.removed = 40, cleaning.removedWrong = 27;
        cleaning.correct = 118, cleaning.keptCorrect = 105;
        cleaning.precision = 27.0 / 40, cleaning.recall = 27.0 / 32, cleaning.correctKeptShare = 105.0 / 118;
        summary.cleaning = cleaning;
        QTemporaryDir dir;
        const QString path = dir.filePath(QStringLiteral("selection.json"));
        summary.write(path, thematic::ClassTable({{1, QStringLiteral("A"), QStringLiteral("#ff0000")},
                                                  {2, QStringLiteral("B"), QStringLiteral("#00ff00")}}));

        SelectionView view;
        view.show();
        QVERIFY(view.showSummary(path));
        QCOMPARE(view.summary()->perClass, summary.perClass);
        const QStringList rowA = {QStringLiteral("A"), QStringLiteral("100"), QStringLiteral("90"), QStringLiteral("0.100"),
                                  QStringLiteral("80"), QStringLiteral("10"), QStringLiteral("10"), QStringLiteral("12"),
                                  QStringLiteral("9")};
        for (int column = 0; column < rowA.size(); ++column)
            QCOMPARE(view.classTable()->item(0, column)->text(), rowA[column]);
        QCOMPARE(view.classTable()->item(1, 3)->text(), QStringLiteral("0.400"));
        // Neither class is kept whole: no marker. The Kept header explains the exception.
        QVERIFY(view.classTable()->item(0, 4)->toolTip().isEmpty());
        QVERIFY(view.classTable()->horizontalHeaderItem(4)->toolTip().contains(QStringLiteral("kept whole")));
        // Stacked bars: kept, dropped (disagreeing), dropped (agreeing).
        QCOMPARE(view.barHeights(0), QVector<double>({80, 30}));
        QCOMPARE(view.barHeights(1), QVector<double>({10, 20}));
        QCOMPARE(view.barHeights(2), QVector<double>({10, 0}));
        const QString text = view.cleaningLabel()->text();
        for (const char *figure : {"110 of 150 declared pixels", "27 of 32", "84.4 %", "67.5 %", "89.0 %"})
            QVERIFY2(text.contains(QLatin1String(figure)), qPrintable(text));
        // A class below the adaptive floor keeps all 100 declared pixels, more than its 90
        // candidates: its Kept cell says so.
        summary.perClass[0].keptWhole = true;
        summary.perClass[0].guardApplied = true;
        summary.perClass[0].guard = select::SelectionGuard::WouldEmpty;
        summary.perClass[0].kept = 100;
        summary.write(path, thematic::ClassTable({{1, QStringLiteral("A"), QStringLiteral("#ff0000")},
                                                  {2, QStringLiteral("B"), QStringLiteral("#00ff00")}}));
        QVERIFY(view.showSummary(path));
        QCOMPARE(view.classTable()->item(0, 4)->text(), QStringLiteral("100"));
        QVERIFY(view.classTable()->item(0, 4)->font().italic());
        QVERIFY2(view.classTable()->item(0, 4)->toolTip().contains(QStringLiteral("all 100 declared pixels")),
                 qPrintable(view.classTable()->item(0, 4)->toolTip()));
        QVERIFY(view.classTable()->item(1, 4)->toolTip().isEmpty());
        // Why, on screen and in core's words: in the Note column and in the summary line.
        const QString note = QStringLiteral("kept whole: the rule would drop every pixel");
        QCOMPARE(select::classNote(summary.perClass[0]), note);
        QCOMPARE(view.classTable()->horizontalHeaderItem(9)->text(), QStringLiteral("Note"));
        QCOMPARE(view.classTable()->item(0, 9)->text(), note);
        QVERIFY(view.classTable()->item(1, 9)->text().isEmpty());
        QVERIFY2(view.cleaningLabel()->text().contains(QStringLiteral("A (kept 100 > candidates 90) is ") + note),
                 qPrintable(view.cleaningLabel()->text()));

        // No selection written yet: the view is empty, without an error.
        QVERIFY(view.showSummary(dir.filePath(QStringLiteral("missing.json"))));
        QVERIFY(!view.summary().has_value());
        QCOMPARE(view.classTable()->rowCount(), 0);
    }

    void draggingTheThresholdLineGivesCoreKeptCount()
    {
        // Class A: ten candidates (declared A, predicted A) with posteriors 0.50, 0.55, …, 0.95,
        // each its own parcel; two pixels declared A but predicted B (not candidates).
        auto input = std::make_shared<select::SelectionInput>();
        input->classCount = 2;
        for (int k = 0; k < 12; ++k) {
            input->declared.push_back(0);
            input->predicted.push_back(k < 10 ? 0 : 1);
            input->predictedPosterior.push_back(k < 10 ? 0.50f + 0.05f * float(k) : 0.9f);
            input->declaredPosterior.push_back(k < 10 ? 0.50f + 0.05f * float(k) : 0.1f);
            input->parcelId.push_back(std::uint32_t(k + 1));
        }
        PosteriorInspector inspector;
        inspector.resize(600, 400);
        inspector.show();
        QVERIFY(QTest::qWaitForWindowExposed(&inspector));
        inspector.setJudgedPool(input, {QStringLiteral("A"), QStringLiteral("B")});
        QCOMPARE(inspector.candidateCount(), qint64(10));
        // Starting at 25 %: floor(10 · 0.25) = 2 dropped, the line at the third posterior, 0.60.
        QCOMPARE(inspector.percentileSpin()->value(), 25.0);
        QCOMPARE(inspector.keptCount(), qint64(8));
        QCOMPARE(inspector.thresholdPosterior(), double(0.60f));

        QCustomPlot *plot = inspector.plot();
        plot->replot();
        const auto pixelAt = [plot](double x) {
            return QPoint(int(std::lround(plot->xAxis->coordToPixel(x))), int(std::lround(plot->yAxis->coordToPixel(1))));
        };
        const auto coreKept = [&input](double percentile) {
            select::SelectionOptions options;
            options.rule = select::SelectionRule::Seed;
            options.percentile = percentile;
            options.seed = 1;
            return select::ReliableSampleSelector(options).select(*input).perClass[0].kept;
        };
        // Drag the line from 0.60 to 0.72: 5 candidates lie below (0.50 … 0.70) → 50 %, and
        // core keeps 10 − 5 = 5 while the mouse is still down.
        QTest::mousePress(plot, Qt::LeftButton, Qt::NoModifier, pixelAt(0.60));
        QTest::mouseMove(plot, pixelAt(0.66));
        QTest::mouseMove(plot, pixelAt(0.72));
        QCOMPARE(inspector.percentileSpin()->value(), 50.0);
        QCOMPARE(inspector.keptCount(), coreKept(50.0));
        QCOMPARE(inspector.keptCount(), qint64(5));
        QTest::mouseRelease(plot, Qt::LeftButton, Qt::NoModifier, pixelAt(0.72));
        // The line snaps to the first kept posterior: the sixth, 0.75.
        QCOMPARE(inspector.thresholdPosterior(), double(0.75f));

        // On to 0.88: 8 below (0.50 … 0.85) → 80 %, kept 2.
        QTest::mousePress(plot, Qt::LeftButton, Qt::NoModifier, pixelAt(0.75));
        QTest::mouseMove(plot, pixelAt(0.88));
        QTest::mouseRelease(plot, Qt::LeftButton, Qt::NoModifier, pixelAt(0.88));
        QCOMPARE(inspector.percentileSpin()->value(), 80.0);
        QCOMPARE(inspector.keptCount(), coreKept(80.0));
        QCOMPARE(inspector.keptCount(), qint64(2));

        // A press away from the line does not grab it: moving then changes nothing.
        QTest::mousePress(plot, Qt::LeftButton, Qt::NoModifier, pixelAt(0.55));
        QTest::mouseMove(plot, pixelAt(0.52));
        QTest::mouseRelease(plot, Qt::LeftButton, Qt::NoModifier, pixelAt(0.52));
        QCOMPARE(inspector.percentileSpin()->value(), 80.0);
        QCOMPARE(inspector.keptCount(), qint64(2));
    }

    void judgingShowsProgressAndCancelKeepsThePreviousJudgement()
    {
        // 3 × 5000 pixels: four batches of 4096, so the job reports progress and can be
        // stopped between batches. An untrained model: the posteriors do not matter here.
        QTemporaryDir dir;
        const sampling::SampleSet pool = cropmap::tests::separableSamples(5000, 4, 2, 1);
        const QString poolPath = dir.filePath(QStringLiteral("pool.samples"));
        const QString modelPath = dir.filePath(QStringLiteral("weak.model"));
        pool.save(poolPath);
        model::ModelMetadata metadata;
        metadata.classes = pool.classes();
        metadata.bands = pool.bands();
        metadata.steps = pool.steps();
        metadata.normalisation.mean = {0.5, 0.5};
        metadata.normalisation.std = {0.2, 0.2};
        model::CropModel(metadata).save(modelPath);

        PosteriorInspector inspector;
        inspector.resize(600, 400);
        inspector.show();
        QVERIFY(QTest::qWaitForWindowExposed(&inspector));
        JobProgressWidget *job = inspector.jobWidget();
        QVERIFY(!job->isVisible()); // nothing judged yet
        QVERIFY(inspector.judgePool(poolPath, modelPath));
        QVERIFY(job->isVisible());
        QVERIFY(job->cancelButton()->isEnabled());
        QTRY_VERIFY_WITH_TIMEOUT(!inspector.isJudging(), 60000);
        QVERIFY2(inspector.hasInput(), qPrintable(job->message()));
        QCOMPARE(job->progressBar()->value(), 1000);
        QVERIFY2(job->message().startsWith(QStringLiteral("Finished in")), qPrintable(job->message()));
        inspector.setClassIndex(1);
        const qint64 candidates = inspector.candidateCount();
        const qint64 kept = inspector.keptCount();
        const QVector<double> histogram = inspector.histogram();

        // Again, held after its first batch until Cancel was pressed: it stops there.
        QVERIFY(inspector.judgePool(poolPath, modelPath));
        // The newest child: the first run's feedback may still wait for its deferred delete.
        const QList<PipelineFeedback *> feedbacks = inspector.findChildren<PipelineFeedback *>();
        QVERIFY(!feedbacks.isEmpty());
        PipelineFeedback *feedback = feedbacks.constLast();
        QSemaphore pressed;
        bool held = false;
        connect(feedback, &PipelineFeedback::progressChanged, feedback, [&](double fraction) {
            if (fraction > 0 && !held) {
                held = true;
                pressed.tryAcquire(1, 30000); // never hang the test
            }
        }, Qt::DirectConnection);
        QTRY_VERIFY_WITH_TIMEOUT(job->progressBar()->value() > 0, 30000);
        // The first of four batches: 4096 of 15000 pixels.
        QCOMPARE(job->progressBar()->value(), 4096 * 1000 / 15000);
        QVERIFY2(job->message().contains(QStringLiteral("4,096 of 15,000")) || job->message().contains(QStringLiteral("4096 of 15000")),
                 qPrintable(job->message()));
        QVERIFY(job->timeText().startsWith(QStringLiteral("Elapsed")));
        QTest::mouseClick(job->cancelButton(), Qt::LeftButton);
        pressed.release();
        QTRY_VERIFY_WITH_TIMEOUT(!inspector.isJudging(), 30000);
        QVERIFY2(job->message().startsWith(QStringLiteral("Canceled after")), qPrintable(job->message()));
        QVERIFY(!job->cancelButton()->isEnabled());
        QVERIFY(job->progressBar()->value() < 1000);
        // The previous judgement stays, as it was.
        QVERIFY(inspector.hasInput());
        QCOMPARE(inspector.classIndex(), 1);
        QCOMPARE(inspector.candidateCount(), candidates);
        QCOMPARE(inspector.keptCount(), kept);
        QCOMPARE(inspector.histogram(), histogram);
        QVERIFY(inspector.findChild<QPushButton *>(QStringLiteral("judgePoolButton"))->isEnabled());
    }
};

QTEST_MAIN(TestResultsView)
#include "tst_results_view.moc"
