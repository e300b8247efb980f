// SPDX-License-Identifier: GPL-3.0-or-later
#include "app/opacity_control.h"

#include <cmath>

#include <QHBoxLayout>
#include <QLabel>
#include <QSlider>
#include <QSpinBox>

#include "layers/map_layer.h"

namespace cropmap::ui {

OpacityControl::OpacityControl(QWidget *parent)
    : QWidget(parent)
{
    m_slider = new QSlider(Qt::Horizontal, this);
    m_slider->setRange(0, 100);
    m_spin = new QSpinBox(this);
    m_spin->setObjectName(QStringLiteral("opacitySpinBox"));
    m_spin->setRange(0, 100);
    m_spin->setSuffix(tr(" %"));
    m_spin->setToolTip(tr("Opacity of the selected layer"));
    m_slider->setToolTip(m_spin->toolTip());
    auto *label = new QLabel(tr("Opacity:"), this);
    label->setBuddy(m_spin);
    auto *layout = new QHBoxLayout(this);
    layout->setContentsMargins(4, 2, 4, 2);
    layout->addWidget(label);
    layout->addWidget(m_slider, 1);
    layout->addWidget(m_spin);
    connect(m_slider, &QSlider::valueChanged, m_spin, &QSpinBox::setValue);
    connect(m_spin, &QSpinBox::valueChanged, this, [this](int percent) {
        m_slider->setValue(percent);
        if (m_layer)
            m_layer->setOpacity(percent / 100.0);
    });
    updateFromLayer();
}

void OpacityControl::setLayer(MapLayer *layer)
{
    m_layer = layer;
    updateFromLayer();
}

void OpacityControl::updateFromLayer()
{
    const QSignalBlocker spinBlocker(m_spin);
    const QSignalBlocker sliderBlocker(m_slider);
    const int percent = m_layer ? int(std::lround(m_layer->opacity() * 100)) : 100;
    m_spin->setValue(percent);
    m_slider->setValue(percent);
    setEnabled(m_layer != nullptr);
}

} // namespace cropmap::ui
