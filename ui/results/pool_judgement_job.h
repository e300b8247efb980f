// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <memory>

#include <QCoreApplication>
#include <QStringList>

#include "select/reliable_sample_selector.h"
#include "util/job.h"

namespace cropmap::ui {

/**
 * \brief Judges the train pool with the weak model: every pool pixel's predicted class and
 * posteriors, the input of the reliable-sample selection.
 *
 * LibTorch inference over a real scene's pool takes a minute or two, so execute() predicts
 * in batches of kBatch pixels, reporting progress and stopping at the next batch once the
 * feedback is cancelled. Meant for a worker thread: it loads its own model and touches no
 * widget; the result is read after run() returned.
 */
class PoolJudgementJob : public core::Job
{
    Q_DECLARE_TR_FUNCTIONS(cropmap::ui::PoolJudgementJob)

public:
    //! Pixels predicted between two progress reports and cancellation checks.
    static constexpr qint64 kBatch = 4096;

    PoolJudgementJob(QString poolPath, QString modelPath);

    QString name() const override;
    //! Null unless run() succeeded.
    std::shared_ptr<const core::select::SelectionInput> input() const { return m_input; }
    const QStringList &classNames() const { return m_classNames; }

protected:
    void execute(core::Feedback &feedback) override;

private:
    QString m_poolPath;
    QString m_modelPath;
    std::shared_ptr<const core::select::SelectionInput> m_input;
    QStringList m_classNames;
};

} // namespace cropmap::ui
