// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <vector>

#include <QWidget>

#include "sampling/stratified_sampler.h"

class QCustomPlot;
class QDoubleSpinBox;
class QLabel;
class QSpinBox;

namespace cropmap::ui {

class LegendDocument;

/**
 * \brief A live bar chart of the class priors p_u that the legend being edited gives, with
 * τ (the options' percentile of the priors, 65th by default) as a line: hatched bars are the
 * least-present group, which the weak training set boosts, and each bar is labelled with its n_u.
 *
 * The counts come from the declared areas at Sentinel-2's 10 m (1 ha = 100 pixels), before
 * border erosion: what the sampler will see, to within the eroded borders. The arithmetic is
 * core's StratifiedSampler::plan with the sampling constants shown above the chart (the
 * project's "sampling" section), so the chart and `cropmap sample` never disagree.
 */
class PriorChart : public QWidget
{
    Q_OBJECT

public:
    explicit PriorChart(LegendDocument *document, QWidget *parent = nullptr);

    void setOptions(const core::sampling::StratifiedSamplingOptions &options);
    const core::sampling::StratifiedSamplingOptions &options() const { return m_options; }

    //! The plan of the classes that have parcels (StratifiedSampler::plan needs N_u > 0).
    const std::vector<core::sampling::ClassPlan> &plan() const { return m_plan; }
    double threshold() const { return m_threshold; }
    //! Heights of the drawn bars, one per class of the legend in table order.
    QVector<double> barHeights() const;
    //! The n_u labels drawn above the bars, one per class of the legend.
    QStringList countLabels() const;
    //! The height of the drawn τ line (NaN when none is drawn).
    double drawnThreshold() const;
    QCustomPlot *plot() const { return m_plot; }

    //! 10 m pixels per hectare.
    static constexpr double kPixelsPerHectare = 100.0;

Q_SIGNALS:
    void planChanged();

private:
    void readOptionControls();
    void recompute();
    void redraw();

    LegendDocument *m_document;
    core::sampling::StratifiedSamplingOptions m_options;
    std::vector<core::sampling::ClassPlan> m_plan;
    double m_threshold = 0;
    QSpinBox *m_budget = nullptr;
    QDoubleSpinBox *m_kBoost = nullptr;
    QDoubleSpinBox *m_kMin = nullptr;
    QDoubleSpinBox *m_quantile = nullptr;
    QLabel *m_summary = nullptr;
    QCustomPlot *m_plot = nullptr;
};

} // namespace cropmap::ui
