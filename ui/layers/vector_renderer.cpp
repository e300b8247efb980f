// SPDX-License-Identifier: GPL-3.0-or-later
#include "layers/vector_renderer.h"

#include <QFontMetricsF>
#include <QPainter>

#include "canvas/map_settings.h"

namespace cropmap::ui {

VectorRenderer::VectorRenderer(std::shared_ptr<const VectorData> data, VectorStyle style,
                               double opacity)
    : m_data(std::move(data))
    , m_style(std::move(style))
    , m_opacity(opacity)
{}

void VectorRenderer::render(QPainter &painter, const MapSettings &settings,
                            const std::atomic<bool> &canceled)
{
    const QRectF view = settings.extent();
    const double scale = 1.0 / settings.mapUnitsPerPixel;
    // Map (y up) → logical screen pixels (y down).
    const QTransform toScreen(scale, 0, 0, -scale, -settings.centre.x() * scale
                                                       + settings.outputSize.width() / 2.0,
                              settings.centre.y() * scale + settings.outputSize.height() / 2.0);
    const qsizetype attribute = m_data->fields.indexOf(m_style.attribute);
    const bool categorized = m_style.mode == VectorStyle::Mode::Categorized && attribute >= 0;
    QPen pen(m_style.outlineColour, m_style.outlineWidth);
    pen.setCosmetic(true);
    pen.setJoinStyle(Qt::RoundJoin);
    painter.setOpacity(m_opacity);
    painter.setPen(pen);
    std::vector<const VectorFeature *> visible;
    int drawn = 0;
    for (const VectorFeature &feature : m_data->features) {
        if (!feature.bounds.intersects(view) && !view.contains(feature.bounds.topLeft()))
            continue;
        if (++drawn % 256 == 0 && canceled.load())
            return;
        visible.push_back(&feature);
        if (feature.isPoint) {
            painter.setTransform(QTransform());
            painter.setBrush(m_style.outlineColour);
            painter.drawEllipse(toScreen.map(feature.bounds.topLeft()), 3.0, 3.0);
            continue;
        }
        QBrush brush(Qt::NoBrush);
        if (categorized) {
            QColor fill = m_style.categories.value(feature.values.value(attribute),
                                                   m_style.otherColour);
            fill.setAlphaF(float(m_style.fillOpacity));
            brush = QBrush(fill);
        }
        painter.setTransform(toScreen);
        painter.setBrush(brush);
        painter.drawPath(feature.path);
    }
    painter.setTransform(QTransform());
    drawLabels(painter, settings, visible);
}

void VectorRenderer::drawLabels(QPainter &painter, const MapSettings &settings,
                                const std::vector<const VectorFeature *> &visible) const
{
    const qsizetype field = m_data->fields.indexOf(m_style.labelAttribute);
    if (field < 0)
        return;
    QFont font = painter.font();
    font.setPointSizeF(8.5);
    painter.setFont(font);
    const QFontMetricsF metrics(font);
    for (const VectorFeature *feature : visible) {
        const QString text = feature->values.value(field);
        if (text.isEmpty() || feature->isPoint)
            continue;
        const QRectF screen = settings.toScreen(feature->bounds);
        const QRectF box = metrics.boundingRect(text).adjusted(-2, -1, 2, 1);
        // Only label parcels that are clearly larger than their text: this is what makes
        // labels appear as the user zooms in and keeps the overview readable.
        if (screen.width() < 1.5 * box.width() || screen.height() < 2.5 * box.height())
            continue;
        QRectF placed = box;
        placed.moveCenter(screen.center());
        painter.setPen(QColor(0, 0, 0, 160));
        painter.drawText(placed.translated(1, 1), Qt::AlignCenter, text);
        painter.setPen(m_style.labelColour);
        painter.drawText(placed, Qt::AlignCenter, text);
    }
}

} // namespace cropmap::ui
