// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QVector>
#include <QWidget>

#include "evaluate/accuracy_report.h"

class QCustomPlot;

namespace cropmap::ui {

/**
 * \brief Per-class PA, UA and F1 of an accuracy report as grouped bars, one group per class
 * (the figures of the results table, drawn so weak classes stand out at a glance).
 */
class ClassAccuracyChart : public QWidget
{
    Q_OBJECT

public:
    enum Series { Pa, Ua, F1, SeriesCount };

    explicit ClassAccuracyChart(QWidget *parent = nullptr);

    /** Draws \a report's per-class figures; nullptr clears the chart. */
    void showReport(const core::evaluate::AccuracyReport *report);

    QCustomPlot *plot() const { return m_plot; }
    //! Heights of the bars of \a series, one per class (0 where undefined).
    QVector<double> barHeights(Series series) const;

private:
    QCustomPlot *m_plot = nullptr;
};

} // namespace cropmap::ui
