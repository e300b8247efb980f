// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QJsonObject>
#include <QString>
#include <QVector>

#include "thematic/class_table.h"
#include "thematic/parcel_layer.h"
#include "util/job.h"

namespace cropmap::core::thematic {

/** \brief Options of the rasterize step (DESIGN.md §2 "Thematic product"). */
struct RasterizeOptions
{
    QString parcelsPath;   //!< any OGR source
    QString layerName;     //!< empty: the first layer
    QString field;         //!< attribute with the declared crop; empty: the legend's field
    QString legendPath;    //!< legend aggregation table (.json or .csv)
    QString gridPath;      //!< a raster on the tile grid (a composite, a band)
    QString tile;          //!< tile id, prefix of every output
    QString outputFolder;
    int erosionPx = 1;     //!< border erosion radius (Chebyshev square)
    int blockSize = 512;
    int threads = 0;       //!< 0: all cores
};

/** \brief Pixels of one class before and after border erosion. */
struct ClassPixelCount
{
    TargetClass targetClass;
    qint64 before = 0;
    qint64 after = 0;
};

/** \brief What the rasterize step did: kept in "<TILE>_thematic.json" for the next steps. */
struct RasterizeReport
{
    QString tile;
    ParcelReadStats read;
    qint64 parcelsOnTile = 0;
    qint64 ignoredParcels = 0;
    qint64 overlapPixels = 0; //!< pixels covered by two or more parcels (the one read last wins)
    double overlapHa = 0.0;
    QVector<DeclaredValue> unknownValues; //!< declared values missing from the legend
    QVector<ClassPixelCount> counts;      //!< one per legend class, legend order
    QString parcelRaster, classRaster, erodedClassRaster, reportPath;

    //! Classes with no pixel left after erosion: excluded from sampling.
    QVector<TargetClass> excludedClasses() const;
    QJsonObject toJson() const;
    QString describe() const;
};

/**
 * \brief Rasterizes declared parcels onto a tile grid and erodes parcel borders.
 *
 * Writes to the output folder, each atomically:
 * - "<TILE>_parcels.tif": uint32 parcel ids (every parcel, ignored ones included, so that
 *   erosion also separates a crop from a neighbouring hedge), 0 = none;
 * - "<TILE>_classes.tif": uint8 class ids before erosion, 0 = none, with a colour table;
 * - "<TILE>_classes_eroded.tif": the same after border erosion (the map M_er of the method);
 * - a QGIS style (.qml) next to each class raster;
 * - "<TILE>_thematic.json": the classes, counts before/after erosion, unknown values and the
 *   outputs, which `cropmap sample` reads.
 */
class RasterizeJob final : public Job
{
    Q_DECLARE_TR_FUNCTIONS(cropmap::core::thematic::RasterizeJob)

public:
    explicit RasterizeJob(RasterizeOptions options);

    QString name() const override;
    const RasterizeReport &report() const { return m_report; }

    /** Output paths for a tile in a folder (also used by the readers of the outputs). */
    static QString parcelRasterPath(const QString &folder, const QString &tile);
    static QString classRasterPath(const QString &folder, const QString &tile);
    static QString erodedClassRasterPath(const QString &folder, const QString &tile);
    static QString reportPath(const QString &folder, const QString &tile);

protected:
    void execute(Feedback &feedback) override;

private:
    RasterizeOptions m_options;
    RasterizeReport m_report;
};

} // namespace cropmap::core::thematic
