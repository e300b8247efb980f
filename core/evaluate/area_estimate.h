// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <cstdint>
#include <limits>
#include <vector>

#include <QJsonArray>
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
 * \brief The test pixels grouped into clusters (whole parcels): per cluster, how many of its
 * pixels the map gives class i with reference class j. Sample units drawn as whole parcels are
 * not independent pixels; AreaEstimate uses these counts for standard errors at parcel level.
 */
struct ClusterCounts
{
    struct Cell
    {
        int mapped = 0;    //!< map class index i
        int reference = 0; //!< reference class index j
        qint64 count = 0;
        bool operator==(const Cell &) const = default;
    };
    std::vector<std::vector<Cell>> clusters; //!< one list of cells per cluster

    bool isEmpty() const { return clusters.empty(); }
    /** Counts pixel k (cluster id \a cluster[k], classes \a reference[k] and \a mapped[k]);
     *  pixels with a class < 0 are left out. Throws Error when the sizes differ. */
    static ClusterCounts fromPixels(const std::vector<std::uint64_t> &cluster, const std::vector<int> &reference,
                                    const std::vector<int> &mapped);
    /** [[i, j, count, i, j, count, …], …]: one array per cluster. */
    QJsonArray toJson() const;
    /** Reads toJson(); throws Error naming \a context when malformed or a class ≥ \a classes. */
    static ClusterCounts fromJson(const QJsonArray &json, int classes, const QString &context);
    bool operator==(const ClusterCounts &) const = default;
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
 * the same estimator then acts as post-stratification. Given the pixels' clusters (whole
 * parcels, ClusterCounts), the point estimates stay the same but every standard error is
 * computed at cluster level instead, by linearisation with the clusters as primary units:
 * with m_ci the cluster's pixels mapped as i, y_cij those of them with reference j, M_i = n_i·
 * and r_ij = n_ij / n_i·, an estimate θ̂ = Σ_i W_i r_i·(…) has cluster scores
 * z_c = Σ_i (W_i / M_i)(y_ci· − r_i· m_ci) and V̂(θ̂) = n/(n − 1) Σ_c z_c² over the n clusters
 * (p̂_·k: y_cik; OA: y_cii; UA_i: W = 1 for stratum i only; PA_j = p̂_jj / p̂_·j:
 * z_c = (z_c(p̂_jj) − PA_j z_c(p̂_·j)) / p̂_·j). A parcel's pixels may fall in several strata,
 * which this handles; with one pixel per cluster it is close to the pixel formulas above. A mapped class with no test pixel
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
    /** The same point estimates with standard errors at cluster level (see above); throws
     *  Error when \a clusters do not add up to \a matrix. Fewer than 2 clusters: NaN SEs. */
    static AreaEstimate estimate(const ConfusionMatrix &matrix, const std::vector<double> &mappedArea,
                                 const QString &unit, const ClusterCounts &clusters);

    qint64 clusterCount = 0; //!< 0: standard errors at pixel level (Olofsson's formulas)

    QJsonObject toJson(const thematic::ClassTable &classes) const;
};

} // namespace cropmap::core::evaluate
