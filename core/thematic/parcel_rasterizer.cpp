// SPDX-License-Identifier: GPL-3.0-or-later
#include "thematic/parcel_rasterizer.h"

#include <algorithm>

#include <QCoreApplication>

#include <gdal_alg.h>
#include <ogr_geometry.h>

#include "io/gdal_handles.h"
#include "util/error.h"

namespace cropmap::core::thematic {

ParcelRasterizer::ParcelRasterizer(const io::TileGrid &grid, const std::vector<Parcel> &parcels)
    : m_grid(grid)
    , m_parcels(parcels)
{
    m_envelopes.reserve(parcels.size() * 4);
    for (const Parcel &parcel : parcels) {
        OGREnvelope e;
        OGR_G_GetEnvelope(parcel.geometry.get(), &e);
        m_envelopes.insert(m_envelopes.end(), {e.MinX, e.MinY, e.MaxX, e.MaxY});
    }
}

io::Window ParcelRasterizer::padded(const io::Window &window, int margin) const
{
    const int x0 = std::max(0, window.x - margin), y0 = std::max(0, window.y - margin);
    const int x1 = std::min(m_grid.width(), window.x + window.width + margin);
    const int y1 = std::min(m_grid.height(), window.y + window.height + margin);
    return {x0, y0, x1 - x0, y1 - y0};
}

std::vector<std::uint32_t> ParcelRasterizer::rasterizeWindow(const io::Window &window,
                                                             std::vector<std::uint8_t> *coverage) const
{
    std::vector<std::uint32_t> ids(std::size_t(window.pixelCount()), 0);
    if (coverage)
        coverage->assign(ids.size(), 0);
    // The window's map extent (any orientation of the geotransform).
    double minX = 1e300, minY = 1e300, maxX = -1e300, maxY = -1e300;
    for (const auto &[c, r] : {std::pair{0, 0}, {window.width, 0}, {0, window.height},
                                {window.width, window.height}}) {
        const QPointF p = m_grid.pixelToMap(window.x + c, window.y + r);
        minX = std::min(minX, p.x());
        maxX = std::max(maxX, p.x());
        minY = std::min(minY, p.y());
        maxY = std::max(maxY, p.y());
    }
    std::vector<OGRGeometryH> geometries;
    std::vector<double> burn;
    for (std::size_t i = 0; i < m_parcels.size(); ++i) {
        const double *e = &m_envelopes[i * 4];
        if (e[2] < minX || e[0] > maxX || e[3] < minY || e[1] > maxY)
            continue;
        geometries.push_back(m_parcels[i].geometry.get());
        burn.push_back(double(m_parcels[i].id));
    }
    if (geometries.empty())
        return ids;

    CPLErrorReset();
    GDALDriver *mem = GetGDALDriverManager()->GetDriverByName("MEM");
    io::DatasetPtr dataset(mem ? mem->Create("", window.width, window.height, 1, GDT_UInt32, nullptr)
                               : nullptr);
    io::DatasetPtr counts(mem && coverage ? mem->Create("", window.width, window.height, 1, GDT_Byte, nullptr)
                                          : nullptr);
    std::array<double, 6> gt = m_grid.geoTransform();
    const QPointF origin = m_grid.pixelToMap(window.x, window.y);
    gt[0] = origin.x();
    gt[3] = origin.y();
    if (!dataset || dataset->SetGeoTransform(gt.data()) != CE_None
        || (coverage && (!counts || counts->SetGeoTransform(gt.data()) != CE_None)))
        throw Error(QCoreApplication::translate("cropmap::core::thematic",
                                                "Cannot rasterise the parcels: no in-memory raster "
                                                "of %1 × %2 pixels (%3)")
                        .arg(window.width)
                        .arg(window.height)
                        .arg(io::lastGdalError()));
    int band = 1;
    CPLErr err = GDALRasterizeGeometries(GDALDataset::ToHandle(dataset.get()), 1, &band,
                                         int(geometries.size()), geometries.data(), nullptr,
                                         nullptr, burn.data(), nullptr, nullptr, nullptr);
    if (err == CE_None && coverage) {
        // Every parcel adds 1 where it covers a pixel centre: > 1 marks an overlap.
        const std::vector<double> ones(geometries.size(), 1.0);
        char add[] = "MERGE_ALG=ADD";
        char *options[] = {add, nullptr};
        err = GDALRasterizeGeometries(GDALDataset::ToHandle(counts.get()), 1, &band,
                                      int(geometries.size()), geometries.data(), nullptr, nullptr,
                                      ones.data(), options, nullptr, nullptr);
        if (err == CE_None)
            err = counts->GetRasterBand(1)->RasterIO(GF_Read, 0, 0, window.width, window.height,
                                                     coverage->data(), window.width, window.height,
                                                     GDT_Byte, 0, 0, nullptr);
    }
    if (err != CE_None
        || dataset->GetRasterBand(1)->RasterIO(GF_Read, 0, 0, window.width, window.height, ids.data(),
                                               window.width, window.height, GDT_UInt32, 0, 0, nullptr)
               != CE_None) {
        throw Error(QCoreApplication::translate("cropmap::core::thematic",
                                                "Rasterizing the parcels failed: %1")
                        .arg(io::lastGdalError()));
    }
    return ids;
}

} // namespace cropmap::core::thematic
