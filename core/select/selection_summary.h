// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <optional>
#include <vector>

#include <QJsonObject>
#include <QString>

#include "select/reliable_sample_selector.h"
#include "select/selection_options.h"
#include "thematic/class_table.h"

namespace cropmap::core::select {

/**
 * \brief The reportable part of a selection: options, per-class counts before/after and r_u,
 * and the cleaning precision/recall on synthetic scenes (no per-pixel flags).
 *
 * JSON: {"options": {…}, "classes": [{"index", "id", "name", "labelled", "candidates",
 * "disagreement_rate", "kept", "dropped_disagreeing", "dropped_agreeing", "kept_whole",
 * "guard_applied", "guard_reason"[, "wrong_declared", "wrong_removed"]}, …], "totals": {…}
 * [, "cleaning": {…}][, "weak_model_fit": {"pool_agreement", "validation_agreement",
 * "crossfitted", "memorised"[, "warning"]}]}; an undefined rate is null; "guard_reason" is
 * selectionGuardName().
 */
/**
 * \brief How the weak model that judged the pool agrees with the declarations of the pool and
 * of the validation parcels. A model that learnt its train parcels, wrong declarations
 * included, agrees with nearly the whole pool and far less with parcels it never saw: then
 * disagreement cannot find the wrong declarations (r_u is tiny, `adaptive` and `parcel` drop
 * next to nothing). Cross-fitted judging does not have this bias.
 */
struct WeakModelFit
{
    double poolAgreement = 0;       //!< share of pool pixels predicted as declared
    double validationAgreement = 0; //!< the same on the validation set
    bool crossfitted = false;       //!< the pool was judged by models that did not see it
    //! More than 10 points of agreement on the pool above validation, without cross-fitting.
    bool memorised() const { return !crossfitted && poolAgreement - validationAgreement > 0.10; }
};

struct SelectionSummary
{
    SelectionOptions options;
    std::vector<ClassSelectionStats> perClass;
    std::optional<CleaningScore> cleaning;
    std::optional<WeakModelFit> fit;
    //! Words for the log and the report when fit says memorised(); empty otherwise.
    QString fitWarning() const;

    static SelectionSummary fromResult(const SelectionResult &result);

    /** \a classes names the rows (ids and names); it may be empty (indices only). */
    QJsonObject toJson(const thematic::ClassTable &classes) const;
    /** Reads what toJson() wrote; throws Error naming \a context when malformed. */
    static SelectionSummary fromJson(const QJsonObject &json, const QString &context);

    /**
     * A plain-text table for the run log and the CLI: one row per class with its counts, r_u
     * and a note (classNote()), then the totals. \a classes names the rows; it may be empty.
     */
    QString describe(const thematic::ClassTable &classes) const;

    /** Writes toJson() atomically to \a path; throws Error naming the file. */
    void write(const QString &path, const thematic::ClassTable &classes) const;
};

/**
 * Why a class was kept whole, in words for the report ("kept whole: the weak model never
 * predicts it"); empty when the rule applied to it normally.
 */
QString classNote(const ClassSelectionStats &stats);

} // namespace cropmap::core::select
