// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <cstdint>
#include <vector>

#include <QJsonObject>
#include <QString>
#include <QStringList>

#include "thematic/class_table.h"

class QFile;

namespace cropmap::core::sampling {

/**
 * \brief Labelled pixel time series: what training, selection and evaluation read.
 *
 * Per sample it keeps where it comes from (tile, column, row, parcel id), its declared class
 * and, on synthetic scenes, its true class, and the T × B values (time-major:
 * value(i, t, b) = values[(i·T + t)·B + b]).
 *
 * On disk (".samples"): the magic line "CROPMAP-SAMPLES\n", a little-endian uint32 version
 * and uint64 header length, a JSON header (tiles, bands, steps, classes, count, metadata),
 * then the columns as raw little-endian arrays. Chosen for speed: loading 100 000 samples of
 * 12 × 10 values is one read of 48 MB, with no parsing per sample, and the header keeps the
 * file self-describing (a GeoPackage of points would take seconds and lose the float layout).
 */
class SampleReader;
class SampleWriter;
void replaceTrueClasses(const QString &path, const std::vector<int> &trueClass);

class SampleSet
{
public:
    SampleSet() = default;
    SampleSet(QStringList bands, QStringList steps, thematic::ClassTable classes);

    const QStringList &bands() const { return m_bands; }
    const QStringList &steps() const { return m_steps; }
    const thematic::ClassTable &classes() const { return m_classes; }
    const QStringList &tiles() const { return m_tiles; }
    int bandCount() const { return int(m_bands.size()); }
    int stepCount() const { return int(m_steps.size()); }
    int featureCount() const { return bandCount() * stepCount(); }
    qint64 size() const { return qint64(m_classIndex.size()); }
    bool isEmpty() const { return m_classIndex.empty(); }

    QJsonObject &metadata() { return m_metadata; }
    const QJsonObject &metadata() const { return m_metadata; }

    /** Index of \a tile in tiles(), adding it if new. */
    int tileIndexOf(const QString &tile);

    /** Appends one sample; \a values holds featureCount() floats in time-major order. */
    void append(int tileIndex, int column, int row, std::uint32_t parcelId, int classIndex,
                int trueClassIndex, const float *values);
    /** Appends every sample of \a other (same bands, steps and classes; throws Error if not). */
    void appendAll(const SampleSet &other);
    /** The samples at \a indices, in that order. */
    SampleSet subset(const std::vector<qint64> &indices) const;
    /** The places and classes of the samples at \a indices, in that order, without values
     *  (as SampleReader::index(): for a set read without its values, too). */
    SampleSet indexSubset(const std::vector<qint64> &indices) const;

    int tileIndex(qint64 i) const { return m_tileIndex[std::size_t(i)]; }
    int column(qint64 i) const { return m_column[std::size_t(i)]; }
    int row(qint64 i) const { return m_row[std::size_t(i)]; }
    std::uint32_t parcelId(qint64 i) const { return m_parcelId[std::size_t(i)]; }
    //! Declared class index into classes(), or -1 when unknown.
    int classIndex(qint64 i) const { return m_classIndex[std::size_t(i)]; }
    //! True class index (synthetic scenes), or -1 when unknown.
    int trueClassIndex(qint64 i) const { return m_trueClassIndex[std::size_t(i)]; }
    void setClassIndex(qint64 i, int classIndex) { m_classIndex[std::size_t(i)] = std::int16_t(classIndex); }
    void setTrueClassIndex(qint64 i, int classIndex)
    {
        m_trueClassIndex[std::size_t(i)] = std::int16_t(classIndex);
    }
    //! True if at least one sample knows its true class (synthetic scenes).
    bool hasTruth() const;
    const float *values(qint64 i) const { return m_values.data() + std::size_t(i) * featureCount(); }
    const std::vector<float> &allValues() const { return m_values; }
    const std::vector<std::int16_t> &classIndices() const { return m_classIndex; }

    /** Number of samples per class index (size classes().size()). */
    std::vector<qint64> countsPerClass() const;

    /** Writes the set atomically to \a path; throws Error naming the file. */
    void save(const QString &path) const;
    /** Reads a set; throws Error naming the file when missing, truncated or malformed. */
    static SampleSet load(const QString &path);

private:
    friend class SampleReader;
    friend class SampleWriter;
    friend void replaceTrueClasses(const QString &path, const std::vector<int> &trueClass);

    /** Magic, version, header and the six per-sample columns (everything but the values). */
    void writeHeaderAndIndex(QFile &file, const QString &path) const;
    /** Reads what writeHeaderAndIndex() wrote and checks the file's size; the values are left
     *  unread and begin at \a valuesOffset. */
    static SampleSet readHeaderAndIndex(QFile &file, const QString &path, qint64 *valuesOffset);
    void appendIndex(int tileIndex, int column, int row, std::uint32_t parcelId, int classIndex,
                     int trueClassIndex);

    QStringList m_bands;
    QStringList m_steps;
    thematic::ClassTable m_classes;
    QStringList m_tiles;
    QJsonObject m_metadata;
    std::vector<std::uint16_t> m_tileIndex;
    std::vector<std::int32_t> m_column;
    std::vector<std::int32_t> m_row;
    std::vector<std::uint32_t> m_parcelId;
    std::vector<std::int16_t> m_classIndex;
    std::vector<std::int16_t> m_trueClassIndex;
    std::vector<float> m_values;
};

} // namespace cropmap::core::sampling
