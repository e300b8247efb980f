// SPDX-License-Identifier: GPL-3.0-or-later
#include "model/group_ensemble.h"

#include <QCoreApplication>
#include <QJsonArray>
#include <QJsonObject>

#include <algorithm>
#include <cmath>

#include "model/classification_scores.h"
#include "model/training_schedule.h"
#include "sampling/sample_set.h"
#include "sampling/seeded_random.h"
#include "sampling/stratified_group_split.h"
#include "util/error.h"
#include "util/feedback.h"

namespace cropmap::core::model {

namespace {

QString tr(const char *text)
{
    return QCoreApplication::translate("cropmap::core::model", text);
}

} // namespace

std::uint64_t groupSplitSeed(std::uint64_t seed, int member)
{
    return member == 0 ? seed
                       : sampling::SeededRandom::forStream(seed, QStringLiteral("validation-member-%1").arg(member)).next();
}

GroupEnsembleResult trainGroupEnsemble(const GroupEnsembleRequest &request,
                                       const sampling::SampleSet &pool, Feedback &feedback)
{
    if (!request.splitSeed)
        throw Error(tr("A group ensemble needs a split seed for every member"));
    const auto splitOf = [&](int member) {
        return sampling::StratifiedGroupSplit::validation(pool, request.validationFraction,
                                                          request.splitSeed(member));
    };
    GroupEnsembleResult out;
    const sampling::StratifiedGroupSplitResult first = splitOf(0);
    out.classesNotValidated = first.classesNotValidated;
    out.fitSamples = qint64(first.train.size());
    const int members = request.options.members > 0
        ? request.options.members
        : TrainingSchedule::autoMembers(qint64(first.train.size()), true);

    TrainOptions options = request.options;
    options.members = 1;
    if (members == 1) {
        const sampling::SampleSet fit = pool.subset(first.train);
        const sampling::SampleSet validation = pool.subset(first.validation);
        out.validationSamples = validation.size();
        out.training = ModelTrainer(options).train(fit, validation, feedback, request.poolName,
                                                   tr("validation groups of %1").arg(request.poolName));
        if (request.options.members == 0)
            out.training.model.metadata().training.insert(QStringLiteral("members_auto"), true);
        return out;
    }

    if (request.options.members == 0)
        feedback.log(tr("%1 training samples: an ensemble of %2 networks, each holding out its own "
                        "validation groups (members auto: %2 up to %3 samples, 1 above)")
                         .arg(first.train.size())
                         .arg(members)
                         .arg(TrainingSchedule::kAutoMembersUpTo));
    const BandStatistics normalisation = BandStatistics::compute(pool);
    const int classes = pool.classes().size();
    // Out-of-member probabilities: summed over the members that held each sample out.
    std::vector<double> heldOutSum(std::size_t(pool.size()) * std::size_t(classes), 0.0);
    std::vector<int> heldOutBy(std::size_t(pool.size()), 0);
    QJsonArray memberRuns;
    TrainingResult ensemble;
    for (int m = 0; m < members; ++m) {
        feedback.throwIfCanceled();
        const sampling::StratifiedGroupSplitResult split = m == 0 ? first : splitOf(m);
        const sampling::SampleSet fit = pool.subset(split.train);
        const sampling::SampleSet validation = pool.subset(split.validation);
        TrainOptions memberOptions = options;
        memberOptions.seed = request.options.seed + quint64(m);
        memberOptions.checkpointPath = memberPath(options.checkpointPath, m, true);
        memberOptions.logPath = memberPath(options.logPath, m, false);
        feedback.log(tr("Ensemble member %1 of %2 (seed %3): %4 groups (%5 samples) train, "
                        "%6 groups (%7 samples) validation")
                         .arg(m + 1)
                         .arg(members)
                         .arg(memberOptions.seed)
                         .arg(split.trainGroups)
                         .arg(split.train.size())
                         .arg(split.validationGroups)
                         .arg(split.validation.size()));
        ScopedFeedback memberFeedback(feedback, double(m) / members, double(m + 1) / members);
        ModelTrainer trainer(memberOptions);
        trainer.setNormalisation(normalisation);
        TrainingResult member = trainer.train(fit, validation, memberFeedback, request.poolName,
                                              tr("member %1's validation groups of %2").arg(m + 1).arg(request.poolName));
        const std::vector<float> p = member.model.predictProbabilities(validation, QString());
        for (std::size_t i = 0; i < split.validation.size(); ++i) {
            const auto row = std::size_t(split.validation[i]);
            ++heldOutBy[row];
            for (int u = 0; u < classes; ++u)
                heldOutSum[row * std::size_t(classes) + std::size_t(u)] += p[i * std::size_t(classes) + std::size_t(u)];
        }
        memberRuns.append(QJsonObject{{QStringLiteral("member"), m + 1},
                                      {QStringLiteral("seed"), QString::number(memberOptions.seed)},
                                      {QStringLiteral("train_samples"), double(split.train.size())},
                                      {QStringLiteral("val_samples"), double(split.validation.size())},
                                      {QStringLiteral("val_loss"), member.valLoss},
                                      {QStringLiteral("val_oa"), member.valOa},
                                      {QStringLiteral("val_macro_f1"), member.valMacroF1},
                                      {QStringLiteral("stages"), member.model.metadata().training.value(QStringLiteral("stages"))}});
        if (m == 0)
            ensemble = std::move(member); // its check log stays the one the curves show
        else
            ensemble.model.addMembers(std::move(member.model));
    }

    // Out-of-member scores: each held-out sample by the mean of the members that held it out.
    std::vector<double> confusion(std::size_t(classes) * std::size_t(classes), 0.0);
    double loss = 0.0;
    qint64 scored = 0;
    for (qint64 i = 0; i < pool.size(); ++i) {
        const int truth = pool.classIndex(i);
        const int by = heldOutBy[std::size_t(i)];
        if (truth < 0 || by == 0)
            continue;
        const double *sum = heldOutSum.data() + std::size_t(i) * std::size_t(classes);
        const int predicted = int(std::max_element(sum, sum + classes) - sum);
        confusion[std::size_t(truth) * std::size_t(classes) + std::size_t(predicted)] += 1.0;
        loss -= std::log(std::max(sum[truth] / by, 1e-30));
        ++scored;
    }
    const ClassificationScores scores = ClassificationScores::fromConfusion(confusion, classes);
    ensemble.valLoss = scored > 0 ? loss / double(scored) : 0.0;
    ensemble.valOa = scores.overallAccuracy;
    ensemble.valMacroF1 = scores.macroF1;
    ensemble.valSamples = scored;
    out.validationSamples = scored;

    QJsonObject training = ensemble.model.metadata().training;
    training.insert(QStringLiteral("members"), members);
    if (request.options.members == 0)
        training.insert(QStringLiteral("members_auto"), true);
    training.insert(QStringLiteral("seed"), QString::number(request.options.seed));
    training.insert(QStringLiteral("member_runs"), memberRuns);
    training.insert(QStringLiteral("member_validation"),
                    QStringLiteral("own groups per member; validation figures out-of-member"));
    training.insert(QStringLiteral("normalisation_from"), QStringLiteral("the whole pool"));
    training.insert(QStringLiteral("val_loss"), ensemble.valLoss);
    training.insert(QStringLiteral("val_oa"), ensemble.valOa);
    training.insert(QStringLiteral("val_macro_f1"), ensemble.valMacroF1);
    training.insert(QStringLiteral("val_samples"), double(scored));
    ensemble.model.metadata().training = training;
    feedback.log(tr("Ensemble of %1 members, out-of-member on %2 held-out samples: val loss %3, "
                    "val OA %4, val macro F1 %5")
                     .arg(members)
                     .arg(scored)
                     .arg(ensemble.valLoss, 0, 'f', 4)
                     .arg(ensemble.valOa, 0, 'f', 4)
                     .arg(ensemble.valMacroF1, 0, 'f', 4));
    out.training = std::move(ensemble);
    return out;
}

} // namespace cropmap::core::model
