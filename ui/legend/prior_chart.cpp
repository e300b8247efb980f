// SPDX-License-Identifier: GPL-3.0-or-later
#include "legend/prior_chart.h"

#include <cmath>
#include <limits>

#include <QDoubleSpinBox>
#include <QFormLayout>
#include <QHBoxLayout>
#include <QLabel>
#include <QSignalBlocker>
#include <QSpinBox>
#include <QVBoxLayout>

#include "legend/legend_document.h"
#include "plots/plot_layout.h"
#include "plots/qcustomplot_wrapper.h"
#include "util/error.h"

namespace cropmap::ui {

using core::sampling::ClassPlan;
using core::sampling::StratifiedSampler;

PriorChart::PriorChart(LegendDocument *document, QWidget *parent)
    : QWidget(parent)
    , m_document(document)
{
    m_budget = new QSpinBox(this);
    m_budget->setObjectName(QStringLiteral("budgetSpin"));
    m_budget->setRange(0, std::numeric_limits<int>::max());
    m_budget->setSingleStep(1000);
    m_budget->setToolTip(tr("S: training samples over all classes"));
    m_kBoost = new QDoubleSpinBox(this);
    m_kBoost->setRange(0, 100);
    m_kBoost->setSingleStep(0.5);
    m_kBoost->setToolTip(tr("k_boost multiplies the priors of the least-present classes"));
    m_kMin = new QDoubleSpinBox(this);
    m_kMin->setDecimals(3);
    m_kMin->setRange(0, 1);
    m_kMin->setSingleStep(0.005);
    m_kMin->setToolTip(tr("k_min is added to the shares of the least-present classes"));
    // Percent, as the project file and `cropmap sample --quantile`: (1, 100].
    m_quantile = new QDoubleSpinBox(this);
    m_quantile->setObjectName(QStringLiteral("quantileSpin"));
    m_quantile->setDecimals(2);
    m_quantile->setRange(1.01, 100);
    m_quantile->setSingleStep(5);
    m_quantile->setSuffix(QStringLiteral(" %"));
    m_quantile->setToolTip(tr("τ is this percentile of the priors, in percent"));
    auto *controls = new QHBoxLayout;
    const auto add = [controls, this](const QString &label, QWidget *w) {
        controls->addWidget(new QLabel(label, this));
        controls->addWidget(w);
    };
    add(tr("S"), m_budget);
    add(tr("k_boost"), m_kBoost);
    add(tr("k_min"), m_kMin);
    add(tr("percentile"), m_quantile);
    controls->addStretch();

    m_summary = new QLabel(this);
    m_summary->setObjectName(QStringLiteral("priorSummary"));
    m_summary->setWordWrap(true);
    m_plot = new QCustomPlot(this);
    m_plot->setObjectName(QStringLiteral("priorPlot"));
    m_plot->setMinimumHeight(180);
    m_plot->yAxis->setLabel(tr("prior p_u"));
    m_plot->xAxis->setTickLabelRotation(45);
    m_plot->xAxis->grid()->setVisible(false);

    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addLayout(controls);
    layout->addWidget(m_plot, 1);
    layout->addWidget(m_summary);

    for (QSpinBox *spin : {m_budget})
        connect(spin, &QSpinBox::valueChanged, this, &PriorChart::readOptionControls);
    for (QDoubleSpinBox *spin : {m_kBoost, m_kMin, m_quantile})
        connect(spin, &QDoubleSpinBox::valueChanged, this, &PriorChart::readOptionControls);
    connect(m_document, &LegendDocument::changed, this, &PriorChart::recompute);
    setOptions(m_options);
}

void PriorChart::setOptions(const core::sampling::StratifiedSamplingOptions &options)
{
    m_options = options;
    {
        const QSignalBlocker b1(m_budget), b2(m_kBoost), b3(m_kMin), b4(m_quantile);
        m_budget->setValue(int(std::min<qint64>(options.budget, std::numeric_limits<int>::max())));
        m_kBoost->setValue(options.kBoost);
        m_kMin->setValue(options.kMin);
        m_quantile->setValue(options.quantilePercent);
    }
    recompute();
}

void PriorChart::readOptionControls()
{
    m_options.budget = m_budget->value();
    m_options.kBoost = m_kBoost->value();
    m_options.kMin = m_kMin->value();
    m_options.quantilePercent = m_quantile->value();
    recompute();
}

void PriorChart::recompute()
{
    core::thematic::ClassTable present;
    QVector<core::thematic::TargetClass> classes;
    std::vector<qint64> totals;
    for (const auto &c : m_document->legend().classes().classes()) {
        const qint64 pixels = std::llround(m_document->classStatistics(c.id).areaHa * kPixelsPerHectare);
        if (pixels > 0) {
            classes.push_back(c);
            totals.push_back(pixels);
        }
    }
    m_plan.clear();
    m_threshold = std::numeric_limits<double>::quiet_NaN();
    QString summary;
    if (!classes.isEmpty()) {
        try {
            // No patch cap here: every parcel pixel counts as available.
            m_plan = StratifiedSampler::plan(core::thematic::ClassTable(classes), totals, totals,
                                             m_options.budget, m_options, &m_threshold);
        } catch (const core::Error &error) {
            summary = error.message();
        }
    }
    if (summary.isEmpty()) {
        qint64 planned = 0;
        int least = 0;
        for (const ClassPlan &p : m_plan) {
            planned += p.planned;
            least += p.mostPresent ? 0 : 1;
        }
        summary = m_plan.empty() ? tr("No class has parcels yet: assign declared values to classes.")
                                 : tr("τ = %L1; %L2 of %L3 classes in the least-present group (hatched); "
                                      "%L4 samples planned.")
                                       .arg(m_threshold, 0, 'f', 4)
                                       .arg(least)
                                       .arg(m_plan.size())
                                       .arg(planned);
    }
    m_summary->setText(summary);
    redraw();
    Q_EMIT planChanged();
}

void PriorChart::redraw()
{
    m_plot->clearPlottables();
    m_plot->clearItems();
    const auto &classes = m_document->legend().classes();
    QSharedPointer<QCPAxisTickerText> ticker(new QCPAxisTickerText);
    double top = 0;
    for (int i = 0; i < classes.size(); ++i) {
        const auto &c = classes.at(i);
        const double key = i + 1;
        ticker->addTick(key, c.name);
        const ClassPlan *p = nullptr;
        for (const ClassPlan &candidate : m_plan) {
            if (candidate.targetClass.id == c.id)
                p = &candidate;
        }
        const QColor colour(c.colour);
        auto *bars = new QCPBars(m_plot->xAxis, m_plot->yAxis);
        bars->setWidth(0.7);
        bars->setPen(QPen(colour.darker(140), 1.2));
        // Least-present classes are hatched, so the group reads without a legend.
        bars->setBrush(p && !p->mostPresent ? QBrush(colour, Qt::BDiagPattern) : QBrush(colour));
        bars->addData(key, p ? p->prior : 0.0);
        top = std::max(top, p ? p->prior : 0.0);
        auto *label = new QCPItemText(m_plot);
        label->position->setCoords(key, p ? p->prior : 0.0);
        label->setPositionAlignment(Qt::AlignBottom | Qt::AlignHCenter);
        label->setText(QStringLiteral("n=%1").arg(p ? p->planned : 0));
        QFont font = label->font();
        font.setPointSizeF(font.pointSizeF() * 0.8);
        label->setFont(font);
    }
    m_plot->xAxis->setTicker(ticker);
    m_plot->xAxis->setRange(0.3, classes.size() + 0.7);
    m_plot->yAxis->setRange(0, top > 0 ? top * 1.25 : 1.0);
    reserveTickLabelRoom(m_plot->xAxis);
    setPlotHint(m_plot, classes.size() > 0 ? QString()
                                           : tr("No target classes yet: open a project or load a legend."));
    if (!std::isnan(m_threshold)) {
        auto *line = new QCPItemStraightLine(m_plot);
        line->setObjectName(QStringLiteral("tauLine"));
        line->point1->setCoords(0, m_threshold);
        line->point2->setCoords(1, m_threshold);
        line->setPen(QPen(QColor(200, 30, 30), 1.5, Qt::DashLine));
    }
    m_plot->replot(QCustomPlot::rpQueuedReplot);
}

QVector<double> PriorChart::barHeights() const
{
    QVector<double> heights;
    for (int i = 0; i < m_plot->plottableCount(); ++i) {
        if (auto *bars = qobject_cast<QCPBars *>(m_plot->plottable(i)))
            heights << (bars->data()->isEmpty() ? 0.0 : bars->data()->begin()->value);
    }
    return heights;
}

QStringList PriorChart::countLabels() const
{
    QStringList labels;
    for (int i = 0; i < m_plot->itemCount(); ++i) {
        if (auto *text = qobject_cast<QCPItemText *>(m_plot->item(i)))
            labels << text->text();
    }
    return labels;
}

double PriorChart::drawnThreshold() const
{
    for (int i = 0; i < m_plot->itemCount(); ++i) {
        if (auto *line = qobject_cast<QCPItemStraightLine *>(m_plot->item(i)))
            return line->point1->coords().y();
    }
    return std::numeric_limits<double>::quiet_NaN();
}

} // namespace cropmap::ui
