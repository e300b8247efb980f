// SPDX-License-Identifier: GPL-3.0-or-later
// The Experiments dock: a hand-written table JSON shown cell by cell and as bars, the
// reference and model selectors, and a real table2 run (lstm, forest) on a tiny synthetic
// project from the dock of the real main window, with Cancel.
#include <QComboBox>
#include <QDir>
#include <QDockWidget>
#include <QLabel>
#include <QFile>
#include <QHeaderView>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QListWidget>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QSignalSpy>
#include <QStandardPaths>
#include <QTableWidget>
#include <QTemporaryDir>
#include <QTest>

#include "app/error_reporter.h"
#include "app/main_window.h"
#include "evaluate/confusion_matrix.h"
#include "experiments/experiments_panel.h"
#include "results/results_view.h"
#include "thematic/class_table.h"
#include "pipeline/pipeline_feedback.h"
#include "common/synthetic_project.h"
#include "common/synthetic_scene.h"
#include "synth/scene_job.h"
#include "util/feedback.h"

using namespace cropmap::ui;
using namespace Qt::Literals::StringLiterals;
using cropmap::core::JobResult;
using cropmap::core::experiment::ExperimentTable;

namespace {

QJsonObject stat(double mean, double sd, int n)
{
    return {{u"mean"_s, mean}, {u"sd"_s, sd}, {u"n"_s, n}};
}

QJsonObject none()
{
    return {{u"mean"_s, QJsonValue()}, {u"sd"_s, QJsonValue()}, {u"n"_s, 0}};
}

// Scores of three classes; the third (Rye) has no reference pixel.
QJsonObject metrics(QJsonObject oa, QJsonObject kappa, QJsonObject macro, QJsonObject min, QJsonObject maize,
                    QJsonObject wheat)
{
    const auto cls = [](const QString &name, int count, const QJsonObject &f1) {
        return QJsonObject{{u"name"_s, name}, {u"reference_count"_s, count}, {u"f1"_s, f1},
                           {u"producers_accuracy"_s, f1}, {u"users_accuracy"_s, f1}};
    };
    return {{u"overall_accuracy"_s, oa}, {u"kappa"_s, kappa}, {u"macro_f1"_s, macro}, {u"min_f1"_s, min},
            {u"classes"_s, QJsonArray{cls(u"Maize"_s, 60, maize), cls(u"Wheat"_s, 40, wheat), cls(u"Rye"_s, 0, none())}}};
}

QJsonObject handWrittenTable()
{
    // lstm over 2 seeds, forest with one finite Wheat F1 (n = 1: no ± shown).
    const QJsonObject lstm{
        {u"column"_s, u"lstm"_s}, {u"title"_s, u"weighted LSTM"_s}, {u"repeats"_s, 2}, {u"seeds"_s, QJsonArray{1, 2}},
        {u"train_seconds"_s, stat(15.0, 7.0710678, 2)},
        {u"final"_s, QJsonObject{
            {u"declarations"_s, metrics(stat(0.85, 0.0707107, 2), stat(0.75, 0.05, 2), stat(0.8, 0.1, 2),
                                     stat(0.7, 0.0, 2), stat(0.9, 0.02, 2), stat(0.7, 0.0, 2))},
            {u"truth"_s, metrics(stat(0.95, 0.01, 2), stat(0.9, 0.02, 2), stat(0.93, 0.01, 2),
                              stat(0.91, 0.01, 2), stat(0.96, 0.01, 2), stat(0.91, 0.01, 2))}}}};
    const QJsonObject forest{
        {u"column"_s, u"forest"_s}, {u"title"_s, u"random forest"_s}, {u"repeats"_s, 2}, {u"seeds"_s, QJsonArray{1, 2}},
        {u"train_seconds"_s, stat(2.24, 0.26, 2)},
        {u"final"_s, QJsonObject{
            {u"declarations"_s, metrics(stat(0.8, 0.0, 2), stat(0.6, 0.0, 2), stat(0.75, 0.0, 2),
                                     stat(0.6, 0.0, 2), stat(0.85, 0.0, 2), stat(0.6, 0.0, 1))},
            {u"truth"_s, metrics(stat(0.88, 0.0, 2), stat(0.8, 0.0, 2), stat(0.86, 0.0, 2),
                              stat(0.82, 0.0, 2), stat(0.9, 0.0, 2), stat(0.82, 0.0, 1))}}}};
    return {{u"table"_s, u"table2"_s}, {u"target_tile"_s, u"T33UVP"_s}, {u"has_truth"_s, true}, {u"repeats"_s, 2},
            {u"test_pixels"_s, 100}, {u"classes"_s, QJsonArray{u"Maize"_s, u"Wheat"_s, u"Rye"_s}},
            {u"columns"_s, QJsonArray{lstm, forest}}};
}

QString cell(const QTableWidget *table, int row, int column)
{
    return table->item(row, column) ? table->item(row, column)->text() : u"<none>"_s;
}

} // namespace

class TestExperimentsPanel : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase()
    {
        QStandardPaths::setTestModeEnabled(true);
        qRegisterMetaType<JobResult::Status>();
        QVERIFY(m_dir.isValid());
        // One 64 × 64 px tile with 12 acquisitions: seconds for the composites.
        cropmap::core::synth::SceneOptions scene;
        scene.tiles = 1;
        scene.size = 64;
        scene.acquisitions = {12};
        scene.seed = 5;
        const QString failed = cropmap::tests::writeSyntheticScene(m_dir.path(), scene);
        QVERIFY2(failed.isEmpty(), qPrintable(failed));
        QVERIFY(!cropmap::tests::writeSyntheticProject(m_dir.path(), {.name = u"tiny"_s, .patches = 4, .budget = 600})
                     .isEmpty());
        QFile table(m_dir.filePath(u"table2.json"_s));
        QVERIFY(table.open(QIODevice::WriteOnly));
        table.write(QJsonDocument(handWrittenTable()).toJson());
        ErrorReporter::setHandler([this](QWidget *, const QString &, const QString &message) { m_errors << message; });
    }

    void showsTheNumbersOfATableJson()
    {
        ExperimentsPanel panel;
        QVERIFY(panel.showReport(m_dir.filePath(u"table2.json"_s)));
        QTableWidget *table = panel.tableWidget();
        // Rows: OA, kappa, macro F1, min F1, training s, F1 Maize, F1 Wheat (Rye has no pixel).
        QCOMPARE(table->rowCount(), 7);
        QCOMPARE(table->columnCount(), 2);
        QCOMPARE(table->horizontalHeaderItem(0)->text(), u"weighted LSTM"_s);
        QCOMPARE(table->verticalHeaderItem(6)->text(), u"F1 Wheat (%)"_s);
        // The truth is the default reference of a synthetic scene: OA 0.95 ± 0.01 → 95.0 ± 1.0.
        QCOMPARE(panel.reference(), u"truth"_s);
        QCOMPARE(cell(table, 0, 0), u"95.0 ± 1.0"_s);
        QCOMPARE(cell(table, 1, 0), u"0.900 ± 0.020"_s);
        // Training 15 ± 7.0710678 s → 15.0 ± 7.1; forest 2.24 ± 0.26 → 2.2 ± 0.3.
        QCOMPARE(cell(table, 4, 0), u"15.0 ± 7.1"_s);
        QCOMPARE(cell(table, 4, 1), u"2.2 ± 0.3"_s);
        // Forest's Wheat F1 from one repeat only: 0.82 → 82.0, no ±.
        QCOMPARE(cell(table, 6, 1), u"82.0"_s);
        QCOMPARE(cell(table, 5, 1), u"90.0 ± 0.0"_s);
        // Bars: 2 columns × 2 classes present.
        QCOMPARE(panel.barCount(), 4);

        // Against the declarations: OA 0.85 ± 0.0707107 → 85.0 ± 7.1, Maize F1 0.9 ± 0.02 → 90.0 ± 2.0.
        panel.findChild<QComboBox *>(u"experimentReference"_s)->setCurrentIndex(1);
        QCOMPARE(panel.reference(), u"declarations"_s);
        QCOMPARE(cell(table, 0, 0), u"85.0 ± 7.1"_s);
        QCOMPARE(cell(table, 2, 0), u"80.0 ± 10.0"_s);
        QCOMPARE(cell(table, 5, 0), u"90.0 ± 2.0"_s);
        QCOMPARE(cell(table, 0, 1), u"80.0 ± 0.0"_s);
        QCOMPARE(cell(table, 6, 1), u"60.0"_s);
        QCOMPARE(panel.barCount(), 4);
        // Table 2 has no weak model: only u"final"_s is offered.
        QCOMPARE(panel.findChild<QComboBox *>(u"experimentModel"_s)->count(), 1);

        // Double-clicking a header names the column's model and scores.
        QSignalSpy activated(&panel, &ExperimentsPanel::columnActivated);
        panel.show();
        QVERIFY(QTest::qWaitForWindowExposed(&panel));
        QHeaderView *header = table->horizontalHeader();
        QTest::mouseDClick(header->viewport(), Qt::LeftButton, {},
                           QPoint(header->sectionViewportPosition(1) + header->sectionSize(1) / 2, header->height() / 2));
        QCOMPARE(activated.count(), 1);
        QCOMPARE(activated.at(0).at(0).toString(), u"random forest"_s);
        QCOMPARE(activated.at(0).at(1).toString(), m_dir.filePath(u"table2/forest-s1.model"_s));
        QCOMPARE(activated.at(0).at(2).toString(), m_dir.filePath(u"table2/forest-s1.json"_s));
    }

    void columnOpensInTheResultsDock()
    {
        // The runs of the hand-written table's columns, as ExperimentRunner writes them: lstm
        // with its confusion matrices, forest from before runs stored them.
        using cropmap::core::evaluate::ConfusionMatrix;
        const cropmap::core::thematic::ClassTable classes({{1, u"Maize"_s, u"#ffd700"_s}, {2, u"Wheat"_s, u"#8b4513"_s},
                                                           {3, u"Rye"_s, u"#aaaaaa"_s}});
        // Truth: Maize 55 right, 5 as Wheat; Wheat 3 as Maize, 37 right → OA 92/100 = 0.920.
        // Declarations: 50 8 2 / 6 34 0 / 0 0 0 → OA 84/100 = 0.840.
        const ConfusionMatrix truth = ConfusionMatrix::fromCounts(3, {55, 5, 0, 3, 37, 0, 0, 0, 0});
        const ConfusionMatrix declared = ConfusionMatrix::fromCounts(3, {50, 8, 2, 6, 34, 0, 0, 0, 0});
        QVERIFY(QDir().mkpath(m_dir.filePath(u"table2"_s)));
        const auto writeRun = [this](const QString &name, const QJsonObject &final) {
            QFile file(m_dir.filePath(u"table2/"_s + name));
            QVERIFY(file.open(QIODevice::WriteOnly));
            file.write(QJsonDocument(QJsonObject{{u"column"_s, name.section(u'-', 0, 0)}, {u"seed"_s, 1}, {u"final"_s, final}}).toJson());
        };
        writeRun(u"lstm-s1.json"_s,
                 QJsonObject{{u"declarations"_s, QJsonObject{}}, {u"truth"_s, QJsonObject{}},
                             {u"confusion_matrices"_s, QJsonObject{{u"classes"_s, classes.toJson()},
                                                                   {u"declarations"_s, declared.toJson()},
                                                                   {u"truth"_s, truth.toJson()}}}});
        writeRun(u"forest-s1.json"_s, QJsonObject{{u"declarations"_s, QJsonObject{}}});

        MainWindow window;
        ExperimentsPanel *panel = window.experimentsPanel();
        QVERIFY(panel->showReport(m_dir.filePath(u"table2.json"_s)));
        QSignalSpy ready(panel, &ExperimentsPanel::columnReportReady);
        QCOMPARE(panel->reference(), u"truth"_s);
        // Double-click the lstm column's header, as the user does.
        window.show();
        QVERIFY(QTest::qWaitForWindowExposed(&window));
        window.findChild<QDockWidget *>(u"experimentsDock"_s)->raise();
        QHeaderView *header = panel->tableWidget()->horizontalHeader();
        QTRY_VERIFY(header->isVisible());
        QTest::mouseDClick(header->viewport(), Qt::LeftButton, {},
                           QPoint(header->sectionViewportPosition(0) + header->sectionSize(0) / 2, header->height() / 2));
        QCOMPARE(ready.count(), 1);
        // The Results dock comes to the front with the column's matrix.
        QTRY_VERIFY(!window.findChild<QDockWidget *>(u"resultsDock"_s)->visibleRegion().isEmpty());
        ResultsView *results = window.resultsView();
        QVERIFY(results->report().has_value());
        QCOMPARE(results->report()->matrix, truth);
        QCOMPARE(results->report()->classes.names(), QStringList({u"Maize"_s, u"Wheat"_s, u"Rye"_s}));
        QCOMPARE(results->findChild<QComboBox *>(u"reportCombo"_s)->currentText(), u"weighted LSTM, final model"_s);
        QVERIFY2(results->summary()->text().contains(u"OA 0.920"_s), qPrintable(results->summary()->text()));
        // Its HTML page is there to export; its cells have no class map to select pixels in.
        QVERIFY(QFile::exists(results->htmlReportPath()));
        QVERIFY(!results->selectCell(0, 1));

        panel->setReference(u"declarations"_s);
        panel->activateColumn(0);
        QCOMPARE(results->report()->matrix, declared);
        QVERIFY2(results->summary()->text().contains(u"OA 0.840"_s), qPrintable(results->summary()->text()));

        // The forest run predates the matrices: the user is told to compute it again, and
        // the Results dock keeps what it showed.
        QVERIFY(m_errors.isEmpty());
        panel->activateColumn(1);
        QCOMPARE(ready.count(), 2);
        QCOMPARE(m_errors.size(), 1);
        QVERIFY2(m_errors[0].contains(u"before experiment columns stored their confusion matrices"_s), qPrintable(m_errors[0]));
        QCOMPARE(results->report()->matrix, declared);
        m_errors.clear();
        QFile::remove(m_dir.filePath(u"table2/lstm-s1.json"_s));
        QFile::remove(m_dir.filePath(u"table2/forest-s1.json"_s));
    }

    void tableThreeOffersTheWeakModel()
    {
        // Table 3 stores a weak model per column: OA 0.62 ± 0.04 against the truth → 62.0 ± 4.0.
        QJsonObject report = handWrittenTable();
        report.insert(u"table"_s, u"table3"_s);
        QJsonArray columns = report.value(u"columns"_s).toArray();
        for (int c = 0; c < columns.size(); ++c) {
            QJsonObject column = columns.at(c).toObject();
            const QJsonObject weak = metrics(stat(0.62, 0.04, 2), stat(0.5, 0.0, 2), stat(0.55, 0.0, 2),
                                             stat(0.3, 0.0, 2), stat(0.7, 0.0, 2), stat(0.4, 0.0, 2));
            column.insert(u"weak"_s, QJsonObject{{u"truth"_s, weak}, {u"declarations"_s, weak}});
            columns[c] = column;
        }
        report.insert(u"columns"_s, columns);
        QFile file(m_dir.filePath(u"table3.json"_s));
        QVERIFY(file.open(QIODevice::WriteOnly));
        file.write(QJsonDocument(report).toJson());
        file.close();
        ExperimentsPanel panel;
        QVERIFY(panel.showReport(file.fileName()));
        QCOMPARE(cell(panel.tableWidget(), 0, 0), u"95.0 ± 1.0"_s);
        auto *model = panel.findChild<QComboBox *>(u"experimentModel"_s);
        QCOMPARE(model->count(), 2);
        model->setCurrentIndex(1);
        QCOMPARE(panel.model(), u"weak"_s);
        QCOMPARE(cell(panel.tableWidget(), 0, 0), u"62.0 ± 4.0"_s);
        // Wheat's weak F1 0.4 → 40.0 ± 0.0; minimum F1 0.3 → 30.0 ± 0.0.
        QCOMPARE(cell(panel.tableWidget(), 6, 1), u"40.0 ± 0.0"_s);
        QCOMPARE(cell(panel.tableWidget(), 3, 1), u"30.0 ± 0.0"_s);
        // Table 3's final model lies in the rule's own pipeline folder.
        QCOMPARE(panel.modelPath(0), m_dir.filePath(u"table3/lstm-s1/models/final.model"_s));
        QCOMPARE(panel.barCount(), 4);
    }

    void cancelStopsARun()
    {
        MainWindow window;
        QVERIFY(window.openMethodProject(m_dir.filePath(u"project.json"_s)));
        ExperimentsPanel *panel = window.experimentsPanel();
        QSignalSpy finished(panel, &ExperimentsPanel::runFinished);
        QVERIFY(panel->run());
        QVERIFY(panel->isRunning());
        panel->findChild<QPushButton *>(u"cancelExperimentButton"_s)->click();
        QTRY_VERIFY_WITH_TIMEOUT(!panel->isRunning(), 60000);
        QCOMPARE(finished.count(), 1);
        QCOMPARE(finished.at(0).at(0).value<JobResult::Status>(), JobResult::Status::Canceled);
        QVERIFY(!QFile::exists(m_dir.filePath(u"run/experiments/table2.json"_s)));
    }

    void runsTableTwoWithTwoColumns()
    {
        MainWindow window;
        QVERIFY(window.openMethodProject(m_dir.filePath(u"project.json"_s)));
        ExperimentsPanel *panel = window.experimentsPanel();
        QCOMPARE(panel->table(), ExperimentTable::Table2);
        QCOMPARE(panel->tableWidget()->columnCount(), 0); // nothing computed yet
        // The target tile defaults to the one with the most acquisitions, then the tiles.
        auto *tiles = panel->findChild<QComboBox *>(u"experimentTargetTile"_s);
        // (A one-tile project: no "All tiles" entry, which is the same as its tile.)
        QCOMPARE(tiles->count(), 2);
        QVERIFY(tiles->itemData(0).toString().isEmpty());
        auto *columns = panel->findChild<QListWidget *>(u"experimentColumns"_s);
        for (int row = 0; row < columns->count(); ++row) {
            const QString name = columns->item(row)->data(Qt::UserRole).toString();
            if (name != u"lstm"_s && name != u"forest"_s)
                columns->item(row)->setCheckState(Qt::Unchecked);
        }
        QCOMPARE(panel->options().columns, (QStringList{u"lstm"_s, u"forest"_s}));
        panel->findChild<QPushButton *>(u"runExperimentButton"_s)->click();
        QVERIFY(panel->isRunning());
        QTRY_VERIFY_WITH_TIMEOUT(!panel->isRunning(), 300000);
        QVERIFY2(panel->lastError().isEmpty(), qPrintable(panel->lastError()));
        QCOMPARE(panel->tableWidget()->columnCount(), 2);
        // The runner's log reached the dock: the target tile it chose.
        QVERIFY(panel->findChild<QPlainTextEdit *>(u"experimentLog"_s)->toPlainText().contains(
            u"target tile "_s + panel->report().value(u"target_tile"_s).toString()));
        QCOMPARE(panel->report().value(u"columns"_s).toArray().at(1).toObject().value(u"column"_s).toString(),
                 u"forest"_s);
        QVERIFY(QFile::exists(panel->modelPath(0)));
        QVERIFY(QFile::exists(panel->modelPath(1)));
        // The bars: one per column and class present in the test pixels.
        const int present = panel->tableWidget()->rowCount() - 5;
        QVERIFY(present > 0);
        QCOMPARE(panel->barCount(), 2 * present);
        // Each run stored its confusion matrices: the forest opens in the Results dock, against
        // the declarations counting every test pixel of the target tile.
        panel->setReference(u"declarations"_s);
        QVERIFY(panel->openColumnResults(1));
        QCOMPARE(double(window.resultsView()->report()->matrix.total()), panel->report().value(u"test_pixels"_s).toDouble());
    }

private:
    QTemporaryDir m_dir;
    QStringList m_errors;
};

QTEST_MAIN(TestExperimentsPanel)
#include "tst_experiments_panel.moc"
