// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <vector>

#include <QJsonArray>
#include <QString>
#include <QtGlobal>

namespace cropmap::core::evaluate {

/**
 * \brief Pixel counts of reference class (rows) against predicted class (columns).
 *
 * Classes are the indices 0…U−1 of a class table. Counts are 64-bit: a full tile has 1.2·10⁸
 * pixels. Block-wise evaluation fills one matrix per thread and merge()s them.
 */
class ConfusionMatrix
{
public:
    ConfusionMatrix() = default;
    explicit ConfusionMatrix(int classCount);
    /** A matrix from \a counts in row-major order (rows = reference); throws Error if sized wrong. */
    static ConfusionMatrix fromCounts(int classCount, std::vector<qint64> counts);

    int classCount() const { return m_classCount; }

    /** Adds \a count pixels; throws Error when a class lies outside 0…U−1. */
    void add(int reference, int predicted, qint64 count = 1);
    /** Adds pixel pairs; pairs where either class is negative (unlabelled, no data) are skipped. */
    void addPairs(const std::vector<int> &reference, const std::vector<int> &predicted);
    /** Adds the counts of \a other (same class count; throws Error if not). */
    void merge(const ConfusionMatrix &other);

    qint64 at(int reference, int predicted) const
    {
        return m_counts[std::size_t(reference) * std::size_t(m_classCount) + std::size_t(predicted)];
    }
    //! Row sum: pixels whose reference is \a classIndex.
    qint64 referenceTotal(int classIndex) const;
    //! Column sum: pixels predicted as \a classIndex.
    qint64 predictedTotal(int classIndex) const;
    qint64 correct() const;
    qint64 total() const;
    const std::vector<qint64> &counts() const { return m_counts; }

    /** [[row 0 counts], [row 1 counts], …] */
    QJsonArray toJson() const;
    /** Reads toJson(); throws Error naming \a context when not a square matrix of counts. */
    static ConfusionMatrix fromJson(const QJsonArray &rows, const QString &context);

    bool operator==(const ConfusionMatrix &) const = default;

private:
    int m_classCount = 0;
    std::vector<qint64> m_counts;
};

} // namespace cropmap::core::evaluate
