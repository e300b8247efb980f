// SPDX-License-Identifier: GPL-3.0-or-later
#include "results/posterior_inspector.h"
#include "results/wrong_declarations.h"

#include <algorithm>
#include <cmath>

#include <QCheckBox>
#include <QComboBox>
#include <QDoubleSpinBox>
#include <QFileInfo>
#include <QHBoxLayout>
#include <QLabel>
#include <QMouseEvent>
#include <QPushButton>
#include <QVBoxLayout>
#include <QtConcurrent/QtConcurrentRun>

#include "app/error_reporter.h"
#include "pipeline/job_progress_widget.h"
#include "pipeline/pipeline_feedback.h"
#include "pipeline/pipeline_runner.h"
#include "plots/export_actions.h"
#include "plots/qcustomplot_wrapper.h"
#include "results/pool_judgement_job.h"
#include "sampling/training_set_job.h"
#include "select/selection_summary.h"
#include "util/error.h"

namespace cropmap::ui {

using core::select::SelectionInput;

namespace {
constexpr int kBins = 20;
// How close (in pixels) a press must come to the threshold line to grab it.
constexpr double kGrabPixels = 6;
} // namespace

PosteriorInspector::PosteriorInspector(QWidget *parent)
    : QWidget(parent)
{
    m_judge = new QPushButton(tr("Judge the pool with the weak model"), this);
    m_judge->setObjectName(QStringLiteral("judgePoolButton"));
    m_class = new QComboBox(this);
    m_class->setObjectName(QStringLiteral("posteriorClassCombo"));
    m_percentile = new QDoubleSpinBox(this);
    m_percentile->setObjectName(QStringLiteral("percentileSpin"));
    m_percentile->setRange(0, 99.5);
    m_percentile->setSingleStep(5);
    m_percentile->setSuffix(tr(" %"));
    m_percentile->setValue(25);
    m_percentile->setToolTip(tr("Share of the class's candidates dropped from the bottom of the posterior ranking (rule \"seed\")"));
    m_result = new QLabel(this);
    m_result->setObjectName(QStringLiteral("posteriorResult"));
    m_result->setWordWrap(true);
    // Two lines at least: the splitter sizes the pane by minimum size hints, which for a
    // word-wrapped label are one line, and squeezed the second line under the plot.
    m_result->setMinimumHeight(2 * m_result->fontMetrics().lineSpacing() + 4);
    m_plot = new QCustomPlot(this);
    m_plot->setMinimumHeight(160);
    m_plot->xAxis->setLabel(tr("posterior of the predicted (= declared) class"));
    m_plot->yAxis->setLabel(tr("candidates"));
    m_plot->setToolTip(tr("Drag the red threshold line to change the share of candidates dropped"));
    auto *bars = new QCPBars(m_plot->xAxis, m_plot->yAxis);
    bars->setWidth(1.0 / kBins);
    bars->setBrush(QColor(70, 130, 180));
    bars->setPen(QPen(QColor(40, 80, 120)));

    addPlotExport(m_plot, QStringLiteral("posterior_histogram"));
    m_wrong = new QCheckBox(tr("Highlight wrongly declared fields on the map"), this);
    m_wrong->setObjectName(QStringLiteral("wrongDeclarationsBox"));
    m_wrong->setEnabled(false);
    m_wrong->setToolTip(tr("Synthetic scenes know which declarations are wrong: their fields get magenta outlines, "
                           "so you see whether the dropped samples lie on them"));
    connect(m_wrong, &QCheckBox::toggled, this, &PosteriorInspector::toggleWrongDeclarations);
    m_job = new JobProgressWidget(this);
    m_job->setObjectName(QStringLiteral("judgeJob"));
    m_job->cancelButton()->setObjectName(QStringLiteral("cancelJudgeButton"));
    m_job->hide(); // until the first judgement
    auto *controls = new QHBoxLayout;
    controls->addWidget(m_judge);
    controls->addWidget(m_class, 1);
    controls->addWidget(new QLabel(tr("drop the lowest"), this));
    controls->addWidget(m_percentile);
    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addLayout(controls);
    layout->addWidget(m_job);
    layout->addWidget(m_plot, 1);
    layout->addWidget(m_result);
    layout->addWidget(m_wrong);

    connect(m_judge, &QPushButton::clicked, this, qOverload<>(&PosteriorInspector::judgePool));
    connect(m_class, &QComboBox::currentIndexChanged, this, &PosteriorInspector::recompute);
    connect(m_percentile, &QDoubleSpinBox::valueChanged, this, &PosteriorInspector::recompute);
    connect(&m_judging, &QFutureWatcher<core::JobResult>::finished, this, &PosteriorInspector::judged);
    connect(m_plot, &QCustomPlot::mousePress, this, &PosteriorInspector::pressOnPlot);
    connect(m_plot, &QCustomPlot::mouseMove, this, &PosteriorInspector::dragOnPlot);
    connect(m_plot, &QCustomPlot::mouseRelease, this, [this] { m_dragging = false; });
    recompute();
}

void PosteriorInspector::setJudgedPool(std::shared_ptr<const SelectionInput> input, const QStringList &classNames)
{
    m_input = std::move(input);
    const QSignalBlocker blocker(m_class);
    m_class->clear();
    m_class->addItems(classNames);
    recompute();
}

double PosteriorInspector::percentileBelow(double x) const
{
    if (m_sortedPosteriors.empty())
        return m_percentile->value();
    const auto below = std::lower_bound(m_sortedPosteriors.begin(), m_sortedPosteriors.end(), float(x)) - m_sortedPosteriors.begin();
    return 100.0 * double(below) / double(m_sortedPosteriors.size());
}

void PosteriorInspector::pressOnPlot(QMouseEvent *event)
{
    if (m_kept < 0 || event->button() != Qt::LeftButton)
        return;
    m_dragging = std::abs(event->position().x() - m_plot->xAxis->coordToPixel(m_threshold)) <= kGrabPixels;
}

void PosteriorInspector::dragOnPlot(QMouseEvent *event)
{
    const bool nearLine = m_kept >= 0 && std::abs(event->position().x() - m_plot->xAxis->coordToPixel(m_threshold)) <= kGrabPixels;
    m_plot->setCursor(m_dragging || nearLine ? Qt::SizeHorCursor : Qt::ArrowCursor);
    if (!m_dragging)
        return;
    const double x = std::clamp(m_plot->xAxis->pixelToCoord(event->position().x()), 0.0, 1.0);
    // Through the spin box, so the kept count comes from the same core call as typing it.
    m_percentile->setValue(std::min(percentileBelow(x), m_percentile->maximum()));
}

PosteriorInspector::~PosteriorInspector()
{
    if (m_feedback)
        m_feedback->cancel();
    m_judging.waitForFinished();
}

void PosteriorInspector::setProject(const core::pipeline::Project &project)
{
    m_project = project;
    m_input.reset();
    m_class->clear();
    m_wrong->setChecked(false);
    m_wrong->setEnabled(!project.parcels.isEmpty() && WrongDeclarations::isAvailable(project.resolve(project.parcels)));
    // The threshold the project's selection uses, as the starting point.
    m_percentile->setValue(project.stepOptions(QStringLiteral("select")).value(QStringLiteral("percentile")).toDouble(25.0));
    recompute();
}

void PosteriorInspector::toggleWrongDeclarations(bool shown)
{
    if (!shown || !m_project) {
        Q_EMIT wrongDeclarationsToggled(false, QString(), 0);
        return;
    }
    const QString path = m_overlays.filePath(QStringLiteral("wrong_declarations.gpkg"));
    try {
        // A few thousand parcels at most: copied here, in well under a second.
        const qint64 count = WrongDeclarations::write(m_project->resolve(m_project->parcels), path);
        Q_EMIT wrongDeclarationsToggled(true, path, count);
    } catch (const core::Error &error) {
        const QSignalBlocker blocker(m_wrong);
        m_wrong->setChecked(false);
        ErrorReporter::report(this, tr("Cannot highlight the wrongly declared fields"), error.message());
    }
}

bool PosteriorInspector::judgePool()
{
    if (!m_project || isJudging())
        return false;
    const core::pipeline::PipelineRunner runner(*m_project);
    const QString pool = core::sampling::TrainingSetJob::setPath(runner.poolFolder(), core::sampling::SplitSet::Train);
    const QString model = runner.modelPath(false);
    if (!QFileInfo::exists(pool) || !QFileInfo::exists(model))
        return false;
    return judgePool(pool, model);
}

bool PosteriorInspector::judgePool(const QString &poolPath, const QString &modelPath)
{
    if (isJudging())
        return false;
    m_judge->setEnabled(false);
    m_feedback = new PipelineFeedback(this);
    m_judgement = std::make_shared<PoolJudgementJob>(poolPath, modelPath);
    m_job->show();
    m_job->start(m_feedback, tr("Judging the pool…"));
    // The job and the feedback by pointer: both outlive the run (judged() or the destructor).
    m_judging.setFuture(QtConcurrent::run(
        [job = m_judgement, feedback = m_feedback] { return job->run(*feedback); }));
    return true;
}

bool PosteriorInspector::cancelJudging()
{
    return m_job->cancel();
}

void PosteriorInspector::judged()
{
    const core::JobResult result = m_judging.result();
    m_job->finish(result, tr("Canceled after %1; the previous judgement is kept"));
    m_feedback->deleteLater();
    m_feedback = nullptr;
    const std::shared_ptr<PoolJudgementJob> job = std::move(m_judgement);
    m_judge->setEnabled(true);
    if (result.status == core::JobResult::Status::Failed)
        ErrorReporter::report(this, tr("Cannot judge the pool"), result.message);
    if (result.succeeded())
        setJudgedPool(job->input(), job->classNames());
    else
        recompute(); // the previous judgement's line, or the hint to judge
}

void PosteriorInspector::setClassIndex(int index)
{
    m_class->setCurrentIndex(index);
}

int PosteriorInspector::classIndex() const
{
    return m_class->currentIndex();
}

QVector<double> PosteriorInspector::histogram() const
{
    QVector<double> counts;
    auto *bars = qobject_cast<QCPBars *>(m_plot->plottable(0));
    for (auto it = bars->data()->constBegin(); it != bars->data()->constEnd(); ++it)
        counts << it->value;
    return counts;
}

void PosteriorInspector::recompute()
{
    auto *bars = qobject_cast<QCPBars *>(m_plot->plottable(0));
    bars->data()->clear();
    m_plot->clearItems();
    m_kept = -1;
    m_candidates = 0;
    m_sortedPosteriors.clear();
    const int u = m_class->currentIndex();
    if (!m_input || u < 0) {
        m_result->setText(m_project ? tr("Judge the pool to see the posteriors of each class.")
                                    : tr("Open a method project with a weak model first."));
        m_plot->replot(QCustomPlot::rpQueuedReplot);
        return;
    }
    std::vector<float> posteriors;
    for (qint64 i = 0; i < m_input->size(); ++i) {
        const std::size_t k = std::size_t(i);
        if (m_input->declared[k] == u && m_input->predicted[k] == u)
            posteriors.push_back(m_input->predictedPosterior[k]);
    }
    m_candidates = qint64(posteriors.size());
    std::vector<double> counts(kBins, 0.0);
    for (float p : posteriors)
        counts[std::size_t(std::clamp(int(p * kBins), 0, kBins - 1))] += 1;
    for (int b = 0; b < kBins; ++b)
        bars->addData((b + 0.5) / kBins, counts[std::size_t(b)]);
    // The kept count is core's: the seed rule at this percentile, over the whole pool.
    core::select::SelectionOptions options;
    options.rule = core::select::SelectionRule::Seed;
    options.percentile = m_percentile->value();
    options.seed = quint64(m_project ? m_project->seed : 1);
    core::select::ClassSelectionStats keptStats;
    try {
        const core::select::SelectionResult result = core::select::ReliableSampleSelector(options).select(*m_input);
        keptStats = result.perClass[std::size_t(u)];
        m_kept = keptStats.kept;
    } catch (const core::Error &error) {
        m_result->setText(error.message());
        m_plot->replot(QCustomPlot::rpQueuedReplot);
        return;
    }
    // The line: the posterior below which this share of the candidates lies.
    std::sort(posteriors.begin(), posteriors.end());
    m_sortedPosteriors = posteriors;
    const std::size_t dropped = std::size_t(std::floor(double(posteriors.size()) * options.percentile / 100.0));
    m_threshold = posteriors.empty() ? 0.0 : double(posteriors[std::min(dropped, posteriors.size() - 1)]);
    auto *line = new QCPItemStraightLine(m_plot);
    line->point1->setCoords(m_threshold, 0);
    line->point2->setCoords(m_threshold, 1);
    line->setPen(QPen(QColor(200, 30, 30), 2.0, Qt::DashLine));
    line->setSelectable(false);
    m_plot->xAxis->setRange(0, 1);
    m_plot->yAxis->setRange(0, std::max(1.0, *std::max_element(counts.begin(), counts.end()) * 1.1));
    m_plot->replot(QCustomPlot::rpQueuedReplot);
    QString text = tr("%1: %L2 candidates; dropping the lowest %L3 % of them by posterior (below %L4) keeps %L5 pixels.")
                       .arg(m_class->currentText())
                       .arg(m_candidates)
                       .arg(options.percentile)
                       .arg(m_threshold, 0, 'f', 3)
                       .arg(m_kept);
    // A class kept whole keeps more than its candidates: say why, in core's words.
    if (const QString note = core::select::classNote(keptStats); !note.isEmpty())
        text += QLatin1Char(' ') + tr("%1 is %2.").arg(m_class->currentText(), note);
    m_result->setText(text);
    Q_EMIT keptCountChanged(m_kept);
}

} // namespace cropmap::ui
