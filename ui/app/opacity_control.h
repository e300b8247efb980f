// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QPointer>
#include <QWidget>

class QSlider;
class QSpinBox;

namespace cropmap::ui {

class MapLayer;

/**
 * \brief The Layers dock's properties row: the opacity of the current layer as a slider and
 * a spin box in percent (what the project file stores as "opacity").
 */
class OpacityControl : public QWidget
{
    Q_OBJECT

public:
    explicit OpacityControl(QWidget *parent = nullptr);

    //! The layer to act on; nullptr disables the row.
    void setLayer(MapLayer *layer);
    MapLayer *layer() const { return m_layer; }
    QSpinBox *spinBox() const { return m_spin; }
    QSlider *slider() const { return m_slider; }

private:
    void updateFromLayer();

    QPointer<MapLayer> m_layer;
    QSlider *m_slider = nullptr;
    QSpinBox *m_spin = nullptr;
};

} // namespace cropmap::ui
