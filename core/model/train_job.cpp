// SPDX-License-Identifier: GPL-3.0-or-later
#include "model/train_job.h"

#include <memory>

#include "model/distributed_context.h"
#include "model/grid_search.h"
#include "model/group_ensemble.h"
#include "model/model_trainer.h"
#include "sampling/sample_set.h"
#include "sampling/stratified_group_split.h"
#include "util/error.h"
#include "util/feedback.h"

namespace cropmap::core::model {

TrainJob::TrainJob(TrainJobSettings settings)
    : m_settings(std::move(settings))
{}

QString TrainJob::name() const
{
    return tr("Train %1 model").arg(modelKindName(m_settings.options.spec.kind));
}

void TrainJob::execute(Feedback &feedback)
{
    m_settings.options.validate();
    feedback.setProgress(0.0, tr("Reading samples"));
    sampling::SampleSet train = sampling::SampleSet::load(m_settings.trainPath);
    sampling::SampleSet validation;
    const bool groups = m_settings.groupValidationFraction > 0.0;
    if (!groups)
        validation = sampling::SampleSet::load(m_settings.validationPath);
    feedback.throwIfCanceled();

    std::unique_ptr<DistributedContext> distributed;
    if (m_settings.useDistributedEnvironment) {
        if (const auto settings = DistributedSettings::fromEnvironment()) {
            feedback.setProgress(0.0, tr("Joining %1 processes at %2:%3")
                                          .arg(settings->worldSize)
                                          .arg(settings->masterAddress)
                                          .arg(settings->masterPort));
            distributed = std::make_unique<DistributedContext>(*settings);
            m_summary.rank = distributed->rank();
            m_summary.worldSize = distributed->worldSize();
        }
    }
    const bool root = m_summary.rank == 0;
    const QString base = GridSearch::outputBase(m_settings.modelPath);
    ScopedFeedback trainingFeedback(feedback, 0.02, 1.0);

    if (groups && m_settings.grid.isEmpty() && !distributed) {
        GroupEnsembleRequest request;
        request.options = m_settings.options;
        request.options.checkpointPath = base + QStringLiteral(".checkpoint");
        request.options.logPath = base + QStringLiteral(".log");
        request.validationFraction = m_settings.groupValidationFraction;
        request.splitSeed = [seed = m_settings.groupSplitSeed](int member) { return groupSplitSeed(seed, member); };
        request.poolName = m_settings.trainPath;
        GroupEnsembleResult result = trainGroupEnsemble(request, train, trainingFeedback);
        result.training.model.save(m_settings.modelPath);
        m_summary.valLoss = result.training.valLoss;
        m_summary.valOa = result.training.valOa;
        m_summary.valMacroF1 = result.training.valMacroF1;
        m_summary.epochs = int(result.training.log.size());
        feedback.setProgress(1.0, tr("Done"));
        return;
    }
    if (groups) {
        const auto split = sampling::StratifiedGroupSplit::validation(
            train, m_settings.groupValidationFraction, groupSplitSeed(m_settings.groupSplitSeed, 0));
        validation = train.subset(split.validation);
        train = train.subset(split.train);
    }

    if (!m_settings.grid.isEmpty()) {
        GridSearch search(m_settings.options, m_settings.grid, m_settings.modelPath,
                          distributed.get());
        search.setEpochObserver(m_observer);
        const GridSearch::Result result = search.run(train, validation, trainingFeedback,
                                                     m_settings.trainPath,
                                                     m_settings.validationPath);
        if (result.bestIndex >= 0) {
            const GridPoint &best = result.points[std::size_t(result.bestIndex)];
            m_summary.valLoss = best.valLoss;
            m_summary.valOa = best.valOa;
            m_summary.valMacroF1 = best.valMacroF1;
            m_summary.epochs = best.epochs;
            m_summary.gridSummary = tr("best of %1 grid points: #%2, learning rate %3, dropout "
                                       "%4, batch size %5 (table: %6.grid.csv)")
                                        .arg(result.points.size())
                                        .arg(result.bestIndex)
                                        .arg(best.learningRate)
                                        .arg(best.dropout)
                                        .arg(best.batchSize)
                                        .arg(base);
        }
        if (distributed)
            distributed->barrier(); // no rank leaves while another still talks to the group
        return;
    }

    TrainOptions options = m_settings.options;
    options.checkpointPath = base + QStringLiteral(".checkpoint");
    options.logPath = base + QStringLiteral(".log");
    ModelTrainer trainer(options, distributed.get());
    trainer.setEpochObserver(m_observer);
    TrainingResult result = trainer.train(train, validation, trainingFeedback,
                                          m_settings.trainPath, m_settings.validationPath);
    if (root)
        result.model.save(m_settings.modelPath);
    else if (m_settings.everyRankWritesModel)
        result.model.save(m_settings.modelPath + QStringLiteral(".rank%1").arg(m_summary.rank));
    if (distributed)
        distributed->barrier(); // no rank leaves while another still talks to the group
    m_summary.valLoss = result.valLoss;
    m_summary.valOa = result.valOa;
    m_summary.valMacroF1 = result.valMacroF1;
    m_summary.epochs = int(result.log.size());
    feedback.setProgress(1.0, tr("Done"));
}

} // namespace cropmap::core::model
