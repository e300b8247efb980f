// SPDX-License-Identifier: GPL-3.0-or-later
#include "app/month_slider.h"

#include <QComboBox>
#include <QHBoxLayout>
#include <QLabel>
#include <QSlider>
#include <QStandardItemModel>

#include "layers/band_combination.h"
#include "layers/composite_mosaic.h"
#include "layers/raster_layer.h"

namespace cropmap::ui {

MonthSlider::MonthSlider(QWidget *parent)
    : QWidget(parent)
{
    m_slider = new QSlider(Qt::Horizontal, this);
    m_slider->setObjectName(QStringLiteral("monthSliderBar"));
    m_slider->setMinimumWidth(160);
    m_slider->setPageStep(1);
    m_slider->setTickPosition(QSlider::TicksBelow);
    m_slider->setToolTip(tr("Month shown on every composite of the map"));
    m_label = new QLabel(this);
    m_label->setMinimumWidth(m_label->fontMetrics().horizontalAdvance(QStringLiteral("0000-00 ")));
    m_bands = new QComboBox(this);
    m_bands->setObjectName(QStringLiteral("bandCombinationBox"));
    m_bands->setToolTip(tr("Band combination of every composite"));
    for (BandCombination combination : bandCombinations())
        m_bands->addItem(bandCombinationLabel(combination), int(combination));
    auto *layout = new QHBoxLayout(this);
    layout->setContentsMargins(4, 0, 4, 0);
    layout->addWidget(new QLabel(tr("Month:"), this));
    layout->addWidget(m_slider);
    layout->addWidget(m_label);
    layout->addSpacing(8);
    layout->addWidget(new QLabel(tr("Bands:"), this));
    layout->addWidget(m_bands);
    connect(m_slider, &QSlider::valueChanged, this, [this](int step) {
        if (m_mosaic)
            m_mosaic->setStep(step);
        m_label->setText(currentLabel());
    });
    connect(m_bands, &QComboBox::activated, this, [this](int index) {
        if (m_mosaic)
            m_mosaic->setBandCombination(BandCombination(m_bands->itemData(index).toInt()));
    });
    updateFromMosaic();
}

void MonthSlider::setMosaic(CompositeMosaic *mosaic)
{
    if (m_mosaic)
        disconnect(m_mosaic, nullptr, this, nullptr);
    m_mosaic = mosaic;
    if (mosaic)
        connect(mosaic, &CompositeMosaic::changed, this, &MonthSlider::updateFromMosaic);
    updateFromMosaic();
}

RasterLayer *MonthSlider::layer() const
{
    return m_mosaic ? m_mosaic->reference() : nullptr;
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
    return layer() ? layer()->bandLayout().stepLabels.value(m_slider->value()) : QString();
}

void MonthSlider::updateFromMosaic()
{
    RasterLayer *stack = layer();
    const int steps = stack ? stack->stepCount() : 0;
    {
        const QSignalBlocker blocker(m_slider);
        m_slider->setRange(0, std::max(0, steps - 1));
        m_slider->setValue(stack ? stack->step() : 0);
    }
    setEnabled(steps > 1);
    m_label->setText(steps > 1 ? currentLabel() : tr("—"));
    // Only the combinations whose bands the stacks have can be chosen.
    auto *items = qobject_cast<QStandardItemModel *>(m_bands->model());
    for (int i = 0; i < m_bands->count(); ++i) {
        const auto combination = BandCombination(m_bands->itemData(i).toInt());
        items->item(i)->setEnabled(stack && hasBandsFor(combination, stack->bandLayout()));
    }
    const std::optional<BandCombination> shown = m_mosaic ? m_mosaic->bandCombination() : std::nullopt;
    const QSignalBlocker blocker(m_bands);
    m_bands->setCurrentIndex(shown ? m_bands->findData(int(*shown)) : -1);
}

} // namespace cropmap::ui
