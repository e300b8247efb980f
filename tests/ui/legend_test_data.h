// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QDir>
#include <QString>
#include <ogrsf_frmts.h>

#include "io/gdal_handles.h"
#include "thematic/legend_aggregation.h"

/**
 * Parcels for the legend editor tests (EPSG:32633, layer "parcels", field "crop"), one
 * rectangle per row of 100 m height bands, so the areas are exact:
 *   "Winter wheat" 2 parcels of 200 × 100 m = 4 ha    "Barley" 200 × 100 m = 2 ha
 *   "Maize"  300 × 100 m = 3 ha    "Meadow" 300 × 200 m = 6 ha
 *   "Peas"   100 × 100 m = 1 ha    "Fallow" 100 × 100 m = 1 ha
 * The legend (field "crop"): 1 Cereals ← Winter wheat, Barley; 2 Maize ← Maize;
 * 3 Grassland ← Meadow; 4 Legumes ← Peas; Fallow → ignore.
 */
namespace legendtest {

namespace io = cropmap::core::io;
namespace thematic = cropmap::core::thematic;

inline QString writeParcels(const QString &folder)
{
    const QString path = QDir(folder).filePath(QStringLiteral("declared.gpkg"));
    io::ensureGdalRegistered();
    GDALDriver *driver = GetGDALDriverManager()->GetDriverByName("GPKG");
    io::DatasetPtr dataset(driver->Create(path.toUtf8().constData(), 0, 0, 0, GDT_Unknown, nullptr));
    OGRSpatialReference crs;
    crs.importFromEPSG(32633);
    OGRLayer *layer = dataset->CreateLayer("parcels", &crs, wkbPolygon, nullptr);
    OGRFieldDefn crop("crop", OFTString);
    layer->CreateField(&crop);
    const struct
    {
        const char *crop;
        double width, height;
    } parcels[] = {{"Winter wheat", 200, 100}, {"Winter wheat", 200, 100}, {"Barley", 200, 100},
                   {"Maize", 300, 100},        {"Meadow", 300, 200},       {"Peas", 100, 100},
                   {"Fallow", 100, 100}};
    double y = 5000000;
    for (const auto &parcel : parcels) {
        io::FeaturePtr feature(OGRFeature::CreateFeature(layer->GetLayerDefn()));
        feature->SetField("crop", parcel.crop);
        OGRLinearRing ring;
        ring.addPoint(500000, y);
        ring.addPoint(500000 + parcel.width, y);
        ring.addPoint(500000 + parcel.width, y + parcel.height);
        ring.addPoint(500000, y + parcel.height);
        ring.closeRings();
        OGRPolygon polygon;
        polygon.addRing(&ring);
        feature->SetGeometry(&polygon);
        if (layer->CreateFeature(feature.get()) != OGRERR_NONE)
            qFatal("Cannot write a test parcel into %s", qPrintable(path));
        y += parcel.height + 50;
    }
    return path;
}

inline thematic::LegendAggregation legend()
{
    thematic::LegendAggregation legend(
        QStringLiteral("crop"),
        thematic::ClassTable({{1, QStringLiteral("Cereals"), QStringLiteral("#e6c619")},
                              {2, QStringLiteral("Maize"), QStringLiteral("#ff7f00")},
                              {3, QStringLiteral("Grassland"), QStringLiteral("#33a02c")},
                              {4, QStringLiteral("Legumes"), QStringLiteral("#a6cee3")}}));
    legend.setMapping(QStringLiteral("Winter wheat"), 1);
    legend.setMapping(QStringLiteral("Barley"), 1);
    legend.setMapping(QStringLiteral("Maize"), 2);
    legend.setMapping(QStringLiteral("Meadow"), 3);
    legend.setMapping(QStringLiteral("Peas"), 4);
    legend.setMapping(QStringLiteral("Fallow"), thematic::LegendAggregation::Ignore);
    return legend;
}

} // namespace legendtest
