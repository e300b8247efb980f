// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <cstdint>
#include <functional>

#include <QString>

#include "model/model_trainer.h"

namespace cropmap::core::model {

/**
 * \brief An ensemble trained on a table with groups, each member holding out its own
 * validation groups (issue 16).
 *
 * ModelTrainer's ensembles share one train/validation split, so every member learns from the
 * same 80 % of the groups and none from the rest. Here member m draws its own stratified group
 * split of \a pool (StratifiedGroupSplit::validation with \a splitSeed(m)), early-stops on its
 * own held-out groups and trains on all the others: together the members learn from every
 * group, as a refit would, while each still chooses its steps on data it has not seen.
 *
 * Members share one normalisation (the band statistics of the whole pool) so that one model
 * file can hold them; member m trains with seed options.seed + m. With one member
 * (options.members 1, or 0 resolving to 1 on a large pool) this is exactly
 * ModelTrainer::train on the first split, the fit's own normalisation included.
 *
 * The validation figures of an ensemble are out-of-member: a pool sample is scored by the
 * mean probabilities of the members that held it out, and samples that every member trained
 * on are not scored; `member_validation` in the training metadata says so.
 */
struct GroupEnsembleRequest
{
    TrainOptions options;
    double validationFraction = 0.2;
    /** The split seed of member m (0 … members − 1). */
    std::function<std::uint64_t(int member)> splitSeed;
    QString poolName; //!< for messages: "training part of fold 2"
};

struct GroupEnsembleResult
{
    TrainingResult training;
    qint64 fitSamples = 0;        //!< member 1's training samples
    qint64 validationSamples = 0; //!< pool samples that at least one member held out
    std::vector<int> classesNotValidated; //!< by member 1's split (the same for every member)
};

/** The split seed of member \a member for a table split with \a seed: \a seed itself for the
 *  first (so one network splits as before), its own SeededRandom stream for the others. */
std::uint64_t groupSplitSeed(std::uint64_t seed, int member);

GroupEnsembleResult trainGroupEnsemble(const GroupEnsembleRequest &request,
                                       const sampling::SampleSet &pool, Feedback &feedback);

} // namespace cropmap::core::model
