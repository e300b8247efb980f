// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <vector>

#include <QPainterPath>
#include <QRectF>
#include <QStringList>

namespace cropmap::ui {

/** \brief One feature of a vector layer, its geometry already in the canvas CRS. */
struct VectorFeature
{
    qint64 id = -1;
    QPainterPath path; //!< map coordinates; polygons as closed subpaths (odd-even fill)
    QRectF bounds;
    bool isPoint = false;
    double area = 0; //!< of polygons, in square units of the canvas CRS (holes subtracted)
    QStringList values; //!< attribute values, in the order of VectorData::fields
};

/**
 * \brief The features of a vector layer in memory, immutable once loaded, so renderers on
 * pool threads can share it with the layer.
 */
struct VectorData
{
    QStringList fields;
    std::vector<VectorFeature> features;
    QRectF extent;
};

} // namespace cropmap::ui
