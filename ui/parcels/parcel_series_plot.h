// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QStringList>
#include <QVector>
#include <QWidget>

#include "check/series_envelope.h"

class QCustomPlot;
class QCPItemText;

namespace cropmap::ui {

/**
 * \brief A parcel's monthly series against two class envelopes: the declared class's and the
 * class the map proposes (per month the median as a line, 10–90 % as a band).
 */
class ParcelSeriesPlot : public QWidget
{
    Q_OBJECT

public:
    struct Curve
    {
        QString label;
        core::check::SeriesEnvelope envelope;
    };

    explicit ParcelSeriesPlot(QWidget *parent = nullptr);

    /** Plots \a parcel (the median of the parcel's pixels per step) over the envelopes;
     *  an envelope without pixels is left out. */
    void showSeries(const QStringList &stepLabels, const QString &seriesName, const QVector<double> &parcel,
                    const QString &parcelLabel, const Curve &declared, const Curve &proposed);
    //! Empties the plot and shows \a hint in its middle.
    void showHint(const QString &hint);
    QString hint() const;
    QCustomPlot *plot() const { return m_plot; }
    //! The labels of the plotted curves, in the legend's order (for tests).
    QStringList curveLabels() const;

private:
    void addEnvelope(const Curve &curve, const QColor &colour, Qt::PenStyle style);

    QCustomPlot *m_plot = nullptr;
    QCPItemText *m_hint = nullptr;
};

} // namespace cropmap::ui
