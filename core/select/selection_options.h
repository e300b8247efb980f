// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QJsonObject>
#include <QString>
#include <QtGlobal>

namespace cropmap::core::select {

/** The reliable-sample rules of DESIGN.md §2 "Reliable samples". */
enum class SelectionRule {
    Seed,     //!< the thesis: agreeing pixels ranked above a per-class posterior percentile
    Adaptive, //!< prune each class by its estimated disagreement rate r_u (the default)
    Parcel,   //!< drop whole parcels whose pixels mostly disagree, with a per-class guard
    None      //!< keep every labelled pixel (the control)
};

/** "seed", "adaptive", "parcel" or "none". */
QString selectionRuleName(SelectionRule rule);
/** Parses a rule name (case-insensitive); throws Error naming \a context when unknown. */
SelectionRule parseSelectionRule(const QString &name, const QString &context);

/**
 * \brief Options of the reliable-sample selection, with the defaults of DESIGN.md §2.
 *
 * Saved in the project file under "select"; fromJson() rejects unknown keys so a typo
 * never silently falls back to a default.
 */
struct SelectionOptions
{
    SelectionRule rule = SelectionRule::Adaptive;
    //! `seed`: share (in %) of each class's candidates dropped from the bottom of the ranking.
    double percentile = 25.0;
    //! `adaptive`: classes whose disagreement rate r_u is below this are kept whole.
    double adaptiveFloor = 0.05;
    //! `parcel`: a parcel is dropped when fewer than this share of its pixels agree.
    double parcelAgreement = 0.5;
    //! `parcel`: skip the rule for a class whose dropped share would exceed this.
    double parcelGuard = 0.5;
    //! k ≥ 2: judge each pixel with a weak model trained on the other k − 1 folds; 0 = off.
    int crossfitFolds = 0;
    //! Seeds tie-breaking among equal posteriors, the fold assignment and the final draw.
    quint64 seed = 1;

    QJsonObject toJson() const;
    /** Reads the keys present in \a json over the defaults; throws Error naming \a context. */
    static SelectionOptions fromJson(const QJsonObject &json, const QString &context);
    /** Throws Error naming \a context when a value is out of range. */
    void validate(const QString &context) const;

    bool operator==(const SelectionOptions &) const = default;
};

} // namespace cropmap::core::select
