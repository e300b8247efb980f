// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <limits>
#include <vector>

#include <QJsonObject>
#include <QString>

#include "evaluate/confusion_matrix.h"
#include "thematic/class_table.h"

namespace cropmap::core::evaluate {

/** \brief Area-adjusted figures of one class; NaN where undefined (see AreaEstimate). */
struct ClassAreaEstimate
{
    static constexpr double nan = std::numeric_limits<double>::quiet_NaN();
    double mappedArea = 0.0;   //!< A_m,k: area the map gives the class
    double mappedShare = 0.0;  //!< W_k = A_m,k / A_tot
    qint64 sampleCount = 0;    //!< n_k·: sample units mapped as k (the stratum's sample)
    double areaShare = nan;    //!< p̂_·k: estimated true share of the class
    double areaShareSE = nan;  //!< S(p̂_·k)
    double area = nan;         //!< Â_k = A_tot · p̂_·k
    double areaSE = nan;       //!< S(Â_k) = A_tot · S(p̂_·k)
    double areaCI95 = nan;     //!< half-width of the 95 % interval: 1.96 · S(Â_k)
    double usersAccuracy = nan;
    double usersSE = nan;
    double producersAccuracy = nan;
    double producersSE = nan;
};

/**
 * \brief Stratified (map classes as strata) estimates of class areas and accuracy with
 * standard errors, after Olofsson et al. (2014), "Good practices for estimating area and
 * assessing accuracy of land change", Remote Sens. Environ. 148, 42–57, eqs. 2–10.
 *
 * With n_ij the sample units mapped as i whose reference is j (the paper's orientation; our
 * ConfusionMatrix stores it transposed, rows = reference), n_i· their row total and
 * W_i = A_m,i / A_tot:
 * - p̂_ij = W_i · n_ij / n_i·  (estimated area proportions),
 * - p̂_·k = Σ_i p̂_ik,  S(p̂_·k) = √(Σ_i W_i² (n_ik/n_i·)(1 − n_ik/n_i·) / (n_i· − 1)),
 * - UA_i = n_ii / n_i·, V(UA_i) = UA_i (1 − UA_i) / (n_i· − 1),
 * - PA_j = p̂_jj / p̂_·j with V(PA_j) of eq. 7 (estimated totals N̂_·j = Σ_i N_i·/n_i· · n_ij),
 * - OA = Σ_j p̂_jj, V(OA) = Σ_i W_i² UA_i (1 − UA_i) / (n_i· − 1),
 * and 95 % intervals ± 1.96 · SE.
 *
 * Our test pixels are all eroded pixels of the test patches, not a per-stratum random sample;
 * the same estimator then acts as post-stratification. A mapped class with no test pixel
 * (n_i· = 0) contributes nothing to p̂ and is listed in unsampledStrata (its area cannot be
 * redistributed, so the estimates are biased by at most its W_i); a stratum with a single pixel
 * has no variance estimate and makes the SEs that need it NaN.
 */
struct AreaEstimate
{
    double totalArea = 0.0;
    QString unit;
    double overallAccuracy = ClassAreaEstimate::nan;
    double overallSE = ClassAreaEstimate::nan;
    std::vector<ClassAreaEstimate> perClass;
    //! p̂ as rows = reference, columns = map (the orientation of ConfusionMatrix), U × U
    std::vector<double> proportions;
    std::vector<int> unsampledStrata;

    /**
     * Estimates from \a matrix (rows = reference, columns = map) and the map's area per class
     * \a mappedArea (any unit, e.g. pixels or hectares, named \a unit); throws Error when the
     * sizes disagree, an area is negative or all areas are 0.
     */
    static AreaEstimate estimate(const ConfusionMatrix &matrix,
                                 const std::vector<double> &mappedArea, const QString &unit);

    QJsonObject toJson(const thematic::ClassTable &classes) const;
};

} // namespace cropmap::core::evaluate
