// SPDX-License-Identifier: GPL-3.0-or-later
// The class legend in the Layers dock and over the map, the scale bar, Map → Export (PNG,
// PDF) and the Identify chart's export, on the tiles of gui_test_data.h.
#include <QAction>
#include <QDockWidget>
#include <QFile>
#include <QPainter>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QTest>
#include <QTreeView>

#include "app/error_reporter.h"
#include "app/identify_panel.h"
#include "app/main_window.h"
#include "canvas/map_canvas.h"
#include "canvas/map_decorations.h"
#include "canvas/map_export.h"
#include "layers/layer_tree_model.h"
#include "layers/raster_layer.h"
#include "plots/qcustomplot_wrapper.h"
#include "util/error.h"
#include "gui_test_data.h"

using namespace cropmap::ui;

namespace {

const QRgb kMaize = qRgb(230, 200, 0);
const QRgb kGrass = qRgb(60, 170, 60);

QImage paintCanvas(const MapCanvas &canvas)
{
    QImage image(canvas.size(), QImage::Format_ARGB32_Premultiplied);
    QPainter painter(&image);
    canvas.paintView(painter);
    return image;
}

//! The bounding box of the pixels that differ between \a a and \a b (same size).
QRect changedPixels(const QImage &a, const QImage &b)
{
    QRect box;
    for (int y = 0; y < a.height(); ++y) {
        for (int x = 0; x < a.width(); ++x) {
            if (a.pixel(x, y) != b.pixel(x, y))
                box |= QRect(x, y, 1, 1);
        }
    }
    return box;
}

bool holdsColour(const QImage &image, const QRect &area, QRgb colour)
{
    for (int y = area.top(); y <= area.bottom(); ++y) {
        for (int x = area.left(); x <= area.right(); ++x) {
            if ((image.pixel(x, y) & 0xffffff) == (colour & 0xffffff))
                return true;
        }
    }
    return false;
}

} // namespace

class TestMapLegendExport : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase()
    {
        QStandardPaths::setTestModeEnabled(true);
        QVERIFY(m_dir.isValid());
        m_stack = uitest::writeStack(m_dir.path(), QStringLiteral("west.tif"));
        m_classes = uitest::writeClassMap(m_dir.path(), QStringLiteral("west"), uitest::kLeft);
        ErrorReporter::setHandler([this](QWidget *, const QString &, const QString &message) {
            m_errors << message;
        });
    }

    void init()
    {
        m_errors.clear();
        m_window = std::make_unique<MainWindow>();
        m_window->resize(1000, 700);
        // The map alone, so the corners of the canvas are far apart.
        for (QDockWidget *dock : m_window->findChildren<QDockWidget *>())
            dock->hide();
        m_window->show();
        QVERIFY(QTest::qWaitForWindowExposed(m_window.get()));
        QVERIFY(m_window->addDataFile(m_stack));
        QVERIFY(m_window->addDataFile(m_classes));
        m_window->canvas()->zoomToFullExtent();
        QTRY_VERIFY_WITH_TIMEOUT(!m_window->canvas()->isRendering(), 10000);
    }

    void cleanup() { m_window.reset(); }

    void roundScaleBarLengths_data()
    {
        QTest::addColumn<double>("maximum");
        QTest::addColumn<double>("length");
        QTest::newRow("5 of 7") << 7.0 << 5.0;
        QTest::newRow("2 km of 2.5 km") << 2500.0 << 2000.0;
        QTest::newRow("exactly 1 km") << 1000.0 << 1000.0;
        QTest::newRow("500 of 999") << 999.0 << 500.0;
        QTest::newRow("0.2 of 0.3") << 0.3 << 0.2;
        QTest::newRow("none for 0") << 0.0 << 0.0;
    }

    void roundScaleBarLengths()
    {
        QFETCH(double, maximum);
        QFETCH(double, length);
        QCOMPARE(roundScaleBarLength(maximum), length);
    }

    void classLayerUnfoldsIntoItsLegend()
    {
        LayerTreeModel *model = m_window->layerModel();
        const QModelIndex classes = model->index(0);
        QCOMPARE(model->data(classes, Qt::DisplayRole).toString(), QStringLiteral("west_classes"));
        // Names from the QGIS style, colours from the colour table; the stack has no legend.
        QCOMPARE(model->rowCount(classes), 2);
        QCOMPARE(model->data(model->index(0, 0, classes), Qt::DisplayRole).toString(), QStringLiteral("Maize"));
        QCOMPARE(model->data(model->index(1, 0, classes), Qt::DisplayRole).toString(), QStringLiteral("Grass"));
        QCOMPARE(model->data(model->index(1, 0, classes), Qt::DecorationRole).value<QColor>().rgb(), kGrass);
        QCOMPARE(model->rowCount(model->index(1)), 0);
        QVERIFY(m_window->layerView()->isExpanded(classes));
        // A legend row belongs to its layer: selecting it selects the class layer.
        m_window->layerView()->setCurrentIndex(model->index(1, 0, classes));
        QCOMPARE(m_window->currentLayer(), model->layer(0));
        // Moving the layers keeps each legend under its layer.
        QVERIFY(model->moveLayer(0, 1));
        QCOMPARE(model->rowCount(model->index(1)), 2);
        QCOMPARE(model->rowCount(model->index(0)), 0);
        QCOMPARE(model->parent(model->index(0, 0, model->index(1))), model->index(1));
        // A class layer shown as a single band has no legend any more.
        auto *classLayer = qobject_cast<RasterLayer *>(model->layer(1));
        RasterStyle style = classLayer->style();
        style.mode = RasterRenderMode::SingleBand;
        classLayer->setStyle(style);
        QCOMPARE(model->rowCount(model->index(1)), 0);
    }

    void legendOverlayShowsTheVisibleClassLayers()
    {
        MapCanvas *canvas = m_window->canvas();
        QCOMPARE(canvas->legendGroups().size(), 1);
        QCOMPARE(canvas->legendGroups().first().title, QStringLiteral("west_classes"));
        QCOMPARE(canvas->legendGroups().first().symbols.size(), 2);

        canvas->setScaleBarVisible(false);
        const QImage withLegend = paintCanvas(*canvas);
        canvas->setLegendVisible(false);
        const QImage without = paintCanvas(*canvas);
        // The box sits in the top-right corner and holds both class swatches.
        const QRect box = changedPixels(withLegend, without);
        QVERIFY(!box.isEmpty());
        QVERIFY2(box.left() > canvas->width() / 2 && box.bottom() < canvas->height() / 2,
                 qPrintable(QStringLiteral("legend at %1,%2 of %3x%4").arg(box.left()).arg(box.bottom())
                                .arg(canvas->width()).arg(canvas->height())));
        QVERIFY(holdsColour(withLegend, box, kMaize));
        QVERIFY(holdsColour(withLegend, box, kGrass));

        // The scale bar goes to the bottom-left corner.
        canvas->setScaleBarVisible(true);
        const QRect bar = changedPixels(paintCanvas(*canvas), without);
        QVERIFY(!bar.isEmpty());
        QVERIFY(bar.right() < canvas->width() / 2 && bar.top() > canvas->height() / 2);

        // A hidden class layer leaves no legend.
        m_window->layerModel()->layer(0)->setVisible(false);
        QVERIFY(canvas->legendGroups().isEmpty());
    }

    void tilesWithTheSameClassesShareOneLegend()
    {
        // The class maps of two tiles of one project: one box lists each class once, titled
        // by both layers (the later one on top, as in the layer list).
        QVERIFY(m_window->addDataFile(uitest::writeClassMap(m_dir.path(), QStringLiteral("east"), uitest::kLeft + 400)));
        MapCanvas *canvas = m_window->canvas();
        QCOMPARE(canvas->legendGroups().size(), 1);
        QCOMPARE(canvas->legendGroups().first().title, QStringLiteral("east_classes, west_classes"));
        QCOMPARE(canvas->legendGroups().first().symbols.size(), 2);
    }

    void exportWritesThePngAndPdfOfTheView()
    {
        MapCanvas *canvas = m_window->canvas();
        auto *action = canvas->findChild<QAction *>(QStringLiteral("export:map"));
        QVERIFY(action);
        const QString png = m_dir.filePath(QStringLiteral("map.png"));
        exportMap(*canvas, png);
        QImage written(png);
        QCOMPARE(written.size(), canvas->size());
        // What the file shows is what the canvas paints, legend and scale bar included.
        const QImage painted = paintCanvas(*canvas);
        const QPoint legendSpot(canvas->width() - 30, 30);
        QCOMPARE(written.pixel(legendSpot), painted.pixel(legendSpot));
        QVERIFY(holdsColour(written, QRect(canvas->width() / 2, 0, canvas->width() / 2, canvas->height() / 2), kMaize));

        const QString pdf = m_dir.filePath(QStringLiteral("map.pdf"));
        exportMap(*canvas, pdf);
        QFile file(pdf);
        QVERIFY(file.open(QIODevice::ReadOnly));
        QVERIFY(file.read(5).startsWith("%PDF"));
        QVERIFY(file.size() > 1000);
        QVERIFY(!QFile::exists(pdf + QStringLiteral(".tmp")));

        // Another suffix is refused and writes nothing.
        QVERIFY_THROWS_EXCEPTION(cropmap::core::Error, exportMap(*canvas, m_dir.filePath(QStringLiteral("map.tif"))));
        QVERIFY(!QFile::exists(m_dir.filePath(QStringLiteral("map.tif"))));
    }

    void identifyChartExportsLikeTheOtherPlots()
    {
        QCustomPlot *plot = m_window->identifyPanel()->plot();
        QVERIFY(plot->findChild<QAction *>(QStringLiteral("export:pixel_series")));
        QCOMPARE(plot->contextMenuPolicy(), Qt::ActionsContextMenu);
    }

private:
    QTemporaryDir m_dir;
    QString m_stack;
    QString m_classes;
    QStringList m_errors;
    std::unique_ptr<MainWindow> m_window;
};

QTEST_MAIN(TestMapLegendExport)
#include "tst_map_legend_export.moc"
