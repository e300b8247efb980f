// SPDX-License-Identifier: GPL-3.0-or-later
#include "sampling/stratified_sampler.h"

#include <algorithm>
#include <cmath>
#include <unordered_set>

#include <QCoreApplication>

#include "util/error.h"

namespace cropmap::core::sampling {

namespace {

QString tr(const char *text)
{
    return QCoreApplication::translate("cropmap::core::sampling", text);
}

} // namespace

double StratifiedSamplingOptions::parseQuantilePercent(const QJsonValue &value, const QString &where)
{
    if (value.isUndefined() || value.isNull())
        return StratifiedSamplingOptions().quantilePercent;
    bool ok = value.isDouble();
    double percent = value.toDouble();
    if (value.isString())
        percent = value.toString().trimmed().toDouble(&ok);
    if (!ok && value.isString())
        throw Error(tr("%1: the sampling quantile must be a number in percent, e.g. 65, not \"%2\"")
                        .arg(where, value.toString()));
    if (!ok)
        throw Error(tr("%1: the sampling quantile must be a number in percent, e.g. 65").arg(where));
    if (percent > 0 && percent <= 1)
        throw Error(tr("%1: the sampling quantile is in percent, not a fraction: %2 would put τ at "
                       "the %3 percentile of the priors (did you mean %4?)")
                        .arg(where, QString::number(percent), StratifiedSampler::percentileName(percent),
                             QString::number(percent * 100)));
    if (!(percent > 1 && percent <= 100))
        throw Error(tr("%1: the sampling quantile must lie in (1, 100] percent, not %2")
                        .arg(where, QString::number(percent)));
    return percent;
}

StratifiedSamplingOptions StratifiedSamplingOptions::fromJson(const QJsonObject &section,
                                                              std::uint64_t seed, const QString &where)
{
    StratifiedSamplingOptions o;
    o.budget = qint64(section.value(QStringLiteral("budget")).toDouble(double(o.budget)));
    o.kBoost = section.value(QStringLiteral("k_boost")).toDouble(o.kBoost);
    o.kMin = section.value(QStringLiteral("k_min")).toDouble(o.kMin);
    o.quantilePercent = parseQuantilePercent(section.value(QStringLiteral("quantile")), where);
    o.validationBudgetFraction = section.value(QStringLiteral("validation_budget")).toDouble(o.validationBudgetFraction);
    o.seed = quint64(section.value(QStringLiteral("seed")).toInteger(qint64(seed)));
    return o;
}

double StratifiedSampler::quantile(std::vector<double> values, double q)
{
    if (values.empty())
        throw Error(tr("The quantile of an empty list of priors is undefined (no class has pixels)"));
    if (!(q >= 0 && q <= 1))
        throw Error(tr("A quantile must lie in [0, 1], got %1").arg(q));
    std::sort(values.begin(), values.end());
    const double h = double(values.size() - 1) * q;
    const std::size_t lower = std::size_t(std::floor(h));
    if (lower + 1 >= values.size())
        return values.back();
    return values[lower] + (h - double(lower)) * (values[lower + 1] - values[lower]);
}

std::vector<ClassPlan> StratifiedSampler::plan(const thematic::ClassTable &classes,
                                               const std::vector<qint64> &totals,
                                               const std::vector<qint64> &available, qint64 budget,
                                               const StratifiedSamplingOptions &options,
                                               double *threshold)
{
    const std::size_t u = std::size_t(classes.size());
    if (totals.size() != u || available.size() != u)
        throw Error(tr("Sampling plan: one count per class is needed"));
    if (budget < 0 || options.kBoost < 0 || options.kMin < 0)
        throw Error(tr("Sampling plan: the budget, k_boost and k_min must be ≥ 0"));
    qint64 n = 0;
    for (const qint64 t : totals)
        n += t;
    if (n == 0)
        throw Error(tr("Sampling plan: the eroded map holds no labelled pixel"));
    std::vector<ClassPlan> plans(u);
    std::vector<double> priors(u);
    for (std::size_t i = 0; i < u; ++i) {
        plans[i].targetClass = classes.at(int(i));
        plans[i].total = totals[i];
        plans[i].available = std::min(available[i], totals[i]);
        plans[i].prior = priors[i] = double(totals[i]) / double(n);
    }
    const double percent = StratifiedSamplingOptions::parseQuantilePercent(options.quantilePercent,
                                                                           tr("Sampling plan"));
    const double tau = quantile(priors, percent / 100.0);
    if (threshold)
        *threshold = tau;
    double sum = 0;
    for (ClassPlan &p : plans) {
        p.mostPresent = p.prior >= tau;
        p.share = p.mostPresent ? p.prior : options.kBoost * p.prior + options.kMin;
        sum += p.share;
    }
    for (ClassPlan &p : plans) {
        const qint64 wanted = sum > 0 ? std::llround(double(budget) * p.share / sum) : 0;
        p.planned = std::min(p.available, wanted);
    }
    return plans;
}

std::vector<qint64> StratifiedSampler::chooseOrdinals(qint64 population, qint64 count, SeededRandom &random)
{
    count = std::clamp<qint64>(count, 0, population);
    std::vector<qint64> chosen;
    chosen.reserve(std::size_t(count));
    if (count == population) {
        for (qint64 i = 0; i < population; ++i)
            chosen.push_back(i);
        return chosen;
    }
    // Floyd: for j = N−n … N−1 pick t in [0, j]; take t unless taken, else j. Uniform over subsets.
    std::unordered_set<qint64> taken;
    taken.reserve(std::size_t(count) * 2);
    for (qint64 j = population - count; j < population; ++j) {
        const qint64 t = qint64(random.below(std::uint64_t(j) + 1));
        const qint64 pick = taken.count(t) ? j : t;
        taken.insert(pick);
        chosen.push_back(pick);
    }
    std::sort(chosen.begin(), chosen.end());
    return chosen;
}

QString StratifiedSampler::percentileName(double percent)
{
    const QString number = QString::number(percent, 'g', 6);
    if (percent != std::floor(percent))
        return number + QStringLiteral("th");
    const long n = std::lround(percent);
    const char *suffix = "th";
    if (n % 100 < 11 || n % 100 > 13)
        suffix = n % 10 == 1 ? "st" : n % 10 == 2 ? "nd" : n % 10 == 3 ? "rd" : "th";
    return number + QLatin1String(suffix);
}

QString StratifiedSampler::formatPlan(const std::vector<ClassPlan> &plan, double threshold,
                                      double quantilePercent, const QString &poolName)
{
    QString text = tr("τ = %1 (the %2 percentile of the priors)\n")
                       .arg(threshold, 0, 'f', 5)
                       .arg(percentileName(quantilePercent));
    text += QStringLiteral("%1 %2 %3 %4 %5 %6 %7\n")
                .arg(tr("class"), -26)
                .arg(QStringLiteral("N_u"), 10)
                .arg(QStringLiteral("p_u"), 8)
                .arg(tr("group"), -6)
                .arg(QStringLiteral("s_u"), 8)
                .arg(poolName, 10)
                .arg(QStringLiteral("n_u"), 8);
    qint64 total = 0;
    for (const ClassPlan &p : plan) {
        text += QStringLiteral("%1 %2 %3 %4 %5 %6 %7\n")
                    .arg(QStringLiteral("%1 %2").arg(p.targetClass.id).arg(p.targetClass.name), -26)
                    .arg(p.total, 10)
                    .arg(p.prior, 8, 'f', 5)
                    .arg(p.mostPresent ? tr("most") : tr("least"), -6)
                    .arg(p.share, 8, 'f', 5)
                    .arg(p.available, 10)
                    .arg(p.planned, 8);
        total += p.planned;
    }
    text += QStringLiteral("%1 %2\n").arg(tr("total"), -73).arg(total, 8);
    return text;
}

} // namespace cropmap::core::sampling
