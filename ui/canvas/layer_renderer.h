// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <atomic>

class QPainter;

namespace cropmap::ui {

struct MapSettings;

/**
 * \brief Draws one layer for one render job, from a snapshot of the layer's parameters.
 *
 * Created on the GUI thread by MapLayer::createRenderer(), then used on a pool thread, so it
 * owns copies (or shared immutable data) only and never points back to the layer or a widget.
 */
class LayerRenderer
{
public:
    virtual ~LayerRenderer() = default;

    /**
     * Draws into \a painter, whose coordinates are the logical pixels of \a settings. Checks
     * \a canceled between expensive steps and returns early once it is set. May throw
     * core::Error; the render job then leaves the layer out and logs the message.
     */
    virtual void render(QPainter &painter, const MapSettings &settings,
                        const std::atomic<bool> &canceled) = 0;
};

} // namespace cropmap::ui
