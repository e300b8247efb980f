// SPDX-License-Identifier: GPL-3.0-or-later
// MainWindow: method projects, the Pipeline dock's outputs and the legend of the parcels.
#include "app/main_window.h"

#include <QFileInfo>
#include <QStatusBar>

#include "app/error_reporter.h"
#include "experiments/experiments_panel.h"
#include "canvas/map_canvas.h"
#include "layers/layer_tree_model.h"
#include "layers/map_layer.h"
#include "layers/vector_layer.h"
#include "legend/legend_editor.h"
#include "legend/prior_chart.h"
#include "parcels/parcels_panel.h"
#include "pipeline/pipeline_panel.h"
#include "pipeline/project.h"
#include "results/results_view.h"
#include "results/posterior_inspector.h"
#include "results/selection_view.h"
#include "training/training_monitor.h"
#include "util/error.h"

namespace cropmap::ui {

using core::pipeline::PipelineStep;
using core::pipeline::Project;

namespace {

// The pipeline's own reader, so that the chart shows the plan `cropmap run` draws.
core::sampling::StratifiedSamplingOptions samplingOptions(const Project &project)
{
    return core::sampling::StratifiedSamplingOptions::fromJson(
        project.stepOptions(QStringLiteral("sampling")), quint64(project.seed),
        QStringLiteral("%1: \"sampling\"").arg(project.path));
}

} // namespace

bool MainWindow::openMethodProject(const QString &path)
{
    Project project;
    try {
        project = Project::load(path);
    } catch (const core::Error &error) {
        ErrorReporter::report(this, tr("Cannot open the method project"), error.message());
        return false;
    }
    newProject();
    m_pipelinePanel->setProject(project);
    m_trainingMonitor->setModelFolder(project.outputDir() + QStringLiteral("/models"));
    const core::pipeline::PipelineRunner runner(project);
    m_results->setProject(project);
    m_results->setReportFolder(runner.reportFolder());
    m_selection->showSummary(runner.selectFolder() + QStringLiteral("/selection.json"));
    m_posterior->setProject(project);
    m_experiments->setProject(project);
    // Finished outputs under the parcels, the class maps on top of the composites.
    for (PipelineStep step : {PipelineStep::Composite, PipelineStep::Rasterize, PipelineStep::Classify,
                              PipelineStep::Select})
        addOutputLayers(m_pipelinePanel->outputRasters(step));
    // The class maps over the composites is what one looks at first; the eroded declarations,
    // the reliable samples and the posteriors are there to switch on.
    QStringList hidden = m_pipelinePanel->outputRasters(PipelineStep::Rasterize)
                         + m_pipelinePanel->outputRasters(PipelineStep::Select);
    for (const QString &path : m_pipelinePanel->outputRasters(PipelineStep::Classify)) {
        if (path.endsWith(QLatin1String("_posterior.tif")))
            hidden << path;
    }
    for (int row = 0; row < m_layers->count(); ++row) {
        if (hidden.contains(m_layers->layer(row)->source()))
            m_layers->setData(m_layers->index(row), Qt::Unchecked, Qt::CheckStateRole);
    }
    if (!project.parcels.isEmpty())
        addVector(project.resolve(project.parcels));
    m_parcels->setProject(project);
    m_canvas->zoomToFullExtent();
    try {
        m_legendEditor->chart()->setOptions(samplingOptions(project));
    } catch (const core::Error &error) {
        ErrorReporter::report(this, tr("Cannot show the sampling plan"), error.message());
    }
    if (!project.legend.isEmpty()) {
        // A legend given by name (as the CLI allows) is only shown when it is a file.
        const QString legend = project.resolve(project.legend);
        if (QFileInfo::exists(legend))
            m_legendEditor->openLegend(legend);
    }
    // The method project is not a map project: Save asks for a new file, so the method's
    // file keeps only the keys `cropmap run` accepts.
    m_projectPath.clear();
    setWindowTitle(tr("%1 — cropmap").arg(project.name));
    addToRecentProjects(path);
    statusBar()->showMessage(tr("Opened the method project %1").arg(path), 5000);
    return true;
}

void MainWindow::addOutputLayers(const QStringList &paths)
{
    for (const QString &path : paths) {
        const QString absolute = QFileInfo(path).absoluteFilePath();
        bool shown = false;
        for (MapLayer *layer : m_layers->layers())
            shown = shown || QFileInfo(layer->source()).absoluteFilePath() == absolute;
        if (!shown)
            addRaster(absolute);
    }
}

/**
 * Replaces the overlay layers marked with \a marker by the outlines of \a path (empty: only
 * removes them). Throws Error when the file cannot be read.
 */
void MainWindow::replaceOutlineOverlay(const char *marker, const QString &path, const QString &name,
                                       const QColor &colour, double width)
{
    for (int row = m_layers->count() - 1; row >= 0; --row) {
        if (m_layers->layer(row)->property(marker).toBool())
            m_layers->removeLayer(row);
    }
    if (path.isEmpty())
        return;
    std::unique_ptr<VectorLayer> layer = VectorLayer::open(path, m_canvas->destinationCrs());
    layer->setName(name);
    layer->setProperty(marker, true);
    VectorStyle style = layer->style();
    style.mode = VectorStyle::Mode::Outline;
    style.outlineColour = colour;
    style.outlineWidth = width;
    style.labelAttribute.clear();
    layer->setStyle(style);
    addLayer(layer.release());
}

void MainWindow::showConfusionPixels(const QString &path, const QString &label, qint64 count)
{
    // One selection at a time: the layer of the previous cell goes. Blue, so the cell's
    // pixels never read as the magenta wrong-declaration outlines.
    try {
        replaceOutlineOverlay("confusionPixels", count == 0 ? QString() : path,
                              tr("%1 (%L2 test px)").arg(label).arg(count), QColor(0, 110, 255), 2.5);
    } catch (const core::Error &error) {
        ErrorReporter::report(this, tr("Cannot show the selected pixels"), error.message());
    }
    if (count == 0)
        statusBar()->showMessage(tr("No test pixel of %1 on the map").arg(label), 5000);
}

void MainWindow::showWrongDeclarations(bool shown, const QString &path, qint64 count)
{
    try {
        // Thicker and pinker than the parcels' yellow outlines, so they read as a warning.
        replaceOutlineOverlay("wrongDeclarations", shown ? path : QString(),
                              tr("Wrongly declared fields (%L1)").arg(count), QColor(255, 0, 255), 4.0);
    } catch (const core::Error &error) {
        ErrorReporter::report(this, tr("Cannot show the wrongly declared fields"), error.message());
        return;
    }
    if (shown)
        statusBar()->showMessage(tr("%n wrongly declared field(s) outlined in magenta", nullptr, int(count)), 5000);
}

} // namespace cropmap::ui
