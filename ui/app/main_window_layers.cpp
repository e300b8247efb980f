// SPDX-License-Identifier: GPL-3.0-or-later
// MainWindow: projects, layers and Identify (the window's construction is in main_window.cpp).
#include "app/main_window.h"

#include <QDockWidget>
#include <QFileDialog>
#include <QFileInfo>
#include <QStatusBar>
#include <QTreeView>

#include "app/error_reporter.h"
#include "app/file_relocator.h"
#include "layers/overview_builder.h"
#include "app/identify_panel.h"
#include "app/map_project.h"
#include "app/map_identifier.h"
#include "app/month_slider.h"
#include "app/opacity_control.h"
#include "canvas/map_canvas.h"
#include "io/gdal_handles.h"
#include "layers/composite_mosaic.h"
#include "layers/layer_tree_model.h"
#include "layers/raster_layer.h"
#include "layers/vector_layer.h"
#include "legend/legend_document.h"
#include "legend/legend_editor.h"
#include "util/error.h"

namespace cropmap::ui {

namespace {

//! True when GDAL reads \a path as vector data only (parcels), without raster bands.
bool isVectorFile(const QString &path)
{
    core::io::ensureGdalRegistered();
    CPLPushErrorHandler(CPLQuietErrorHandler);
    const core::io::DatasetPtr dataset(GDALDataset::Open(path.toUtf8().constData(),
                                                         GDAL_OF_VECTOR | GDAL_OF_READONLY));
    CPLPopErrorHandler();
    return dataset && dataset->GetLayerCount() > 0 && dataset->GetRasterCount() == 0;
}

} // namespace

bool MainWindow::openPath(const QString &path)
{
    if (path.endsWith(QLatin1String(".json"), Qt::CaseInsensitive)
        && !path.endsWith(QLatin1String(".geojson"), Qt::CaseInsensitive))
        return openProject(path);
    return addDataFile(path);
}

void MainWindow::newProject()
{
    m_layers->clear();
    m_canvas->setDestinationCrs({});
    m_projectPath.clear();
    m_projectDocument = {};
    m_identify->clear();
    m_canvas->setHighlight({});
    m_legendEditor->setParcelSource({}, {});
    setWindowTitle(tr("cropmap"));
}

bool MainWindow::openProject(const QString &path)
{
    MapProject project;
    try {
        project = MapProject::read(path);
    } catch (const core::Error &error) {
        ErrorReporter::report(this, tr("Cannot open project"), error.message());
        return false;
    }
    // A method project (no layers, but inputs of the method) opens in the Pipeline dock.
    if (!project.document.contains(QStringLiteral("layers"))
        && (project.document.contains(QStringLiteral("archive"))
            || project.document.contains(QStringLiteral("parcels"))))
        return openMethodProject(path);
    newProject();
    // Files moved since the project was saved are looked for once per old folder.
    FileRelocator relocator(this);
    // addLayer puts each layer on top, so add the bottom one first.
    for (auto it = project.layers.crbegin(); it != project.layers.crend(); ++it) {
        const QString source = relocator.locate(it->source);
        const bool added = it->type == QLatin1String("raster") ? addRaster(source) : addVector(source);
        if (!added)
            continue;
        MapLayer *layer = m_layers->layer(0);
        if (!it->name.isEmpty())
            layer->setName(it->name);
        layer->setOpacity(it->opacity);
        layer->styleFromJson(it->style);
        m_layers->setData(m_layers->index(0), it->visible ? Qt::Checked : Qt::Unchecked,
                          Qt::CheckStateRole);
    }
    if (project.view) {
        m_canvas->setCentre(project.view->centre);
        m_canvas->setMapUnitsPerPixel(project.view->mapUnitsPerPixel);
    } else {
        m_canvas->zoomToFullExtent();
    }
    m_projectPath = QFileInfo(path).absoluteFilePath();
    m_projectDocument = project.document;
    setWindowTitle(tr("%1 — cropmap").arg(QFileInfo(path).fileName()));
    addToRecentProjects(path);
    statusBar()->showMessage(tr("Opened %1").arg(path), 5000);
    return true;
}

bool MainWindow::saveProject(const QString &path)
{
    MapProject project;
    project.document = m_projectDocument;
    for (MapLayer *layer : m_layers->layers()) {
        project.layers << ProjectLayer{layer->kind() == MapLayer::Kind::Raster
                                           ? QStringLiteral("raster")
                                           : QStringLiteral("vector"),
                                       QFileInfo(layer->source()).absoluteFilePath(),
                                       layer->name(),
                                       layer->isVisible(),
                                       layer->opacity(),
                                       layer->styleToJson()};
    }
    project.view = ProjectView{m_canvas->settings().centre, m_canvas->mapUnitsPerPixel()};
    try {
        project.write(path);
    } catch (const core::Error &error) {
        ErrorReporter::report(this, tr("Cannot save project"), error.message());
        return false;
    }
    m_projectPath = QFileInfo(path).absoluteFilePath();
    setWindowTitle(tr("%1 — cropmap").arg(QFileInfo(path).fileName()));
    addToRecentProjects(path);
    statusBar()->showMessage(tr("Saved %1").arg(path), 5000);
    return true;
}

void MainWindow::saveProjectAs()
{
    const QString path = QFileDialog::getSaveFileName(this, tr("Save project"), m_projectPath,
                                                      tr("cropmap projects (*.json)"));
    if (!path.isEmpty())
        saveProject(path);
}

bool MainWindow::addDataFile(const QString &path)
{
    return isVectorFile(path) ? addVector(path) : addRaster(path);
}

bool MainWindow::addRaster(const QString &path)
{
    try {
        std::unique_ptr<RasterLayer> layer = RasterLayer::open(path, m_canvas->destinationCrs());
        addLayer(layer.release());
        // A large raster without overviews gets them in the background; the canvas reads them
        // once they exist, so zoomed-out views stop reading every pixel.
        auto *builder = new OverviewBuilder(path, this);
        connect(builder, &OverviewBuilder::finished, this, [this, builder](const QString &file, const QString &error) {
            if (error.isEmpty()) {
                statusBar()->showMessage(tr("Built overviews of %1").arg(QFileInfo(file).fileName()), 5000);
                m_canvas->refresh();
            } else {
                statusBar()->showMessage(tr("No overviews for %1: %2").arg(QFileInfo(file).fileName(), error), 10000);
            }
            builder->deleteLater();
        });
        if (builder->start())
            statusBar()->showMessage(tr("Building overviews of %1 in the background …").arg(QFileInfo(path).fileName()));
        else
            delete builder;
        return true;
    } catch (const core::Error &error) {
        ErrorReporter::report(this, tr("Cannot add raster"), error.message());
        return false;
    }
}

bool MainWindow::addVector(const QString &path)
{
    try {
        std::unique_ptr<VectorLayer> layer = VectorLayer::open(path, m_canvas->destinationCrs());
        VectorLayer *added = layer.get();
        addLayer(layer.release());
        // The first parcel layer is the one the legend editor counts declared values in.
        if (m_legendEditor->parcelPath().isEmpty())
            m_legendEditor->setParcelSource(path, added->fields());
        else if (added->fields().contains(m_legendEditor->document()->legend().field()))
            recolourParcels();
        return true;
    } catch (const core::Error &error) {
        ErrorReporter::report(this, tr("Cannot add parcels"), error.message());
        return false;
    }
}

void MainWindow::addLayer(MapLayer *layer)
{
    const bool first = m_layers->count() == 0;
    if (m_canvas->destinationCrs().isEmpty())
        m_canvas->setDestinationCrs(layer->crsWkt());
    m_layers->addLayer(std::unique_ptr<MapLayer>(layer));
    if (first)
        m_canvas->zoomToFullExtent();
    setCurrentLayer(layer);
    updateStatus();
}

void MainWindow::chooseAndAddFiles(bool raster)
{
    const QStringList paths = QFileDialog::getOpenFileNames(
        this, raster ? tr("Add raster") : tr("Add parcels"), {},
        raster ? tr("Rasters (*.tif *.tiff *.vrt);;All files (*)")
               : tr("Vector data (*.gpkg *.shp *.geojson *.json *.fgb);;All files (*)"));
    for (const QString &path : paths) {
        if (raster)
            addRaster(path);
        else
            addVector(path);
    }
}

void MainWindow::recolourParcels()
{
    const LegendDocument *document = m_legendEditor->document();
    const QString field = document->legend().field();
    if (field.isEmpty())
        return;
    const QMap<QString, QColor> colours = document->valueColours();
    for (MapLayer *layer : m_layers->layers()) {
        auto *vector = qobject_cast<VectorLayer *>(layer);
        // The Parcels dock's overlay carries the declared field too, but is coloured by status.
        if (!vector || !vector->fields().contains(field) || vector->property("parcelCheck").toBool())
            continue;
        // Exactly the legend's colours: ignored and unknown values keep the grey "other" fill.
        VectorStyle style = vector->style();
        style.mode = VectorStyle::Mode::Categorized;
        style.attribute = field;
        style.categories = colours;
        vector->setStyle(style);
    }
}

MapLayer *MainWindow::currentLayer() const
{
    return m_layers->layerAt(m_layerView->currentIndex());
}

void MainWindow::setCurrentLayer(MapLayer *layer)
{
    m_layerView->setCurrentIndex(m_layers->index(m_layers->rowOf(layer)));
    updateMonthSlider();
}

RasterLayer *MainWindow::selectedRasterLayer() const
{
    if (auto *raster = qobject_cast<RasterLayer *>(currentLayer()))
        return raster;
    RasterLayer *topRaster = nullptr;
    for (MapLayer *layer : m_layers->layers()) {
        auto *raster = qobject_cast<RasterLayer *>(layer);
        if (!raster)
            continue;
        if (raster->isVisible() && raster->stepCount() > 1)
            return raster;
        if (!topRaster)
            topRaster = raster;
    }
    return topRaster;
}

void MainWindow::updateMonthSlider()
{
    // The slider moves every stack; the selected one only decides whose months it lists.
    m_mosaic->setReference(selectedRasterLayer());
    m_opacity->setLayer(currentLayer());
}

void MainWindow::identify(QPointF mapPoint)
{
    MapIdentifier identifier(m_layers->layers(), m_legendEditor->document()->legend(),
                             m_canvas->destinationCrs());
    identifier.setPreferredStack(qobject_cast<RasterLayer *>(currentLayer()));
    const IdentifyResult result = identifier.identify(mapPoint);
    if (!result.errors.isEmpty())
        ErrorReporter::report(this, tr("Cannot identify"), result.errors.join(QLatin1Char('\n')));
    m_identify->showResult(result);
    m_canvas->setHighlight(result.outline);
    if (auto *dock = qobject_cast<QDockWidget *>(m_identify->parent())) {
        dock->show();
        dock->raise();
    }
}

} // namespace cropmap::ui
