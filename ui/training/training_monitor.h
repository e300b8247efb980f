// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <vector>

#include <QByteArray>
#include <QWidget>

#include "model/epoch_record.h"

class QComboBox;
class QCPGraph;
class QCustomPlot;
class QLabel;
class QTimer;
class QTabWidget;

namespace cropmap::ui {

class GridSearchTable;

/**
 * \brief Live training curves: loss (train, validation) and OA / macro F1 per epoch, stage 1
 * solid and stage 2 dashed after a line marking the stage change, each stage's kept epoch
 * (lowest validation loss, where early stopping keeps the weights) marked.
 *
 * Reads the epoch log the trainer rewrites atomically after every epoch
 * (`<output>/models/weak_log.json`, `final_log.json`), so it follows a run on a worker
 * thread, or one started from the CLI, without any hook into the training loop. A second tab
 * shows the model's grid-search table ("<name>.grid.json") when the train step searched one.
 */
class TrainingMonitor : public QWidget
{
    Q_OBJECT

public:
    enum class Metric { TrainLoss, ValLoss, TrainOa, ValOa, ValMacroF1 };

    explicit TrainingMonitor(QWidget *parent = nullptr);

    /** Follows the logs of the weak and final model in \a folder (e.g. <output>/models). */
    void setModelFolder(const QString &folder);
    //! Shows the weak (false) or final (true) model's log.
    void showFinalModel(bool final);
    QString logPath() const;
    //! The grid-search table of the model shown ("<output>/models/weak.grid.json", …).
    QString gridPath() const;
    GridSearchTable *gridTable() const { return m_grid; }
    //! Re-reads the log now (the monitor also polls every \a kPollMs).
    void reload();

    const std::vector<core::model::EpochRecord> &records() const { return m_records; }
    //! x (position in the run) and y of the curve drawn for \a metric in \a stage.
    QVector<double> keys(Metric metric, int stage) const;
    QVector<double> values(Metric metric, int stage) const;
    //! x of the marked kept epoch of \a stage (−1 when the stage has no epochs).
    double keptEpochKey(int stage) const;
    //! x of the stage-change line (−1 when stage 2 has not begun).
    double stageBoundaryKey() const { return m_boundary; }

    static constexpr int kPollMs = 1000;

Q_SIGNALS:
    void logUpdated();

private:
    void redraw();
    QCPGraph *graph(Metric metric, int stage) const;

    QString m_folder;
    bool m_final = false;
    QByteArray m_lastLog;
    std::vector<core::model::EpochRecord> m_records;
    double m_boundary = -1;
    double m_kept[2] = {-1, -1};
    QComboBox *m_model = nullptr;
    QLabel *m_status = nullptr;
    QCustomPlot *m_lossPlot = nullptr;
    QCustomPlot *m_accuracyPlot = nullptr;
    QTimer *m_poll = nullptr;
    QTabWidget *m_tabs = nullptr;
    GridSearchTable *m_grid = nullptr;
};

} // namespace cropmap::ui
