// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QImage>
#include <QList>
#include <QPainterPath>
#include <QPointer>
#include <QTimer>
#include <QWidget>

#include "canvas/map_settings.h"

namespace cropmap::ui {

struct LegendGroup;
class MapLayer;
class MapRenderJob;

/**
 * \brief The map view: pans and zooms over layers in one CRS and paints what a background
 * render job drew.
 *
 * Every view or layer change schedules a MapRenderJob on a snapshot of the settings and
 * layer renderers, cancelling the one in flight. Until the new image arrives, the last one
 * is painted moved and scaled to the current view, so panning and zooming stay smooth
 * whatever the rasters cost to read.
 */
class MapCanvas : public QWidget
{
    Q_OBJECT

public:
    enum class Tool { Pan, Zoom, Identify };

    explicit MapCanvas(QWidget *parent = nullptr);
    ~MapCanvas() override;

    //! Layers to draw, topmost first; hidden ones are skipped.
    void setLayers(const QList<MapLayer *> &layersTopFirst);
    QList<MapLayer *> layers() const;
    void setDestinationCrs(const QString &crsWkt);
    const QString &destinationCrs() const { return m_settings.crsWkt; }

    //! The current view (size, centre, resolution) as a value.
    MapSettings settings() const;
    QRectF extent() const { return settings().extent(); }
    //! Shows \a rect (map units) as large as fits, centred.
    void setExtent(const QRectF &rect);
    void setCentre(QPointF centre);
    void setMapUnitsPerPixel(double mapUnitsPerPixel);
    double mapUnitsPerPixel() const { return m_settings.mapUnitsPerPixel; }
    //! Multiplies the map units per pixel by \a factor, keeping the point under \a anchor fixed.
    void zoomByFactor(double factor, QPointF anchor);
    void zoomToFullExtent();
    void zoomToLayer(const MapLayer *layer);
    QRectF fullExtent() const;
    //! Scale denominator at the screen's logical DPI.
    double scaleDenominator() const;

    Tool tool() const { return m_tool; }
    void setTool(Tool tool);

    //! Schedules a new render (coalesced: several calls in one event-loop turn render once).
    void refresh();
    bool isRendering() const;
    //! The last complete image (empty before the first render finishes).
    const QImage &renderedImage() const { return m_image; }
    //! How many renders have finished since construction.
    int finishedRenderCount() const { return m_finishedRenders; }
    /**
     * Outlines \a mapPath (map coordinates) over the map, e.g. the field Identify found;
     * an empty path removes the outline. Drawn by the canvas, not rendered into the image.
     */
    void setHighlight(const QPainterPath &mapPath);
    const QPainterPath &highlight() const { return m_highlight; }

    //! The class legends of the visible layers as a box over the map (on by default).
    void setLegendVisible(bool visible);
    bool isLegendVisible() const { return m_legendVisible; }
    //! A scale bar in the bottom-left corner (on by default).
    void setScaleBarVisible(bool visible);
    bool isScaleBarVisible() const { return m_scaleBarVisible; }
    //! The legend groups the overlay shows: visible layers with a legend, topmost first.
    QList<LegendGroup> legendGroups() const;
    /**
     * Paints the view as the canvas shows it (last image, highlight, legend, scale bar) onto
     * \a painter, whose device is the canvas's size in logical pixels; map export uses it.
     */
    void paintView(QPainter &painter) const;

Q_SIGNALS:
    void extentChanged();
    void xyCoordinates(QPointF mapPoint);
    void identifyRequested(QPointF mapPoint);
    void renderStarted();
    void renderFinished();
    void toolChanged(cropmap::ui::MapCanvas::Tool tool);

protected:
    void paintEvent(QPaintEvent *event) override;
    void resizeEvent(QResizeEvent *event) override;
    void mousePressEvent(QMouseEvent *event) override;
    void mouseMoveEvent(QMouseEvent *event) override;
    void mouseReleaseEvent(QMouseEvent *event) override;
    void wheelEvent(QWheelEvent *event) override;
    void keyPressEvent(QKeyEvent *event) override;

private:
    void startRender();
    void cancelRender();
    void viewChanged();

    MapSettings m_settings;
    QList<QPointer<MapLayer>> m_layers; // topmost first
    Tool m_tool = Tool::Pan;
    QTimer m_refreshTimer;
    MapRenderJob *m_job = nullptr;
    QImage m_image;
    MapSettings m_imageSettings;
    int m_finishedRenders = 0;
    // Mouse interaction state.
    bool m_dragging = false;
    bool m_moved = false;
    QPointF m_pressPosition;
    QPointF m_pressCentre;
    QRectF m_rubberBand;
    QPainterPath m_highlight;
    bool m_legendVisible = true;
    bool m_scaleBarVisible = true;
};

} // namespace cropmap::ui
