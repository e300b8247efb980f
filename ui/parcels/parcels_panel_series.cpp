// SPDX-License-Identifier: GPL-3.0-or-later
// ParcelsPanel: the check's parcels on the map and the selected parcel's series against the
// class envelopes.
#include "parcels/parcels_panel.h"

#include <algorithm>

#include <QComboBox>
#include <QDir>
#include <QFileInfo>
#include <QLabel>
#include <QTableView>

#include <gdal_priv.h>

#include "canvas/map_canvas.h"
#include "io/gdal_handles.h"
#include "layers/crs_transform.h"
#include "layers/layer_tree_model.h"
#include "layers/vector_layer.h"
#include "parcels/parcel_filter_model.h"
#include "parcels/parcel_series_plot.h"
#include "parcels/parcel_table_model.h"
#include "pipeline/pipeline_runner.h"
#include "util/error.h"

namespace cropmap::ui {

using core::check::ParcelStatus;
using core::check::SeriesEnvelope;

namespace {

// The window of the parcel raster to search, in its own CRS.
QRectF boundsInCrs(const QRectF &bounds, const QString &fromWkt, const QString &rasterPath)
{
    const core::io::DatasetPtr raster = core::io::openRaster(rasterPath);
    const QString toWkt = QString::fromUtf8(raster->GetProjectionRef());
    if (fromWkt.isEmpty() || toWkt.isEmpty())
        return bounds;
    QRectF result;
    for (const QPointF &corner : {bounds.topLeft(), bounds.topRight(), bounds.bottomLeft(), bounds.bottomRight()}) {
        const QPointF p = transformPoint(corner, fromWkt, toWkt);
        result = result.isNull() ? QRectF(p, QSizeF(0, 0)) : result.united(QRectF(p, QSizeF(0, 0)));
    }
    return result.normalized();
}

} // namespace

void ParcelsPanel::setMap(MapCanvas *canvas, LayerTreeModel *layers)
{
    m_canvas = canvas;
    m_layers = layers;
}

void ParcelsPanel::reload()
{
    const int current = currentParcel();
    const QString selectedKey = current >= 0 ? m_model->parcel(current).key : QString();
    if (m_layers && m_overlay)
        m_layers->removeLayer(m_layers->rowOf(m_overlay));
    m_ownOverlay.reset();
    m_overlay = nullptr;
    m_samples.reset();
    m_samplesTried = false;
    m_envelopes.clear();
    m_pixelsKey.clear();
    const QString path = gpkgPath();
    if (path.isEmpty() || !QFileInfo::exists(path)) {
        m_model->clear();
        if (m_project)
            m_message->setText(tr("No declaration check in %1 yet: run the check step (Pipeline dock) or "
                                  "`cropmap check`.")
                                   .arg(QDir::toNativeSeparators(QFileInfo(path).absolutePath())));
        showCurrent();
        return;
    }
    try {
        std::unique_ptr<VectorLayer> layer =
            VectorLayer::open(path, m_canvas ? m_canvas->destinationCrs() : QString());
        layer->setName(tr("Parcels by check status"));
        layer->setProperty("parcelCheck", true);
        m_model->setParcels(*layer);
        m_overlay = layer.get();
        if (m_layers)
            m_layers->addLayer(std::move(layer));
        else
            m_ownOverlay = std::move(layer);
    } catch (const core::Error &error) {
        m_model->clear();
        m_message->setText(tr("Cannot read the declaration check: %1").arg(error.message()));
        showCurrent();
        return;
    }
    recolourOverlay();
    m_message->setText(tr("%L1 checked parcels from %2. N / P step through the doubtful and disagreeing ones.")
                           .arg(m_model->rowCount())
                           .arg(QDir::toNativeSeparators(path)));
    const int row = m_model->rowOfKey(selectedKey);
    if (row >= 0)
        selectParcel(row);
    else
        showCurrent();
}

void ParcelsPanel::recolourOverlay()
{
    if (!m_overlay)
        return;
    // Coloured by the live status, through the stable key: new thresholds recolour the map
    // without touching the GeoPackage.
    VectorStyle style = m_overlay->style();
    style.mode = VectorStyle::Mode::Categorized;
    style.attribute = QStringLiteral("parcel_key");
    style.categories.clear();
    for (int row = 0; row < m_model->rowCount(); ++row)
        style.categories.insert(m_model->parcel(row).key, ParcelTableModel::statusColour(m_model->status(row)));
    style.fillOpacity = 0.7;
    style.outlineColour = QColor(40, 40, 40);
    style.outlineWidth = 1.0;
    style.labelAttribute.clear();
    m_overlay->setStyle(style);
}

void ParcelsPanel::showCurrent()
{
    const int row = currentParcel();
    showVerdictOf(row);
    if (row < 0) {
        m_details->setText(m_model->rowCount() > 0 ? tr("Select a parcel.") : QString());
        m_plot->showHint(tr("Select a parcel to plot its months."));
        if (m_canvas)
            m_canvas->setHighlight({});
        return;
    }
    const ParcelRow &p = m_model->parcel(row);
    QString details = tr("<b>%1</b> — %2: declared \"%3\" (%4); %5 of %L6 mapped pixels agree")
                          .arg(p.key, m_model->statusText(m_model->status(row)), p.declared.toHtmlEscaped(),
                               p.declaredClass.toHtmlEscaped(),
                               m_model->data(m_model->index(row, ParcelTableModel::AgreementColumn), Qt::DisplayRole)
                                   .toString())
                          .arg(p.mappedPixels);
    if (!p.otherClass.isEmpty())
        details += tr("; the map proposes %1 (%2)")
                       .arg(p.otherClass.toHtmlEscaped(),
                            m_model->data(m_model->index(row, ParcelTableModel::MapClassColumn), Qt::DisplayRole)
                                .toString()
                                .section(QLatin1Char('('), 1)
                                .chopped(1));
    if (p.trained)
        details += tr(". <i>Its pixels trained the map's model: the agreement is optimistic.</i>");
    m_details->setText(details);
    if (m_canvas) {
        // The parcel in the middle of three times its size: its neighbours give the context.
        const double side = std::max({p.bounds.width(), p.bounds.height(), 1.0}) * 3.0;
        QRectF view(0, 0, side, side);
        view.moveCenter(p.bounds.center());
        m_canvas->setExtent(view);
        m_canvas->setHighlight(p.path);
    }
    plotCurrent();
}

const core::sampling::SampleSet *ParcelsPanel::reliableSamples()
{
    if (!m_samplesTried && m_project) {
        m_samplesTried = true;
        const QString path = core::pipeline::PipelineRunner(*m_project).selectFolder()
                             + QStringLiteral("/final_train.samples");
        try {
            m_samples = core::sampling::SampleSet::load(path);
        } catch (const core::Error &) {
            m_samples.reset();
        }
    }
    return m_samples ? &*m_samples : nullptr;
}

SeriesEnvelope ParcelsPanel::classEnvelope(int classId, const QString &series)
{
    const core::sampling::SampleSet *samples = reliableSamples();
    if (!samples || classId <= 0)
        return {};
    const QString cacheKey = QStringLiteral("%1|%2").arg(classId).arg(series);
    const auto cached = m_envelopes.constFind(cacheKey);
    if (cached != m_envelopes.cend())
        return *cached;
    const int index = samples->classes().indexOfId(classId);
    const SeriesEnvelope envelope = index >= 0 ? SeriesEnvelope::ofClass(*samples, index, series) : SeriesEnvelope{};
    m_envelopes.insert(cacheKey, envelope);
    return envelope;
}

void ParcelsPanel::plotCurrent()
{
    const int row = currentParcel();
    if (row < 0 || !m_project)
        return;
    const ParcelRow &p = m_model->parcel(row);
    const core::pipeline::PipelineRunner runner(*m_project);
    if (m_pixelsKey != p.key) {
        m_pixelsKey = p.key;
        m_pixels = {};
        try {
            const QString raster = runner.thematicFolder() + u'/' + p.tile + QStringLiteral("_parcels.tif");
            const QString boundsCrs = m_overlay && m_canvas && !m_canvas->destinationCrs().isEmpty()
                                          ? m_canvas->destinationCrs()
                                          : (m_overlay ? m_overlay->crsWkt() : QString());
            m_pixels = core::check::ParcelPixelReader::read(runner.compositeFolder(), p.tile, raster, p.rasterId,
                                                            boundsInCrs(p.bounds, boundsCrs, raster));
        } catch (const core::Error &error) {
            m_plot->showHint(tr("Cannot read the parcel's months:\n%1").arg(error.message()));
            return;
        }
        const QString previous = m_series->currentText();
        m_filling = true;
        m_series->clear();
        m_series->addItems(SeriesEnvelope::seriesNames(m_pixels.bands));
        const int keep = m_series->findText(previous);
        m_series->setCurrentIndex(std::max(keep, 0));
        m_filling = false;
    }
    if (m_pixels.count == 0) {
        m_plot->showHint(tr("The parcel has no pixel in %1's parcel raster.").arg(p.tile));
        return;
    }
    const QString series = m_series->currentText();
    const SeriesEnvelope own = SeriesEnvelope::of(m_pixels.values.data(), m_pixels.count,
                                                  int(m_pixels.steps.size()), m_pixels.bands, series);
    ParcelSeriesPlot::Curve declared{tr("declared %1").arg(p.declaredClass), classEnvelope(p.declaredClassId, series)};
    ParcelSeriesPlot::Curve proposed{tr("map: %1").arg(p.otherClass), classEnvelope(p.otherClassId, series)};
    m_plot->showSeries(m_pixels.steps, series, own.median,
                       tr("this parcel (median of %n px)", nullptr, int(m_pixels.count)), declared, proposed);
    if (!reliableSamples())
        m_details->setText(m_details->text()
                           + tr("<br>No reliable samples (select/final_train.samples): no class envelopes."));
}

} // namespace cropmap::ui
