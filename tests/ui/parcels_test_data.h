// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QDir>
#include <QFile>
#include <QJsonDocument>
#include <QJsonObject>

#include "check/parcel_check_writer.h"
#include "gui_test_data.h"
#include "sampling/sample_set.h"

/**
 * A hand-made declaration check for the Parcels dock: the project "<dir>/project.json"
 * (output "out", tile T1) with what the check and select steps leave behind, on the grid of
 * gui_test_data.h (40 × 30 px of 10 m, 12 months × B02 B03 B04 B08).
 *
 * Parcels (key, declared class, raster id, pixels; mapped pixels, agreement → status with the
 * defaults 0.7 / 0.3 / 5):
 *   "k-agrees"    Maize, id 1, columns 0–19:             600 px, 0.95 → agrees
 *   "k-doubtful"  Grass, id 2, columns 20–39, rows 0–14:  300 px, 0.50 → doubtful (map: Maize 0.5)
 *   "k-disagrees" Grass, id 3, columns 20–39, rows 15–29: 300 px, 0.10 → disagrees (map: Maize 0.9)
 *   "k-small"     Maize, id 4, no pixel of its own:        3 px,  0.00 → too small
 * The stack (writeStack) is 1000 + 50·month + 100·band in columns 0–19, 500 in rows 0–14 and
 * 2000 in rows 15–29 of columns 20–39; so "k-disagrees" reads B08 = 2000 every month.
 * Reliable samples (select/final_train.samples): Maize samples s = 0…9 at 1000 + 50·month +
 * 100·band + 10·s, Grass samples s = 0…9 at 500 + 10·s.
 */
namespace uitest {

namespace check = cropmap::core::check;
namespace sampling = cropmap::core::sampling;

inline cropmap::core::thematic::ClassTable parcelClasses()
{
    return cropmap::core::thematic::ClassTable({{1, QStringLiteral("Maize"), QStringLiteral("#e6c800")},
                                                {2, QStringLiteral("Grass"), QStringLiteral("#3caa3c")}});
}

struct HandParcel
{
    const char *key;
    int classId;
    std::uint32_t rasterId;
    qint64 mapped;
    qint64 agreeing;
    int otherClass;
    const char *wkt;
};

inline const std::vector<HandParcel> &handParcels()
{
    static const std::vector<HandParcel> parcels = {
        {"k-agrees", 1, 1, 600, 570, 2, "POLYGON((500000 5000000,500200 5000000,500200 5000300,500000 5000300,500000 5000000))"},
        {"k-doubtful", 2, 2, 300, 150, 1, "POLYGON((500200 5000150,500400 5000150,500400 5000300,500200 5000300,500200 5000150))"},
        {"k-disagrees", 2, 3, 300, 30, 1, "POLYGON((500200 5000000,500400 5000000,500400 5000150,500200 5000150,500200 5000000))"},
        {"k-small", 1, 4, 3, 0, 2, "POLYGON((500000 5000000,500010 5000000,500010 5000010,500000 5000010,500000 5000000))"},
    };
    return parcels;
}

//! Writes out/check/parcels.gpkg with the statuses of \a statusThresholds (the dock ignores them).
inline void writeCheckOutput(const QString &dir, const check::CheckOptions &statusThresholds = {})
{
    const QString folder = QDir(dir).filePath(QStringLiteral("out/check"));
    QDir().mkpath(folder);
    OGRSpatialReference crs;
    crs.importFromEPSG(32633);
    std::vector<check::ParcelCheck> checks;
    std::vector<OGRGeometry *> geometries;
    for (const HandParcel &h : handParcels()) {
        check::ParcelCheck p;
        p.key = QString::fromLatin1(h.key);
        p.tile = QStringLiteral("T1");
        p.fid = qint64(h.rasterId);
        p.declaredValue = h.classId == 1 ? QStringLiteral("Silomais") : QStringLiteral("Wiese");
        p.declaredClassId = h.classId;
        p.evidence.parcelId = h.rasterId;
        p.evidence.pixels = h.mapped;
        p.evidence.mappedPixels = h.mapped;
        p.evidence.agreeing = h.agreeing;
        p.evidence.declaredClassId = h.classId;
        p.evidence.otherClasses = {{h.otherClass, h.mapped - h.agreeing}};
        p.evidence.splitSet = 3;
        p.areaHa = double(h.mapped) / 100.0;
        p.status = statusThresholds.statusOf(h.mapped, h.mapped ? double(h.agreeing) / double(h.mapped) : 0.0);
        checks.push_back(p);
        OGRGeometry *geometry = nullptr;
        OGRGeometryFactory::createFromWkt(h.wkt, &crs, &geometry);
        geometries.push_back(geometry);
    }
    std::vector<check::CheckedParcelFeature> features;
    for (std::size_t i = 0; i < checks.size(); ++i)
        features.push_back({&checks[i], OGRGeometry::ToHandle(geometries[i]), nullptr});
    char *wkt = nullptr;
    crs.exportToWkt(&wkt);
    check::ParcelCheckWriter::writeGeoPackage(QDir(folder).filePath(QStringLiteral("parcels.gpkg")), features,
                                              nullptr, QString::fromUtf8(wkt), parcelClasses(), false);
    CPLFree(wkt);
    for (OGRGeometry *g : geometries)
        OGRGeometryFactory::destroyGeometry(g);
}

//! The whole hand-made project; returns the project file.
inline QString writeParcelCheckProject(const QString &dir)
{
    const QDir root(dir);
    for (const char *sub : {"out/composites", "out/thematic", "out/select"})
        root.mkpath(QString::fromLatin1(sub));
    writeStack(root.filePath(QStringLiteral("out/composites")), QStringLiteral("T1_composites.tif"));
    std::vector<float> ids(std::size_t(kWidth) * kHeight);
    for (int row = 0; row < kHeight; ++row)
        for (int column = 0; column < kWidth; ++column)
            ids[std::size_t(row) * kWidth + column] = column < 20 ? 1.f : row < 15 ? 2.f : 3.f;
    io::RasterWriteOptions options;
    options.dataType = GDT_UInt32;
    options.nodata = 0;
    const io::TileGrid grid =
        io::TileGrid::northUp(io::TileGrid::wktFromEpsg(32633), QPointF(kLeft, kTop), 10.0, kWidth, kHeight);
    io::writeRaster(root.filePath(QStringLiteral("out/thematic/T1_parcels.tif")), grid, options, {ids});

    const QStringList bands = {QStringLiteral("B02"), QStringLiteral("B03"), QStringLiteral("B04"), QStringLiteral("B08")};
    QStringList months;
    for (int k = 0; k < 12; ++k)
        months << QDate(2017, 9, 1).addMonths(k).toString(QStringLiteral("yyyy-MM"));
    sampling::SampleSet samples(bands, months, parcelClasses());
    const int tile = samples.tileIndexOf(QStringLiteral("T1"));
    std::vector<float> values(std::size_t(12 * 4));
    for (int cls = 0; cls < 2; ++cls) {
        for (int s = 0; s < 10; ++s) {
            for (int k = 0; k < 12; ++k)
                for (int b = 0; b < 4; ++b)
                    values[std::size_t(k * 4 + b)] = float(cls == 0 ? 1000 + 50 * k + 100 * b + 10 * s : 500 + 10 * s);
            samples.append(tile, s, cls, std::uint32_t(cls + 1), cls, -1, values.data());
        }
    }
    samples.save(root.filePath(QStringLiteral("out/select/final_train.samples")));
    writeCheckOutput(dir);

    const QJsonObject project{{QStringLiteral("archive"), QStringLiteral("archive")},
                              {QStringLiteral("tiles"), QJsonArray{QStringLiteral("T1")}},
                              {QStringLiteral("parcels"), QStringLiteral("parcels.gpkg")},
                              {QStringLiteral("field"), QStringLiteral("crop")},
                              {QStringLiteral("legend"), QStringLiteral("legend.json")},
                              {QStringLiteral("output"), QStringLiteral("out")}};
    const QString path = root.filePath(QStringLiteral("project.json"));
    QFile file(path);
    if (!file.open(QIODevice::WriteOnly))
        qFatal("Cannot write %s", qPrintable(path));
    file.write(QJsonDocument(project).toJson());
    return path;
}

} // namespace uitest
