// SPDX-License-Identifier: GPL-3.0-or-later
#include "synth/archive_writer.h"

#include <QCoreApplication>
#include <QDir>

#include "io/atomic_output.h"
#include "io/gdal_handles.h"
#include "io/raster_writer.h"
#include "util/error.h"

namespace cropmap::core::synth {

namespace {

QString tr(const char *text)
{
    return QCoreApplication::translate("cropmap::core::synth", text);
}

// GeoTIFF tiles are multiples of 16; small test rasters get one tile, not a padded 256².
int blockSizeFor(int width)
{
    return width >= 256 ? 256 : (width + 15) / 16 * 16;
}

QString stamp(const QDate &date)
{
    return date.toString(QStringLiteral("yyyyMMdd"));
}

void makeFolder(const QString &path)
{
    if (!QDir().mkpath(path))
        throw Error(tr("Cannot create the folder \"%1\"").arg(path));
}

void writeJp2(const QString &path, const io::TileGrid &grid, GDALDataType type, const void *data)
{
    io::ensureGdalRegistered();
    GDALDriver *mem = GetGDALDriverManager()->GetDriverByName("MEM");
    GDALDriver *jp2 = GetGDALDriverManager()->GetDriverByName("JP2OpenJPEG");
    if (!mem || !jp2)
        throw Error(tr("Cannot write \"%1\": GDAL lacks the JP2OpenJPEG driver").arg(path));
    io::DatasetPtr source(mem->Create("", grid.width(), grid.height(), 1, type, nullptr));
    source->SetGeoTransform(const_cast<double *>(grid.geoTransform().data()));
    source->SetProjection(grid.crsWkt().toUtf8().constData());
    if (source->GetRasterBand(1)->RasterIO(GF_Write, 0, 0, grid.width(), grid.height(),
                                           const_cast<void *>(data), grid.width(), grid.height(),
                                           type, 0, 0, nullptr)
        != CE_None) {
        throw Error(tr("Cannot write \"%1\": %2").arg(path, io::lastGdalError()));
    }
    io::AtomicOutput output(path);
    CPLStringList options;
    // Lossless, as Sentinel-2 L2A products are (reversible 5/3 wavelet).
    options.SetNameValue("QUALITY", "100");
    options.SetNameValue("REVERSIBLE", "YES");
    options.SetNameValue("YCBCR420", "NO");
    // The temporary name does not end in .jp2, which would otherwise pick a bare J2K
    // codestream without the GeoJP2/GMLJP2 boxes that carry the georeferencing.
    options.SetNameValue("CODEC", "JP2");
    CPLErrorReset();
    io::DatasetPtr copy(jp2->CreateCopy(output.tempPath().toUtf8().constData(), source.get(),
                                        FALSE, options.List(), nullptr, nullptr));
    if (!copy)
        throw Error(tr("Cannot write \"%1\": %2").arg(path, io::lastGdalError()));
    copy.reset();
    output.commit();
}

} // namespace

ArchiveWriter::ArchiveWriter(QString root, const SceneOptions &options)
    : m_root(std::move(root))
    , m_options(options)
{}

QString ArchiveWriter::productFolder(int tile, const QDate &date) const
{
    const QString id = m_options.tileId(tile);
    if (m_options.layout == SceneOptions::Layout::Tiff)
        return QStringLiteral("%1/%2/%3").arg(m_root, id, stamp(date));
    return QStringLiteral("%1/S2A_MSIL2A_%2T100031_N0206_R122_%3_%2T120000.SAFE")
        .arg(m_root, stamp(date), id);
}

void ArchiveWriter::writeBand(const QString &path, const io::TileGrid &grid, const QString &band,
                              const QDate &date, GDALDataType type, const void *data) const
{
    if (m_options.layout == SceneOptions::Layout::Safe) {
        writeJp2(path, grid, type, data);
        return;
    }
    io::RasterWriteOptions options;
    options.dataType = type;
    options.nodata = 0;
    options.bandDescriptions = {band};
    options.metadata.insert(QStringLiteral("ACQUISITION_DATE"), date.toString(Qt::ISODate));
    options.blockSize = blockSizeFor(grid.width());
    // Noisy reflectances compress to the same size at level 1 as at 6, about 3× faster.
    options.compressionLevel = 1;
    io::RasterWriter writer(path, grid, options);
    writer.writeWindow(1, io::Window{0, 0, grid.width(), grid.height()}, data, type);
    writer.commit();
}

void ArchiveWriter::write(int tile, const QDate &date, const RenderedAcquisition &acquisition) const
{
    const QString id = m_options.tileId(tile);
    const QString product = productFolder(tile, date);
    const bool safe = m_options.layout == SceneOptions::Layout::Safe;
    QString folder10 = product, folder20 = product, prefix;
    if (safe) {
        const QString granule = QStringLiteral("%1/GRANULE/L2A_%2_A000000_%3T100031/IMG_DATA")
                                    .arg(product, id, stamp(date));
        folder10 = granule + QStringLiteral("/R10m");
        folder20 = granule + QStringLiteral("/R20m");
        prefix = QStringLiteral("%1_%2T100031_").arg(id, stamp(date));
    }
    makeFolder(folder10);
    makeFolder(folder20);
    auto fileName = [&](const QString &folder, const QString &band, int metres) {
        return safe ? QStringLiteral("%1/%2%3_%4m.jp2").arg(folder, prefix, band).arg(metres)
                    : QStringLiteral("%1/%2.tif").arg(folder, band);
    };
    const io::TileGrid grid10 = m_options.tileGrid(tile);
    const io::TileGrid grid20 = m_options.tileGrid20(tile);
    const QStringList names10 = AcquisitionRenderer::bands10();
    for (int b = 0; b < names10.size(); ++b) {
        writeBand(fileName(folder10, names10[b], 10), grid10, names10[b], date, GDT_UInt16,
                  acquisition.bands10[std::size_t(b)].data());
    }
    const QStringList names20 = AcquisitionRenderer::bands20();
    for (int b = 0; b < names20.size(); ++b) {
        writeBand(fileName(folder20, names20[b], 20), grid20, names20[b], date, GDT_UInt16,
                  acquisition.bands20[std::size_t(b)].data());
    }
    writeBand(fileName(folder20, QStringLiteral("SCL"), 20), grid20, QStringLiteral("SCL"), date,
              GDT_Byte, acquisition.scl.data());
}

} // namespace cropmap::core::synth
