// SPDX-License-Identifier: GPL-3.0-or-later
#include "evaluate/area_estimate.h"

#include <cmath>

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
    return QJsonObject{{QStringLiteral("method"), QStringLiteral("Olofsson et al. 2014, stratified by map class")},
                       {QStringLiteral("unit"), unit},
                       {QStringLiteral("total_area"), jsonNumber(totalArea)},
                       {QStringLiteral("overall_accuracy"), jsonNumber(overallAccuracy)},
                       {QStringLiteral("overall_se"), jsonNumber(overallSE)},
                       {QStringLiteral("overall_ci95"), jsonNumber(kZ95 * overallSE)},
                       {QStringLiteral("unsampled_strata"), unsampled},
                       {QStringLiteral("classes"), rows}};
}

} // namespace cropmap::core::evaluate
