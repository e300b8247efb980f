// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <memory>

#include "canvas/layer_renderer.h"
#include "layers/vector_data.h"
#include "layers/vector_style.h"

namespace cropmap::ui {

/**
 * \brief Draws the features of a vector layer that meet the view: fills, outlines with a
 * pen of constant screen width, and labels where a feature is wide enough for its text.
 */
class VectorRenderer final : public LayerRenderer
{
public:
    VectorRenderer(std::shared_ptr<const VectorData> data, VectorStyle style, double opacity);

    void render(QPainter &painter, const MapSettings &settings,
                const std::atomic<bool> &canceled) override;

private:
    void drawLabels(QPainter &painter, const MapSettings &settings,
                    const std::vector<const VectorFeature *> &visible) const;

    std::shared_ptr<const VectorData> m_data;
    VectorStyle m_style;
    double m_opacity;
};

} // namespace cropmap::ui
