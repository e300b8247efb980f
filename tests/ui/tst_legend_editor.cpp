// SPDX-License-Identifier: GPL-3.0-or-later
// Drives the legend editor dock of the real main window offscreen (legend_test_data.h).
#include <cmath>

#include <QAction>
#include <QComboBox>
#include <QDoubleSpinBox>
#include <QFile>
#include <QLineEdit>
#include <QDockWidget>
#include <QSortFilterProxyModel>
#include <QSpinBox>
#include <QStandardPaths>
#include <QTableView>
#include <QTemporaryDir>
#include <QTest>
#include <QUndoStack>

#include "app/error_reporter.h"
#include "app/main_window.h"
#include "layers/layer_tree_model.h"
#include "layers/vector_layer.h"
#include "legend/declared_value_model.h"
#include "legend/legend_document.h"
#include "legend/legend_editor.h"
#include "legend/prior_chart.h"
#include "legend/target_class_model.h"
#include "legend_test_data.h"

using namespace cropmap::ui;
using cropmap::core::thematic::LegendAggregation;

namespace {

bool near(double a, double b)
{
    return std::abs(a - b) < 1e-9;
}

bool sameBars(const QVector<double> &bars, const QVector<double> &expected)
{
    if (bars.size() != expected.size())
        return false;
    for (int i = 0; i < bars.size(); ++i) {
        if (!near(bars[i], expected[i]))
            return false;
    }
    return true;
}

} // namespace

class TestLegendEditor : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase()
    {
        QStandardPaths::setTestModeEnabled(true);
        QVERIFY(m_dir.isValid());
        m_parcels = legendtest::writeParcels(m_dir.path());
        m_legendPath = m_dir.filePath(QStringLiteral("legend.json"));
        legendtest::legend().save(m_legendPath);
        ErrorReporter::setHandler([this](QWidget *, const QString &, const QString &message) {
            m_errors << message;
        });
    }

    void init()
    {
        m_errors.clear();
        m_window = std::make_unique<MainWindow>();
        m_window->resize(1200, 800);
        m_window->show();
        QVERIFY(QTest::qWaitForWindowExposed(m_window.get()));
        QVERIFY(m_window->addVector(m_parcels));
        m_editor = m_window->legendEditor();
        m_window->findChild<QDockWidget *>(QStringLiteral("legendDock"))->raise();
        QCOMPARE(m_editor->parcelPath(), m_parcels);
        QVERIFY(m_editor->openLegend(m_legendPath));
        QTRY_VERIFY(!m_editor->isLoading() && m_editor->document()->declaredValues().size() == 6);
        cropmap::core::sampling::StratifiedSamplingOptions options;
        options.budget = 1000;
        m_editor->chart()->setOptions(options);
        QVERIFY(m_errors.isEmpty());
    }

    void cleanup()
    {
        m_editor = nullptr;
        m_window.reset();
    }

    void declaredValuesShowCountsAreasAndClasses()
    {
        DeclaredValueModel *model = m_editor->valueModel();
        QCOMPARE(model->rowCount(), 6);
        const int wheat = model->rowOfValue(QStringLiteral("Winter wheat"));
        QVERIFY(wheat >= 0);
        // Two 200 × 100 m parcels: 2 parcels, 4 ha.
        QCOMPARE(model->index(wheat, DeclaredValueModel::Parcels).data().toLongLong(), 2);
        QVERIFY(near(model->index(wheat, DeclaredValueModel::Area).data(Qt::EditRole).toDouble(), 4.0));
        QCOMPARE(model->index(wheat, DeclaredValueModel::TargetClassColumn).data().toString(),
                 QStringLiteral("Cereals"));
        const int fallow = model->rowOfValue(QStringLiteral("Fallow"));
        QCOMPARE(model->index(fallow, DeclaredValueModel::TargetClassColumn).data(Qt::EditRole).toInt(), 0);
        // Cereals = wheat + barley: 3 parcels, 6 ha.
        TargetClassModel *classes = m_editor->classModel();
        QCOMPARE(classes->rowCount(), 4);
        QCOMPARE(classes->index(0, TargetClassModel::Parcels).data().toLongLong(), 3);
        QVERIFY(near(classes->index(0, TargetClassModel::Area).data(Qt::EditRole).toDouble(), 6.0));
    }

    void editUndoRedoChangeTheAggregationTheChartAndTheMap()
    {
        PriorChart *chart = m_editor->chart();
        auto *parcels = qobject_cast<VectorLayer *>(m_window->layerModel()->layer(0));
        QVERIFY(parcels);
        // Before: pixels (1 ha = 100) Cereals 600, Maize 300, Grassland 600, Legumes 100;
        // N = 1600, p = .375, .1875, .375, .0625. τ: sorted priors, h = 3·0.65 = 1.95,
        // τ = .1875 + .95·(.375 − .1875) = .365625. Least present: Maize, Legumes.
        // s = .375, 2·.1875 + .01 = .385, .375, 2·.0625 + .01 = .135; Σ = 1.27.
        // n = round(1000·s/Σ) capped by N_u: 295, min(300, 303) = 300, 295, min(100, 106) = 100.
        const QVector<double> before = {0.375, 0.1875, 0.375, 0.0625};
        const QStringList countsBefore = {QStringLiteral("n=295"), QStringLiteral("n=300"),
                                          QStringLiteral("n=295"), QStringLiteral("n=100")};
        QVERIFY(sameBars(chart->barHeights(), before));
        QVERIFY(near(chart->drawnThreshold(), 0.365625));
        QCOMPARE(chart->countLabels(), countsBefore);
        QCOMPARE(chart->plan()[1].mostPresent, false);
        QCOMPARE(chart->plan()[0].mostPresent, true);
        QCOMPARE(parcels->style().mode, VectorStyle::Mode::Categorized);
        QCOMPARE(parcels->style().categories.value(QStringLiteral("Barley")), QColor(QStringLiteral("#e6c619")));
        QVERIFY(!parcels->style().categories.contains(QStringLiteral("Fallow")));

        // Pick "Maize" for Barley in the class column's combobox, as a user does.
        QTableView *view = m_editor->valueView();
        const QModelIndex barley = m_editor->valueProxy()->mapFromSource(m_editor->valueModel()->index(
            m_editor->valueModel()->rowOfValue(QStringLiteral("Barley")), DeclaredValueModel::TargetClassColumn));
        view->setCurrentIndex(barley);
        view->edit(barley);
        auto *combo = view->viewport()->findChild<QComboBox *>();
        QVERIFY(combo);
        QCOMPARE(combo->count(), 5); // ignore + 4 classes
        combo->setCurrentIndex(combo->findData(2));
        Q_EMIT combo->activated(combo->currentIndex());
        QCOMPARE(m_editor->document()->legend().classIdOf(QStringLiteral("Barley")), 2);

        // After: Cereals 400, Maize 500, Grassland 600, Legumes 100; p = .25, .3125, .375, .0625.
        // Sorted .0625 .25 .3125 .375: τ = .25 + .95·.0625 = .309375. Least: Cereals, Legumes.
        // s = 2·.25 + .01 = .51, .3125, .375, .135; Σ = 1.3325.
        // n = round(510/1.3325 = 382.74) = 383, round(234.52) = 235, round(281.43) = 281,
        // min(100, round(101.31)) = 100.
        const QVector<double> after = {0.25, 0.3125, 0.375, 0.0625};
        const QStringList countsAfter = {QStringLiteral("n=383"), QStringLiteral("n=235"),
                                         QStringLiteral("n=281"), QStringLiteral("n=100")};
        QVERIFY(sameBars(chart->barHeights(), after));
        QVERIFY(near(chart->drawnThreshold(), 0.309375));
        QCOMPARE(chart->countLabels(), countsAfter);
        QCOMPARE(chart->plan()[0].mostPresent, false);
        QCOMPARE(chart->plan()[1].mostPresent, true);
        QCOMPARE(parcels->style().categories.value(QStringLiteral("Barley")), QColor(QStringLiteral("#ff7f00")));

        // Undo and redo through the Edit menu's actions.
        auto *undo = m_window->findChild<QAction *>(QStringLiteral("undoAction"));
        auto *redo = m_window->findChild<QAction *>(QStringLiteral("redoAction"));
        QVERIFY(undo && redo && undo->isEnabled());
        undo->trigger();
        QCOMPARE(m_editor->document()->legend().classIdOf(QStringLiteral("Barley")), 1);
        QVERIFY(sameBars(chart->barHeights(), before));
        QCOMPARE(chart->countLabels(), countsBefore);
        QCOMPARE(parcels->style().categories.value(QStringLiteral("Barley")), QColor(QStringLiteral("#e6c619")));
        QVERIFY(!undo->isEnabled());
        redo->trigger();
        QCOMPARE(m_editor->document()->legend().classIdOf(QStringLiteral("Barley")), 2);
        QVERIFY(sameBars(chart->barHeights(), after));
        QCOMPARE(chart->countLabels(), countsAfter);

        // A larger budget through the spin box: S = 2000, before-edit shares after one undo:
        // round(2000·.375/1.27 = 590.55) = 591 ≤ 600; Maize min(300, 606) = 300.
        undo->trigger();
        m_editor->chart()->findChild<QSpinBox *>(QStringLiteral("budgetSpin"))->setValue(2000);
        QCOMPARE(chart->countLabels().value(0), QStringLiteral("n=591"));
        QCOMPARE(chart->countLabels().value(1), QStringLiteral("n=300"));
    }

    void methodProjectQuantileIsInPercentInTheChart()
    {
        // The project's "quantile" is in percent, as the pipeline reads it: 30 is the 30th.
        // Priors .375 .1875 .375 .0625 sorted: .0625 .1875 .375 .375; h = 3 · 0.30 = 0.9,
        // τ = .0625 + .9 · (.1875 − .0625) = .175, so Maize (.1875) is most present here
        // while it is least present at the default 65th (τ = .365625).
        const QString project = writeMethodProject(QStringLiteral("percent.json"), QStringLiteral("30"));
        QVERIFY(m_window->openMethodProject(project));
        QTRY_VERIFY(!m_editor->isLoading() && m_editor->document()->declaredValues().size() == 6);
        QVERIFY2(m_errors.isEmpty(), qPrintable(m_errors.join(u'\n')));
        PriorChart *chart = m_editor->chart();
        QCOMPARE(chart->options().quantilePercent, 30.0);
        auto *spin = chart->findChild<QDoubleSpinBox *>(QStringLiteral("quantileSpin"));
        QVERIFY(spin);
        QCOMPARE(spin->value(), 30.0);
        QVERIFY(spin->minimum() > 1.0 && spin->maximum() == 100.0); // no fraction to pick
        QVERIFY(near(chart->drawnThreshold(), 0.175));
        QVERIFY(chart->plan()[1].mostPresent);
        spin->setValue(65);
        QCOMPARE(chart->options().quantilePercent, 65.0);
        QVERIFY(near(chart->drawnThreshold(), 0.365625));
        QVERIFY(!chart->plan()[1].mostPresent);
    }

    void methodProjectWithAFractionQuantileIsRefused()
    {
        // 0.3 was the GUI's old unit; the pipeline would have drawn the 0.3rd percentile.
        const QString project = writeMethodProject(QStringLiteral("fraction.json"), QStringLiteral("0.3"));
        QVERIFY(!m_window->openMethodProject(project));
        QCOMPARE(m_errors.size(), 1);
        QVERIFY2(m_errors.front().contains(QStringLiteral("\"quantile\" in \"sampling\""))
                     && m_errors.front().contains(QStringLiteral("(did you mean 30?)")),
                 qPrintable(m_errors.front()));
    }

    void filterBulkAssignAndClassEdits()
    {
        LegendDocument *document = m_editor->document();
        QSortFilterProxyModel *proxy = m_editor->valueProxy();
        // "pea" matches the value "Peas" only (no class name contains it).
        m_editor->filterEdit()->setText(QStringLiteral("pea"));
        QCOMPARE(proxy->rowCount(), 1);
        // "Cereals" matches its two values through the class column.
        m_editor->filterEdit()->setText(QStringLiteral("cereals"));
        QCOMPARE(proxy->rowCount(), 2);

        // Bulk: select both and assign them to Legumes in one undo step.
        m_editor->valueView()->selectAll();
        m_editor->assignSelection(4);
        QCOMPARE(document->legend().classIdOf(QStringLiteral("Winter wheat")), 4);
        QCOMPARE(document->legend().classIdOf(QStringLiteral("Barley")), 4);
        QCOMPARE(document->legend().classIdOf(QStringLiteral("Maize")), 2);
        // Legumes = 4 + 2 + 1 ha; Cereals has no parcels left, so it has no bar.
        QVERIFY(near(document->classStatistics(4).areaHa, 7.0));
        QVERIFY(near(m_editor->chart()->barHeights()[0], 0.0));
        m_editor->undoStack()->undo();
        QCOMPARE(document->legend().classIdOf(QStringLiteral("Winter wheat")), 1);
        QCOMPARE(document->legend().classIdOf(QStringLiteral("Barley")), 1);
        m_editor->filterEdit()->clear();
        QCOMPARE(proxy->rowCount(), 6);

        // Merge Maize into Cereals: 3 classes, Cereals 4 + 2 + 3 = 9 ha.
        QTableView *classes = m_editor->classView();
        classes->selectionModel()->select(m_editor->classModel()->index(0, 0),
                                          QItemSelectionModel::Select | QItemSelectionModel::Rows);
        classes->selectionModel()->select(m_editor->classModel()->index(1, 0),
                                          QItemSelectionModel::Select | QItemSelectionModel::Rows);
        m_editor->mergeSelectedClasses();
        QCOMPARE(document->legend().classes().size(), 3);
        QCOMPARE(document->legend().classIdOf(QStringLiteral("Maize")), 1);
        QVERIFY(near(document->classStatistics(1).areaHa, 9.0));
        QCOMPARE(m_editor->chart()->barHeights().size(), 3);
        m_editor->undoStack()->undo();
        QCOMPARE(document->legend().classes().size(), 4);
        QCOMPARE(document->legend().classIdOf(QStringLiteral("Maize")), 2);

        // Delete Grassland: Meadow becomes "ignore".
        classes->clearSelection();
        classes->selectionModel()->select(m_editor->classModel()->index(2, 0),
                                          QItemSelectionModel::Select | QItemSelectionModel::Rows);
        m_editor->deleteSelectedClasses();
        QCOMPARE(document->legend().classIdOf(QStringLiteral("Meadow")), LegendAggregation::Ignore);
        QCOMPARE(document->legend().classes().indexOfName(QStringLiteral("Grassland")), -1);
        // A new class takes the smallest free id, 3.
        QCOMPARE(document->addClass(QStringLiteral("Vegetables"), QColor(Qt::magenta)), 3);
        // Rename through the model; a duplicate name is refused and changes nothing.
        const int steps = m_editor->undoStack()->count();
        QVERIFY(m_editor->classModel()->setData(m_editor->classModel()->index(0, TargetClassModel::Name),
                                                QStringLiteral("Small grains")));
        QCOMPARE(document->legend().classes().at(0).name, QStringLiteral("Small grains"));
        QVERIFY(!m_editor->classModel()->setData(m_editor->classModel()->index(0, TargetClassModel::Name),
                                                 QStringLiteral("maize")));
        QCOMPARE(m_errors.size(), 1);
        QVERIFY(m_errors[0].contains(QStringLiteral("maize")));
        QCOMPARE(m_editor->undoStack()->count(), steps + 1);
        // Recolour through the model.
        QVERIFY(m_editor->classModel()->setData(m_editor->classModel()->index(0, TargetClassModel::Colour),
                                                QColor(QStringLiteral("#123456"))));
        QCOMPARE(document->legend().classes().at(0).colour, QStringLiteral("#123456"));
    }

    void importExportRoundTrip_data()
    {
        QTest::addColumn<QString>("fileName");
        QTest::newRow("json") << "exported.json";
        QTest::newRow("csv") << "exported.csv";
    }

    void importExportRoundTrip()
    {
        QFETCH(QString, fileName);
        LegendDocument *document = m_editor->document();
        const QByteArray original = document->legend().toJson();
        const QString path = m_dir.filePath(fileName);
        QVERIFY(m_editor->exportLegend(path));
        document->assign({QStringLiteral("Fallow"), QStringLiteral("Meadow")}, 4);
        document->renameClass(1, QStringLiteral("Grains"));
        const QByteArray edited = document->legend().toJson();
        QVERIFY(edited != original);
        QVERIFY(m_editor->importLegend(path));
        QCOMPARE(document->legend().toJson(), original);
        // The import is one undo step.
        m_editor->undoStack()->undo();
        QCOMPARE(document->legend().toJson(), edited);
        QVERIFY(m_errors.isEmpty());
    }

    void badCsvNamesTheFileAndLineAndKeepsTheLegend()
    {
        const QString path = m_dir.filePath(QStringLiteral("bad.csv"));
        QFile file(path);
        QVERIFY(file.open(QIODevice::WriteOnly));
        file.write("value,class\nWinter wheat,Cereals\nBarley,Cereals,extra\n");
        file.close();
        LegendDocument *document = m_editor->document();
        const QByteArray before = document->legend().toJson();
        const int steps = m_editor->undoStack()->count();
        QVERIFY(!m_editor->importLegend(path));
        QCOMPARE(m_errors.size(), 1);
        QVERIFY2(m_errors[0].contains(QStringLiteral("bad.csv")) && m_errors[0].contains(QStringLiteral("line 3")),
                 qPrintable(m_errors[0]));
        QCOMPARE(document->legend().toJson(), before);
        QCOMPARE(m_editor->undoStack()->count(), steps);
    }

private:
    QString writeMethodProject(const QString &name, const QString &quantile) const
    {
        const QString path = m_dir.filePath(name);
        QFile file(path);
        if (!file.open(QIODevice::WriteOnly))
            return {};
        file.write(QStringLiteral("{\"archive\": \"archive\", \"parcels\": \"%1\", \"field\": \"crop\",\n"
                                  " \"legend\": \"%2\", \"output\": \"run\",\n"
                                  " \"sampling\": {\"budget\": 1000, \"quantile\": %3}}\n")
                       .arg(m_parcels, m_legendPath, quantile)
                       .toUtf8());
        return path;
    }

    QTemporaryDir m_dir;
    QString m_parcels;
    QString m_legendPath;
    QStringList m_errors;
    std::unique_ptr<MainWindow> m_window;
    LegendEditor *m_editor = nullptr;
};

QTEST_MAIN(TestLegendEditor)
#include "tst_legend_editor.moc"
