// SPDX-License-Identifier: GPL-3.0-or-later
#include "check/parcel_check_writer.h"

#include <cmath>

#include <QCoreApplication>
#include <QFile>

#include <gdal_priv.h>
#include <ogr_feature.h>
#include <ogr_geometry.h>
#include <ogrsf_frmts.h>

#include "io/atomic_output.h"
#include "util/error.h"

namespace cropmap::core::check {

namespace {

QString tr(const char *text)
{
    return QCoreApplication::translate("cropmap::core::check", text);
}

struct FieldSpec
{
    const char *name;
    OGRFieldType type;
};

const std::vector<FieldSpec> &evidenceSpecs()
{
    static const std::vector<FieldSpec> specs = {
        {"parcel_key", OFTString},     {"source_fid", OFTInteger64},  {"raster_id", OFTInteger64},
        {"tile", OFTString},           {"declared", OFTString},       {"declared_class_id", OFTInteger},
        {"declared_class", OFTString}, {"pixels", OFTInteger64},      {"mapped_pixels", OFTInteger64},
        {"agreement", OFTReal},        {"declared_posterior", OFTReal}, {"confidence", OFTReal},
        {"other_class_id", OFTInteger}, {"other_class", OFTString},   {"other_share", OFTReal},
        {"split_set", OFTString},      {"trained", OFTInteger},       {"status", OFTString},
        {"area_ha", OFTReal}};
    return specs;
}

const std::vector<FieldSpec> &truthSpecs()
{
    static const std::vector<FieldSpec> specs = {
        {"true_class_id", OFTInteger}, {"true_class", OFTString}, {"declaration_wrong", OFTInteger}};
    return specs;
}

QString splitSetName(int set)
{
    switch (set) {
    case 1: return QStringLiteral("train");
    case 2: return QStringLiteral("validation");
    case 3: return QStringLiteral("test");
    }
    return {};
}

void setReal(OGRFeature &f, const char *name, double value)
{
    if (std::isfinite(value))
        f.SetField(name, value);
    else
        f.SetFieldNull(f.GetFieldIndex(name));
}

void setText(OGRFeature &f, const char *name, const QString &value)
{
    if (value.isEmpty())
        f.SetFieldNull(f.GetFieldIndex(name));
    else
        f.SetField(name, value.toUtf8().constData());
}

QString className(const thematic::ClassTable &classes, int id)
{
    const int index = classes.indexOfId(id);
    return index >= 0 ? classes.at(index).name : QString();
}

void fillEvidence(OGRFeature &f, const ParcelCheck &p, const thematic::ClassTable &classes, bool withTruth)
{
    const ParcelEvidence &e = p.evidence;
    f.SetField("parcel_key", p.key.toUtf8().constData());
    f.SetField("source_fid", GIntBig(p.fid));
    f.SetField("raster_id", GIntBig(e.parcelId));
    setText(f, "tile", p.tile);
    f.SetField("declared", p.declaredValue.toUtf8().constData());
    f.SetField("declared_class_id", p.declaredClassId);
    setText(f, "declared_class", className(classes, p.declaredClassId));
    f.SetField("pixels", GIntBig(e.pixels));
    f.SetField("mapped_pixels", GIntBig(e.mappedPixels));
    setReal(f, "agreement", e.agreement());
    setReal(f, "declared_posterior", e.meanDeclaredPosterior());
    setReal(f, "confidence", e.meanConfidence());
    const int other = e.mainOtherClassId();
    if (other > 0) {
        f.SetField("other_class_id", other);
        setText(f, "other_class", className(classes, other));
        f.SetField("other_share", e.mainOtherShare());
    } else {
        for (const char *name : {"other_class_id", "other_class", "other_share"})
            f.SetFieldNull(f.GetFieldIndex(name));
    }
    setText(f, "split_set", splitSetName(e.splitSet));
    f.SetField("trained", p.trained ? 1 : 0);
    f.SetField("status", statusName(p.status).toUtf8().constData());
    f.SetField("area_ha", p.areaHa);
    if (!withTruth)
        return;
    if (p.hasTruth()) {
        f.SetField("true_class_id", p.trueClassId);
        setText(f, "true_class", className(classes, p.trueClassId));
        f.SetField("declaration_wrong", p.wronglyDeclared() ? 1 : 0);
    } else {
        for (const char *name : {"true_class_id", "true_class", "declaration_wrong"})
            f.SetFieldNull(f.GetFieldIndex(name));
    }
}

} // namespace

QStringList ParcelCheckWriter::evidenceFields()
{
    QStringList names;
    for (const FieldSpec &s : evidenceSpecs())
        names << QString::fromLatin1(s.name);
    return names;
}

void ParcelCheckWriter::writeGeoPackage(const QString &path, const std::vector<CheckedParcelFeature> &parcels,
                                        const OGRFeatureDefn *sourceDefinition, const QString &crsWkt,
                                        const thematic::ClassTable &classes, bool withTruth)
{
    io::ensureGdalRegistered();
    GDALDriver *driver = GetGDALDriverManager()->GetDriverByName("GPKG");
    if (!driver)
        throw Error(tr("Cannot write \"%1\": GDAL lacks the GPKG driver").arg(path));
    // The temporary name keeps the .gpkg extension the driver expects.
    io::AtomicOutput output(path, QStringLiteral(".tmp.gpkg"));
    QFile::remove(output.tempPath());
    CPLErrorReset();
    io::DatasetPtr dataset(driver->Create(output.tempPath().toUtf8().constData(), 0, 0, 0, GDT_Unknown, nullptr));
    if (!dataset)
        throw Error(tr("Cannot create \"%1\": %2").arg(path, io::lastGdalError()));
    OGRSpatialReference srs;
    srs.SetAxisMappingStrategy(OAMS_TRADITIONAL_GIS_ORDER);
    const bool hasCrs = !crsWkt.isEmpty() && srs.importFromWkt(crsWkt.toUtf8().constData()) == OGRERR_NONE;
    OGRLayer *layer = dataset->CreateLayer("parcels", hasCrs ? &srs : nullptr, wkbMultiPolygon, nullptr);
    if (!layer)
        throw Error(tr("Cannot create the layer parcels in \"%1\": %2").arg(path, io::lastGdalError()));

    std::vector<FieldSpec> ours = evidenceSpecs();
    if (withTruth)
        ours.insert(ours.end(), truthSpecs().begin(), truthSpecs().end());
    QStringList taken{QStringLiteral("fid")};
    for (const FieldSpec &s : ours) {
        OGRFieldDefn definition(s.name, s.type);
        if (layer->CreateField(&definition) != OGRERR_NONE)
            throw Error(tr("Cannot add the field %1 to \"%2\": %3").arg(QString::fromLatin1(s.name), path, io::lastGdalError()));
        taken << QString::fromLatin1(s.name);
    }
    // The source's own attributes follow, except where a name is already ours.
    std::vector<std::pair<int, int>> copied; // source index → layer index
    const int sourceFields = sourceDefinition ? sourceDefinition->GetFieldCount() : 0;
    for (int i = 0; i < sourceFields; ++i) {
        OGRFieldDefn definition(sourceDefinition->GetFieldDefn(i));
        const QString name = QString::fromUtf8(definition.GetNameRef());
        if (taken.contains(name, Qt::CaseInsensitive))
            continue;
        if (layer->CreateField(&definition) != OGRERR_NONE)
            throw Error(tr("Cannot add the field %1 to \"%2\": %3").arg(name, path, io::lastGdalError()));
        taken << name;
        copied.emplace_back(i, layer->GetLayerDefn()->GetFieldCount() - 1);
    }

    if (dataset->StartTransaction() != OGRERR_NONE)
        throw Error(tr("Cannot write \"%1\": %2").arg(path, io::lastGdalError()));
    for (const CheckedParcelFeature &parcel : parcels) {
        io::FeaturePtr feature(OGRFeature::CreateFeature(layer->GetLayerDefn()));
        fillEvidence(*feature, *parcel.check, classes, withTruth);
        for (const auto &[from, to] : copied)
            if (parcel.source && parcel.source->IsFieldSetAndNotNull(from))
                feature->SetField(to, parcel.source->GetRawFieldRef(from));
        if (parcel.geometry) {
            OGRGeometry *multi = OGRGeometryFactory::forceToMultiPolygon(
                OGRGeometry::FromHandle(parcel.geometry)->clone());
            feature->SetGeometryDirectly(multi);
        }
        if (layer->CreateFeature(feature.get()) != OGRERR_NONE)
            throw Error(tr("Cannot write parcel %1 to \"%2\": %3")
                            .arg(parcel.check->key, path, io::lastGdalError()));
    }
    if (dataset->CommitTransaction() != OGRERR_NONE)
        throw Error(tr("Cannot write \"%1\": %2").arg(path, io::lastGdalError()));
    dataset.reset();
    if (CPLGetLastErrorType() >= CE_Failure)
        throw Error(tr("Cannot write \"%1\": %2").arg(path, io::lastGdalError()));
    output.commit();
}

void ParcelCheckWriter::writeQgisStyle(const QString &path)
{
    struct Category
    {
        ParcelStatus status;
        const char *fill;
        const char *outline;
        const char *style;
    };
    // Colour-blind-safe enough with the hatch: green, yellow, red, and grey hatching.
    const Category categories[] = {{ParcelStatus::Agrees, "51,160,44,150", "35,110,30,255", "solid"},
                                   {ParcelStatus::Doubtful, "255,215,0,170", "180,150,0,255", "solid"},
                                   {ParcelStatus::Disagrees, "227,26,28,170", "160,0,0,255", "solid"},
                                   {ParcelStatus::TooSmall, "128,128,128,255", "110,110,110,255", "b_diagonal"}};
    QString xml = QStringLiteral("<!DOCTYPE qgis PUBLIC 'http://mrcc.com/qgis.dtd' 'SYSTEM'>\n"
                                 "<qgis version=\"3.28.0\" styleCategories=\"Symbology\">\n"
                                 "  <renderer-v2 type=\"categorizedSymbol\" attr=\"status\" symbollevels=\"0\" "
                                 "enableorderby=\"0\" forceraster=\"0\">\n"
                                 "    <categories>\n");
    for (int i = 0; i < 4; ++i)
        xml += QStringLiteral("      <category render=\"true\" value=\"%1\" symbol=\"%2\" label=\"%1\"/>\n")
                   .arg(statusName(categories[i].status))
                   .arg(i);
    xml += QStringLiteral("    </categories>\n    <symbols>\n");
    for (int i = 0; i < 4; ++i) {
        const Category &c = categories[i];
        const QList<std::pair<QString, QString>> props = {
            {QStringLiteral("color"), QString::fromLatin1(c.fill)},
            {QStringLiteral("outline_color"), QString::fromLatin1(c.outline)},
            {QStringLiteral("outline_style"), QStringLiteral("solid")},
            {QStringLiteral("outline_width"), QStringLiteral("0.4")},
            {QStringLiteral("outline_width_unit"), QStringLiteral("MM")},
            {QStringLiteral("style"), QString::fromLatin1(c.style)}};
        xml += QStringLiteral("      <symbol type=\"fill\" name=\"%1\" alpha=\"1\" clip_to_extent=\"1\" "
                              "force_rhr=\"0\">\n"
                              "        <layer class=\"SimpleFill\" enabled=\"1\" pass=\"0\" locked=\"0\">\n"
                              "          <Option type=\"Map\">\n")
                   .arg(i);
        for (const auto &[key, value] : props)
            xml += QStringLiteral("            <Option type=\"QString\" name=\"%1\" value=\"%2\"/>\n").arg(key, value);
        xml += QStringLiteral("          </Option>\n");
        for (const auto &[key, value] : props)
            xml += QStringLiteral("          <prop k=\"%1\" v=\"%2\"/>\n").arg(key, value);
        xml += QStringLiteral("        </layer>\n      </symbol>\n");
    }
    xml += QStringLiteral("    </symbols>\n  </renderer-v2>\n</qgis>\n");
    io::writeFileAtomically(path, xml.toUtf8());
}

} // namespace cropmap::core::check
