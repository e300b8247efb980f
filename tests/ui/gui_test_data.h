// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QRectF>
#include <QString>
#include <QDir>
#include <QStringList>
#include <ogrsf_frmts.h>
#include "io/gdal_handles.h"
#include "io/raster_writer.h"
#include "io/tile_grid.h"
#include "thematic/class_table.h"
#include "thematic/qgis_style.h"

/**
 * Small synthetic data for the GUI tests, in EPSG:32633 with 10 m pixels.
 *
 * Stack: 40 × 30 pixels, top-left corner (500000, 5000300), extent x 500000…500400,
 * y 5000000…5000300; 12 months × 4 bands (B02 B03 B04 B08), descriptions "2017-09 B02" …
 * "2018-08 B08", month-major. Value of month k (0…11), band b (0 = B02 … 3 = B08):
 *   columns 0–19 (zone A):            1000 + 50·k + 100·b
 *   columns 20–39, rows 0–14 (B):     500
 *   columns 20–39, rows 15–29 (C):    2000
 * writeStack(folder, name, left, zoneB, zoneC) writes another tile of the same months and
 * bands, e.g. the one east of it (left = kLeft + 400), with other values in zones B and C.
 * writeClassMap(): a class map on a stack's grid, class 1 "Maize" in zone A and 2 "Grass"
 * elsewhere (colour table, QGIS style with the names), and <tile>_posterior.tif beside it,
 * 204 everywhere (posterior 0.80).
 * Parcels (GeoPackage, layer "parcels", fields parcel_id, crop):
 *   1 "Maize": x 500000…500200, y 5000000…5000300 (zone A)
 *   2 "Grass": x 500200…500400, y 5000150…5000300 (zone B)
 */
namespace uitest {

constexpr int kWidth = 40;
constexpr int kHeight = 30;
constexpr double kLeft = 500000;
constexpr double kTop = 5000300;
inline QRectF stackExtent() { return QRectF(500000, 5000000, 400, 300); }


namespace io = cropmap::core::io;

inline float stackValue(int month, int band, int column, int row, float zoneB = 500, float zoneC = 2000)
{
    if (column < 20)
        return float(1000 + 50 * month + 100 * band);
    return row < 15 ? zoneB : zoneC;
}

inline QString writeStack(const QString &folder, const QString &name = QStringLiteral("stack.tif"),
                          double left = kLeft, float zoneB = 500, float zoneC = 2000)
{
    const QString path = QDir(folder).filePath(name);
    const QStringList bands = {QStringLiteral("B02"), QStringLiteral("B03"), QStringLiteral("B04"),
                               QStringLiteral("B08")};
    const QStringList months = {QStringLiteral("2017-09"), QStringLiteral("2017-10"),
                                QStringLiteral("2017-11"), QStringLiteral("2017-12"),
                                QStringLiteral("2018-01"), QStringLiteral("2018-02"),
                                QStringLiteral("2018-03"), QStringLiteral("2018-04"),
                                QStringLiteral("2018-05"), QStringLiteral("2018-06"),
                                QStringLiteral("2018-07"), QStringLiteral("2018-08")};
    io::RasterWriteOptions options;
    options.dataType = GDT_UInt16;
    options.bandCount = int(months.size() * bands.size());
    options.nodata = 0;
    std::vector<std::vector<float>> data;
    for (int k = 0; k < months.size(); ++k) {
        for (int b = 0; b < bands.size(); ++b) {
            options.bandDescriptions << months[k] + QLatin1Char(' ') + bands[b];
            std::vector<float> values(size_t(kWidth) * kHeight);
            for (int row = 0; row < kHeight; ++row) {
                for (int column = 0; column < kWidth; ++column)
                    values[size_t(row) * kWidth + column] = stackValue(k, b, column, row, zoneB, zoneC);
            }
            data.push_back(std::move(values));
        }
    }
    const io::TileGrid grid = io::TileGrid::northUp(io::TileGrid::wktFromEpsg(32633),
                                                    QPointF(left, kTop), 10.0, kWidth, kHeight);
    io::writeRaster(path, grid, options, data);
    return path;
}

//! Writes "<folder>/<tile>_classes.tif" (with its .qml) and "<tile>_posterior.tif"; returns the first.
inline QString writeClassMap(const QString &folder, const QString &tile, double left)
{
    namespace thematic = cropmap::core::thematic;
    const io::TileGrid grid = io::TileGrid::northUp(io::TileGrid::wktFromEpsg(32633),
                                                    QPointF(left, kTop), 10.0, kWidth, kHeight);
    std::vector<float> classes(size_t(kWidth) * kHeight), posterior(classes.size(), 204.f);
    for (int row = 0; row < kHeight; ++row) {
        for (int column = 0; column < kWidth; ++column)
            classes[size_t(row) * kWidth + column] = column < 20 ? 1.f : 2.f;
    }
    io::RasterWriteOptions options;
    options.dataType = GDT_Byte;
    options.nodata = 0;
    options.bandDescriptions = {QStringLiteral("class")};
    options.colourTable = {{0, 0, 0, 0, 0}, {1, 230, 200, 0, 255}, {2, 60, 170, 60, 255}};
    const QString path = QDir(folder).filePath(tile + QStringLiteral("_classes.tif"));
    io::writeRaster(path, grid, options, {classes});
    thematic::writeQgisPalettedStyle(thematic::qgisStylePathFor(path),
                                     thematic::ClassTable({{1, QStringLiteral("Maize"), QStringLiteral("#e6c800")},
                                                           {2, QStringLiteral("Grass"), QStringLiteral("#3caa3c")}}));
    io::RasterWriteOptions posteriorOptions;
    posteriorOptions.dataType = GDT_Byte;
    posteriorOptions.nodata = 0;
    posteriorOptions.bandDescriptions = {QStringLiteral("posterior x 255")};
    io::writeRaster(QDir(folder).filePath(tile + QStringLiteral("_posterior.tif")), grid,
                    posteriorOptions, {posterior});
    return path;
}

inline QString writeParcels(const QString &folder)
{
    const QString path = QDir(folder).filePath(QStringLiteral("parcels.gpkg"));
    io::ensureGdalRegistered();
    GDALDriver *driver = GetGDALDriverManager()->GetDriverByName("GPKG");
    io::DatasetPtr dataset(driver->Create(path.toUtf8().constData(), 0, 0, 0, GDT_Unknown, nullptr));
    OGRSpatialReference crs;
    crs.importFromEPSG(32633);
    OGRLayer *layer = dataset->CreateLayer("parcels", &crs, wkbPolygon, nullptr);
    OGRFieldDefn id("parcel_id", OFTInteger);
    OGRFieldDefn crop("crop", OFTString);
    layer->CreateField(&id);
    layer->CreateField(&crop);
    const struct
    {
        int id;
        const char *crop;
        const char *wkt;
    } parcels[] = {
        {1, "Maize", "POLYGON((500000 5000000,500200 5000000,500200 5000300,500000 5000300,500000 5000000))"},
        {2, "Grass", "POLYGON((500200 5000150,500400 5000150,500400 5000300,500200 5000300,500200 5000150))"},
    };
    for (const auto &parcel : parcels) {
        io::FeaturePtr feature(OGRFeature::CreateFeature(layer->GetLayerDefn()));
        feature->SetField("parcel_id", parcel.id);
        feature->SetField("crop", parcel.crop);
        OGRGeometry *geometry = nullptr;
        OGRGeometryFactory::createFromWkt(parcel.wkt, &crs, &geometry);
        feature->SetGeometryDirectly(geometry);
        if (layer->CreateFeature(feature.get()) != OGRERR_NONE)
            qFatal("Cannot write a test parcel into %s", qPrintable(path));
    }
    return path;
}

} // namespace uitest
