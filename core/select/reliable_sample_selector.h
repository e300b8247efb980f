// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <algorithm>

#include <cstdint>
#include <limits>
#include <optional>
#include <vector>

#include <QString>
#include <QtGlobal>

#include "select/selection_options.h"

namespace cropmap::core::select {

/**
 * \brief What the weak model said about every labelled pixel of the training patches.
 *
 * Parallel arrays, one entry per pixel. Classes are indices 0…classCount−1 of the class table.
 */
struct SelectionInput
{
    int classCount = 0;
    std::vector<int> declared;             //!< declared class (M_er); −1 = unlabelled, ignored
    std::vector<int> predicted;            //!< predicted class (M_pred)
    std::vector<float> predictedPosterior; //!< P: the max softmax, posterior of predicted
    std::vector<float> declaredPosterior;  //!< softmax of the declared class (for `adaptive`)
    std::vector<std::uint32_t> parcelId;   //!< 0 = not in a known parcel (judged alone)
    std::vector<int> trueClass;            //!< optional (synthetic scenes): empty or −1 = unknown

    qint64 size() const { return qint64(declared.size()); }

    /**
     * Builds the input from the class probabilities of n pixels (\a probabilities holds
     * n × classCount floats, pixel-major): predicted = argmax, its posterior and the posterior
     * of the declared class.
     */
    static SelectionInput fromProbabilities(int classCount, std::vector<int> declared,
                                            const std::vector<float> &probabilities,
                                            std::vector<std::uint32_t> parcelId,
                                            std::vector<int> trueClass = {});
    /** The input before judgement (predictions 0, posteriors 0): judge() each pixel, e.g.
     *  part by part for a pool larger than memory. */
    static SelectionInput unjudged(int classCount, std::vector<int> declared,
                                   std::vector<std::uint32_t> parcelId, std::vector<int> trueClass = {});
    /** Sets pixel \a i's prediction from its classCount probabilities \a p. */
    void judge(qint64 i, const float *p)
    {
        const auto k = std::size_t(i);
        const int best = int(std::max_element(p, p + classCount) - p);
        predicted[k] = best;
        predictedPosterior[k] = p[best];
        const int d = declared[k];
        declaredPosterior[k] = d >= 0 && d < classCount ? p[d] : 0.0f;
    }
};

/**
 * Why a rule was skipped for a class, which is then kept whole. The rules judge declarations,
 * not classes: a class the weak model cannot yet separate would otherwise lose every pixel
 * (or most of them) and the final model could not learn it at all.
 */
enum class SelectionGuard {
    None,         //!< the rule applied
    NoCandidates, //!< `seed`, `adaptive`: the weak model predicts none of the class's pixels as it
    WouldEmpty,   //!< the rule would have dropped every pixel of the class
    ParcelShare   //!< `parcel`: the dropped share would have exceeded parcel_guard
};

/** "none", "no_candidates", "would_empty" or "parcel_share" (selection.json). */
QString selectionGuardName(SelectionGuard guard);
/** Parses selectionGuardName(); an unknown name reads as None. */
SelectionGuard parseSelectionGuard(const QString &name);

/** \brief Per-class counts of one selection, for the report ("counts before/after, r_u"). */
struct ClassSelectionStats
{
    qint64 labelled = 0;   //!< N_u: pixels declared u
    qint64 candidates = 0; //!< pixels with prediction = declaration = u
    //! r_u: share of class-u pixels the weak model predicts as another class (NaN if N_u = 0)
    double disagreementRate = std::numeric_limits<double>::quiet_NaN();
    qint64 kept = 0;
    qint64 droppedDisagreeing = 0; //!< dropped pixels predicted as another class
    //! dropped agreeing pixels: low posterior rank (seed, adaptive) or in a bad parcel (parcel)
    qint64 droppedAgreeing = 0;
    //! `adaptive`: r_u below the floor; `none`: always; any rule: a guard kept the class
    bool keptWhole = false;
    bool guardApplied = false; //!< the rule was skipped for this class (guard says why)
    SelectionGuard guard = SelectionGuard::None;
    qint64 wrongDeclared = -1; //!< with true labels: pixels declared u whose truth differs
    qint64 wrongRemoved = -1;  //!< with true labels: of those, how many were dropped

    bool operator==(const ClassSelectionStats &) const = default;
};

/**
 * \brief How well a selection removed wrongly declared pixels (synthetic scenes only).
 *
 * precision = removed wrong / removed, recall = removed wrong / all wrong,
 * correctKeptShare = kept correct / all correct; NaN where the denominator is 0.
 */
struct CleaningScore
{
    qint64 wrong = 0;
    qint64 removed = 0;
    qint64 removedWrong = 0;
    qint64 correct = 0;
    qint64 keptCorrect = 0;
    double precision = std::numeric_limits<double>::quiet_NaN();
    double recall = std::numeric_limits<double>::quiet_NaN();
    double correctKeptShare = std::numeric_limits<double>::quiet_NaN();
};

/** \brief The outcome of a selection: a keep flag per pixel and the per-class summary. */
struct SelectionResult
{
    SelectionOptions options;
    std::vector<std::uint8_t> keep; //!< 1 = in the reliable pool
    std::vector<ClassSelectionStats> perClass;
    std::optional<CleaningScore> cleaning;

    qint64 keptCount() const;
    qint64 labelledCount() const;
};

/**
 * \brief Reliable-sample selection of DESIGN.md §2: which labelled pixels the final model
 * may learn from, judged by the weak model's predictions.
 *
 * Works on plain arrays, so it does not care whether the predictions came from one weak
 * model or from cross-fitted ones (see assignCrossfitFolds()).
 *
 * Ranking: wherever pixels are ordered by posterior, ties (many posteriors of exactly 1.0)
 * are broken by a seeded hash of the pixel's position in the input, and exactly the computed
 * number of pixels is dropped, so equal posteriors never empty a class.
 *
 * Guard: no rule empties a declared class. A class the weak model never predicts (no
 * candidates) would lose all its pixels under `seed` and `adaptive`; like a class that the
 * `parcel` rule would strip beyond its guard share, it is kept whole and flagged
 * (ClassSelectionStats::guard), since that is a class the weak model cannot yet separate,
 * not a set of wrong declarations.
 */
class ReliableSampleSelector
{
public:
    explicit ReliableSampleSelector(SelectionOptions options = {});

    const SelectionOptions &options() const { return m_options; }

    /** Selects; throws Error when the arrays disagree in size or hold invalid classes. */
    SelectionResult select(const SelectionInput &input) const;

private:
    void selectSeed(const SelectionInput &input, SelectionResult &result) const;
    void selectAdaptive(const SelectionInput &input, SelectionResult &result) const;
    void selectParcel(const SelectionInput &input, SelectionResult &result) const;

    SelectionOptions m_options;
};

} // namespace cropmap::core::select
