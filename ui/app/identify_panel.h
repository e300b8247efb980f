// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QList>
#include <QPair>
#include <QWidget>

#include "layers/pixel_series.h"

class QComboBox;
class QCustomPlot;
class QLabel;
class QTreeWidget;

namespace cropmap::ui {

/**
 * \brief The Identify dock's content: the attributes of the parcel under the cursor and a
 * plot of the pixel's time series (one band or NDVI) from a stack layer.
 */
class IdentifyPanel : public QWidget
{
    Q_OBJECT

public:
    explicit IdentifyPanel(QWidget *parent = nullptr);

    /** Shows a result; empty \a attributes or an invalid \a series leave that part blank. */
    void showResult(const QString &featureSource, const QList<QPair<QString, QString>> &attributes,
                    const QString &seriesSource, const PixelSeries &series);
    void clear();

    QList<QPair<QString, QString>> attributes() const { return m_attributes; }
    const PixelSeries &series() const { return m_series; }
    //! "NDVI" or a band name.
    QString plottedSeries() const;
    void setPlottedSeries(const QString &name);
    //! The values now on the plot, one per step.
    QVector<double> plottedValues() const { return m_plotted; }
    QCustomPlot *plot() const { return m_plot; }

private:
    void replot();

    QLabel *m_header = nullptr;
    QTreeWidget *m_table = nullptr;
    QComboBox *m_seriesChoice = nullptr;
    QCustomPlot *m_plot = nullptr;
    QList<QPair<QString, QString>> m_attributes;
    PixelSeries m_series;
    QVector<double> m_plotted;
};

} // namespace cropmap::ui
