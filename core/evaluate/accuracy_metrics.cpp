// SPDX-License-Identifier: GPL-3.0-or-later
#include "evaluate/accuracy_metrics.h"

#include <cmath>

#include <QJsonArray>

namespace cropmap::core::evaluate {

namespace {

constexpr double kNaN = std::numeric_limits<double>::quiet_NaN();

double ratio(qint64 a, qint64 b)
{
    return b > 0 ? double(a) / double(b) : kNaN;
}

} // namespace

QJsonValue jsonNumber(double value)
{
    return std::isfinite(value) ? QJsonValue(value) : QJsonValue(QJsonValue::Null);
}

double numberFromJson(const QJsonValue &value)
{
    return value.isDouble() ? value.toDouble() : kNaN;
}

AccuracyMetrics AccuracyMetrics::compute(const ConfusionMatrix &matrix)
{
    AccuracyMetrics metrics;
    const int classes = matrix.classCount();
    metrics.total = matrix.total();
    metrics.perClass.resize(std::size_t(classes));
    double f1Sum = 0.0;
    double expectedAgreement = 0.0; // p_e · n², accumulated in double: n² overflows int64 at 3·10⁹
    for (int u = 0; u < classes; ++u) {
        ClassAccuracy &c = metrics.perClass[std::size_t(u)];
        c.referenceCount = matrix.referenceTotal(u);
        c.predictedCount = matrix.predictedTotal(u);
        c.correct = matrix.at(u, u);
        c.producersAccuracy = ratio(c.correct, c.referenceCount);
        c.usersAccuracy = ratio(c.correct, c.predictedCount);
        expectedAgreement += double(c.referenceCount) * double(c.predictedCount);
        if (!c.inReference())
            continue;
        c.f1 = 2.0 * double(c.correct) / double(c.referenceCount + c.predictedCount);
        ++metrics.classesInReference;
        f1Sum += c.f1;
        if (metrics.minF1Class < 0 || c.f1 < metrics.minF1) {
            metrics.minF1 = c.f1;
            metrics.minF1Class = u;
        }
    }
    if (metrics.total == 0)
        return metrics;
    const double n = double(metrics.total);
    metrics.overallAccuracy = double(matrix.correct()) / n;
    const double pe = expectedAgreement / (n * n);
    metrics.kappa = pe < 1.0 ? (metrics.overallAccuracy - pe) / (1.0 - pe) : kNaN;
    metrics.macroF1 = f1Sum / double(metrics.classesInReference);
    return metrics;
}

QJsonObject AccuracyMetrics::toJson(const thematic::ClassTable &classes) const
{
    QJsonArray rows;
    for (std::size_t u = 0; u < perClass.size(); ++u) {
        const ClassAccuracy &c = perClass[u];
        QJsonObject row{{QStringLiteral("index"), int(u)},
                        {QStringLiteral("reference_count"), c.referenceCount},
                        {QStringLiteral("predicted_count"), c.predictedCount},
                        {QStringLiteral("correct"), c.correct},
                        {QStringLiteral("producers_accuracy"), jsonNumber(c.producersAccuracy)},
                        {QStringLiteral("users_accuracy"), jsonNumber(c.usersAccuracy)},
                        {QStringLiteral("f1"), jsonNumber(c.f1)}};
        if (int(u) < classes.size()) {
            row.insert(QStringLiteral("id"), classes.at(int(u)).id);
            row.insert(QStringLiteral("name"), classes.at(int(u)).name);
        }
        rows.append(row);
    }
    return QJsonObject{{QStringLiteral("total"), total},
                       {QStringLiteral("overall_accuracy"), jsonNumber(overallAccuracy)},
                       {QStringLiteral("kappa"), jsonNumber(kappa)},
                       {QStringLiteral("macro_f1"), jsonNumber(macroF1)},
                       {QStringLiteral("min_f1"), jsonNumber(minF1)},
                       {QStringLiteral("min_f1_class"), minF1Class},
                       {QStringLiteral("classes_in_reference"), classesInReference},
                       {QStringLiteral("classes"), rows}};
}

} // namespace cropmap::core::evaluate
