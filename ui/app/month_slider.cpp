// SPDX-License-Identifier: GPL-3.0-or-later
#include "app/month_slider.h"

#include <QHBoxLayout>
#include <QLabel>
#include <QSlider>

#include "layers/raster_layer.h"

namespace cropmap::ui {

MonthSlider::MonthSlider(QWidget *parent)
    : QWidget(parent)
{
    m_slider = new QSlider(Qt::Horizontal, this);
    m_slider->setMinimumWidth(160);
    m_slider->setPageStep(1);
    m_slider->setTickPosition(QSlider::TicksBelow);
    m_slider->setToolTip(tr("Month of the selected composite stack"));
    m_label = new QLabel(this);
    m_label->setMinimumWidth(m_label->fontMetrics().horizontalAdvance(QStringLiteral("0000-00 ")));
    auto *layout = new QHBoxLayout(this);
    layout->setContentsMargins(4, 0, 4, 0);
    layout->addWidget(new QLabel(tr("Month:"), this));
    layout->addWidget(m_slider);
    layout->addWidget(m_label);
    connect(m_slider, &QSlider::valueChanged, this, [this](int step) {
        if (m_layer)
            m_layer->setStep(step);
        m_label->setText(currentLabel());
    });
    updateFromLayer();
}

void MonthSlider::setLayer(RasterLayer *layer)
{
    if (m_layer)
        disconnect(m_layer, nullptr, this, nullptr);
    m_layer = layer;
    if (layer)
        connect(layer, &RasterLayer::stepChanged, this, &MonthSlider::updateFromLayer);
    updateFromLayer();
}

RasterLayer *MonthSlider::layer() const
{
    return m_layer;
}

int MonthSlider::value() const
{
    return m_slider->value();
}

void MonthSlider::setValue(int step)
{
    m_slider->setValue(step);
}

QString MonthSlider::currentLabel() const
{
    return m_layer ? m_layer->bandLayout().stepLabels.value(m_slider->value()) : QString();
}

void MonthSlider::updateFromLayer()
{
    const int steps = m_layer ? m_layer->stepCount() : 0;
    const QSignalBlocker blocker(m_slider);
    m_slider->setRange(0, std::max(0, steps - 1));
    m_slider->setValue(m_layer ? m_layer->step() : 0);
    setEnabled(steps > 1);
    m_label->setText(steps > 1 ? currentLabel() : tr("—"));
}

} // namespace cropmap::ui
