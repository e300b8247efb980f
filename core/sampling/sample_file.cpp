// SPDX-License-Identifier: GPL-3.0-or-later
#include "sampling/sample_file.h"

#include <QCoreApplication>

#include <algorithm>
#include <numeric>

#include "io/atomic_output.h"
#include "util/error.h"
#include "util/feedback.h"

namespace cropmap::core::sampling {

namespace {

// Copies \a bytes from \a from's current position to \a to in 8 MiB pieces.
void copyBytes(QFile &from, QFile &to, qint64 bytes, const QString &fromName, const QString &toName)
{
    std::vector<char> buffer(std::size_t(8) << 20);
    while (bytes > 0) {
        const qint64 piece = std::min<qint64>(bytes, qint64(buffer.size()));
        if (from.read(buffer.data(), piece) != piece)
            throw Error(QCoreApplication::translate("cropmap::core::sampling", "Sample file \"%1\" is truncated").arg(fromName));
        if (to.write(buffer.data(), piece) != piece)
            throw Error(QCoreApplication::translate("cropmap::core::sampling", "Cannot write \"%1\": %2").arg(toName, to.errorString()));
        bytes -= piece;
    }
}

} // namespace

SampleReader::SampleReader(const QString &path)
    : m_path(path)
    , m_file(path)
{
    if (!m_file.open(QIODevice::ReadOnly))
        throw Error(QCoreApplication::translate("cropmap::core::sampling", "Cannot open sample file \"%1\": %2").arg(path, m_file.errorString()));
    m_index = SampleSet::readHeaderAndIndex(m_file, path, &m_valuesOffset);
}

SampleSet SampleReader::read(qint64 begin, qint64 end) const
{
    begin = std::clamp<qint64>(begin, 0, size());
    end = std::clamp<qint64>(end, begin, size());
    SampleSet part(m_index.m_bands, m_index.m_steps, m_index.m_classes);
    part.m_tiles = m_index.m_tiles;
    part.m_metadata = m_index.m_metadata;
    const auto copy = [&](auto &to, const auto &from) { to.assign(from.begin() + begin, from.begin() + end); };
    copy(part.m_tileIndex, m_index.m_tileIndex);
    copy(part.m_column, m_index.m_column);
    copy(part.m_row, m_index.m_row);
    copy(part.m_parcelId, m_index.m_parcelId);
    copy(part.m_classIndex, m_index.m_classIndex);
    copy(part.m_trueClassIndex, m_index.m_trueClassIndex);
    const qint64 features = m_index.featureCount();
    part.m_values.resize(std::size_t((end - begin) * features));
    const qint64 bytes = (end - begin) * features * qint64(sizeof(float));
    if (bytes > 0
        && (!m_file.seek(m_valuesOffset + begin * features * qint64(sizeof(float)))
            || m_file.read(reinterpret_cast<char *>(part.m_values.data()), bytes) != bytes))
        throw Error(QCoreApplication::translate("cropmap::core::sampling", "Sample file \"%1\" is truncated").arg(m_path));
    return part;
}

SampleSet SampleReader::subset(const std::vector<qint64> &indices, qint64 chunk) const
{
    for (const qint64 i : indices) {
        if (i < 0 || i >= size())
            throw Error(QCoreApplication::translate("cropmap::core::sampling", "Sample %1 asked of \"%2\", which holds %3").arg(i).arg(m_path).arg(size()));
    }
    std::vector<std::size_t> order(indices.size());
    std::iota(order.begin(), order.end(), std::size_t(0));
    std::stable_sort(order.begin(), order.end(), [&](std::size_t a, std::size_t b) { return indices[a] < indices[b]; });
    const std::size_t features = std::size_t(m_index.featureCount());
    std::vector<float> values(indices.size() * features);
    chunk = std::max<qint64>(chunk, 1);
    const qint64 rowBytes = qint64(features * sizeof(float));
    for (std::size_t k = 0; k < order.size();) {
        const qint64 begin = indices[order[k]];
        const qint64 limit = std::min(size(), begin + chunk);
        std::size_t last = k;
        while (last + 1 < order.size() && indices[order[last + 1]] < limit)
            ++last;
        const qint64 end = indices[order[last]] + 1;
        if (qint64(last - k + 1) * 16 >= end - begin) {
            // Dense: one read of the span.
            const SampleSet part = read(begin, end);
            for (; k <= last; ++k) {
                const float *v = part.values(indices[order[k]] - begin);
                std::copy(v, v + features, values.begin() + std::ptrdiff_t(order[k] * features));
            }
        } else {
            // Sparse (a draw from a pool): the rows asked for, one by one.
            for (; k <= last; ++k) {
                const qint64 i = indices[order[k]];
                if (!m_file.seek(m_valuesOffset + i * rowBytes)
                    || m_file.read(reinterpret_cast<char *>(values.data() + order[k] * features), rowBytes) != rowBytes)
                    throw Error(QCoreApplication::translate("cropmap::core::sampling", "Sample file \"%1\" is truncated").arg(m_path));
            }
        }
    }
    SampleSet result(m_index.m_bands, m_index.m_steps, m_index.m_classes);
    result.m_tiles = m_index.m_tiles;
    result.m_metadata = m_index.m_metadata;
    for (std::size_t k = 0; k < indices.size(); ++k) {
        const qint64 i = indices[k];
        result.append(m_index.tileIndex(i), m_index.column(i), m_index.row(i), m_index.parcelId(i),
                      m_index.classIndex(i), m_index.trueClassIndex(i), values.data() + k * features);
    }
    return result;
}

void SampleReader::forEachPart(qint64 chunk, const std::function<void(qint64, const SampleSet &)> &visit,
                               Feedback *feedback) const
{
    chunk = std::max<qint64>(chunk, 1);
    for (qint64 begin = 0; begin < size(); begin += chunk) {
        if (feedback) {
            feedback->throwIfCanceled();
            feedback->setProgress(double(begin) / double(size()));
        }
        visit(begin, read(begin, std::min(size(), begin + chunk)));
    }
    if (feedback)
        feedback->setProgress(1.0);
}

SampleWriter::SampleWriter(QString path, QStringList bands, QStringList steps, thematic::ClassTable classes)
    : m_path(std::move(path))
    , m_index(std::move(bands), std::move(steps), std::move(classes))
    , m_values(m_path + QStringLiteral(".values.tmp"))
{
    if (!m_values.open(QIODevice::WriteOnly | QIODevice::Truncate))
        throw Error(QCoreApplication::translate("cropmap::core::sampling", "Cannot write \"%1\": %2").arg(m_values.fileName(), m_values.errorString()));
}

SampleWriter::~SampleWriter()
{
    m_values.close();
    m_values.remove();
}

void SampleWriter::append(int tileIndex, int column, int row, std::uint32_t parcelId, int classIndex,
                          int trueClassIndex, const float *values)
{
    m_index.appendIndex(tileIndex, column, row, parcelId, classIndex, trueClassIndex);
    const qint64 bytes = qint64(featureCount()) * qint64(sizeof(float));
    if (m_values.write(reinterpret_cast<const char *>(values), bytes) != bytes)
        throw Error(QCoreApplication::translate("cropmap::core::sampling", "Cannot write \"%1\": %2").arg(m_values.fileName(), m_values.errorString()));
}

void SampleWriter::appendAll(const SampleSet &part)
{
    if (part.bands() != m_index.bands() || part.steps() != m_index.steps() || !(part.classes() == m_index.classes()))
        throw Error(QCoreApplication::translate("cropmap::core::sampling", "Cannot write samples of other bands, steps or classes to \"%1\"").arg(m_path));
    for (qint64 i = 0; i < part.size(); ++i)
        append(tileIndexOf(part.tiles().value(part.tileIndex(i))), part.column(i), part.row(i),
               part.parcelId(i), part.classIndex(i), part.trueClassIndex(i), part.values(i));
}

void SampleWriter::commit()
{
    if (!m_values.flush())
        throw Error(QCoreApplication::translate("cropmap::core::sampling", "Cannot write \"%1\": %2").arg(m_values.fileName(), m_values.errorString()));
    m_values.close();
    if (!m_values.open(QIODevice::ReadOnly))
        throw Error(QCoreApplication::translate("cropmap::core::sampling", "Cannot read \"%1\": %2").arg(m_values.fileName(), m_values.errorString()));
    io::AtomicOutput output(m_path);
    QFile file(output.tempPath());
    if (!file.open(QIODevice::WriteOnly))
        throw Error(QCoreApplication::translate("cropmap::core::sampling", "Cannot write \"%1\": %2").arg(m_path, file.errorString()));
    m_index.writeHeaderAndIndex(file, m_path);
    copyBytes(m_values, file, m_values.size(), m_values.fileName(), m_path);
    if (!file.flush() || file.error() != QFileDevice::NoError)
        throw Error(QCoreApplication::translate("cropmap::core::sampling", "Cannot write \"%1\": %2").arg(m_path, file.errorString()));
    file.close();
    output.commit();
    m_committed = true;
}

void replaceTrueClasses(const QString &path, const std::vector<int> &trueClass)
{
    QFile in(path);
    if (!in.open(QIODevice::ReadOnly))
        throw Error(QCoreApplication::translate("cropmap::core::sampling", "Cannot open sample file \"%1\": %2").arg(path, in.errorString()));
    qint64 valuesOffset = 0;
    SampleSet index = SampleSet::readHeaderAndIndex(in, path, &valuesOffset);
    if (qint64(trueClass.size()) != index.size())
        throw Error(QCoreApplication::translate("cropmap::core::sampling", "%1 true classes for the %2 samples of \"%3\"").arg(trueClass.size()).arg(index.size()).arg(path));
    for (qint64 i = 0; i < index.size(); ++i)
        index.setTrueClassIndex(i, trueClass[std::size_t(i)]);
    io::AtomicOutput output(path);
    QFile out(output.tempPath());
    if (!out.open(QIODevice::WriteOnly))
        throw Error(QCoreApplication::translate("cropmap::core::sampling", "Cannot write \"%1\": %2").arg(path, out.errorString()));
    index.writeHeaderAndIndex(out, path);
    if (!in.seek(valuesOffset))
        throw Error(QCoreApplication::translate("cropmap::core::sampling", "Sample file \"%1\" is truncated").arg(path));
    copyBytes(in, out, in.size() - valuesOffset, path, path);
    if (!out.flush() || out.error() != QFileDevice::NoError)
        throw Error(QCoreApplication::translate("cropmap::core::sampling", "Cannot write \"%1\": %2").arg(path, out.errorString()));
    out.close();
    in.close();
    output.commit();
}

} // namespace cropmap::core::sampling
