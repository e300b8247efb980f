// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <memory>
#include <optional>

#include <QFutureWatcher>
#include <QStringList>
#include <QTemporaryDir>
#include <QWidget>

#include "pipeline/project.h"
#include "select/reliable_sample_selector.h"
#include "util/job.h"

class QCheckBox;
class QComboBox;
class QCustomPlot;
class QDoubleSpinBox;
class QLabel;
class QMouseEvent;
class QPushButton;

namespace cropmap::ui {

class JobProgressWidget;
class PipelineFeedback;
class PoolJudgementJob;

/**
 * \brief The posteriors behind the reliable-sample selection, for one class at a time: a
 * histogram of the weak model's posterior over the class's candidates (pixels whose
 * prediction agrees with the declaration), the percentile threshold as a line, and the kept
 * count for that threshold as core's ReliableSampleSelector (rule `seed`) computes it.
 *
 * The pool is judged with the weak model on a worker thread (LibTorch inference on every
 * pool pixel, a minute or two on a real scene) and shown in the shared job widget with
 * progress and Cancel; a cancelled judgement keeps the previous one. Changing the threshold
 * then re-runs only the selection. The threshold line can
 * be dragged with the mouse: the share of candidates left of it becomes the percentile.
 */
class PosteriorInspector : public QWidget
{
    Q_OBJECT

public:
    explicit PosteriorInspector(QWidget *parent = nullptr);
    ~PosteriorInspector() override;

    void setProject(const core::pipeline::Project &project);
    /** Judges the pool with the weak model in the background; false if there is none yet. */
    bool judgePool();
    /** Judges the samples of \a poolPath with the model of \a modelPath in the background;
     *  false while a judgement runs. */
    bool judgePool(const QString &poolPath, const QString &modelPath);
    //! Asks a running judgement to stop at its next batch (what Cancel does).
    bool cancelJudging();
    //! True from judgePool() until its result is shown (or the cancel reported).
    bool isJudging() const { return m_feedback != nullptr; }
    JobProgressWidget *jobWidget() const { return m_job; }
    bool hasInput() const { return m_input != nullptr; }

    /** Shows an already judged pool (what judgePool() computes in the background). */
    void setJudgedPool(std::shared_ptr<const core::select::SelectionInput> input, const QStringList &classNames);

    void setClassIndex(int index);
    int classIndex() const;
    QDoubleSpinBox *percentileSpin() const { return m_percentile; }
    //! Kept pixels of the current class at the current percentile (−1 before judging).
    qint64 keptCount() const { return m_kept; }
    qint64 candidateCount() const { return m_candidates; }
    //! Counts of the histogram bins drawn (20 bins over [0, 1]).
    QVector<double> histogram() const;
    //! Where the threshold line is drawn (the posterior below which candidates are dropped).
    double thresholdPosterior() const { return m_threshold; }
    //! The percentile that puts the threshold at posterior \a x: the share of candidates below it.
    double percentileBelow(double x) const;
    QCustomPlot *plot() const { return m_plot; }
    //! "Highlight wrongly declared fields": enabled for synthetic scenes only.
    QCheckBox *wrongDeclarationsBox() const { return m_wrong; }

Q_SIGNALS:
    void keptCountChanged(qint64 kept);
    /** The wrongly declared parcels (a GeoPackage of \a count parcels at \a path) are to be
     *  shown on the map, or hidden when \a shown is false. */
    void wrongDeclarationsToggled(bool shown, const QString &path, qint64 count);

private:
    void judged();
    void recompute();
    void toggleWrongDeclarations(bool shown);
    void pressOnPlot(QMouseEvent *event);
    void dragOnPlot(QMouseEvent *event);

    std::optional<core::pipeline::Project> m_project;
    std::shared_ptr<const core::select::SelectionInput> m_input;
    QPushButton *m_judge = nullptr;
    QComboBox *m_class = nullptr;
    QDoubleSpinBox *m_percentile = nullptr;
    QLabel *m_result = nullptr;
    QCustomPlot *m_plot = nullptr;
    QCheckBox *m_wrong = nullptr;
    QTemporaryDir m_overlays;
    qint64 m_kept = -1;
    qint64 m_candidates = 0;
    double m_threshold = 0;
    std::vector<float> m_sortedPosteriors; //!< the current class's candidates, ascending
    bool m_dragging = false;
    JobProgressWidget *m_job = nullptr;
    PipelineFeedback *m_feedback = nullptr; //!< the running judgement's, else null
    std::shared_ptr<PoolJudgementJob> m_judgement;
    QFutureWatcher<core::JobResult> m_judging;
};

} // namespace cropmap::ui
