// SPDX-License-Identifier: GPL-3.0-or-later
#include "synth/parcel_writer.h"

#include <QCoreApplication>

#include <ogrsf_frmts.h>

#include "io/atomic_output.h"
#include "io/gdal_handles.h"
#include "synth/crop_catalogue.h"
#include "thematic/class_table.h"
#include "util/error.h"

namespace cropmap::core::synth {

namespace {

QString tr(const char *text)
{
    return QCoreApplication::translate("cropmap::core::synth", text);
}

OGRSpatialReference spatialReference(int epsg)
{
    OGRSpatialReference srs;
    srs.importFromEPSG(epsg);
    // x = easting, y = northing whatever the CRS definition's axis order says.
    srs.SetAxisMappingStrategy(OAMS_TRADITIONAL_GIS_ORDER);
    return srs;
}

void addField(OGRLayer &layer, const char *name, OGRFieldType type, const QString &path)
{
    OGRFieldDefn definition(name, type);
    if (layer.CreateField(&definition) != OGRERR_NONE)
        throw Error(tr("Cannot add the field %1 to \"%2\": %3")
                        .arg(QString::fromUtf8(name), path, io::lastGdalError()));
}

// Fixes the timestamp GDAL writes into gpkg_contents, so that the same layout gives a
// byte-identical file; restored when the writer leaves, also on an exception.
class FixedGpkgTimestamp
{
public:
    FixedGpkgTimestamp() { CPLSetThreadLocalConfigOption("OGR_CURRENT_DATE", "2018-08-31T00:00:00.000Z"); }
    ~FixedGpkgTimestamp() { CPLSetThreadLocalConfigOption("OGR_CURRENT_DATE", nullptr); }
    FixedGpkgTimestamp(const FixedGpkgTimestamp &) = delete;
    FixedGpkgTimestamp &operator=(const FixedGpkgTimestamp &) = delete;
};

} // namespace

void ParcelWriter::write(const FieldLayout &layout, const SceneOptions &options, const QString &path)
{
    io::ensureGdalRegistered();
    GDALDriver *driver = GetGDALDriverManager()->GetDriverByName("GPKG");
    if (!driver)
        throw Error(tr("Cannot write \"%1\": GDAL lacks the GPKG driver").arg(path));
    // The temporary name keeps the .gpkg extension the driver expects.
    io::AtomicOutput output(path, QStringLiteral(".tmp.gpkg"));
    const FixedGpkgTimestamp timestamp;
    CPLErrorReset();
    io::DatasetPtr dataset(driver->Create(output.tempPath().toUtf8().constData(), 0, 0, 0,
                                          GDT_Unknown, nullptr));
    if (!dataset)
        throw Error(tr("Cannot create \"%1\": %2").arg(path, io::lastGdalError()));
    OGRSpatialReference utm = spatialReference(32633);
    OGRSpatialReference target = spatialReference(options.parcelsEpsg);
    io::TransformPtr transform;
    if (options.parcelsEpsg != 32633) {
        transform.reset(OGRCreateCoordinateTransformation(&utm, &target));
        if (!transform)
            throw Error(tr("Cannot write \"%1\": no transformation from EPSG:32633 to EPSG:%2")
                            .arg(path)
                            .arg(options.parcelsEpsg));
    }
    OGRLayer *layer = dataset->CreateLayer(layerName().toUtf8().constData(), &target, wkbPolygon,
                                           nullptr);
    if (!layer)
        throw Error(tr("Cannot create the layer parcels in \"%1\": %2").arg(path, io::lastGdalError()));
    addField(*layer, "FS_KENNUNG", OFTInteger64, path);
    addField(*layer, "SNAR_CODE", OFTInteger, path);
    addField(*layer, "SNAR_BEZEICHNUNG", OFTString, path);
    addField(*layer, "TRUE_SNAR_CODE", OFTInteger, path);
    addField(*layer, "TRUE_BEZEICHNUNG", OFTString, path);
    addField(*layer, "TRUE_CLASS", OFTInteger, path);
    addField(*layer, "DECLARATION_WRONG", OFTInteger, path);
    addField(*layer, "SL_FLAECHE_BRUTTO_HA", OFTReal, path);

    const thematic::ClassTable classes = thematic::ClassTable::seedClasses();
    const QVector<DeclaredCrop> &crops = CropCatalogue::crops();
    const double pixelArea = SceneOptions::pixelSize * SceneOptions::pixelSize;
    dataset->StartTransaction();
    for (const Field &f : layout.fields()) {
        if (!f.isParcel())
            continue;
        const DeclaredCrop &declared = crops.at(f.declaredCrop);
        const DeclaredCrop &truth = crops.at(f.trueCrop);
        const int trueIndex = classes.indexOfName(truth.className);
        io::FeaturePtr feature(OGRFeature::CreateFeature(layer->GetLayerDefn()));
        feature->SetField("FS_KENNUNG", GIntBig(f.id));
        feature->SetField("SNAR_CODE", declared.code);
        feature->SetField("SNAR_BEZEICHNUNG", declared.name.toUtf8().constData());
        feature->SetField("TRUE_SNAR_CODE", truth.code);
        feature->SetField("TRUE_BEZEICHNUNG", truth.name.toUtf8().constData());
        feature->SetField("TRUE_CLASS", trueIndex >= 0 ? classes.at(trueIndex).id : 0);
        feature->SetField("DECLARATION_WRONG", f.wrong ? 1 : 0);
        feature->SetField("SL_FLAECHE_BRUTTO_HA", f.area * pixelArea / 10000.0);
        OGRLinearRing ring;
        for (const QPointF &p : f.polygon) {
            ring.addPoint(SceneOptions::originX + p.x() * SceneOptions::pixelSize,
                          SceneOptions::originY - p.y() * SceneOptions::pixelSize);
        }
        ring.closeRings();
        OGRPolygon polygon;
        polygon.addRing(&ring);
        if (transform && polygon.transform(transform.get()) != OGRERR_NONE)
            throw Error(tr("Cannot reproject parcel %1 for \"%2\"").arg(f.id).arg(path));
        feature->SetGeometry(&polygon);
        if (layer->CreateFeature(feature.get()) != OGRERR_NONE)
            throw Error(tr("Cannot write parcel %1 to \"%2\": %3")
                            .arg(QString::number(f.id), path, io::lastGdalError()));
    }
    if (dataset->CommitTransaction() != OGRERR_NONE)
        throw Error(tr("Cannot write \"%1\": %2").arg(path, io::lastGdalError()));
    dataset.reset();
    if (CPLGetLastErrorType() >= CE_Failure)
        throw Error(tr("Cannot write \"%1\": %2").arg(path, io::lastGdalError()));
    output.commit();
}

} // namespace cropmap::core::synth
