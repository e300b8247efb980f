// SPDX-License-Identifier: GPL-3.0-or-later
#include "composite/composite_outputs.h"

#include <algorithm>
#include <atomic>
#include <cmath>
#include <filesystem>
#include <limits>
#include <system_error>

#include <QCoreApplication>
#include <QDir>
#include <QStorageInfo>
#include <QXmlStreamWriter>

#include "composite/block_compositor.h"
#include "io/atomic_output.h"
#include "io/block_windows.h"
#include "io/gdal_handles.h"
#include "util/error.h"
#include "util/feedback.h"
#include "util/output_paths.h"

namespace cropmap::core::composite {

namespace {

QString tr(const char *text)
{
    return QCoreApplication::translate("cropmap::core::composite", text);
}

// ZSTD level 1 (with the predictor on reflectance): on the composite bench, writing the COGs
// with DEFLATE took longer than reading, masking and compositing the whole stack; ZSTD
// encodes the same month 2.5x faster into a file of the same size, decodes faster for every
// later step, and every GDAL since 2.3 (QGIS, rasterio) reads it.
constexpr const char *kCompositeCompression = "ZSTD";

QString gdalTypeName(GDALDataType type)
{
    return QString::fromUtf8(GDALGetDataTypeName(type));
}

} // namespace

CompositeOutputs::CompositeOutputs(const QString &tileFolder, const CompositePlan &plan,
                                   const QStringList &outputBands, GDALDataType valueType)
    : m_plan(plan)
    , m_tileFolder(tileFolder)
    , m_staging(QDir(tileFolder).filePath(QStringLiteral(".composite.tmp")))
    , m_bands(outputBands)
    , m_valueType(valueType)
{
    // The tile id names every file and the folder is removed below: no id that leads out.
    checkedTileId(plan.tile, tr("The composites' tile id"));
    removeStaging(); // a leftover of a crashed run
    if (!QDir().mkpath(m_staging))
        throw Error(tr("Cannot create the folder \"%1\"").arg(m_staging));

    // Reflectance compresses poorly without a predictor (ZSTD level 1 stages a real month in
    // about 85 % of its raw size), while encoding the staged files and decoding them twice
    // (overviews, COG copy) took a fifth of a composite's run: stage uncompressed when the disk
    // has room.
    const QStorageInfo disk(m_staging);
    m_stagingCompressed = !stageUncompressed(rawBytes(), disk.bytesAvailable());

    const QString periodText = plan.period.toString();
    for (int step = 0; step < plan.stepCount(); ++step) {
        io::RasterWriteOptions options;
        options.dataType = valueType;
        options.bandCount = int(outputBands.size());
        options.nodata = valueType == GDT_Int16 ? kInt16Nodata
                                                : std::numeric_limits<double>::quiet_NaN();
        options.bandDescriptions = outputBands;
        options.cloudOptimized = true;
        options.compression = QString::fromLatin1(kCompositeCompression);
        options.compressionLevel = 1;
        options.compressStaging = m_stagingCompressed;
        options.metadata = {{QStringLiteral("TILE"), plan.tile},
                            {QStringLiteral("STEP"), plan.stepLabels[step]},
                            {QStringLiteral("PERIOD"), periodText},
                            {QStringLiteral("BANDS"), outputBands.join(u',')},
                            {QStringLiteral("ACQUISITIONS"),
                             QString::number(plan.acquisitionsInStep(step))}};
        m_months.push_back(std::make_unique<io::RasterWriter>(stagedPath(monthFileName(step)),
                                                              plan.grid, options));
    }
    io::RasterWriteOptions count;
    count.dataType = countType();
    count.bandCount = plan.stepCount();
    count.bandDescriptions = plan.stepLabels;
    count.cloudOptimized = true;
    count.overviewResampling = QStringLiteral("NEAREST");
    count.compression = QString::fromLatin1(kCompositeCompression);
    count.compressionLevel = 1;
    count.compressStaging = m_stagingCompressed;
    count.metadata = {{QStringLiteral("TILE"), plan.tile},
                      {QStringLiteral("PERIOD"), periodText},
                      {QStringLiteral("MEANING"),
                       QStringLiteral("valid observations per month; 0 = no valid observation, "
                                      "value filled in time")}};
    m_count = std::make_unique<io::RasterWriter>(stagedPath(countFileName()), plan.grid, count);
}

CompositeOutputs::~CompositeOutputs()
{
    if (!m_committed) {
        // Writers first: they close their datasets and remove their temporary files.
        m_months.clear();
        m_count.reset();
        removeStaging();
        QDir().rmdir(m_tileFolder); // only succeeds if this run created it and left it empty
    }
}

void CompositeOutputs::removeStaging()
{
    QDir staging(m_staging);
    if (staging.exists() && isPathInside(m_tileFolder, m_staging))
        staging.removeRecursively();
}

QString CompositeOutputs::finalPath(const QString &fileName) const
{
    return QDir(m_tileFolder).filePath(fileName);
}

QString CompositeOutputs::stagedPath(const QString &fileName) const
{
    return QDir(m_staging).filePath(fileName);
}

QString CompositeOutputs::monthFileName(int step) const
{
    return m_plan.tile + u'_' + m_plan.stepLabels[step] + QStringLiteral(".tif");
}

QString CompositeOutputs::countFileName() const
{
    return m_plan.tile + QStringLiteral("_count.tif");
}

QString CompositeOutputs::vrtFileName() const
{
    return m_plan.tile + QStringLiteral("_composites.vrt");
}

GDALDataType CompositeOutputs::countType() const
{
    return m_plan.maxPerStep() > 255 ? GDT_UInt16 : GDT_Byte;
}

qint64 CompositeOutputs::rawBytes() const
{
    const qint64 perPixel = qint64(m_plan.stepCount())
                            * (qint64(m_bands.size()) * GDALGetDataTypeSizeBytes(m_valueType)
                               + GDALGetDataTypeSizeBytes(countType()));
    return m_plan.grid.pixelCount() * perPixel;
}

QString CompositeOutputs::vrtPath() const
{
    return finalPath(vrtFileName());
}

QString CompositeOutputs::countPath() const
{
    return finalPath(countFileName());
}

QStringList CompositeOutputs::monthPaths() const
{
    QStringList paths;
    for (int step = 0; step < m_plan.stepCount(); ++step)
        paths << finalPath(monthFileName(step));
    return paths;
}

void CompositeOutputs::writeBlock(const io::Window &window, BlockCompositor &block, int thread)
{
    const std::size_t p = std::size_t(window.pixelCount());
    thread_local std::vector<std::int16_t> values;
    // Each file encodes under its own lock: threads start at different months so that they
    // encode side by side instead of queueing for the same file (7 is prime to 12).
    const int steps = m_plan.stepCount();
    for (int k = 0; k < steps; ++k) {
        const int step = (k + 7 * thread) % steps;
        io::RasterWriter &writer = *m_months[std::size_t(step)];
        for (int c = 0; c < int(m_bands.size()); ++c) {
            const float *series = block.series(step, c);
            if (m_valueType == GDT_Float32) {
                writer.writeWindow(c + 1, window, series);
                continue;
            }
            values.resize(p);
            for (std::size_t i = 0; i < p; ++i) {
                // Rounded half away from zero, as std::lround, without its library call.
                const bool missing = std::isnan(series[i]);
                const double v = missing ? 0.0 : std::clamp(double(series[i]), -32767.0, 32767.0);
                const auto rounded = std::int16_t(int(v + std::copysign(0.5, v)));
                values[i] = missing ? std::int16_t(kInt16Nodata) : rounded;
            }
            writer.writeWindow(c + 1, window, values.data(), GDT_Int16);
        }
        writer.flushWindow(window);
        m_count->writeWindow(step + 1, window, block.counts(step), GDT_UInt16);
    }
    m_count->flushWindow(window);
}

QByteArray CompositeOutputs::vrtXml() const
{
    const io::TileGrid &grid = m_plan.grid;
    const QString width = QString::number(grid.width());
    const QString height = QString::number(grid.height());
    QByteArray xml;
    QXmlStreamWriter w(&xml);
    w.setAutoFormatting(true);
    w.writeStartElement(QStringLiteral("VRTDataset"));
    w.writeAttribute(QStringLiteral("rasterXSize"), width);
    w.writeAttribute(QStringLiteral("rasterYSize"), height);
    w.writeTextElement(QStringLiteral("SRS"), grid.crsWkt());
    QStringList gt;
    for (double v : grid.geoTransform())
        gt << QString::number(v, 'g', 17);
    w.writeTextElement(QStringLiteral("GeoTransform"), gt.join(QStringLiteral(", ")));
    const auto item = [&w](const QString &key, const QString &value) {
        w.writeStartElement(QStringLiteral("MDI"));
        w.writeAttribute(QStringLiteral("key"), key);
        w.writeCharacters(value);
        w.writeEndElement();
    };
    w.writeStartElement(QStringLiteral("Metadata"));
    item(QStringLiteral("TILE"), m_plan.tile);
    item(QStringLiteral("PERIOD"), m_plan.period.toString());
    item(QStringLiteral("STEPS"), m_plan.stepLabels.join(u','));
    item(QStringLiteral("BANDS"), m_bands.join(u','));
    item(QStringLiteral("ORDER"), QStringLiteral("step-major: band = step * BANDS + band"));
    item(QStringLiteral("COUNT_FILE"), countFileName());
    w.writeEndElement();

    const QString nodata = m_valueType == GDT_Int16 ? QString::number(kInt16Nodata)
                                                    : QStringLiteral("nan");
    int vrtBand = 0;
    for (int step = 0; step < m_plan.stepCount(); ++step) {
        const QString label = m_plan.stepLabels[step];
        for (int c = 0; c < int(m_bands.size()); ++c) {
            w.writeStartElement(QStringLiteral("VRTRasterBand"));
            w.writeAttribute(QStringLiteral("dataType"), gdalTypeName(m_valueType));
            w.writeAttribute(QStringLiteral("band"), QString::number(++vrtBand));
            w.writeTextElement(QStringLiteral("Description"), label + u' ' + m_bands[c]);
            w.writeTextElement(QStringLiteral("NoDataValue"), nodata);
            w.writeStartElement(QStringLiteral("Metadata"));
            item(QStringLiteral("STEP"), label);
            item(QStringLiteral("BAND"), m_bands[c]);
            w.writeEndElement();
            w.writeStartElement(QStringLiteral("SimpleSource"));
            w.writeStartElement(QStringLiteral("SourceFilename"));
            w.writeAttribute(QStringLiteral("relativeToVRT"), QStringLiteral("1"));
            w.writeCharacters(monthFileName(step));
            w.writeEndElement();
            w.writeTextElement(QStringLiteral("SourceBand"), QString::number(c + 1));
            for (const QString &rect : {QStringLiteral("SrcRect"), QStringLiteral("DstRect")}) {
                w.writeEmptyElement(rect);
                w.writeAttribute(QStringLiteral("xOff"), QStringLiteral("0"));
                w.writeAttribute(QStringLiteral("yOff"), QStringLiteral("0"));
                w.writeAttribute(QStringLiteral("xSize"), width);
                w.writeAttribute(QStringLiteral("ySize"), height);
            }
            w.writeEndElement(); // SimpleSource
            w.writeEndElement(); // VRTRasterBand
        }
    }
    w.writeEndElement();
    return xml;
}

namespace {

/** One file's share of a commit in which several files are converted at once: the parent
 *  bar shows the mean progress of all files, so it never jumps back. */
class FileShare final : public Feedback
{
public:
    FileShare(Feedback &parent, std::vector<std::atomic<int>> &permille, int file,
              const QString &message)
        : m_parent(parent)
        , m_permille(permille)
        , m_file(file)
        , m_message(message)
    {}
    bool isCanceled() const noexcept override { return m_parent.isCanceled(); }
    void log(const QString &message) override { m_parent.log(message); }

protected:
    void onProgress(double fraction, const QString &) override
    {
        m_permille[std::size_t(m_file)].store(int(fraction * 1000));
        long sum = 0;
        for (const std::atomic<int> &p : m_permille)
            sum += p.load();
        m_parent.setProgress(double(sum) / (1000.0 * double(m_permille.size())), m_message);
    }

private:
    Feedback &m_parent;
    std::vector<std::atomic<int>> &m_permille;
    int m_file;
    QString m_message;
};

/** Passes cancellation through, drops progress (the files' shares report it). */
class CancelOnly final : public Feedback
{
public:
    explicit CancelOnly(const Feedback &parent)
        : m_parent(parent)
    {}
    bool isCanceled() const noexcept override { return m_parent.isCanceled(); }

private:
    const Feedback &m_parent;
};

} // namespace

void CompositeOutputs::commit(Feedback &feedback, int threads)
{
    // The count layer, a band per month, takes longest: first, so that it does not finish
    // alone while the other cores idle (measured: a tenth of the run saved on two cores).
    std::vector<io::RasterWriter *> writers = {m_count.get()};
    for (auto &writer : m_months)
        writers.push_back(writer.get());
    // GDAL converts one file to COG on one thread: convert several files at once. Each reads
    // and writes every block once, so GDAL's cache is only a staging area: 4 MB a thread (at
    // least 8) kept the conversion's memory at the compositing pass's level at every tile
    // size, and ran a fifth faster than 32 or 128 MB (fewer fresh pages to fault in).
    const int workers = std::min(io::workerThreadCount(threads), int(writers.size()));
    const io::GdalCacheLimit cache(GIntBig(std::max(2, workers)) * 4 * 1024 * 1024);
    std::vector<std::atomic<int>> permille(writers.size());
    CancelOnly cancel(feedback);
    io::forEachItem(
        int(writers.size()), cancel,
        [&](int file, int) {
            io::RasterWriter &writer = *writers[std::size_t(file)];
            FileShare share(feedback, permille, file,
                            tr("Writing %1").arg(QDir(writer.path()).dirName()));
            share.setProgress(0);
            writer.commit(&share);
            feedback.throwIfCanceled();
            share.setProgress(1);
        },
        threads);
    io::writeFileAtomically(stagedPath(vrtFileName()), vrtXml());
    feedback.throwIfCanceled();

    // Everything is complete on disk: only renames are left, so the set appears at once.
    QStringList names;
    for (int step = 0; step < m_plan.stepCount(); ++step)
        names << monthFileName(step);
    names << countFileName() << vrtFileName();
    for (const QString &name : std::as_const(names)) {
        std::error_code ec;
        std::filesystem::rename(stagedPath(name).toStdString(), finalPath(name).toStdString(), ec);
        if (ec) {
            throw Error(tr("Cannot move \"%1\" to \"%2\": %3")
                            .arg(stagedPath(name), finalPath(name),
                                 QString::fromStdString(ec.message())));
        }
    }
    m_committed = true;
    m_months.clear();
    m_count.reset();
    removeStaging();
}

} // namespace cropmap::core::composite
