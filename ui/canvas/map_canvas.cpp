// SPDX-License-Identifier: GPL-3.0-or-later
#include "canvas/map_canvas.h"

#include <algorithm>

#include <cmath>

#include <QKeyEvent>
#include <QMouseEvent>
#include <QPainter>
#include <QWheelEvent>

#include "canvas/map_decorations.h"
#include "canvas/map_render_job.h"
#include "layers/map_layer.h"

namespace cropmap::ui {

MapCanvas::MapCanvas(QWidget *parent)
    : QWidget(parent)
{
    setFocusPolicy(Qt::StrongFocus);
    setMouseTracking(true);
    setAttribute(Qt::WA_OpaquePaintEvent);
    setMinimumSize(64, 64);
    m_settings.outputSize = size();
    m_refreshTimer.setSingleShot(true);
    m_refreshTimer.setInterval(0);
    connect(&m_refreshTimer, &QTimer::timeout, this, &MapCanvas::startRender);
}

MapCanvas::~MapCanvas()
{
    if (m_job) {
        m_job->cancel();
        m_job->waitForFinished();
    }
}

void MapCanvas::setLayers(const QList<MapLayer *> &layersTopFirst)
{
    for (const QPointer<MapLayer> &layer : std::as_const(m_layers)) {
        if (layer)
            disconnect(layer, nullptr, this, nullptr);
    }
    m_layers.clear();
    for (MapLayer *layer : layersTopFirst) {
        m_layers << layer;
        connect(layer, &MapLayer::changed, this, &MapCanvas::refresh);
    }
    refresh();
}

QList<MapLayer *> MapCanvas::layers() const
{
    QList<MapLayer *> result;
    for (const QPointer<MapLayer> &layer : m_layers) {
        if (layer)
            result << layer.data();
    }
    return result;
}

void MapCanvas::setDestinationCrs(const QString &crsWkt)
{
    m_settings.crsWkt = crsWkt;
    refresh();
}

MapSettings MapCanvas::settings() const
{
    MapSettings settings = m_settings;
    settings.outputSize = size();
    settings.devicePixelRatio = devicePixelRatioF();
    return settings;
}

void MapCanvas::setExtent(const QRectF &rect)
{
    if (rect.isEmpty() || width() <= 0 || height() <= 0)
        return;
    m_settings.centre = rect.center();
    m_settings.mapUnitsPerPixel = std::max(rect.width() / width(), rect.height() / height());
    viewChanged();
}

void MapCanvas::setCentre(QPointF centre)
{
    m_settings.centre = centre;
    viewChanged();
}

void MapCanvas::setMapUnitsPerPixel(double mapUnitsPerPixel)
{
    if (mapUnitsPerPixel <= 0)
        return;
    m_settings.mapUnitsPerPixel = mapUnitsPerPixel;
    viewChanged();
}

void MapCanvas::zoomByFactor(double factor, QPointF anchor)
{
    const MapSettings before = settings();
    const QPointF fixed = before.toMap(anchor);
    // The anchor keeps its screen position: centre' = fixed + (centre − fixed)·factor.
    m_settings.centre = fixed + (before.centre - fixed) * factor;
    m_settings.mapUnitsPerPixel = before.mapUnitsPerPixel * factor;
    viewChanged();
}

QRectF MapCanvas::fullExtent() const
{
    QRectF full;
    for (MapLayer *layer : layers())
        full = full.isNull() ? layer->extent() : full.united(layer->extent());
    return full;
}

void MapCanvas::zoomToFullExtent()
{
    setExtent(fullExtent());
}

void MapCanvas::zoomToLayer(const MapLayer *layer)
{
    if (layer)
        setExtent(layer->extent());
}

double MapCanvas::scaleDenominator() const
{
    return settings().scaleDenominator(logicalDpiX());
}

void MapCanvas::setTool(Tool tool)
{
    if (tool == m_tool)
        return;
    m_tool = tool;
    setCursor(tool == Tool::Pan ? Qt::OpenHandCursor : Qt::CrossCursor);
    Q_EMIT toolChanged(tool);
}

void MapCanvas::refresh()
{
    m_refreshTimer.start();
}

bool MapCanvas::isRendering() const
{
    return m_job != nullptr || m_refreshTimer.isActive();
}

void MapCanvas::viewChanged()
{
    update();
    refresh();
    Q_EMIT extentChanged();
}

void MapCanvas::cancelRender()
{
    if (!m_job)
        return;
    // Let the old job finish its current layer in the background and delete itself.
    m_job->cancel();
    disconnect(m_job, &MapRenderJob::finished, this, nullptr);
    disconnect(m_job, &MapRenderJob::stopped, this, nullptr);
    connect(m_job, &MapRenderJob::stopped, m_job, &QObject::deleteLater);
    m_job = nullptr;
}

void MapCanvas::startRender()
{
    cancelRender();
    const MapSettings snapshot = settings();
    if (!snapshot.isValid())
        return;
    std::vector<std::unique_ptr<LayerRenderer>> renderers;
    const QList<MapLayer *> topFirst = layers();
    for (auto it = topFirst.crbegin(); it != topFirst.crend(); ++it) {
        if ((*it)->isVisible())
            renderers.push_back((*it)->createRenderer(snapshot));
    }
    m_job = new MapRenderJob(snapshot, std::move(renderers), this);
    connect(m_job, &MapRenderJob::finished, this, [this](const QImage &image) {
        m_image = image;
        m_imageSettings = m_job->settings();
        ++m_finishedRenders;
        update();
    });
    connect(m_job, &MapRenderJob::stopped, this, [this] {
        m_job->deleteLater();
        m_job = nullptr;
        Q_EMIT renderFinished();
    });
    m_job->start();
    Q_EMIT renderStarted();
}

void MapCanvas::paintEvent(QPaintEvent *)
{
    QPainter painter(this);
    paintView(painter);
    if (!m_rubberBand.isNull()) {
        painter.setPen(QPen(palette().highlight().color(), 1.5));
        QColor fill = palette().highlight().color();
        fill.setAlpha(50);
        painter.setBrush(fill);
        painter.drawRect(m_rubberBand.normalized());
    }
}

void MapCanvas::paintView(QPainter &painter) const
{
    const MapSettings view = settings();
    const QRectF viewport(QPointF(0, 0), QSizeF(view.outputSize));
    painter.fillRect(viewport, m_settings.background);
    if (!m_image.isNull()) {
        // Place the last image where its extent lies in the current view.
        const QRectF target = view.toScreen(m_imageSettings.extent());
        painter.setRenderHint(QPainter::SmoothPixmapTransform, true);
        painter.drawImage(target, m_image);
    }
    if (!m_highlight.isEmpty()) {
        // Map (y up) → screen (y down), the transform of MapSettings::toScreen().
        QTransform toScreen;
        toScreen.translate(view.outputSize.width() / 2.0, view.outputSize.height() / 2.0);
        toScreen.scale(1.0 / view.mapUnitsPerPixel, -1.0 / view.mapUnitsPerPixel);
        toScreen.translate(-view.centre.x(), -view.centre.y());
        painter.save();
        painter.setRenderHint(QPainter::Antialiasing, true);
        painter.setBrush(Qt::NoBrush);
        // A dark halo under a cyan line stays visible on composites and class colours alike.
        const QPainterPath onScreen = toScreen.map(m_highlight);
        painter.setPen(QPen(QColor(0, 0, 0, 160), 5));
        painter.drawPath(onScreen);
        painter.setPen(QPen(QColor(0, 230, 255), 2.5));
        painter.drawPath(onScreen);
        painter.restore();
    }
    painter.setFont(font());
    if (m_legendVisible)
        drawLegendOverlay(painter, legendGroups(), viewport);
    if (m_scaleBarVisible)
        drawScaleBar(painter, view, viewport);
}

QList<LegendGroup> MapCanvas::legendGroups() const
{
    // Layers with the same classes (every tile's class map of a project) share one group,
    // titled by all their names: the box lists each class once.
    QList<LegendGroup> groups;
    QList<QStringList> names;
    const auto sameSymbols = [](const QList<LegendSymbol> &a, const QList<LegendSymbol> &b) {
        return std::equal(a.begin(), a.end(), b.begin(), b.end(), [](const LegendSymbol &x, const LegendSymbol &y) {
            return x.label == y.label && x.colour == y.colour;
        });
    };
    for (MapLayer *layer : layers()) {
        if (!layer->isVisible())
            continue;
        QList<LegendSymbol> symbols = layer->legend();
        if (symbols.isEmpty())
            continue;
        auto same = std::find_if(groups.begin(), groups.end(),
                                 [&](const LegendGroup &g) { return sameSymbols(g.symbols, symbols); });
        if (same != groups.end()) {
            names[int(same - groups.begin())] << layer->name();
            continue;
        }
        groups.append({layer->name(), std::move(symbols)});
        names.append({layer->name()});
    }
    for (int i = 0; i < groups.size(); ++i) {
        if (names[i].size() > 1)
            groups[i].title = names[i].join(QStringLiteral(", "));
    }
    return groups;
}

void MapCanvas::setLegendVisible(bool visible)
{
    m_legendVisible = visible;
    update();
}

void MapCanvas::setScaleBarVisible(bool visible)
{
    m_scaleBarVisible = visible;
    update();
}

void MapCanvas::setHighlight(const QPainterPath &mapPath)
{
    m_highlight = mapPath;
    update();
}

void MapCanvas::resizeEvent(QResizeEvent *)
{
    // Keep centre and resolution: a larger window shows more of the map.
    viewChanged();
}

void MapCanvas::mousePressEvent(QMouseEvent *event)
{
    if (event->button() != Qt::LeftButton)
        return;
    m_dragging = true;
    m_moved = false;
    m_pressPosition = event->position();
    m_pressCentre = m_settings.centre;
    if (m_tool == Tool::Pan)
        setCursor(Qt::ClosedHandCursor);
}

void MapCanvas::mouseMoveEvent(QMouseEvent *event)
{
    Q_EMIT xyCoordinates(settings().toMap(event->position()));
    if (!m_dragging)
        return;
    const QPointF delta = event->position() - m_pressPosition;
    if (std::abs(delta.x()) + std::abs(delta.y()) >= 3)
        m_moved = true;
    if (m_tool == Tool::Zoom) {
        m_rubberBand = QRectF(m_pressPosition, event->position());
        update();
    } else if (m_tool == Tool::Pan && m_moved) {
        // Only move the last image while dragging; render once the button is released.
        m_settings.centre = m_pressCentre
                            + QPointF(-delta.x(), delta.y()) * m_settings.mapUnitsPerPixel;
        update();
        Q_EMIT extentChanged();
    }
}

void MapCanvas::mouseReleaseEvent(QMouseEvent *event)
{
    if (event->button() != Qt::LeftButton || !m_dragging)
        return;
    m_dragging = false;
    switch (m_tool) {
    case Tool::Pan:
        setCursor(Qt::OpenHandCursor);
        if (m_moved)
            refresh();
        break;
    case Tool::Zoom: {
        const QRectF band = m_rubberBand.normalized();
        m_rubberBand = QRectF();
        if (m_moved && band.width() > 2 && band.height() > 2) {
            const MapSettings view = settings();
            const QPointF a = view.toMap(band.topLeft());
            const QPointF b = view.toMap(band.bottomRight());
            setExtent(QRectF(QPointF(a.x(), b.y()), QPointF(b.x(), a.y())));
        } else {
            zoomByFactor(0.5, event->position());
        }
        break;
    }
    case Tool::Identify:
        if (!m_moved)
            Q_EMIT identifyRequested(settings().toMap(event->position()));
        break;
    }
}

void MapCanvas::wheelEvent(QWheelEvent *event)
{
    const double notches = event->angleDelta().y() / 120.0;
    if (notches == 0)
        return;
    // One notch halves or doubles the map units per pixel around the cursor.
    zoomByFactor(std::pow(2.0, -notches), event->position());
    event->accept();
}

void MapCanvas::keyPressEvent(QKeyEvent *event)
{
    const double stepX = width() / 4.0 * m_settings.mapUnitsPerPixel;
    const double stepY = height() / 4.0 * m_settings.mapUnitsPerPixel;
    const QPointF centre(width() / 2.0, height() / 2.0);
    switch (event->key()) {
    case Qt::Key_Left: setCentre(m_settings.centre - QPointF(stepX, 0)); break;
    case Qt::Key_Right: setCentre(m_settings.centre + QPointF(stepX, 0)); break;
    case Qt::Key_Up: setCentre(m_settings.centre + QPointF(0, stepY)); break;
    case Qt::Key_Down: setCentre(m_settings.centre - QPointF(0, stepY)); break;
    case Qt::Key_Plus:
    case Qt::Key_Equal: zoomByFactor(0.5, centre); break;
    case Qt::Key_Minus: zoomByFactor(2.0, centre); break;
    default: QWidget::keyPressEvent(event); return;
    }
    event->accept();
}

} // namespace cropmap::ui
