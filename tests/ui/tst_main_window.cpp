// SPDX-License-Identifier: GPL-3.0-or-later
// Drives the real main window offscreen on a synthetic stack and parcels (gui_test_data.h).
#include <cmath>

#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QStandardPaths>
#include <QStatusBar>
#include <QTemporaryDir>
#include <QTest>
#include <QTreeView>

#include <gdal_priv.h>

#include "app/error_reporter.h"
#include "app/file_relocator.h"
#include "app/identify_panel.h"
#include "app/main_window.h"
#include "app/month_slider.h"
#include "canvas/map_canvas.h"
#include "canvas/map_render_job.h"
#include "io/gdal_handles.h"
#include "io/overviews.h"
#include "io/raster_writer.h"
#include "layers/layer_tree_model.h"
#include "layers/raster_layer.h"
#include "layers/vector_layer.h"
#include "gui_test_data.h"

using namespace cropmap::ui;

// Waits until the canvas has no render scheduled or running.
#define WAIT_FOR_RENDER(window) \
    QTRY_VERIFY_WITH_TIMEOUT(!(window).canvas()->isRendering() \
                                 && (window).canvas()->finishedRenderCount() > 0, 10000)

namespace {

QPointF pixelCentre(int column, int row)
{
    return QPointF(uitest::kLeft + 10 * column + 5, uitest::kTop - 10 * row - 5);
}

bool isOutlineYellow(QRgb colour)
{
    return qRed(colour) > 200 && qGreen(colour) > 170 && qBlue(colour) < 110;
}

} // namespace

class TestMainWindow : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase()
    {
        QStandardPaths::setTestModeEnabled(true);
        QVERIFY(m_dir.isValid());
        m_stack = uitest::writeStack(m_dir.path());
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
        QVERIFY(m_window->addDataFile(m_stack));
        QVERIFY(m_window->addDataFile(m_parcels));
        WAIT_FOR_RENDER(*m_window);
    }

    void cleanup() { m_window.reset(); }

    void layerTreeListsLayersTopFirstAndReorders()
    {
        LayerTreeModel *model = m_window->layerModel();
        QCOMPARE(model->rowCount(), 2);
        QCOMPARE(model->data(model->index(0), Qt::DisplayRole).toString(), QStringLiteral("parcels"));
        QCOMPARE(model->data(model->index(1), Qt::DisplayRole).toString(), QStringLiteral("stack"));
        QCOMPARE(model->data(model->index(0), Qt::CheckStateRole).toInt(), int(Qt::Checked));
        QCOMPARE(m_window->canvas()->layers(), model->layers());
        QVERIFY(model->moveLayer(0, 1));
        QCOMPARE(model->layer(0)->name(), QStringLiteral("stack"));
        QCOMPARE(m_window->canvas()->layers().first()->name(), QStringLiteral("stack"));
        model->setData(model->index(1), Qt::Unchecked, Qt::CheckStateRole);
        QVERIFY(!model->layer(1)->isVisible());
        // The stack is a 12-month stack, so the month slider acts on it.
        QCOMPARE(m_window->monthSlider()->layer(), qobject_cast<RasterLayer *>(model->layer(0)));
        QVERIFY(m_window->monthSlider()->isEnabled());
    }

    void zoomAndPanChangeTheExtent()
    {
        MapCanvas *canvas = m_window->canvas();
        const double w = canvas->width(), h = canvas->height();
        // The first layer zoomed to the 400 × 300 m stack: mupp = max(400 / w, 300 / h).
        QCOMPARE(canvas->mapUnitsPerPixel(), std::max(400.0 / w, 300.0 / h));
        QCOMPARE(canvas->settings().centre, QPointF(500200, 5000150));
        const double mupp = canvas->mapUnitsPerPixel();

        // A wheel notch up halves mupp and keeps the map point under the cursor.
        const QPointF cursor(100, 80);
        const QPointF under = canvas->settings().toMap(cursor);
        QWheelEvent wheel(cursor, canvas->mapToGlobal(cursor), {}, QPoint(0, 120), Qt::NoButton,
                          Qt::NoModifier, Qt::NoScrollPhase, false);
        QApplication::sendEvent(canvas, &wheel);
        QCOMPARE(canvas->mapUnitsPerPixel(), mupp / 2);
        const QPointF after = canvas->settings().toMap(cursor);
        QVERIFY(std::abs(after.x() - under.x()) < 1e-6 && std::abs(after.y() - under.y()) < 1e-6);

        // Right arrow: centre moves east by a quarter of the view, w/4 · mupp/2.
        const QPointF centre = canvas->settings().centre;
        QTest::keyClick(canvas, Qt::Key_Right);
        QCOMPARE(canvas->settings().centre.x(), centre.x() + w / 4 * mupp / 2);

        // Dragging by (+40, +20) px moves the map with the mouse: the centre goes west by
        // 40 px and north by 20 px, i.e. (−40, +20) · mupp/2.
        const QPointF before = canvas->settings().centre;
        QTest::mousePress(canvas, Qt::LeftButton, {}, QPoint(300, 300));
        QTest::mouseMove(canvas, QPoint(320, 310));
        QTest::mouseMove(canvas, QPoint(340, 320));
        QTest::mouseRelease(canvas, Qt::LeftButton, {}, QPoint(340, 320));
        QCOMPARE(canvas->settings().centre, before + QPointF(-40, 20) * (mupp / 2));

        // Rubber band 200 × 100 px with the zoom tool: that map rectangle fills the view.
        canvas->setTool(MapCanvas::Tool::Zoom);
        const QRectF band(QPointF(100, 100), QPointF(300, 200));
        const QPointF bandCentre = canvas->settings().toMap(band.center());
        QTest::mousePress(canvas, Qt::LeftButton, {}, band.topLeft().toPoint());
        QTest::mouseMove(canvas, QPoint(200, 150));
        QTest::mouseMove(canvas, band.bottomRight().toPoint());
        QTest::mouseRelease(canvas, Qt::LeftButton, {}, band.bottomRight().toPoint());
        const double expected = std::max(200 * mupp / 2 / w, 100 * mupp / 2 / h);
        QVERIFY(std::abs(canvas->mapUnitsPerPixel() - expected) < 1e-9);
        QVERIFY(std::abs(canvas->settings().centre.x() - bandCentre.x()) < 1e-6);

        canvas->zoomToFullExtent();
        QCOMPARE(canvas->extent().center(), uitest::stackExtent().center());
        WAIT_FOR_RENDER(*m_window);
    }

    void monthSliderChangesTheRenderedComposite()
    {
        MapCanvas *canvas = m_window->canvas();
        const QImage january = canvas->renderedImage();
        const QPoint zoneA = canvas->settings().toScreen(pixelCentre(10, 5)).toPoint();
        const QPoint zoneC = canvas->settings().toScreen(pixelCentre(30, 25)).toPoint();
        const int rendered = canvas->finishedRenderCount();
        m_window->monthSlider()->setValue(6);
        auto *stack = qobject_cast<RasterLayer *>(m_window->layerModel()->layer(1));
        QCOMPARE(stack->step(), 6);
        QCOMPARE(m_window->monthSlider()->currentLabel(), QStringLiteral("2018-03"));
        QTRY_VERIFY(canvas->finishedRenderCount() > rendered && !canvas->isRendering());
        const QImage march = canvas->renderedImage();
        // Zone A's red (B04) goes from 1200 to 1500 in a 500…2000 stretch:
        // (1200 − 500)/1500·255 = 119 → (1500 − 500)/1500·255 = 170.
        QVERIFY(std::abs(qRed(january.pixel(zoneA)) - 119) <= 2);
        QVERIFY(std::abs(qRed(march.pixel(zoneA)) - 170) <= 2);
        // Zone C is 2000 in every month: white in both.
        QCOMPARE(march.pixel(zoneC), january.pixel(zoneC));
        QCOMPARE(qRed(march.pixel(zoneC)), 255);
    }

    void identifyShowsParcelAndPixelSeries()
    {
        m_window->canvas()->setTool(MapCanvas::Tool::Identify);
        const QPointF click = m_window->canvas()->settings().toScreen(pixelCentre(5, 5));
        QTest::mouseClick(m_window->canvas(), Qt::LeftButton, {}, click.toPoint());
        IdentifyPanel *panel = m_window->identifyPanel();
        const QList<QPair<QString, QString>> expected = {{QStringLiteral("parcel_id"), QStringLiteral("1")},
                                                         {QStringLiteral("crop"), QStringLiteral("Maize")}};
        QCOMPARE(panel->attributes(), expected);
        QCOMPARE(panel->series().column, 5);
        QCOMPARE(panel->series().row, 5);
        // NDVI is plotted first: (B08 − B04)/(B08 + B04) = 100/(2500 + 100·k).
        QCOMPARE(panel->plottedSeries(), QStringLiteral("NDVI"));
        QCOMPARE(panel->plottedValues().size(), 12);
        QVERIFY(std::abs(panel->plottedValues()[0] - 100.0 / 2500) < 1e-9);
        QVERIFY(std::abs(panel->plottedValues()[11] - 100.0 / 3600) < 1e-9);
        // B08 in month k: 1000 + 50·k + 300.
        panel->setPlottedSeries(QStringLiteral("B08"));
        for (int k = 0; k < 12; ++k)
            QCOMPARE(panel->plottedValues()[k], 1300.0 + 50 * k);
        // A click on zone B hits parcel 2.
        m_window->identify(pixelCentre(30, 5));
        QCOMPARE(panel->attributes().value(1).second, QStringLiteral("Grass"));
    }

    void screenshotShowsParcelOutlinesWhereThePolygonsAre()
    {
        const QImage shot = m_window->grab().toImage();
        QVERIFY(!shot.isNull());
        MapCanvas *canvas = m_window->canvas();
        const QPoint offset = canvas->mapTo(m_window.get(), QPoint(0, 0));
        const double dpr = shot.devicePixelRatio();
        const auto pixelAt = [&](QPointF mapPoint, int dx, int dy) {
            const QPointF screen = canvas->settings().toScreen(mapPoint) + offset + QPointF(dx, dy);
            return shot.pixel((screen * dpr).toPoint());
        };
        // The shared edge of the two parcels, x = 500200, halfway down parcel 2.
        bool outline = false;
        for (int dx = -2; dx <= 2; ++dx)
            outline = outline || isOutlineYellow(pixelAt(QPointF(500200, 5000225), dx, 0));
        QVERIFY(outline);
        // The middle of parcel 1 shows the raster, not an outline.
        QVERIFY(!isOutlineYellow(pixelAt(QPointF(500100, 5000100), 0, 0)));
        // Not blank: many distinct colours over the window.
        QSet<QRgb> colours;
        for (int y = 0; y < shot.height(); y += 7) {
            for (int x = 0; x < shot.width(); x += 7)
                colours.insert(shot.pixel(x, y));
        }
        QVERIFY2(colours.size() > 20, qPrintable(QString::number(colours.size())));
    }

    void largeRasterGetsOverviewsInTheBackground()
    {
        // 3000 × 2500 px without overviews: the window builds <file>.ovr on a worker thread
        // with levels 2, 4 and 8 (the last ≥ 256 px: 3000 / 8 = 375), never touching the file.
        const QString path = m_dir.filePath(QStringLiteral("big.tif"));
        const auto grid = cropmap::core::io::TileGrid::northUp(cropmap::core::io::TileGrid::wktFromEpsg(32633),
                                                      QPointF(600000, 5400000), 10, 3000, 2500);
        std::vector<float> values(std::size_t(3000) * 2500);
        for (std::size_t i = 0; i < values.size(); ++i)
            values[i] = float(i % 3000 + i / 3000);
        cropmap::core::io::RasterWriteOptions options;
        options.dataType = GDT_UInt16;
        cropmap::core::io::writeRaster(path, grid, options, {values});
        const QDateTime written = QFileInfo(path).lastModified();
        QVERIFY(cropmap::core::io::needsOverviews(path));

        QVERIFY(m_window->addRaster(path));
        QTRY_VERIFY_WITH_TIMEOUT(QFile::exists(path + QStringLiteral(".ovr")), 60000);
        QTRY_VERIFY_WITH_TIMEOUT(m_window->statusBar()->currentMessage().contains(QStringLiteral("Built overviews")), 60000);
        QVERIFY(!cropmap::core::io::needsOverviews(path));
        QVERIFY(!QFile::exists(path + QStringLiteral(".ovr.tmp")));
        QCOMPARE(QFileInfo(path).lastModified(), written);
        const cropmap::core::io::DatasetPtr file = cropmap::core::io::openRasterWithSidecars(path);
        QCOMPARE(file->GetRasterBand(1)->GetOverviewCount(), 3);
        QCOMPARE(file->GetRasterBand(1)->GetOverview(2)->GetXSize(), 375);
        // The small test stack needs none.
        QVERIFY(!cropmap::core::io::needsOverviews(m_stack));
    }

    void movedFilesAreRelocatedOncePerFolder()
    {
        // Both layers' files move from data/ to moved/: one question finds both, and the map
        // opens them from their new place.
        const QString data = m_dir.filePath(QStringLiteral("data"));
        const QString moved = m_dir.filePath(QStringLiteral("moved"));
        QVERIFY(QDir().mkpath(data) && QDir().mkpath(moved));
        const QString stack = uitest::writeStack(data);
        const QString parcels = uitest::writeParcels(data);
        m_window->newProject();
        QVERIFY(m_window->addDataFile(stack) && m_window->addDataFile(parcels));
        const QString project = m_dir.filePath(QStringLiteral("moving.json"));
        QVERIFY(m_window->saveProject(project));
        for (const QString &name : {QStringLiteral("stack.tif"), QStringLiteral("parcels.gpkg")})
            QVERIFY(QFile::rename(QDir(data).filePath(name), QDir(moved).filePath(name)));

        QStringList asked;
        FileRelocator::setChooser([&](QWidget *, const QString &missing) {
            asked << missing;
            return moved;
        });
        QVERIFY(m_window->openProject(project));
        QCOMPARE(asked.size(), 1);
        QCOMPARE(m_window->layerModel()->layers().size(), 2);
        QVERIFY(m_errors.isEmpty());
        for (MapLayer *layer : m_window->layerModel()->layers())
            QVERIFY2(layer->source().startsWith(moved), qPrintable(layer->source()));

        // Giving up reports each file as missing and opens the project without them.
        for (const QString &name : {QStringLiteral("stack.tif"), QStringLiteral("parcels.gpkg")})
            QVERIFY(QFile::remove(QDir(moved).filePath(name)));
        asked.clear();
        FileRelocator::setChooser([&](QWidget *, const QString &missing) {
            asked << missing;
            return QString();
        });
        QVERIFY(m_window->openProject(project));
        FileRelocator::setChooser({});
        QCOMPARE(asked.size(), 1);
        QCOMPARE(m_window->layerModel()->layers().size(), 0);
        QCOMPARE(m_errors.size(), 2);
        QVERIFY2(m_errors[0].contains(QStringLiteral("parcels.gpkg")) || m_errors[0].contains(QStringLiteral("stack.tif")),
                 qPrintable(m_errors[0]));
    }

    void renderingNeverRunsOnTheGuiThread()
    {
        QVERIFY(MapRenderJob::renderCount() > 0);
        QCOMPARE(MapRenderJob::rendersOnGuiThread(), 0);
    }

    void badInputReportsTheFileAndKeepsTheLayers_data()
    {
        QTest::addColumn<QString>("fileName");
        QTest::addColumn<QByteArray>("content");
        QTest::addColumn<QString>("problem");
        QTest::newRow("corrupt raster") << "corrupt.tif" << QByteArray("II*\0garbage", 11)
                                        << "Cannot open raster";
        QTest::newRow("vector without geometry")
            << "table.csv" << QByteArray("parcel_id,crop\n1,Maize\n") << "no geometry";
    }

    void badInputReportsTheFileAndKeepsTheLayers()
    {
        QFETCH(QString, fileName);
        QFETCH(QByteArray, content);
        QFETCH(QString, problem);
        const QString path = m_dir.filePath(fileName);
        QFile file(path);
        QVERIFY(file.open(QIODevice::WriteOnly));
        file.write(content);
        file.close();
        const QList<MapLayer *> before = m_window->layerModel()->layers();
        QVERIFY(!m_window->addDataFile(path));
        QCOMPARE(m_errors.size(), 1);
        QVERIFY2(m_errors[0].contains(fileName) && m_errors[0].contains(problem),
                 qPrintable(m_errors[0]));
        QCOMPARE(m_window->layerModel()->layers(), before);
    }

    void projectRoundTripKeepsLayersStylesAndUnknownKeys()
    {
        m_window->monthSlider()->setValue(3);
        m_window->layerModel()->layer(0)->setName(QStringLiteral("Declarations"));
        const QString first = m_dir.filePath(QStringLiteral("first.json"));
        QVERIFY(m_window->saveProject(first));
        // Another part of cropmap adds its own key; the map must keep it.
        QFile file(first);
        QVERIFY(file.open(QIODevice::ReadOnly));
        QJsonObject root = QJsonDocument::fromJson(file.readAll()).object();
        file.close();
        QCOMPARE(root.value(QStringLiteral("layers")).toArray().size(), 2);
        QCOMPARE(root.value(QStringLiteral("layers")).toArray()[1].toObject().value(QStringLiteral("source")).toString(),
                 QStringLiteral("stack.tif"));
        root[QStringLiteral("pipeline")] = QJsonObject{{QStringLiteral("epochs"), 30}};
        QVERIFY(file.open(QIODevice::WriteOnly | QIODevice::Truncate));
        file.write(QJsonDocument(root).toJson());
        file.close();

        MainWindow reopened;
        QVERIFY(reopened.openProject(first));
        QCOMPARE(reopened.layerModel()->count(), 2);
        QCOMPARE(reopened.layerModel()->layer(0)->name(), QStringLiteral("Declarations"));
        QCOMPARE(qobject_cast<RasterLayer *>(reopened.layerModel()->layer(1))->step(), 3);
        const QString second = m_dir.filePath(QStringLiteral("second.json"));
        QVERIFY(reopened.saveProject(second));
        QFile saved(second);
        QVERIFY(saved.open(QIODevice::ReadOnly));
        const QJsonObject again = QJsonDocument::fromJson(saved.readAll()).object();
        QCOMPARE(again.value(QStringLiteral("pipeline")).toObject().value(QStringLiteral("epochs")).toInt(), 30);
        QVERIFY(m_errors.isEmpty());
    }

private:
    QTemporaryDir m_dir;
    QString m_stack;
    QString m_parcels;
    QStringList m_errors;
    std::unique_ptr<MainWindow> m_window;
};

QTEST_MAIN(TestMainWindow)
#include "tst_main_window.moc"
