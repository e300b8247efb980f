// SPDX-License-Identifier: GPL-3.0-or-later
#include "io/mosaic_vrt.h"

#include <array>
#include <cmath>
#include <vector>

#include <QCoreApplication>
#include <QFileInfo>

#include <cpl_string.h>
#include <gdal_utils.h>
#include <gdalwarper.h>

#include "io/gdal_handles.h"
#include "util/error.h"

namespace cropmap::core::io {

namespace {

QString tr(const char *text) { return QCoreApplication::translate("cropmap::core::io", text); }

struct BuildVrtOptionsDeleter
{
    void operator()(GDALBuildVRTOptions *options) const noexcept { GDALBuildVRTOptionsFree(options); }
};

// A warped VRT of \a source in \a wkt, written to \a path and opened again from there, so
// that the mosaic refers to a file, not to an in-memory dataset.
DatasetPtr warpedCopy(GDALDataset &source, const QString &wkt, const QString &path)
{
    const QByteArray dstWkt = wkt.toUtf8();
    GDALDatasetH warped = GDALAutoCreateWarpedVRT(GDALDataset::ToHandle(&source), nullptr, dstWkt.constData(),
                                                  GRA_NearestNeighbour, 0.0, nullptr);
    if (!warped)
        throw Error(tr("Cannot warp %1 into the mosaic's CRS: %2").arg(QString::fromUtf8(source.GetDescription()), lastGdalError()));
    GDALDriverH vrtDriver = GDALGetDriverByName("VRT");
    GDALDatasetH copy = GDALCreateCopy(vrtDriver, path.toUtf8().constData(), warped, FALSE, nullptr, nullptr, nullptr);
    GDALClose(warped);
    if (!copy)
        throw Error(tr("Cannot write %1: %2").arg(path, lastGdalError()));
    GDALClose(copy);
    return openRaster(path);
}

} // namespace

void writeMosaicVrt(const QStringList &rasters, const QString &vrtPath, double nodata)
{
    ensureGdalRegistered();
    if (rasters.isEmpty())
        throw Error(tr("No raster to mosaic into %1").arg(vrtPath));
    std::vector<DatasetPtr> sources;
    QString wkt;
    for (int i = 0; i < rasters.size(); ++i) {
        DatasetPtr dataset = openRaster(rasters[i]);
        const OGRSpatialReference *crs = dataset->GetSpatialRef();
        if (!crs)
            throw Error(tr("%1 has no CRS: it cannot enter a mosaic").arg(rasters[i]));
        if (i == 0) {
            char *text = nullptr;
            crs->exportToWkt(&text);
            wkt = QString::fromUtf8(text);
            CPLFree(text);
        } else {
            OGRSpatialReference first;
            first.importFromWkt(wkt.toUtf8().constData());
            if (!crs->IsSame(&first)) {
                const QFileInfo info(rasters[i]);
                const QString warpedPath = QFileInfo(vrtPath).absolutePath() + u'/' + info.completeBaseName()
                                           + QStringLiteral(".warped.vrt");
                dataset = warpedCopy(*dataset, wkt, warpedPath);
            }
        }
        sources.push_back(std::move(dataset));
    }
    // BuildVRT draws later sources over earlier ones: give them last to first, so the first
    // raster with data wins.
    std::vector<GDALDatasetH> handles;
    for (auto it = sources.rbegin(); it != sources.rend(); ++it)
        handles.push_back(GDALDataset::ToHandle(it->get()));
    // The first raster's grid, extended to every source's extent: its own pixels map 1:1,
    // and a warped raster is resampled once, by nearest neighbour.
    std::array<double, 6> gt{};
    if (sources.front()->GetGeoTransform(gt.data()) != CE_None || gt[2] != 0 || gt[4] != 0 || gt[5] >= 0)
        throw Error(tr("%1 is not a north-up raster: it cannot enter a mosaic").arg(rasters.front()));
    double west = gt[0], north = gt[3];
    double east = west + gt[1] * sources.front()->GetRasterXSize();
    double south = north + gt[5] * sources.front()->GetRasterYSize();
    for (std::size_t i = 1; i < sources.size(); ++i) {
        std::array<double, 6> g{};
        sources[i]->GetGeoTransform(g.data());
        west = std::min(west, g[0]);
        north = std::max(north, g[3]);
        east = std::max(east, g[0] + g[1] * sources[i]->GetRasterXSize());
        south = std::min(south, g[3] + g[5] * sources[i]->GetRasterYSize());
    }
    const double xRes = gt[1], yRes = -gt[5];
    west = gt[0] + std::floor((west - gt[0]) / xRes + 1e-9) * xRes;
    east = gt[0] + std::ceil((east - gt[0]) / xRes - 1e-9) * xRes;
    north = gt[3] + std::ceil((north - gt[3]) / yRes - 1e-9) * yRes;
    south = gt[3] + std::floor((south - gt[3]) / yRes + 1e-9) * yRes;
    const auto number = [](double v) { return QByteArray::number(v, 'g', 17); };
    CPLStringList args;
    for (const QByteArray &a : {QByteArray("-srcnodata"), number(nodata), QByteArray("-vrtnodata"), number(nodata),
                                QByteArray("-tr"), number(xRes), number(yRes), QByteArray("-te"), number(west),
                                number(south), number(east), number(north)})
        args.AddString(a.constData());
    std::unique_ptr<GDALBuildVRTOptions, BuildVrtOptionsDeleter> options(GDALBuildVRTOptionsNew(args.List(), nullptr));
    int usageError = FALSE;
    GDALDatasetH vrt = GDALBuildVRT(vrtPath.toUtf8().constData(), int(handles.size()), handles.data(), nullptr,
                                    options.get(), &usageError);
    if (!vrt || usageError)
        throw Error(tr("Cannot write the mosaic %1: %2").arg(vrtPath, lastGdalError()));
    // Colour table and band names of the first raster (BuildVRT keeps a table only when all agree).
    GDALDataset *mosaic = GDALDataset::FromHandle(vrt);
    for (int b = 1; b <= mosaic->GetRasterCount() && b <= sources.front()->GetRasterCount(); ++b) {
        GDALRasterBand *first = sources.front()->GetRasterBand(b);
        GDALRasterBand *band = mosaic->GetRasterBand(b);
        if (first->GetColorTable() && !band->GetColorTable())
            band->SetColorTable(first->GetColorTable());
        band->SetDescription(first->GetDescription());
        band->SetColorInterpretation(first->GetColorInterpretation());
    }
    GDALFlushCache(vrt);
    GDALClose(vrt);
    if (!QFileInfo::exists(vrtPath))
        throw Error(tr("Cannot write the mosaic %1: %2").arg(vrtPath, lastGdalError()));
}

} // namespace cropmap::core::io
