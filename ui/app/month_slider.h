// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QPointer>
#include <QWidget>

class QComboBox;
class QLabel;
class QSlider;

namespace cropmap::ui {

class CompositeMosaic;
class RasterLayer;

/**
 * \brief Steps every monthly composite of the map through the months at once: a slider over
 * the months of the mosaic, the label of the month shown, and the band combination
 * (true colour, false colour, SWIR, NDVI) of all tiles.
 */
class MonthSlider : public QWidget
{
    Q_OBJECT

public:
    explicit MonthSlider(QWidget *parent = nullptr);

    //! The mosaic to act on; without stacks the controls are disabled.
    void setMosaic(CompositeMosaic *mosaic);
    //! The stack whose months the slider lists (the mosaic's reference), or nullptr.
    RasterLayer *layer() const;
    int value() const;
    void setValue(int step);
    QString currentLabel() const;
    QComboBox *bandCombinationBox() const { return m_bands; }

private:
    void updateFromMosaic();

    QPointer<CompositeMosaic> m_mosaic;
    QSlider *m_slider = nullptr;
    QLabel *m_label = nullptr;
    QComboBox *m_bands = nullptr;
};

} // namespace cropmap::ui
