// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <cstdint>
#include <vector>

#include <QJsonObject>
#include <QJsonValue>
#include <QString>

#include "sampling/seeded_random.h"
#include "thematic/class_table.h"

namespace cropmap::core::sampling {

/** \brief Options of the stratified weak training set (DESIGN.md §2, defaults from there). */
struct StratifiedSamplingOptions
{
    qint64 budget = 100000;       //!< S, training samples over all classes
    double kBoost = 2.0;          //!< multiplies the priors of least-present classes
    double kMin = 0.01;           //!< added to the shares of least-present classes
    //! τ = this percentile of the priors, in percent, (1, 100]: percent in the project, the
    //! CLI and the GUI alike, so that "65" means one plan everywhere.
    double quantilePercent = 65.0;
    double validationBudgetFraction = 0.25; //!< validation budget = S × this, same scheme
    std::uint64_t seed = 1;

    /**
     * The percentile τ is taken at, from a project's "quantile" or the CLI's --quantile: a
     * number (or numeric text) in (1, 100]; absent or null gives the default 65. A value in
     * (0, 1] is refused as a fraction with a hint ("did you mean 65?"), since 0.65 taken as
     * percent would be a different plan. Throws Error starting with \a where.
     */
    static double parseQuantilePercent(const QJsonValue &value, const QString &where);

    /**
     * The options of a project's "sampling" section (budget, k_boost, k_min, quantile,
     * validation_budget, seed), \a seed where it gives none. Throws Error starting with
     * \a where for a quantile parseQuantilePercent() refuses.
     */
    static StratifiedSamplingOptions fromJson(const QJsonObject &section, std::uint64_t seed,
                                              const QString &where);
};

/** \brief One class's row of the sampling plan: what `cropmap sample` prints before drawing. */
struct ClassPlan
{
    thematic::TargetClass targetClass;
    qint64 total = 0;       //!< N_u: eroded pixels of the class in the whole study area
    double prior = 0;       //!< p_u = N_u / N
    bool mostPresent = false; //!< p_u ≥ τ
    double share = 0;       //!< s_u
    qint64 available = 0;   //!< pixels the sampled patches hold (the cap)
    qint64 planned = 0;     //!< n_u = min(available, round(S · s_u / Σ s))
};

/**
 * \brief The seed's stratified sampling (Weikmann et al., Methodology) with DESIGN.md's shares.
 *
 * Priors p_u = N_u / N over the eroded map of the study area; τ = the options' percentile of
 * {p_u} (65th by default);
 * s_u = p_u for most-present classes (p_u ≥ τ), s_u = k_boost · p_u + k_min for the others;
 * n_u = min(N_u, round(S · s_u / Σ s)), N_u capped by what the sampled patches hold.
 */
class StratifiedSampler
{
public:
    /**
     * The \a q quantile of \a values by linear interpolation between order statistics (numpy's
     * default "linear" method): sort x₀ ≤ … ≤ x_{n−1}, h = (n − 1)·q, result
     * x_⌊h⌋ + (h − ⌊h⌋)·(x_{⌊h⌋+1} − x_⌊h⌋). Throws Error for an empty list or q ∉ [0, 1].
     */
    static double quantile(std::vector<double> values, double q);

    /**
     * The plan for \a classes with whole-area counts \a totals and pool sizes \a available
     * (same order), for \a budget samples. Classes with N_u = 0 must be left out by the caller
     * (a class absent from the eroded map has no prior). Returns τ in \a threshold.
     */
    static std::vector<ClassPlan> plan(const thematic::ClassTable &classes,
                                       const std::vector<qint64> &totals,
                                       const std::vector<qint64> &available, qint64 budget,
                                       const StratifiedSamplingOptions &options,
                                       double *threshold = nullptr);

    /** \a count distinct values of [0, \a population), sorted (Floyd's algorithm, seeded). */
    static std::vector<qint64> chooseOrdinals(qint64 population, qint64 count, SeededRandom &random);

    /** The plan as a text table (class, N_u, p_u, group, s_u, available, n_u) under a line
     *  with τ and the percentile \a quantilePercent it was taken at. */
    static QString formatPlan(const std::vector<ClassPlan> &plan, double threshold,
                              double quantilePercent, const QString &poolName);

    /** "65th", "21st", "62.5th": the percentile as the plan prints it. */
    static QString percentileName(double percent);
};

} // namespace cropmap::core::sampling
