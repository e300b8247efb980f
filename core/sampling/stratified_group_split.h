// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <cstdint>
#include <vector>

#include "sampling/group_split.h"

namespace cropmap::core::sampling {

class SampleSet;

/** \brief A group-wise validation split that also says which classes it could not validate. */
struct StratifiedGroupSplitResult : GroupSplitResult
{
    /** Class indices with samples in the set but none on the validation side (ascending):
     *  classes of a single group, which stays in training. */
    std::vector<int> classesNotValidated;
};

/**
 * \brief Group-wise splits stratified by class: k folds for cross-validation, or a
 * train/validation split in which every class with two or more groups is on both sides.
 *
 * Groups are the parcel ids as in GroupSplit (id 0: each sample a group of its own) and are
 * never divided. A group's class is the majority class of its samples (ties: the lower class
 * index; a group with no labelled sample forms a stratum of its own). Every draw comes from
 * SeededRandom, so a seed gives the same folds with every compiler and platform.
 *
 * folds() is in the spirit of scikit-learn's StratifiedGroupKFold (shuffle=True), with a
 * simpler greedy rule that balances each class's samples over the folds:
 *  1. shuffle the groups with the seed, then stable-sort them by size, largest first (big
 *     groups are the hard ones to place; equal sizes keep the seeded order);
 *  2. put each group into the fold that so far holds the fewest samples of the group's
 *     class; ties go to the fold with the fewest samples overall, then the lowest fold number.
 * Each class's per-fold counts then differ by at most its largest group. A class with fewer
 * groups than folds is absent from the test part of some folds.
 *
 * validation() draws per class: of the G_c groups of class c (in seeded order),
 * clamp(round(fraction · G_c), 1, G_c − 1) go to validation when G_c ≥ 2; a class with a
 * single group keeps it for training and is reported in classesNotValidated.
 */
class StratifiedGroupSplit
{
public:
    /** The fold (0 … k − 1) of each sample. Throws Error for k < 2. */
    static std::vector<int> folds(const SampleSet &samples, int k, std::uint64_t seed);

    /** The stratified train/validation split; \a fraction in (0, 1), else Error. */
    static StratifiedGroupSplitResult validation(const SampleSet &samples, double fraction,
                                                 std::uint64_t seed);
};

} // namespace cropmap::core::sampling
