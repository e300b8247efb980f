// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QList>
#include <QPair>
#include <QWidget>

#include "app/map_identifier.h"
#include "layers/pixel_series.h"

class QComboBox;
class QCPItemText;
class QCustomPlot;
class QLabel;
class QTreeWidget;

namespace cropmap::ui {

/**
 * \brief The Identify dock's content: what every layer holds under the clicked point (the
 * field, its declared class, the mapped class and posterior, the reliable-sample status)
 * and a plot of the pixel's monthly series (one band or NDVI) from its tile's stack.
 */
class IdentifyPanel : public QWidget
{
    Q_OBJECT

public:
    explicit IdentifyPanel(QWidget *parent = nullptr);

    void showResult(const IdentifyResult &result);
    void clear();

    const IdentifyResult &result() const { return m_result; }
    QList<QPair<QString, QString>> attributes() const { return m_result.attributes; }
    const PixelSeries &series() const { return m_result.series; }
    //! "NDVI" or a band name.
    QString plottedSeries() const;
    void setPlottedSeries(const QString &name);
    //! The values now on the plot, one per step.
    QVector<double> plottedValues() const { return m_plotted; }
    //! The text shown on the plot instead of a series (empty while one is plotted).
    QString plotHint() const;
    QTreeWidget *table() const { return m_table; }
    QCustomPlot *plot() const { return m_plot; }

private:
    void replot();

    QLabel *m_header = nullptr;
    QTreeWidget *m_table = nullptr;
    QComboBox *m_seriesChoice = nullptr;
    QCustomPlot *m_plot = nullptr;
    QCPItemText *m_hint = nullptr;
    IdentifyResult m_result;
    bool m_identified = false;
    QVector<double> m_plotted;
};

} // namespace cropmap::ui
