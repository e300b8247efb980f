// SPDX-License-Identifier: GPL-3.0-or-later
// Two tiles side by side (gui_test_data.h): the month slider, the band combination and the
// stretch act on both as one mosaic, and Identify answers with no layer selected.
#include <cmath>

#include <QComboBox>
#include <QSpinBox>
#include <QStandardItemModel>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QTest>
#include <QTreeView>
#include <QTreeWidget>

#include "app/error_reporter.h"
#include "app/identify_panel.h"
#include "app/main_window.h"
#include "app/month_slider.h"
#include "app/opacity_control.h"
#include "canvas/map_canvas.h"
#include "layers/band_combination.h"
#include "layers/composite_mosaic.h"
#include "layers/layer_tree_model.h"
#include "layers/raster_layer.h"
#include "gui_test_data.h"

using namespace cropmap::ui;

namespace {

constexpr double kEast = uitest::kLeft + 400; // the east tile starts where the west one ends

QPointF westPixel(int column, int row)
{
    return QPointF(uitest::kLeft + 10 * column + 5, uitest::kTop - 10 * row - 5);
}

QPointF eastPixel(int column, int row)
{
    return westPixel(column, row) + QPointF(400, 0);
}

RasterLayer *layerNamed(MainWindow &window, const QString &name)
{
    for (MapLayer *layer : window.layerModel()->layers()) {
        if (layer->name() == name)
            return qobject_cast<RasterLayer *>(layer);
    }
    return nullptr;
}

//! The tree item of the Identify table whose value column reads \a text, or nullptr.
QTreeWidgetItem *itemWithValue(QTreeWidget *table, const QString &text)
{
    const QList<QTreeWidgetItem *> items = table->findItems(text, Qt::MatchExactly | Qt::MatchRecursive, 1);
    return items.isEmpty() ? nullptr : items.first();
}

} // namespace

class TestMosaicIdentify : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase()
    {
        QStandardPaths::setTestModeEnabled(true);
        QVERIFY(m_dir.isValid());
        m_west = uitest::writeStack(m_dir.path(), QStringLiteral("west.tif"));
        // Zones B and C brighter than in the west: a stretch per tile would differ.
        m_east = uitest::writeStack(m_dir.path(), QStringLiteral("east.tif"), kEast, 800, 3000);
        m_classes = uitest::writeClassMap(m_dir.path(), QStringLiteral("east"), kEast);
        m_parcels = uitest::writeParcels(m_dir.path());
        ErrorReporter::setHandler([this](QWidget *, const QString &, const QString &message) {
            m_errors << message;
        });
    }

    void init()
    {
        m_errors.clear();
        m_window = std::make_unique<MainWindow>();
        m_window->resize(1000, 700);
        m_window->show();
        QVERIFY(QTest::qWaitForWindowExposed(m_window.get()));
        for (const QString &path : {m_west, m_east, m_classes, m_parcels})
            QVERIFY(m_window->addDataFile(path));
        m_window->canvas()->zoomToFullExtent();
        QTRY_VERIFY_WITH_TIMEOUT(!m_window->canvas()->isRendering(), 10000);
    }

    void cleanup() { m_window.reset(); }

    void monthSliderDrivesEveryTileWithOneStretch()
    {
        RasterLayer *west = layerNamed(*m_window, QStringLiteral("west"));
        RasterLayer *east = layerNamed(*m_window, QStringLiteral("east"));
        QVERIFY(west && east);
        QCOMPARE(m_window->mosaic()->stacks().size(), 2);
        // The class map is not a stack: it keeps its one step.
        layerNamed(*m_window, QStringLiteral("east_classes"))->setVisible(false);
        m_window->layerView()->setCurrentIndex(m_window->layerModel()->index(m_window->layerModel()->rowOf(west)));

        auto *bar = m_window->monthSlider()->findChild<QSlider *>(QStringLiteral("monthSliderBar"));
        QVERIFY(bar);
        MapCanvas *canvas = m_window->canvas();
        const int rendered = canvas->finishedRenderCount();
        bar->setFocus();
        for (int k = 0; k < 6; ++k)
            QTest::keyClick(bar, Qt::Key_Right);
        // Every composite shows the same month, not only the selected one.
        QCOMPARE(west->step(), 6);
        QCOMPARE(east->step(), 6);
        QCOMPARE(m_window->monthSlider()->currentLabel(), QStringLiteral("2018-03"));
        QTRY_VERIFY_WITH_TIMEOUT(canvas->finishedRenderCount() > rendered && !canvas->isRendering(), 10000);

        // One stretch from both tiles: B04 in March is 1500 in zone A of both, 500/2000 in
        // the west's B/C, 800/3000 in the east's (300 px each of 2400); the 2nd and 98th
        // percentiles of them all are 500 and 3000, so zone A's red is (1500 − 500)/2500·255
        // = 102 on either side of the tile border, with no seam. (Per tile it would be 170
        // in the west and (1500 − 800)/2200·255 = 81 in the east.)
        const QImage march = canvas->renderedImage();
        const QPoint westA = canvas->settings().toScreen(westPixel(15, 5)).toPoint();
        const QPoint eastA = canvas->settings().toScreen(eastPixel(5, 5)).toPoint();
        QVERIFY2(std::abs(qRed(march.pixel(westA)) - 102) <= 2, qPrintable(QString::number(qRed(march.pixel(westA)))));
        QCOMPARE(march.pixel(eastA), march.pixel(westA));

        // The band combination goes to both tiles, chosen in the toolbar's combo box.
        QComboBox *bands = m_window->monthSlider()->bandCombinationBox();
        QCOMPARE(bands->currentText(), bandCombinationLabel(BandCombination::TrueColour));
        bands->setFocus();
        QTest::keyClick(bands, Qt::Key_Down);
        QCOMPARE(bandCombinationOf(west->style()), BandCombination::FalseColour);
        QCOMPARE(bandCombinationOf(east->style()), BandCombination::FalseColour);
        QCOMPARE(east->step(), 6);
        // The stacks have no B12 or B8A: SWIR cannot be chosen, NDVI can.
        auto *items = qobject_cast<QStandardItemModel *>(bands->model());
        QVERIFY(!items->item(bands->findData(int(BandCombination::Swir)))->isEnabled());
        QVERIFY(items->item(bands->findData(int(BandCombination::Ndvi)))->isEnabled());
        QVERIFY(m_errors.isEmpty());
    }

    void opacityRowSetsTheSelectedLayer()
    {
        RasterLayer *east = layerNamed(*m_window, QStringLiteral("east"));
        m_window->layerView()->setCurrentIndex(m_window->layerModel()->index(m_window->layerModel()->rowOf(east)));
        QSpinBox *spin = m_window->opacityControl()->spinBox();
        QVERIFY(spin->isEnabled());
        QCOMPARE(spin->value(), 100);
        spin->selectAll();
        QTest::keyClicks(spin, QStringLiteral("40"));
        QCOMPARE(east->opacity(), 0.4);
        QCOMPARE(layerNamed(*m_window, QStringLiteral("west"))->opacity(), 1.0);
    }

    void identifyWithNoLayerSelectedAnswers()
    {
        m_window->layerView()->setCurrentIndex({});
        QVERIFY(!m_window->currentLayer());
        IdentifyPanel *panel = m_window->identifyPanel();
        // Before the first click the empty chart says what to do.
        QVERIFY(!panel->plotHint().isEmpty());

        MapCanvas *canvas = m_window->canvas();
        canvas->setTool(MapCanvas::Tool::Identify);
        QTest::mouseClick(canvas, Qt::LeftButton, {}, canvas->settings().toScreen(eastPixel(5, 5)).toPoint());
        // The series comes from the east tile's stack, whichever layer is selected.
        QCOMPARE(panel->result().seriesSource, QStringLiteral("east"));
        QCOMPARE(panel->series().column, 5);
        QCOMPARE(panel->series().row, 5);
        QCOMPARE(panel->plottedSeries(), QStringLiteral("NDVI"));
        QCOMPARE(panel->plottedValues().size(), 12);
        QVERIFY(panel->plotHint().isEmpty());
        // The class map answers with the class name and the posterior beside it (204/255).
        QCOMPARE(panel->result().value(QStringLiteral("Class")), QStringLiteral("Maize (1)"));
        QCOMPARE(panel->result().value(QStringLiteral("Posterior")), QLocale().toString(0.8, 'f', 2));
        QVERIFY(itemWithValue(panel->table(), QStringLiteral("Maize (1)")));
        // No field in the east: nothing outlined.
        QVERIFY(panel->attributes().isEmpty());
        QVERIFY(canvas->highlight().isEmpty());

        // In the west: parcel 1 (200 m × 300 m = 6 ha), outlined, with the west tile's series.
        QTest::mouseClick(canvas, Qt::LeftButton, {}, canvas->settings().toScreen(westPixel(5, 5)).toPoint());
        QCOMPARE(panel->result().seriesSource, QStringLiteral("west"));
        QCOMPARE(panel->result().featureSource, QStringLiteral("parcels"));
        QCOMPARE(panel->result().value(QStringLiteral("Area")), QStringLiteral("%1 ha").arg(QLocale().toString(6.0, 'f', 2)));
        QCOMPARE(canvas->highlight().boundingRect(), QRectF(500000, 5000000, 200, 300));
        QVERIFY(panel->result().value(QStringLiteral("Class")).isEmpty());

        // Outside both tiles the chart says why it is empty.
        m_window->identify(QPointF(uitest::kLeft - 100, uitest::kTop - 100));
        QVERIFY(!panel->series().isValid());
        QVERIFY(!panel->plotHint().isEmpty());
        QVERIFY(m_errors.isEmpty());
    }

private:
    QTemporaryDir m_dir;
    QString m_west, m_east, m_classes, m_parcels;
    QStringList m_errors;
    std::unique_ptr<MainWindow> m_window;
};

QTEST_MAIN(TestMosaicIdentify)
#include "tst_mosaic_identify.moc"
