// SPDX-License-Identifier: GPL-3.0-or-later
#include "thematic/rasterize_job.h"

#include <mutex>

#include <QDir>
#include <QFileInfo>
#include <QJsonArray>
#include <QJsonDocument>
#include <QMap>

#include "io/atomic_output.h"
#include "io/raster_source.h"
#include "io/raster_writer.h"
#include "thematic/border_erosion.h"
#include "thematic/legend_aggregation.h"
#include "thematic/parcel_rasterizer.h"
#include "thematic/qgis_style.h"
#include "util/error.h"
#include "util/output_paths.h"
#include "util/feedback.h"

namespace cropmap::core::thematic {

namespace {

io::RasterWriteOptions classRasterOptions(const ClassTable &classes)
{
    io::RasterWriteOptions options;
    options.dataType = GDT_Byte;
    options.nodata = 0;
    options.bandDescriptions = {QStringLiteral("class id")};
    options.overviewResampling = QStringLiteral("NEAREST");
    for (const TargetClass &c : classes.classes()) {
        // "#rrggbb", validated by ClassTable::fromJson.
        const auto channel = [&c](int at) { return (unsigned char)c.colour.mid(at, 2).toInt(nullptr, 16); };
        options.colourTable.push_back({c.id, channel(1), channel(3), channel(5), 255});
    }
    return options;
}

} // namespace

QVector<TargetClass> RasterizeReport::excludedClasses() const
{
    QVector<TargetClass> result;
    for (const ClassPixelCount &count : counts) {
        if (count.after == 0)
            result << count.targetClass;
    }
    return result;
}

QJsonObject RasterizeReport::toJson() const
{
    QJsonArray countArray, unknownArray, excluded;
    for (const ClassPixelCount &c : counts) {
        countArray.append(QJsonObject{{QStringLiteral("id"), c.targetClass.id},
                                      {QStringLiteral("name"), c.targetClass.name},
                                      {QStringLiteral("before"), c.before},
                                      {QStringLiteral("after"), c.after}});
    }
    for (const DeclaredValue &v : unknownValues) {
        unknownArray.append(QJsonObject{{QStringLiteral("value"), v.value},
                                        {QStringLiteral("parcels"), v.parcels},
                                        {QStringLiteral("areaHa"), v.areaHa}});
    }
    for (const TargetClass &c : excludedClasses())
        excluded.append(c.id);
    return {{QStringLiteral("tile"), tile},
            {QStringLiteral("features"), read.features},
            {QStringLiteral("repaired"), read.repaired},
            {QStringLiteral("skippedInvalid"), read.skipped},
            {QStringLiteral("outsideTile"), read.outside},
            {QStringLiteral("undeclared"), read.undeclared},
            {QStringLiteral("notPolygonal"), read.notPolygonal},
            {QStringLiteral("overlapPixels"), overlapPixels},
            {QStringLiteral("overlapHa"), overlapHa},
            {QStringLiteral("overlapRule"), QStringLiteral("the parcel read last (highest feature order) keeps an overlap's pixels")},
            {QStringLiteral("parcelsOnTile"), parcelsOnTile},
            {QStringLiteral("ignoredParcels"), ignoredParcels},
            {QStringLiteral("unknownValues"), unknownArray},
            {QStringLiteral("classCounts"), countArray},
            {QStringLiteral("excludedClassIds"), excluded},
            {QStringLiteral("parcelRaster"), QFileInfo(parcelRaster).fileName()},
            {QStringLiteral("classRaster"), QFileInfo(classRaster).fileName()},
            {QStringLiteral("erodedClassRaster"), QFileInfo(erodedClassRaster).fileName()}};
}

QString RasterizeReport::describe() const
{
    QString text = RasterizeJob::tr("Tile %1: %2 parcels on the tile (%3 outside, %4 repaired, %5 "
                                    "skipped as invalid), %6 ignored by the legend\n")
                       .arg(tile)
                       .arg(parcelsOnTile)
                       .arg(read.outside)
                       .arg(read.repaired)
                       .arg(read.skipped)
                       .arg(ignoredParcels);
    if (read.undeclared > 0)
        text += RasterizeJob::tr("  %1 parcels without a declared value (NULL or empty): not "
                                 "rasterized, so they never cover another parcel\n")
                    .arg(read.undeclared);
    if (read.notPolygonal > 0)
        text += RasterizeJob::tr("  %1 point or line features: not parcels, not rasterized\n")
                    .arg(read.notPolygonal);
    if (overlapPixels > 0)
        text += RasterizeJob::tr("  %1 pixels (%2 ha) lie in two or more parcels: the parcel read "
                                 "last (highest feature order) keeps them\n")
                    .arg(overlapPixels)
                    .arg(overlapHa, 0, 'f', 2);
    for (const DeclaredValue &v : unknownValues) {
        text += RasterizeJob::tr("  unknown value \"%1\": %2 parcels, %3 ha (treated as ignore)\n")
                    .arg(v.value)
                    .arg(v.parcels)
                    .arg(v.areaHa, 0, 'f', 2);
    }
    text += RasterizeJob::tr("  %1 %2 %3\n").arg(RasterizeJob::tr("class"), -28).arg(RasterizeJob::tr("before"), 10).arg(RasterizeJob::tr("eroded"), 10);
    int absent = 0;
    for (const ClassPixelCount &c : counts) {
        if (c.before == 0) {
            ++absent; // a legend class without parcels here: one summary line below
            continue;
        }
        text += QStringLiteral("  %1 %2 %3%4\n")
                    .arg(QStringLiteral("%1 %2").arg(c.targetClass.id).arg(c.targetClass.name), -28)
                    .arg(c.before, 10)
                    .arg(c.after, 10)
                    .arg(c.after == 0 ? RasterizeJob::tr("  excluded: no pixel after erosion") : QString());
    }
    if (absent > 0)
        text += RasterizeJob::tr("  %1 classes of the legend have no pixel on this tile\n").arg(absent);
    return text;
}

RasterizeJob::RasterizeJob(RasterizeOptions options)
    : m_options(std::move(options))
{}

QString RasterizeJob::name() const
{
    return tr("Rasterize parcels of tile %1").arg(m_options.tile);
}

QString RasterizeJob::parcelRasterPath(const QString &folder, const QString &tile)
{
    return QDir(folder).filePath(tile + QStringLiteral("_parcels.tif"));
}

QString RasterizeJob::classRasterPath(const QString &folder, const QString &tile)
{
    return QDir(folder).filePath(tile + QStringLiteral("_classes.tif"));
}

QString RasterizeJob::erodedClassRasterPath(const QString &folder, const QString &tile)
{
    return QDir(folder).filePath(tile + QStringLiteral("_classes_eroded.tif"));
}

QString RasterizeJob::reportPath(const QString &folder, const QString &tile)
{
    return QDir(folder).filePath(tile + QStringLiteral("_thematic.json"));
}

void RasterizeJob::execute(Feedback &feedback)
{
    const RasterizeOptions &o = m_options;
    if (o.tile.isEmpty())
        throw Error(tr("Rasterize: a tile id is needed"));
    checkedTileId(o.tile, tr("Rasterize"));
    if (o.erosionPx < 0)
        throw Error(tr("Rasterize: the erosion radius must be ≥ 0 (got %1)").arg(o.erosionPx));
    if (!QDir().mkpath(o.outputFolder))
        throw Error(tr("Cannot create the output folder \"%1\"").arg(o.outputFolder));
    const LegendAggregation legend = LegendAggregation::load(o.legendPath);
    const QString field = o.field.isEmpty() ? legend.field() : o.field;
    if (field.isEmpty())
        throw Error(tr("Rasterize: neither --field nor the legend \"%1\" names the attribute").arg(o.legendPath));
    const ParcelLayer layer = ParcelLayer::open(o.parcelsPath, field, o.layerName);
    const io::TileGrid grid = io::RasterSource::open(o.gridPath).grid();

    m_report = RasterizeReport{};
    m_report.tile = o.tile;
    std::vector<Parcel> parcels;
    {
        ScopedFeedback step(feedback, 0.0, 0.15);
        step.setProgress(0, tr("Reading parcels"));
        parcels = layer.read(grid.crsWkt(), grid.extent(), step, &m_report.read);
    }
    if (parcels.empty()) {
        throw Error(tr("None of the %1 parcels of \"%2\" lies on the grid of tile %3 (%4, \"%5\"); "
                       "check the tile and the parcels' CRS")
                        .arg(m_report.read.features)
                        .arg(o.parcelsPath, o.tile, grid.describe(), o.gridPath));
    }
    m_report.parcelsOnTile = qint64(parcels.size());

    // Class of each parcel id; unknown values are reported and burnt as "no class".
    std::uint32_t maxId = 0;
    for (const Parcel &p : parcels)
        maxId = std::max(maxId, p.id);
    std::vector<unsigned char> classOfParcel(std::size_t(maxId) + 1, 0);
    QMap<QString, DeclaredValue> unknown;
    for (const Parcel &p : parcels) {
        const int id = legend.classIdOf(p.value);
        if (id > 0) {
            classOfParcel[p.id] = (unsigned char)id;
        } else if (id == LegendAggregation::Ignore) {
            ++m_report.ignoredParcels;
        } else {
            DeclaredValue &u = unknown[p.value];
            u.value = p.value;
            ++u.parcels;
            u.areaHa += p.areaHa;
        }
    }
    m_report.unknownValues = unknown.values().toVector();
    for (const DeclaredValue &u : std::as_const(m_report.unknownValues))
        feedback.log(tr("Declared value \"%1\" is not in the legend: %2 parcels, %3 ha treated as ignore")
                         .arg(u.value).arg(u.parcels).arg(u.areaHa, 0, 'f', 2));

    m_report.parcelRaster = parcelRasterPath(o.outputFolder, o.tile);
    m_report.classRaster = classRasterPath(o.outputFolder, o.tile);
    m_report.erodedClassRaster = erodedClassRasterPath(o.outputFolder, o.tile);
    io::RasterWriteOptions idOptions;
    idOptions.dataType = GDT_UInt32;
    idOptions.nodata = 0;
    idOptions.bandDescriptions = {QStringLiteral("parcel id")};
    idOptions.overviewResampling = QStringLiteral("NEAREST");
    io::RasterWriter parcelWriter(m_report.parcelRaster, grid, idOptions);
    const io::RasterWriteOptions classOptions = classRasterOptions(legend.classes());
    io::RasterWriter classWriter(m_report.classRaster, grid, classOptions);
    io::RasterWriter erodedWriter(m_report.erodedClassRaster, grid, classOptions);

    const ParcelRasterizer rasterizer(grid, parcels);
    const int threads = io::workerThreadCount(o.threads);
    std::vector<std::vector<qint64>> before(std::size_t(threads), std::vector<qint64>(256, 0));
    std::vector<std::vector<qint64>> after = before;
    std::vector<qint64> overlaps(std::size_t(threads), 0);
    const auto windows = io::blockWindows(grid.width(), grid.height(), o.blockSize, o.blockSize);
    ScopedFeedback burnStep(feedback, 0.15, 0.9);
    burnStep.setProgress(0, tr("Rasterizing and eroding"));
    io::forEachWindow(windows, burnStep, [&](const io::Window &window, int thread) {
        const io::Window outer = rasterizer.padded(window, o.erosionPx);
        std::vector<std::uint8_t> coverage;
        const std::vector<std::uint32_t> ids = rasterizer.rasterizeWindow(outer, &coverage);
        const std::vector<std::uint32_t> eroded = erodeParcelBorders(ids, outer.width, outer.height, o.erosionPx);
        std::vector<std::uint32_t> idOut(std::size_t(window.pixelCount()));
        std::vector<unsigned char> classOut(idOut.size()), erodedOut(idOut.size());
        for (int r = 0; r < window.height; ++r) {
            for (int c = 0; c < window.width; ++c) {
                const std::size_t in = std::size_t(r + window.y - outer.y) * outer.width + (c + window.x - outer.x);
                const std::size_t out = std::size_t(r) * window.width + c;
                idOut[out] = ids[in];
                classOut[out] = classOfParcel[ids[in]];
                erodedOut[out] = classOfParcel[eroded[in]];
                ++before[thread][classOut[out]];
                ++after[thread][erodedOut[out]];
                overlaps[thread] += coverage[in] > 1 ? 1 : 0;
            }
        }
        parcelWriter.writeWindow(1, window, idOut.data(), GDT_UInt32);
        classWriter.writeWindow(1, window, classOut.data(), GDT_Byte);
        erodedWriter.writeWindow(1, window, erodedOut.data(), GDT_Byte);
    }, threads);

    for (qint64 n : overlaps)
        m_report.overlapPixels += n;
    m_report.overlapHa = double(m_report.overlapPixels) * grid.pixelSizeX() * grid.pixelSizeY() / 10000.0;
    if (m_report.overlapPixels > 0)
        feedback.log(tr("%1 pixels (%2 ha) of tile %3 lie in two or more parcels: the parcel read "
                        "last (highest feature order) keeps them")
                         .arg(m_report.overlapPixels)
                         .arg(m_report.overlapHa, 0, 'f', 2)
                         .arg(o.tile));
    if (m_report.read.undeclared > 0)
        feedback.log(tr("%1 parcels of \"%2\" have no declared value (NULL or empty): they are "
                        "not rasterized")
                         .arg(m_report.read.undeclared)
                         .arg(o.parcelsPath));
    feedback.setProgress(0.9, tr("Writing rasters"));
    parcelWriter.commit();
    classWriter.commit();
    erodedWriter.commit();
    writeQgisPalettedStyle(qgisStylePathFor(m_report.classRaster), legend.classes());
    writeQgisPalettedStyle(qgisStylePathFor(m_report.erodedClassRaster), legend.classes());

    for (const TargetClass &c : legend.classes().classes()) {
        ClassPixelCount count{c, 0, 0};
        for (int t = 0; t < threads; ++t) {
            count.before += before[t][std::size_t(c.id)];
            count.after += after[t][std::size_t(c.id)];
        }
        m_report.counts.push_back(count);
        if (count.after == 0 && count.before > 0) {
            feedback.log(tr("Class %1 \"%2\" has no pixel after erosion (%3 before): excluded")
                             .arg(c.id).arg(c.name).arg(count.before));
        }
    }
    QJsonObject json = m_report.toJson();
    json.insert(QStringLiteral("classes"), legend.classes().toJson());
    json.insert(QStringLiteral("field"), field);
    json.insert(QStringLiteral("legend"), QFileInfo(o.legendPath).absoluteFilePath());
    json.insert(QStringLiteral("parcels"), QFileInfo(o.parcelsPath).absoluteFilePath());
    json.insert(QStringLiteral("grid"), QFileInfo(o.gridPath).absoluteFilePath());
    json.insert(QStringLiteral("erosionPx"), o.erosionPx);
    m_report.reportPath = reportPath(o.outputFolder, o.tile);
    io::writeFileAtomically(m_report.reportPath, QJsonDocument(json).toJson(QJsonDocument::Indented));
    feedback.setProgress(1.0, tr("Done"));
}

} // namespace cropmap::core::thematic
