// SPDX-License-Identifier: GPL-3.0-or-later
#include "evaluate/confusion_matrix.h"

#include <QCoreApplication>

#include "util/error.h"

namespace cropmap::core::evaluate {

namespace {

QString tr(const char *text)
{
    return QCoreApplication::translate("cropmap::core::evaluate", text);
}

} // namespace

ConfusionMatrix::ConfusionMatrix(int classCount)
    : m_classCount(std::max(classCount, 0))
    , m_counts(std::size_t(m_classCount) * std::size_t(m_classCount), 0)
{}

ConfusionMatrix ConfusionMatrix::fromCounts(int classCount, std::vector<qint64> counts)
{
    if (classCount < 0 || counts.size() != std::size_t(classCount) * std::size_t(classCount))
        throw Error(tr("A confusion matrix of %1 classes needs %2 counts, not %3")
                        .arg(classCount).arg(qint64(classCount) * classCount).arg(counts.size()));
    ConfusionMatrix matrix(classCount);
    matrix.m_counts = std::move(counts);
    return matrix;
}

void ConfusionMatrix::add(int reference, int predicted, qint64 count)
{
    if (reference < 0 || reference >= m_classCount || predicted < 0 || predicted >= m_classCount)
        throw Error(tr("Class pair (%1, %2) lies outside the %3 classes of the confusion matrix")
                        .arg(reference).arg(predicted).arg(m_classCount));
    m_counts[std::size_t(reference) * std::size_t(m_classCount) + std::size_t(predicted)] += count;
}

void ConfusionMatrix::addPairs(const std::vector<int> &reference, const std::vector<int> &predicted)
{
    if (reference.size() != predicted.size())
        throw Error(tr("%1 reference classes but %2 predicted classes")
                        .arg(reference.size()).arg(predicted.size()));
    for (std::size_t i = 0; i < reference.size(); ++i) {
        if (reference[i] >= 0 && predicted[i] >= 0)
            add(reference[i], predicted[i]);
    }
}

void ConfusionMatrix::merge(const ConfusionMatrix &other)
{
    if (other.m_classCount != m_classCount)
        throw Error(tr("Cannot merge confusion matrices of %1 and %2 classes")
                        .arg(m_classCount).arg(other.m_classCount));
    for (std::size_t i = 0; i < m_counts.size(); ++i)
        m_counts[i] += other.m_counts[i];
}

qint64 ConfusionMatrix::referenceTotal(int classIndex) const
{
    qint64 sum = 0;
    for (int p = 0; p < m_classCount; ++p)
        sum += at(classIndex, p);
    return sum;
}

qint64 ConfusionMatrix::predictedTotal(int classIndex) const
{
    qint64 sum = 0;
    for (int r = 0; r < m_classCount; ++r)
        sum += at(r, classIndex);
    return sum;
}

qint64 ConfusionMatrix::correct() const
{
    qint64 sum = 0;
    for (int u = 0; u < m_classCount; ++u)
        sum += at(u, u);
    return sum;
}

qint64 ConfusionMatrix::total() const
{
    qint64 sum = 0;
    for (qint64 c : m_counts)
        sum += c;
    return sum;
}

QJsonArray ConfusionMatrix::toJson() const
{
    QJsonArray rows;
    for (int r = 0; r < m_classCount; ++r) {
        QJsonArray row;
        for (int p = 0; p < m_classCount; ++p)
            row.append(at(r, p));
        rows.append(row);
    }
    return rows;
}

ConfusionMatrix ConfusionMatrix::fromJson(const QJsonArray &rows, const QString &context)
{
    const int n = int(rows.size());
    ConfusionMatrix matrix(n);
    for (int r = 0; r < n; ++r) {
        const QJsonArray row = rows.at(r).toArray();
        if (row.size() != n)
            throw Error(tr("%1: row %2 of the confusion matrix has %3 entries instead of %4")
                            .arg(context).arg(r + 1).arg(row.size()).arg(n));
        for (int p = 0; p < n; ++p) {
            const double value = row.at(p).toDouble(-1.0);
            if (!row.at(p).isDouble() || value < 0)
                throw Error(tr("%1: entry (%2, %3) of the confusion matrix is not a count")
                                .arg(context).arg(r + 1).arg(p + 1));
            matrix.m_counts[std::size_t(r) * std::size_t(n) + std::size_t(p)] = qint64(value);
        }
    }
    return matrix;
}

} // namespace cropmap::core::evaluate
