// SPDX-License-Identifier: GPL-3.0-or-later
#include "layers/map_layer.h"

#include <algorithm>

#include "canvas/layer_renderer.h"

namespace cropmap::ui {

MapLayer::MapLayer(const QString &source, const QString &name, QObject *parent)
    : QObject(parent)
    , m_source(source)
    , m_name(name)
{}

MapLayer::~MapLayer() = default;

void MapLayer::setName(const QString &name)
{
    if (name == m_name)
        return;
    m_name = name;
    Q_EMIT nameChanged();
}

void MapLayer::setVisible(bool visible)
{
    if (visible == m_visible)
        return;
    m_visible = visible;
    Q_EMIT changed();
}

void MapLayer::setOpacity(double opacity)
{
    opacity = std::clamp(opacity, 0.0, 1.0);
    if (opacity == m_opacity)
        return;
    m_opacity = opacity;
    Q_EMIT changed();
}

} // namespace cropmap::ui
