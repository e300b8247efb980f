// SPDX-License-Identifier: GPL-3.0-or-later
#include "evaluate/area_estimate.h"

#include <algorithm>
#include <cmath>
#include <unordered_map>

#include <QCoreApplication>
#include <QJsonArray>

#include "evaluate/accuracy_metrics.h"
#include "util/error.h"

namespace cropmap::core::evaluate {

namespace {

constexpr double kNaN = std::numeric_limits<double>::quiet_NaN();
constexpr double kZ95 = 1.96;

} // namespace

AreaEstimate AreaEstimate::estimate(const ConfusionMatrix &matrix,
                                    const std::vector<double> &mappedArea, const QString &unit)
{
    const int U = matrix.classCount();
    if (int(mappedArea.size()) != U)
        throw Error(QCoreApplication::translate("cropmap::core::evaluate",
                                                "Area estimation: %1 mapped areas for %2 classes")
                        .arg(mappedArea.size()).arg(U));
    AreaEstimate result;
    result.unit = unit;
    for (double a : mappedArea) {
        if (!(a >= 0.0))
            throw Error(QCoreApplication::translate("cropmap::core::evaluate",
                                                    "Area estimation: a mapped area is negative"));
        result.totalArea += a;
    }
    if (result.totalArea <= 0.0)
        throw Error(QCoreApplication::translate("cropmap::core::evaluate",
                                                "Area estimation: the map has no area"));

    // Paper orientation: n(i, j) = units mapped as i with reference j.
    const auto n = [&](int i, int j) { return double(matrix.at(j, i)); };
    std::vector<double> W(static_cast<std::size_t>(U), 0.0);
    std::vector<double> rowTotal(static_cast<std::size_t>(U), 0.0);
    result.perClass.resize(std::size_t(U));
    result.proportions.assign(std::size_t(U) * std::size_t(U), 0.0);
    for (int i = 0; i < U; ++i) {
        W[std::size_t(i)] = mappedArea[std::size_t(i)] / result.totalArea;
        rowTotal[std::size_t(i)] = double(matrix.predictedTotal(i));
        auto &c = result.perClass[std::size_t(i)];
        c.mappedArea = mappedArea[std::size_t(i)];
        c.mappedShare = W[std::size_t(i)];
        c.sampleCount = matrix.predictedTotal(i);
        if (c.sampleCount == 0) {
            if (W[std::size_t(i)] > 0.0)
                result.unsampledStrata.push_back(i);
            continue;
        }
        for (int j = 0; j < U; ++j)
            result.proportions[std::size_t(j) * std::size_t(U) + std::size_t(i)] =
                W[std::size_t(i)] * n(i, j) / rowTotal[std::size_t(i)];
    }
    const auto p = [&](int i, int j) { // p̂_ij, i = map, j = reference
        return result.proportions[std::size_t(j) * std::size_t(U) + std::size_t(i)];
    };
    // W_i² · q(1 − q) / (n_i· − 1) with q = n_ij / n_i·: the variance contribution of stratum i.
    const auto stratumVariance = [&](int i, double q) {
        const double wi = W[std::size_t(i)], ni = rowTotal[std::size_t(i)];
        if (wi == 0.0 || ni == 0.0)
            return 0.0;
        return ni < 2.0 ? kNaN : wi * wi * q * (1.0 - q) / (ni - 1.0);
    };

    double oaVariance = 0.0;
    result.overallAccuracy = 0.0;
    for (int k = 0; k < U; ++k) {
        auto &c = result.perClass[std::size_t(k)];
        double share = 0.0, shareVariance = 0.0;
        for (int i = 0; i < U; ++i) {
            share += p(i, k);
            if (rowTotal[std::size_t(i)] > 0.0)
                shareVariance += stratumVariance(i, n(i, k) / rowTotal[std::size_t(i)]);
        }
        c.areaShare = share;
        c.areaShareSE = std::sqrt(shareVariance);
        c.area = result.totalArea * share;
        c.areaSE = result.totalArea * c.areaShareSE;
        c.areaCI95 = kZ95 * c.areaSE;
        result.overallAccuracy += p(k, k);

        const double nk = rowTotal[std::size_t(k)];
        if (nk > 0.0) {
            c.usersAccuracy = n(k, k) / nk;
            c.usersSE = nk >= 2.0 ? std::sqrt(c.usersAccuracy * (1.0 - c.usersAccuracy) / (nk - 1.0))
                                  : kNaN;
        }
        oaVariance += stratumVariance(k, nk > 0.0 ? n(k, k) / nk : 0.0);
        if (share > 0.0)
            c.producersAccuracy = p(k, k) / share;
    }
    result.overallSE = std::sqrt(oaVariance);

    // Eq. 7: V(PA_j) = 1/N̂_·j² [N_j·² (1 − PA_j)² UA_j (1 − UA_j) / (n_j· − 1)
    //                          + PA_j² Σ_{i≠j} N_i·² (n_ij/n_i·)(1 − n_ij/n_i·) / (n_i· − 1)],
    // with N_i· = mapped area of i and N̂_·j = Σ_i N_i· n_ij / n_i· = A_tot · p̂_·j.
    for (int j = 0; j < U; ++j) {
        auto &c = result.perClass[std::size_t(j)];
        if (std::isnan(c.producersAccuracy) || std::isnan(c.usersAccuracy))
            continue;
        const double Nhat = result.totalArea * c.areaShare;
        const double Nj = mappedArea[std::size_t(j)], nj = rowTotal[std::size_t(j)];
        const double pa = c.producersAccuracy, ua = c.usersAccuracy;
        double variance = nj >= 2.0 ? Nj * Nj * (1.0 - pa) * (1.0 - pa) * ua * (1.0 - ua) / (nj - 1.0)
                                    : kNaN;
        for (int i = 0; i < U; ++i) {
            if (i == j || rowTotal[std::size_t(i)] == 0.0)
                continue;
            const double q = n(i, j) / rowTotal[std::size_t(i)];
            // N_i·² · q(1 − q)/(n_i· − 1) = A_tot² · W_i² q(1 − q)/(n_i· − 1)
            variance += pa * pa * result.totalArea * result.totalArea * stratumVariance(i, q);
        }
        c.producersSE = std::sqrt(variance / (Nhat * Nhat));
    }
    return result;
}

ClusterCounts ClusterCounts::fromPixels(const std::vector<std::uint64_t> &cluster, const std::vector<int> &reference,
                                        const std::vector<int> &mapped)
{
    if (cluster.size() != reference.size() || cluster.size() != mapped.size())
        throw Error(QCoreApplication::translate("cropmap::core::evaluate",
                                                "Area estimation: %1 cluster ids for %2 reference and %3 mapped pixels")
                        .arg(cluster.size()).arg(reference.size()).arg(mapped.size()));
    ClusterCounts result;
    std::unordered_map<std::uint64_t, std::size_t> indexOf;
    for (std::size_t k = 0; k < cluster.size(); ++k) {
        if (reference[k] < 0 || mapped[k] < 0)
            continue;
        const auto [it, added] = indexOf.try_emplace(cluster[k], result.clusters.size());
        if (added)
            result.clusters.emplace_back();
        std::vector<Cell> &cells = result.clusters[it->second];
        const auto cell = std::find_if(cells.begin(), cells.end(), [&](const Cell &c) {
            return c.mapped == mapped[k] && c.reference == reference[k];
        });
        if (cell == cells.end())
            cells.push_back({mapped[k], reference[k], 1});
        else
            ++cell->count;
    }
    return result;
}

QJsonArray ClusterCounts::toJson() const
{
    QJsonArray json;
    for (const std::vector<Cell> &cells : clusters) {
        QJsonArray flat;
        for (const Cell &c : cells) {
            flat.append(c.mapped);
            flat.append(c.reference);
            flat.append(double(c.count));
        }
        json.append(flat);
    }
    return json;
}

ClusterCounts ClusterCounts::fromJson(const QJsonArray &json, int classes, const QString &context)
{
    ClusterCounts result;
    for (qsizetype c = 0; c < json.size(); ++c) {
        const QJsonArray flat = json.at(c).toArray();
        const auto bad = [&](const QString &why) {
            return Error(QCoreApplication::translate("cropmap::core::evaluate", "%1: cluster %2 of the area estimate: %3")
                             .arg(context).arg(c + 1).arg(why));
        };
        if (!json.at(c).isArray() || flat.isEmpty() || flat.size() % 3 != 0)
            throw bad(QCoreApplication::translate("cropmap::core::evaluate",
                                                  "expected [map class, reference class, count, …]"));
        std::vector<Cell> cells;
        for (qsizetype k = 0; k < flat.size(); k += 3) {
            const double i = flat.at(k).toDouble(-1), j = flat.at(k + 1).toDouble(-1), n = flat.at(k + 2).toDouble(-1);
            if (!(i >= 0 && i < classes && j >= 0 && j < classes && i == std::floor(i) && j == std::floor(j)))
                throw bad(QCoreApplication::translate("cropmap::core::evaluate", "a class index outside 0…%1")
                              .arg(classes - 1));
            if (!(n >= 1 && n == std::floor(n) && n < 9.0e15))
                throw bad(QCoreApplication::translate("cropmap::core::evaluate", "a count that is not a positive integer"));
            cells.push_back({int(i), int(j), qint64(n)});
        }
        result.clusters.push_back(std::move(cells));
    }
    return result;
}

AreaEstimate AreaEstimate::estimate(const ConfusionMatrix &matrix, const std::vector<double> &mappedArea,
                                    const QString &unit, const ClusterCounts &clusters)
{
    AreaEstimate result = estimate(matrix, mappedArea, unit);
    const int U = matrix.classCount();
    const std::size_t u = std::size_t(U);
    // The clusters must hold exactly the matrix's pixels.
    std::vector<qint64> counted(u * u, 0);
    for (const auto &cells : clusters.clusters) {
        for (const ClusterCounts::Cell &c : cells) {
            if (c.mapped < 0 || c.mapped >= U || c.reference < 0 || c.reference >= U || c.count < 0)
                throw Error(QCoreApplication::translate("cropmap::core::evaluate",
                                                        "Area estimation: a cluster's class lies outside the %1 classes")
                                .arg(U));
            counted[std::size_t(c.reference) * u + std::size_t(c.mapped)] += c.count;
        }
    }
    for (int j = 0; j < U; ++j) {
        for (int i = 0; i < U; ++i) {
            if (counted[std::size_t(j) * u + std::size_t(i)] != matrix.at(j, i))
                throw Error(QCoreApplication::translate("cropmap::core::evaluate",
                                                        "Area estimation: the clusters hold %1 pixels of reference "
                                                        "class %2 mapped as %3, the confusion matrix %4")
                                .arg(counted[std::size_t(j) * u + std::size_t(i)])
                                .arg(j).arg(i).arg(matrix.at(j, i)));
        }
    }
    const double n = double(clusters.clusters.size());
    result.clusterCount = qint64(clusters.clusters.size());
    // a_i = W_i / M_i and r_ij = n_ij / M_i.
    std::vector<double> a(u, 0.0);
    std::vector<double> r(u * u, 0.0); // r[i * U + j], i = map
    for (int i = 0; i < U; ++i) {
        const double Mi = double(matrix.predictedTotal(i));
        if (Mi <= 0.0)
            continue;
        a[std::size_t(i)] = result.perClass[std::size_t(i)].mappedShare / Mi;
        for (int j = 0; j < U; ++j)
            r[std::size_t(i) * u + std::size_t(j)] = double(matrix.at(j, i)) / Mi;
    }
    std::vector<double> shareVar(u, 0.0), uaVar(u, 0.0), paVar(u, 0.0);
    double oaVar = 0.0;
    std::vector<double> m(u, 0.0), zShare(u), zDiagonal(u);
    std::vector<int> touched;
    for (const auto &cells : clusters.clusters) {
        std::fill(zShare.begin(), zShare.end(), 0.0);
        std::fill(zDiagonal.begin(), zDiagonal.end(), 0.0);
        touched.clear();
        for (const ClusterCounts::Cell &c : cells) {
            const std::size_t i = std::size_t(c.mapped);
            if (m[i] == 0.0)
                touched.push_back(c.mapped);
            m[i] += double(c.count);
            zShare[std::size_t(c.reference)] += a[i] * double(c.count);
            if (c.mapped == c.reference)
                zDiagonal[i] += double(c.count);
        }
        double zOA = 0.0;
        for (const int i : touched) {
            const std::size_t si = std::size_t(i);
            for (std::size_t k = 0; k < u; ++k)
                zShare[k] -= a[si] * r[si * u + k] * m[si];
            // y_cii − r_ii m_ci: of UA_i (over M_i), of p̂_ii and OA (times a_i).
            zDiagonal[si] -= r[si * u + si] * m[si];
            const double Mi = double(matrix.predictedTotal(i));
            uaVar[si] += (zDiagonal[si] / Mi) * (zDiagonal[si] / Mi);
            zOA += a[si] * zDiagonal[si];
        }
        oaVar += zOA * zOA;
        for (std::size_t k = 0; k < u; ++k) {
            shareVar[k] += zShare[k] * zShare[k];
            const ClassAreaEstimate &c = result.perClass[k];
            if (c.areaShare > 0.0 && !std::isnan(c.producersAccuracy)) {
                const double z = (a[k] * zDiagonal[k] - c.producersAccuracy * zShare[k]) / c.areaShare;
                paVar[k] += z * z;
            }
        }
        for (const int i : touched)
            m[std::size_t(i)] = 0.0;
    }
    const double factor = n >= 2.0 ? n / (n - 1.0) : kNaN;
    for (std::size_t k = 0; k < u; ++k) {
        ClassAreaEstimate &c = result.perClass[k];
        c.areaShareSE = std::sqrt(factor * shareVar[k]);
        c.areaSE = result.totalArea * c.areaShareSE;
        c.areaCI95 = kZ95 * c.areaSE;
        if (!std::isnan(c.usersAccuracy))
            c.usersSE = std::sqrt(factor * uaVar[k]);
        if (!std::isnan(c.producersAccuracy))
            c.producersSE = c.areaShare > 0.0 ? std::sqrt(factor * paVar[k]) : kNaN;
    }
    result.overallSE = std::sqrt(factor * oaVar);
    return result;
}

QJsonObject AreaEstimate::toJson(const thematic::ClassTable &classes) const
{
    QJsonArray rows;
    for (std::size_t k = 0; k < perClass.size(); ++k) {
        const auto &c = perClass[k];
        QJsonObject row{{QStringLiteral("index"), int(k)},
                        {QStringLiteral("mapped_area"), jsonNumber(c.mappedArea)},
                        {QStringLiteral("mapped_share"), jsonNumber(c.mappedShare)},
                        {QStringLiteral("sample_count"), c.sampleCount},
                        {QStringLiteral("area_share"), jsonNumber(c.areaShare)},
                        {QStringLiteral("area_share_se"), jsonNumber(c.areaShareSE)},
                        {QStringLiteral("area"), jsonNumber(c.area)},
                        {QStringLiteral("area_se"), jsonNumber(c.areaSE)},
                        {QStringLiteral("area_ci95"), jsonNumber(c.areaCI95)},
                        {QStringLiteral("users_accuracy"), jsonNumber(c.usersAccuracy)},
                        {QStringLiteral("users_se"), jsonNumber(c.usersSE)},
                        {QStringLiteral("producers_accuracy"), jsonNumber(c.producersAccuracy)},
                        {QStringLiteral("producers_se"), jsonNumber(c.producersSE)}};
        if (int(k) < classes.size())
            row.insert(QStringLiteral("name"), classes.at(int(k)).name);
        rows.append(row);
    }
    QJsonArray unsampled;
    for (int i : unsampledStrata)
        unsampled.append(i);
    const QString method = clusterCount > 0
        ? QStringLiteral("Olofsson et al. 2014, stratified by map class; standard errors at cluster (parcel) level, %1 clusters")
              .arg(clusterCount)
        : QStringLiteral("Olofsson et al. 2014, stratified by map class; standard errors at pixel level");
    return QJsonObject{{QStringLiteral("method"), method},
                       {QStringLiteral("clusters"), double(clusterCount)},
                       {QStringLiteral("unit"), unit},
                       {QStringLiteral("total_area"), jsonNumber(totalArea)},
                       {QStringLiteral("overall_accuracy"), jsonNumber(overallAccuracy)},
                       {QStringLiteral("overall_se"), jsonNumber(overallSE)},
                       {QStringLiteral("overall_ci95"), jsonNumber(kZ95 * overallSE)},
                       {QStringLiteral("unsampled_strata"), unsampled},
                       {QStringLiteral("classes"), rows}};
}

} // namespace cropmap::core::evaluate
