// SPDX-License-Identifier: GPL-3.0-or-later
#include <QApplication>
#include <QTabWidget>
#include <QCheckBox>
#include <QCommandLineParser>
#include <QDeadlineTimer>
#include <QDockWidget>
#include <QLineEdit>
#include <QIcon>
#include <QTranslator>

#include "app/error_reporter.h"
#include "app/language.h"
#include "app/main_window.h"
#include "app/month_slider.h"
#include "canvas/map_canvas.h"
#include "canvas/map_export.h"
#include "experiment/experiment_options.h"
#include "experiments/experiments_panel.h"
#include "io/gdal_handles.h"
#include "model/crop_model.h"
#include "layers/composite_mosaic.h"
#include "layers/layer_tree_model.h"
#include "layers/raster_layer.h"
#include "layers/vector_layer.h"
#include "legend/legend_editor.h"
#include "parcels/parcel_table_model.h"
#include "parcels/parcels_panel.h"
#include "pipeline/pipeline_panel.h"
#include "results/posterior_inspector.h"
#include "results/results_view.h"
#include "training/training_monitor.h"
#include "util/error.h"

namespace {

// Lets queued renders finish (screenshot mode only; the interactive app never waits).
bool waitForRender(cropmap::ui::MapCanvas *canvas, int milliseconds)
{
    QDeadlineTimer deadline(milliseconds);
    do {
        QApplication::processEvents(QEventLoop::AllEvents, 50);
    } while ((canvas->isRendering() || canvas->finishedRenderCount() == 0) && !deadline.hasExpired());
    QApplication::processEvents();
    return !canvas->isRendering();
}

QPointF parsePoint(const QString &text)
{
    const QStringList parts = text.split(QLatin1Char(','));
    return QPointF(parts.value(0).toDouble(), parts.value(1).toDouble());
}

// Renders the window as set up by the command line into a PNG and returns the exit code.
int takeScreenshot(cropmap::ui::MainWindow &window, const QCommandLineParser &parser)
{
    using namespace cropmap::ui;
    if (parser.isSet(QStringLiteral("categorize"))) {
        for (MapLayer *layer : window.layerModel()->layers()) {
            if (auto *vector = qobject_cast<VectorLayer *>(layer)) {
                vector->setCategorized(parser.value(QStringLiteral("categorize")));
                break;
            }
        }
    }
    if (parser.isSet(QStringLiteral("false-colour")))
        window.mosaic()->setBandCombination(BandCombination::FalseColour);
    if (parser.isSet(QStringLiteral("extent"))) {
        const QStringList v = parser.value(QStringLiteral("extent")).split(QLatin1Char(','));
        window.canvas()->setExtent(QRectF(QPointF(v.value(0).toDouble(), v.value(1).toDouble()),
                                          QPointF(v.value(2).toDouble(), v.value(3).toDouble())));
    }
    if (parser.isSet(QStringLiteral("month")))
        window.monthSlider()->setValue(parser.value(QStringLiteral("month")).toInt());
    for (const QString &hidden : parser.values(QStringLiteral("hide-layers"))) {
        for (int row = 0; row < window.layerModel()->count(); ++row) {
            if (window.layerModel()->layer(row)->name().contains(hidden))
                window.layerModel()->setData(window.layerModel()->index(row), Qt::Unchecked,
                                             Qt::CheckStateRole);
        }
    }
    for (const QString &shown : parser.values(QStringLiteral("show-layers"))) {
        for (int row = 0; row < window.layerModel()->count(); ++row) {
            if (window.layerModel()->layer(row)->name().contains(shown))
                window.layerModel()->setData(window.layerModel()->index(row), Qt::Checked,
                                             Qt::CheckStateRole);
        }
    }
    for (const QString &dock : parser.values(QStringLiteral("dock"))) {
        if (auto *widget = window.findChild<QDockWidget *>(dock)) {
            widget->show();
            widget->raise();
        }
    }
    if (parser.isSet(QStringLiteral("step")))
        window.pipelinePanel()->selectStep(
            cropmap::core::pipeline::PipelineRunner::stepFromName(parser.value(QStringLiteral("step"))));
    if (parser.isSet(QStringLiteral("experiment"))) {
        try {
            window.experimentsPanel()->setTable(cropmap::core::experiment::ExperimentOptions::tableFromName(
                parser.value(QStringLiteral("experiment"))));
        } catch (const cropmap::core::Error &error) {
            qCritical("%s", qUtf8Printable(error.message()));
            return 1;
        }
    }
    if (parser.isSet(QStringLiteral("final-model")))
        window.trainingMonitor()->showFinalModel(true);
    if (parser.isSet(QStringLiteral("legend-filter")))
        window.legendEditor()->filterEdit()->setText(parser.value(QStringLiteral("legend-filter")));
    if (parser.isSet(QStringLiteral("confusion"))) {
        const QStringList cell = parser.value(QStringLiteral("confusion")).split(QLatin1Char(','));
        if (window.resultsView()->selectCell(cell.value(0).toInt(), cell.value(1).toInt())) {
            QDeadlineTimer selected(60000);
            while (window.resultsView()->isSelecting() && !selected.hasExpired())
                QApplication::processEvents(QEventLoop::AllEvents, 50);
            QApplication::processEvents();
            // The pixels of one confusion may lie anywhere: show all of them.
            window.canvas()->zoomToLayer(window.layerModel()->layer(0));
        }
    }
    if (parser.isSet(QStringLiteral("judge-pool")) && window.posteriorInspector()->judgePool()) {
        QDeadlineTimer judged(300000);
        while (window.posteriorInspector()->isJudging() && !judged.hasExpired())
            QApplication::processEvents(QEventLoop::AllEvents, 50);
        QApplication::processEvents();
        window.posteriorInspector()->setClassIndex(parser.value(QStringLiteral("judge-pool")).toInt());
    }
    if (parser.isSet(QStringLiteral("results-tab"))) {
        if (auto *tabs = window.resultsView()->findChild<QTabWidget *>())
            tabs->setCurrentIndex(parser.value(QStringLiteral("results-tab")).toInt());
    }
    if (parser.isSet(QStringLiteral("parcel"))) {
        // The Parcels dock with one parcel selected: zoomed, outlined, its series plotted.
        ParcelsPanel *parcels = window.parcelsPanel();
        const int row = parcels->model()->rowOfKey(parser.value(QStringLiteral("parcel")));
        if (row < 0) {
            qCritical("No parcel with the key %s in the Parcels dock", qUtf8Printable(parser.value(QStringLiteral("parcel"))));
            return 1;
        }
        parcels->selectParcel(row);
        if (parser.isSet(QStringLiteral("parcel-series")))
            parcels->setPlottedSeries(parser.value(QStringLiteral("parcel-series")));
    }
    if (parser.isSet(QStringLiteral("wrong-declarations")))
        window.posteriorInspector()->wrongDeclarationsBox()->setChecked(true);
    // The legend editor counts the declared values on a pool thread.
    QDeadlineTimer counted(60000);
    while (window.legendEditor()->isLoading() && !counted.hasExpired())
        QApplication::processEvents(QEventLoop::AllEvents, 50);
    if (parser.isSet(QStringLiteral("identify")))
        window.identify(parsePoint(parser.value(QStringLiteral("identify"))));
    if (!waitForRender(window.canvas(), 60000)) {
        qCritical("Rendering did not finish within a minute");
        return 1;
    }
    // Map → Export of the same view, as an analyst would save it (PNG or PDF by the suffix).
    for (const QString &exported : parser.values(QStringLiteral("export-map"))) {
        try {
            exportMap(*window.canvas(), exported);
        } catch (const cropmap::core::Error &error) {
            qCritical("%s", qUtf8Printable(error.message()));
            return 1;
        }
    }
    const QString path = parser.value(QStringLiteral("screenshot"));
    if (!window.grab().save(path)) {
        qCritical("Cannot write %s", qUtf8Printable(path));
        return 1;
    }
    return 0;
}

} // namespace

int main(int argc, char *argv[])
{
    QApplication app(argc, argv);
    QApplication::setApplicationName(QStringLiteral("cropmap"));
    QApplication::setOrganizationName(QStringLiteral("cropmap"));
    QApplication::setApplicationVersion(QStringLiteral(CROPMAP_VERSION));
    QApplication::setWindowIcon(QIcon(QStringLiteral(":/icons/cropmap.svg")));
    QTranslator translator;
    QTranslator qtTranslator;
    cropmap::ui::Language::install(translator, qtTranslator, cropmap::ui::Language::configured());
    cropmap::core::io::ensureGdalRegistered();
    cropmap::core::io::configureGdalCache({});
    // Process-wide, from the main thread: the pipeline's worker threads take these values.
    cropmap::core::model::CropModel::setThreadCount(0);

    QCommandLineParser parser;
    parser.setApplicationDescription(QApplication::translate(
        "main", "cropmap desktop GIS: composites, parcels and crop maps."));
    parser.addHelpOption();
    parser.addVersionOption();
    parser.addPositionalArgument(QStringLiteral("files"),
                                 QApplication::translate("main", "A project (.json) or raster and vector files."),
                                 QStringLiteral("[project.json | files...]"));
    parser.addOptions({
        {QStringLiteral("screenshot"),
         QApplication::translate("main", "Render the window into <png> and quit."), QStringLiteral("png")},
        {QStringLiteral("size"), QApplication::translate("main", "Window size for --screenshot."),
         QStringLiteral("WxH"), QStringLiteral("1400x860")},
        {QStringLiteral("month"), QApplication::translate("main", "Month step of the stack to show."),
         QStringLiteral("k")},
        {QStringLiteral("extent"), QApplication::translate("main", "View extent in map units."),
         QStringLiteral("xmin,ymin,xmax,ymax")},
        {QStringLiteral("identify"), QApplication::translate("main", "Identify at a map point."),
         QStringLiteral("x,y")},
        {QStringLiteral("false-colour"),
         QApplication::translate("main", "Show stacks in false colour (B08/B04/B03).")},
        {QStringLiteral("categorize"),
         QApplication::translate("main", "Fill the parcels by this attribute."), QStringLiteral("field")},
        {QStringLiteral("dock"), QApplication::translate("main", "Raise this dock (legendDock, pipelineDock, trainingDock, …)."),
         QStringLiteral("name")},
        {QStringLiteral("hide-layers"), QApplication::translate("main", "Hide the layers whose name contains this text."),
         QStringLiteral("text")},
        {QStringLiteral("show-layers"), QApplication::translate("main", "Show the layers whose name contains this text."),
         QStringLiteral("text")},
        {QStringLiteral("step"), QApplication::translate("main", "Select this step in the Pipeline dock."),
         QStringLiteral("name")},
        {QStringLiteral("confusion"),
         QApplication::translate("main", "Show the test pixels of this confusion-matrix cell (reference,map class indices)."),
         QStringLiteral("r,c")},
        {QStringLiteral("judge-pool"),
         QApplication::translate("main", "Judge the pool with the weak model and show this class's posteriors."),
         QStringLiteral("class index")},
        {QStringLiteral("final-model"), QApplication::translate("main", "Show the final model's training curves.")},
        {QStringLiteral("wrong-declarations"),
         QApplication::translate("main", "Outline the wrongly declared fields of a synthetic scene.")},
        {QStringLiteral("experiment"),
         QApplication::translate("main", "Show this table in the Experiments dock (table1, table2, table3)."),
         QStringLiteral("table")},
        {QStringLiteral("legend-filter"), QApplication::translate("main", "Filter text of the legend editor."),
         QStringLiteral("text")},
        {QStringLiteral("results-tab"), QApplication::translate("main", "Show this tab of the Results dock (0 confusion matrix, 1 PA, UA, F1)."),
         QStringLiteral("index")},
        {QStringLiteral("parcel"), QApplication::translate("main", "Select the parcel with this key in the Parcels dock."),
         QStringLiteral("key")},
        {QStringLiteral("parcel-series"), QApplication::translate("main", "Series the Parcels dock plots (NDVI or a band)."),
         QStringLiteral("name")},
        {QStringLiteral("export-map"),
         QApplication::translate("main", "With --screenshot: also export the map view (Map → Export) to this PNG or PDF."),
         QStringLiteral("file")},
    });
    parser.process(app);

    cropmap::ui::MainWindow window;
    const bool screenshot = parser.isSet(QStringLiteral("screenshot"));
    if (screenshot) {
        // Nobody is there to close a message box: report to stderr (ErrorReporter logs it).
        cropmap::ui::ErrorReporter::setHandler([](QWidget *, const QString &, const QString &) {});
    }
    if (screenshot) {
        const QStringList size = parser.value(QStringLiteral("size")).split(QLatin1Char('x'));
        window.resize(size.value(0).toInt(), size.value(1).toInt());
    }
    window.show();
    for (const QString &path : parser.positionalArguments())
        window.openPath(path);
    if (screenshot)
        return takeScreenshot(window, parser);
    return app.exec();
}
