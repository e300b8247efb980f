// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <functional>
#include <memory>
#include <vector>

#include <QFile>
#include <QString>

#include "sampling/sample_set.h"

namespace cropmap::core {
class Feedback;
}

namespace cropmap::core::sampling {

/** The most samples a step reads, judges or writes at once: 2^17 samples of 120 values are
 *  63 MB, plenty for block-wise reading and batched prediction, so a step's memory does not
 *  grow with the tile; a smaller memory budget makes the parts smaller. */
inline constexpr qint64 kMaxPartSamples = qint64(1) << 17;

/**
 * \brief A ".samples" file read in parts, so a set larger than memory can be judged,
 * classified or subset (issue 17, item 5).
 *
 * Opening reads the header and the per-sample columns (tile, column, row, parcel, declared
 * and true class: 18 bytes a sample) and checks the size; the values (T × B floats a sample,
 * usually 480 bytes) stay on disk until read() or subset() asks for them.
 */
class SampleReader
{
public:
    /** Throws Error naming \a path when it is missing, truncated or malformed. */
    explicit SampleReader(const QString &path);

    const QString &path() const { return m_path; }
    qint64 size() const { return m_index.size(); }
    /** Every sample's place, parcel and classes, without values: only the accessors that do
     *  not read values (tileIndex … trueClassIndex, countsPerClass, bands, steps, classes,
     *  tiles, metadata) may be used on it. */
    const SampleSet &index() const { return m_index; }

    /** Samples [begin, end) with their values. */
    SampleSet read(qint64 begin, qint64 end) const;
    /** The samples at \a indices (any order, repeats allowed), in that order, read in
     *  ascending runs of at most \a chunk samples. */
    SampleSet subset(const std::vector<qint64> &indices, qint64 chunk = 1 << 16) const;
    /** Calls \a visit(begin, part) for consecutive parts of at most \a chunk samples. */
    void forEachPart(qint64 chunk, const std::function<void(qint64 begin, const SampleSet &part)> &visit,
                     Feedback *feedback = nullptr) const;

private:
    QString m_path;
    SampleSet m_index;
    qint64 m_valuesOffset = 0;
    mutable QFile m_file;
};

/**
 * \brief Writes a ".samples" file sample by sample without holding the values: they go to
 * a temporary file beside it, the per-sample columns stay in memory (18 bytes a sample), and
 * commit() writes the file atomically (temporary name, then rename). Without commit() nothing
 * is written and the temporary files are removed.
 */
class SampleWriter
{
public:
    SampleWriter(QString path, QStringList bands, QStringList steps, thematic::ClassTable classes);
    ~SampleWriter();
    SampleWriter(const SampleWriter &) = delete;
    SampleWriter &operator=(const SampleWriter &) = delete;

    int tileIndexOf(const QString &tile) { return m_index.tileIndexOf(tile); }
    QJsonObject &metadata() { return m_index.metadata(); }
    qint64 size() const { return m_index.size(); }
    int featureCount() const { return m_index.featureCount(); }
    /** Appends one sample; \a values holds featureCount() floats in time-major order. */
    void append(int tileIndex, int column, int row, std::uint32_t parcelId, int classIndex,
                int trueClassIndex, const float *values);
    /** Appends every sample of \a part (same bands, steps and classes; its tiles by name). */
    void appendAll(const SampleSet &part);
    /** Writes the file; throws Error naming it. */
    void commit();

private:
    QString m_path;
    SampleSet m_index;
    QFile m_values;
    bool m_committed = false;
};

/** Rewrites \a path with \a trueClass as its true class column (one entry a sample), the
 *  rest unchanged, atomically and without loading the values. */
void replaceTrueClasses(const QString &path, const std::vector<int> &trueClass);

} // namespace cropmap::core::sampling
