// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QJsonObject>
#include <QMainWindow>
#include <QPointF>

class QAction;
class QColor;
class QActionGroup;
class QLabel;
class QMenu;
class QTreeView;

namespace cropmap::ui {

class CompositeMosaic;
class ExperimentsPanel;
class IdentifyPanel;
class LegendEditor;
class PipelinePanel;
class PosteriorInspector;
class ResultsView;
class SelectionView;
class TrainingMonitor;
class LayerTreeModel;
class MapCanvas;
class MapLayer;
class MonthSlider;
class OpacityControl;
class ParcelsPanel;
class RasterLayer;
class VectorLayer;

/**
 * \brief The cropmap-gui main window: the map canvas in the centre, the Layers, Identify and
 * Legend editor, Pipeline, Training, Reliable
 * samples and Results docks, menus and toolbars, and a status bar with cursor coordinates, CRS and scale.
 *
 * Layers are kept in a LayerTreeModel; a project file lists them with their style. Every
 * failure (a corrupt raster, a vector without geometry, an unreadable project) goes through
 * ErrorReporter and leaves the open layers as they were.
 */
class MainWindow : public QMainWindow
{
    Q_OBJECT

public:
    explicit MainWindow(QWidget *parent = nullptr);
    ~MainWindow() override;

    /** Opens a project (.json) or adds a raster or vector file; false after telling the user. */
    bool openPath(const QString &path);
    bool openProject(const QString &path);
    /**
     * Opens a method project (the file `cropmap run` reads): its steps in the Pipeline dock,
     * its parcels and legend in the Legend editor, its finished outputs as layers.
     */
    bool openMethodProject(const QString &path);
    bool saveProject(const QString &path);
    void newProject();
    //! Adds a raster or vector file, by what GDAL recognises it as.
    bool addDataFile(const QString &path);
    bool addRaster(const QString &path);
    bool addVector(const QString &path);

    //! Runs Identify at the canvas point \a mapPoint over every layer, whichever is selected,
    //! shows the result in the dock and outlines the field found.
    void identify(QPointF mapPoint);

    LayerTreeModel *layerModel() const { return m_layers; }
    MapCanvas *canvas() const { return m_canvas; }
    IdentifyPanel *identifyPanel() const { return m_identify; }
    MonthSlider *monthSlider() const { return m_monthSlider; }
    CompositeMosaic *mosaic() const { return m_mosaic; }
    OpacityControl *opacityControl() const { return m_opacity; }
    LegendEditor *legendEditor() const { return m_legendEditor; }
    PipelinePanel *pipelinePanel() const { return m_pipelinePanel; }
    TrainingMonitor *trainingMonitor() const { return m_trainingMonitor; }
    ResultsView *resultsView() const { return m_results; }
    ExperimentsPanel *experimentsPanel() const { return m_experiments; }
    SelectionView *selectionView() const { return m_selection; }
    PosteriorInspector *posteriorInspector() const { return m_posterior; }
    ParcelsPanel *parcelsPanel() const { return m_parcels; }
    QTreeView *layerView() const { return m_layerView; }
    const QString &projectPath() const { return m_projectPath; }
    //! The current layer of the Layers dock (nullptr if none).
    MapLayer *currentLayer() const;
    void setCurrentLayer(MapLayer *layer);
    //! The raster whose months the month slider lists: the current layer if it is a raster,
    //! else the topmost visible monthly stack, else the topmost raster.
    RasterLayer *selectedRasterLayer() const;

protected:
    void closeEvent(QCloseEvent *event) override;

private:
    void createCanvasAndDocks();
    void createActions();
    void createMapMenu();
    void createStatusBar();
    void addLayer(MapLayer *layer);
    void replaceOutlineOverlay(const char *marker, const QString &path, const QString &name,
                               const QColor &colour, double width);
    void addToRecentProjects(const QString &path);
    void updateRecentMenu();
    void updateStatus();
    void updateMonthSlider();
    //! Fills the parcel layers that carry the legend's field with the class colours.
    void recolourParcels();
    //! Adds the rasters \a paths that are not on the map yet (finished pipeline outputs).
    void addOutputLayers(const QStringList &paths);
    //! Shows the pixels of a clicked confusion-matrix cell, replacing the previous ones.
    void showConfusionPixels(const QString &path, const QString &label, qint64 count);
    void showWrongDeclarations(bool shown, const QString &path, qint64 count);
    void chooseAndAddFiles(bool raster);
    void saveProjectAs();

    LayerTreeModel *m_layers = nullptr;
    MapCanvas *m_canvas = nullptr;
    QTreeView *m_layerView = nullptr;
    IdentifyPanel *m_identify = nullptr;
    MonthSlider *m_monthSlider = nullptr;
    CompositeMosaic *m_mosaic = nullptr;
    OpacityControl *m_opacity = nullptr;
    LegendEditor *m_legendEditor = nullptr;
    PipelinePanel *m_pipelinePanel = nullptr;
    TrainingMonitor *m_trainingMonitor = nullptr;
    ResultsView *m_results = nullptr;
    ExperimentsPanel *m_experiments = nullptr;
    SelectionView *m_selection = nullptr;
    PosteriorInspector *m_posterior = nullptr;
    ParcelsPanel *m_parcels = nullptr;
    QLabel *m_coordinates = nullptr;
    QLabel *m_crs = nullptr;
    QLabel *m_scale = nullptr;
    QMenu *m_recentMenu = nullptr;
    QActionGroup *m_tools = nullptr;
    QString m_projectPath;
    QJsonObject m_projectDocument;
};

} // namespace cropmap::ui
