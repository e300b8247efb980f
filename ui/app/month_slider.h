// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QPointer>
#include <QWidget>

class QLabel;
class QSlider;

namespace cropmap::ui {

class RasterLayer;

/**
 * \brief Steps through the months of a monthly composite stack: a slider over the steps of
 * the selected raster layer and the label of the month shown.
 */
class MonthSlider : public QWidget
{
    Q_OBJECT

public:
    explicit MonthSlider(QWidget *parent = nullptr);

    //! The layer to act on; nullptr (or a single-step raster) disables the slider.
    void setLayer(RasterLayer *layer);
    RasterLayer *layer() const;
    int value() const;
    void setValue(int step);
    QString currentLabel() const;

private:
    void updateFromLayer();

    QPointer<RasterLayer> m_layer;
    QSlider *m_slider = nullptr;
    QLabel *m_label = nullptr;
};

} // namespace cropmap::ui
