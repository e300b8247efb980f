// SPDX-License-Identifier: GPL-3.0-or-later
#include "app/main_window.h"

#include <QAction>
#include <QActionGroup>
#include <QApplication>
#include <QCloseEvent>
#include <QDockWidget>
#include <QFileDialog>
#include <QFileInfo>
#include <QHeaderView>
#include <QLabel>
#include <QMenuBar>
#include <QMessageBox>
#include <QSettings>
#include <QStatusBar>
#include <QStyle>
#include <QToolBar>
#include <QSplitter>
#include <QTreeView>
#include <QUndoStack>
#include <QVBoxLayout>

#include <ogr_spatialref.h>

#include "app/identify_panel.h"
#include "app/month_slider.h"
#include "app/opacity_control.h"
#include "app/preferences_dialog.h"
#include "app/window_geometry.h"
#include "experiments/experiments_panel.h"
#include "canvas/map_canvas.h"
#include "canvas/map_export.h"
#include "layers/composite_mosaic.h"
#include "layers/layer_tree_model.h"
#include "layers/map_layer.h"
#include "layers/raster_layer.h"
#include "legend/legend_editor.h"
#include "parcels/parcels_panel.h"
#include "pipeline/pipeline_panel.h"
#include "pipeline/step_options_editor.h"
#include "plots/export_actions.h"
#include "results/results_view.h"
#include "results/posterior_inspector.h"
#include "results/selection_view.h"
#include "training/training_monitor.h"

namespace cropmap::ui {

namespace {
const QString kRecentKey = QStringLiteral("recentProjects");
constexpr int kMaxRecent = 8;
} // namespace

MainWindow::MainWindow(QWidget *parent)
    : QMainWindow(parent)
{
    setWindowTitle(tr("cropmap"));
    m_layers = new LayerTreeModel(this);
    m_mosaic = new CompositeMosaic(this);
    createCanvasAndDocks();
    createActions();
    createStatusBar();
    resize(1280, 800);
    QSettings settings;
    restoreGeometry(settings.value(QStringLiteral("mainWindow/geometry")).toByteArray());
    restoreState(settings.value(QStringLiteral("mainWindow/state")).toByteArray());
    clampToAvailableScreen(this);
    connect(m_layers, &LayerTreeModel::layersChanged, this, [this] {
        m_canvas->setLayers(m_layers->layers());
        m_mosaic->setLayers(m_layers->layers());
        updateMonthSlider();
    });
}

MainWindow::~MainWindow() = default;

void MainWindow::createCanvasAndDocks()
{
    m_canvas = new MapCanvas(this);
    m_canvas->setObjectName(QStringLiteral("mapCanvas"));
    setCentralWidget(m_canvas);

    m_layerView = new QTreeView(this);
    m_layerView->setObjectName(QStringLiteral("layerView"));
    m_layerView->setModel(m_layers);
    m_layerView->setHeaderHidden(true);
    // Class layers unfold into their legend.
    m_layerView->setRootIsDecorated(true);
    connect(m_layers, &QAbstractItemModel::rowsInserted, m_layerView,
            [this](const QModelIndex &parent, int first, int last) {
                if (parent.isValid())
                    m_layerView->expand(parent);
                for (int row = first; !parent.isValid() && row <= last; ++row)
                    m_layerView->expand(m_layers->index(row));
            });
    m_layerView->setDragDropMode(QAbstractItemView::InternalMove);
    m_layerView->setDefaultDropAction(Qt::MoveAction);
    m_layerView->setSelectionMode(QAbstractItemView::SingleSelection);
    m_layerView->setEditTriggers(QAbstractItemView::EditKeyPressed | QAbstractItemView::SelectedClicked);
    // Under the tree, the properties of the current layer.
    m_opacity = new OpacityControl(this);
    m_opacity->setObjectName(QStringLiteral("opacityControl"));
    auto *layersPane = new QWidget(this);
    auto *layersLayout = new QVBoxLayout(layersPane);
    layersLayout->setContentsMargins(0, 0, 0, 0);
    layersLayout->setSpacing(0);
    layersLayout->addWidget(m_layerView, 1);
    layersLayout->addWidget(m_opacity);
    auto *layersDock = new QDockWidget(tr("Layers"), this);
    layersDock->setObjectName(QStringLiteral("layersDock"));
    layersDock->setWidget(layersPane);
    addDockWidget(Qt::LeftDockWidgetArea, layersDock);
    connect(m_layerView->selectionModel(), &QItemSelectionModel::currentChanged, this,
            &MainWindow::updateMonthSlider);
    connect(m_layerView, &QTreeView::doubleClicked, this, [this](const QModelIndex &index) {
        m_canvas->zoomToLayer(m_layers->layerAt(index));
    });

    m_identify = new IdentifyPanel(this);
    auto *identifyDock = new QDockWidget(tr("Identify"), this);
    identifyDock->setObjectName(QStringLiteral("identifyDock"));
    identifyDock->setWidget(m_identify);
    addDockWidget(Qt::RightDockWidgetArea, identifyDock);

    m_legendEditor = new LegendEditor(this);
    m_legendEditor->setObjectName(QStringLiteral("legendEditor"));
    auto *legendDock = new QDockWidget(tr("Legend editor"), this);
    legendDock->setObjectName(QStringLiteral("legendDock"));
    legendDock->setWidget(m_legendEditor);
    addDockWidget(Qt::RightDockWidgetArea, legendDock);
    tabifyDockWidget(identifyDock, legendDock);
    identifyDock->raise();
    connect(m_legendEditor, &LegendEditor::legendChanged, this, &MainWindow::recolourParcels);

    m_pipelinePanel = new PipelinePanel(this);
    m_pipelinePanel->setObjectName(QStringLiteral("pipelinePanel"));
    auto *pipelineDock = new QDockWidget(tr("Pipeline"), this);
    pipelineDock->setObjectName(QStringLiteral("pipelineDock"));
    pipelineDock->setWidget(m_pipelinePanel);
    addDockWidget(Qt::LeftDockWidgetArea, pipelineDock);
    connect(m_pipelinePanel, &PipelinePanel::outputsReady, this, &MainWindow::addOutputLayers);
    // A saved legend is an input of the rasterize step: its state changes at once.
    connect(m_legendEditor, &LegendEditor::legendSaved, m_pipelinePanel, &PipelinePanel::refreshStates);

    m_trainingMonitor = new TrainingMonitor(this);
    m_trainingMonitor->setObjectName(QStringLiteral("trainingMonitor"));
    auto *trainingDock = new QDockWidget(tr("Training"), this);
    trainingDock->setObjectName(QStringLiteral("trainingDock"));
    trainingDock->setWidget(m_trainingMonitor);
    addDockWidget(Qt::RightDockWidgetArea, trainingDock);
    tabifyDockWidget(identifyDock, trainingDock);
    identifyDock->raise();
    m_results = new ResultsView(this);
    m_results->setObjectName(QStringLiteral("resultsView"));
    auto *resultsDock = new QDockWidget(tr("Results"), this);
    resultsDock->setObjectName(QStringLiteral("resultsDock"));
    resultsDock->setWidget(m_results);
    addDockWidget(Qt::RightDockWidgetArea, resultsDock);
    tabifyDockWidget(identifyDock, resultsDock);
    identifyDock->raise();
    m_experiments = new ExperimentsPanel(this);
    m_experiments->setObjectName(QStringLiteral("experimentsPanel"));
    auto *experimentsDock = new QDockWidget(tr("Experiments"), this);
    experimentsDock->setObjectName(QStringLiteral("experimentsDock"));
    experimentsDock->setWidget(m_experiments);
    addDockWidget(Qt::RightDockWidgetArea, experimentsDock);
    tabifyDockWidget(resultsDock, experimentsDock);
    identifyDock->raise();
    // A double-clicked experiment column: its model and scores in the status bar, and its
    // test-pixel confusion matrix in the Results dock.
    connect(m_experiments, &ExperimentsPanel::columnActivated, this,
            [this](const QString &title, const QString &model, const QString &scores) {
                statusBar()->showMessage(tr("%1: model %2, scores %3").arg(title, model, scores));
            });
    connect(m_experiments, &ExperimentsPanel::columnReportReady, this,
            [this, resultsDock](const QString &path, const QString &label) {
                if (m_results->showExternalReport(path, label))
                    resultsDock->raise();
            });
    auto *selectionPane = new QSplitter(Qt::Vertical, this);
    m_selection = new SelectionView(selectionPane);
    m_selection->setObjectName(QStringLiteral("selectionView"));
    m_posterior = new PosteriorInspector(selectionPane);
    m_posterior->setObjectName(QStringLiteral("posteriorInspector"));
    selectionPane->addWidget(m_selection);
    selectionPane->addWidget(m_posterior);
    auto *selectionDock = new QDockWidget(tr("Reliable samples"), this);
    selectionDock->setObjectName(QStringLiteral("selectionDock"));
    selectionDock->setWidget(selectionPane);
    addDockWidget(Qt::RightDockWidgetArea, selectionDock);
    tabifyDockWidget(identifyDock, selectionDock);
    identifyDock->raise();
    // A finished run may have written a new selection and new reports.
    connect(m_pipelinePanel, &PipelinePanel::runFinished, m_results, &ResultsView::reload);
    connect(m_results, &ResultsView::confusionPixelsReady, this, &MainWindow::showConfusionPixels);
    connect(m_posterior, &PosteriorInspector::wrongDeclarationsToggled, this, &MainWindow::showWrongDeclarations);
    connect(m_pipelinePanel, &PipelinePanel::runFinished, m_selection, &SelectionView::reload);

    m_parcels = new ParcelsPanel(this);
    m_parcels->setObjectName(QStringLiteral("parcelsPanel"));
    m_parcels->setMap(m_canvas, m_layers);
    auto *parcelsDock = new QDockWidget(tr("Parcels"), this);
    parcelsDock->setObjectName(QStringLiteral("parcelsDock"));
    parcelsDock->setWidget(m_parcels);
    addDockWidget(Qt::RightDockWidgetArea, parcelsDock);
    tabifyDockWidget(identifyDock, parcelsDock);
    identifyDock->raise();
    connect(m_pipelinePanel, &PipelinePanel::runFinished, m_parcels, &ParcelsPanel::reload);
    // One project file, two editors: each takes the other's saved version.
    connect(m_parcels, &ParcelsPanel::projectSaved, m_pipelinePanel, &PipelinePanel::setProject);
    connect(m_pipelinePanel->optionsEditor(), &StepOptionsEditor::projectChanged, m_parcels,
            &ParcelsPanel::setProject);

    // Follow the model being trained: the weak one, then the final one.
    connect(m_pipelinePanel, &PipelinePanel::stepStarted, this, [this, trainingDock](core::pipeline::PipelineStep step) {
        const bool weak = step == core::pipeline::PipelineStep::TrainWeak;
        if (weak || step == core::pipeline::PipelineStep::TrainFinal) {
            m_trainingMonitor->showFinalModel(!weak);
            trainingDock->raise();
        }
    });

    connect(m_canvas, &MapCanvas::identifyRequested, this, &MainWindow::identify);
    connect(m_canvas, &MapCanvas::extentChanged, this, &MainWindow::updateStatus);
}

void MainWindow::createActions()
{
    QStyle *s = style();
    QMenu *file = menuBar()->addMenu(tr("&Project"));
    QAction *newAction = file->addAction(s->standardIcon(QStyle::SP_FileIcon), tr("&New project"),
                                         this, &MainWindow::newProject);
    newAction->setShortcut(QKeySequence::New);
    QAction *open = file->addAction(s->standardIcon(QStyle::SP_DialogOpenButton),
                                    tr("&Open project…"), this, [this] {
                                        const QString path = QFileDialog::getOpenFileName(
                                            this, tr("Open project"), {},
                                            tr("cropmap projects (*.json)"));
                                        if (!path.isEmpty())
                                            openProject(path);
                                    });
    open->setShortcut(QKeySequence::Open);
    m_recentMenu = file->addMenu(tr("Open &recent"));
    updateRecentMenu();
    QAction *save = file->addAction(s->standardIcon(QStyle::SP_DialogSaveButton),
                                    tr("&Save project"), this, [this] {
                                        if (m_projectPath.isEmpty())
                                            saveProjectAs();
                                        else
                                            saveProject(m_projectPath);
                                    });
    save->setShortcut(QKeySequence::Save);
    QAction *saveAs = file->addAction(tr("Save project &as…"), this, &MainWindow::saveProjectAs);
    saveAs->setShortcut(QKeySequence::SaveAs);
    file->addSeparator();
    QAction *quit = file->addAction(tr("&Quit"), this, &QWidget::close);
    quit->setShortcut(QKeySequence::Quit);

    QMenu *edit = menuBar()->addMenu(tr("&Edit"));
    QAction *undo = m_legendEditor->undoStack()->createUndoAction(this, tr("&Undo"));
    undo->setShortcut(QKeySequence::Undo);
    undo->setObjectName(QStringLiteral("undoAction"));
    QAction *redo = m_legendEditor->undoStack()->createRedoAction(this, tr("&Redo"));
    redo->setShortcut(QKeySequence::Redo);
    redo->setObjectName(QStringLiteral("redoAction"));
    edit->addActions({undo, redo});
    edit->addSeparator();
    QAction *preferences = edit->addAction(tr("&Preferences…"), this, [this] {
        PreferencesDialog dialog(this);
        dialog.exec();
    });
    preferences->setMenuRole(QAction::PreferencesRole);

    QMenu *layerMenu = menuBar()->addMenu(tr("&Layer"));
    QAction *addRasterAction = layerMenu->addAction(tr("Add &raster…"), this,
                                                    [this] { chooseAndAddFiles(true); });
    addRasterAction->setShortcut(QKeySequence(tr("Ctrl+Shift+R")));
    QAction *addParcels = layerMenu->addAction(tr("Add &parcels…"), this,
                                               [this] { chooseAndAddFiles(false); });
    addParcels->setShortcut(QKeySequence(tr("Ctrl+Shift+V")));
    QAction *remove = layerMenu->addAction(tr("Re&move layer"), this, [this] {
        m_layers->removeLayer(m_layers->rowOf(currentLayer()));
    });
    remove->setShortcut(QKeySequence::Delete);

    QMenu *view = menuBar()->addMenu(tr("&View"));
    QAction *zoomLayer = view->addAction(tr("Zoom to &layer"), this, [this] {
        if (MapLayer *layer = currentLayer())
            m_canvas->zoomToLayer(layer);
        else
            m_canvas->zoomToFullExtent();
    });
    QAction *full = view->addAction(tr("&Full extent"), m_canvas, &MapCanvas::zoomToFullExtent);
    full->setShortcut(QKeySequence(tr("Ctrl+Shift+F")));
    view->addSeparator();
    m_tools = new QActionGroup(this);
    const auto addTool = [this, view](const QString &text, MapCanvas::Tool tool,
                                      const QString &shortcut) {
        QAction *action = view->addAction(text);
        action->setCheckable(true);
        action->setShortcut(QKeySequence(shortcut));
        action->setChecked(m_canvas->tool() == tool);
        m_tools->addAction(action);
        connect(action, &QAction::triggered, m_canvas, [this, tool] { m_canvas->setTool(tool); });
        return action;
    };
    QAction *pan = addTool(tr("&Pan"), MapCanvas::Tool::Pan, tr("P"));
    QAction *zoom = addTool(tr("&Zoom"), MapCanvas::Tool::Zoom, tr("Z"));
    QAction *identifyAction = addTool(tr("&Identify"), MapCanvas::Tool::Identify, tr("I"));
    view->addSeparator();
    for (QDockWidget *dock : findChildren<QDockWidget *>())
        view->addAction(dock->toggleViewAction());

    createMapMenu();

    QMenu *help = menuBar()->addMenu(tr("&Help"));
    help->addAction(tr("&About cropmap"), this, [this] {
        QMessageBox::about(this, tr("About cropmap"),
                           tr("<b>cropmap</b> %1<br>Crop-type maps from Sentinel-2 time series "
                              "and farmers' declarations.")
                               .arg(QCoreApplication::applicationVersion()));
    });

    QToolBar *projectBar = addToolBar(tr("Project"));
    projectBar->setObjectName(QStringLiteral("projectToolbar"));
    projectBar->addActions({newAction, open, save});
    projectBar->addSeparator();
    projectBar->addActions({addRasterAction, addParcels});
    QToolBar *navigation = addToolBar(tr("Map navigation"));
    navigation->setObjectName(QStringLiteral("navigationToolbar"));
    navigation->setToolButtonStyle(Qt::ToolButtonTextOnly);
    navigation->addActions({pan, zoom, identifyAction});
    navigation->addSeparator();
    navigation->addActions({zoomLayer, full});
    QToolBar *months = addToolBar(tr("Month"));
    months->setObjectName(QStringLiteral("monthToolbar"));
    m_monthSlider = new MonthSlider(months);
    m_monthSlider->setObjectName(QStringLiteral("monthSlider"));
    m_monthSlider->setMosaic(m_mosaic);
    months->addWidget(m_monthSlider);
}

void MainWindow::createMapMenu()
{
    QMenu *map = menuBar()->addMenu(tr("&Map"));
    QAction *exportMapAction = addExportAction(m_canvas, tr("&Export map…"), mapExportFilter(),
                                               QStringLiteral("map"), [this](const QString &path) {
                                                   exportMap(*m_canvas, path);
                                               });
    exportMapAction->setShortcut(QKeySequence(tr("Ctrl+E")));
    map->addAction(exportMapAction);
    map->addSeparator();
    QAction *legend = map->addAction(tr("Show &legend"));
    legend->setObjectName(QStringLiteral("showLegendAction"));
    legend->setCheckable(true);
    legend->setChecked(m_canvas->isLegendVisible());
    connect(legend, &QAction::toggled, m_canvas, &MapCanvas::setLegendVisible);
    QAction *scaleBar = map->addAction(tr("Show &scale bar"));
    scaleBar->setObjectName(QStringLiteral("showScaleBarAction"));
    scaleBar->setCheckable(true);
    scaleBar->setChecked(m_canvas->isScaleBarVisible());
    connect(scaleBar, &QAction::toggled, m_canvas, &MapCanvas::setScaleBarVisible);
}

void MainWindow::createStatusBar()
{
    m_coordinates = new QLabel(this);
    m_coordinates->setObjectName(QStringLiteral("coordinatesLabel"));
    m_coordinates->setMinimumWidth(220);
    m_crs = new QLabel(this);
    m_crs->setObjectName(QStringLiteral("crsLabel"));
    m_scale = new QLabel(this);
    m_scale->setObjectName(QStringLiteral("scaleLabel"));
    statusBar()->addPermanentWidget(m_coordinates);
    statusBar()->addPermanentWidget(m_scale);
    statusBar()->addPermanentWidget(m_crs);
    connect(m_canvas, &MapCanvas::xyCoordinates, this, [this](QPointF point) {
        m_coordinates->setText(tr("%1, %2").arg(point.x(), 0, 'f', 1).arg(point.y(), 0, 'f', 1));
    });
    statusBar()->showMessage(tr("Ready"));
    updateStatus();
}

void MainWindow::updateStatus()
{
    m_scale->setText(tr("1:%L1").arg(qRound64(m_canvas->scaleDenominator())));
    QString crsName = tr("no CRS");
    if (!m_canvas->destinationCrs().isEmpty()) {
        OGRSpatialReference crs;
        if (crs.importFromWkt(m_canvas->destinationCrs().toUtf8().constData()) == OGRERR_NONE) {
            const char *code = crs.GetAuthorityCode(nullptr);
            crsName = code ? QStringLiteral("EPSG:%1").arg(QString::fromLatin1(code))
                           : QString::fromUtf8(crs.GetName());
        }
    }
    m_crs->setText(crsName);
}

void MainWindow::updateRecentMenu()
{
    m_recentMenu->clear();
    const QStringList recent = QSettings().value(kRecentKey).toStringList();
    for (const QString &path : recent)
        m_recentMenu->addAction(path, this, [this, path] { openProject(path); });
    m_recentMenu->setEnabled(!recent.isEmpty());
}

void MainWindow::addToRecentProjects(const QString &path)
{
    QSettings settings;
    QStringList recent = settings.value(kRecentKey).toStringList();
    const QString absolute = QFileInfo(path).absoluteFilePath();
    recent.removeAll(absolute);
    recent.prepend(absolute);
    settings.setValue(kRecentKey, recent.mid(0, kMaxRecent));
    updateRecentMenu();
}

void MainWindow::closeEvent(QCloseEvent *event)
{
    QSettings settings;
    settings.setValue(QStringLiteral("mainWindow/geometry"), saveGeometry());
    settings.setValue(QStringLiteral("mainWindow/state"), saveState());
    event->accept();
}

} // namespace cropmap::ui
