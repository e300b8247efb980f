// SPDX-License-Identifier: GPL-3.0-or-later
#include "results/wrong_declarations.h"

#include <QCoreApplication>
#include <QFile>

#include <ogrsf_frmts.h>

#include "io/atomic_output.h"
#include "io/gdal_handles.h"
#include "util/error.h"

namespace cropmap::ui {

namespace {

OGRLayer *parcelLayer(GDALDataset *dataset)
{
    return dataset && dataset->GetLayerCount() > 0 ? dataset->GetLayer(0) : nullptr;
}

} // namespace

bool WrongDeclarations::isAvailable(const QString &parcels)
{
    try {
        const core::io::DatasetPtr dataset = core::io::openVector(parcels);
        OGRLayer *layer = parcelLayer(dataset.get());
        return layer && layer->GetLayerDefn()->GetFieldIndex(attribute().toUtf8().constData()) >= 0;
    } catch (const core::Error &) {
        return false;
    }
}

qint64 WrongDeclarations::write(const QString &parcels, const QString &path)
{
    const core::io::DatasetPtr source = core::io::openVector(parcels);
    OGRLayer *input = parcelLayer(source.get());
    if (!input || input->GetLayerDefn()->GetFieldIndex(attribute().toUtf8().constData()) < 0)
        throw core::Error(QCoreApplication::translate("cropmap::ui::WrongDeclarations", "\"%1\" has no attribute %2: only synthetic scenes know their wrong declarations")
                              .arg(parcels, attribute()));
    CPLErrorReset();
    if (input->SetAttributeFilter(QStringLiteral("%1 = 1").arg(attribute()).toUtf8().constData()) != OGRERR_NONE)
        throw core::Error(QCoreApplication::translate("cropmap::ui::WrongDeclarations", "Cannot filter \"%1\": %2").arg(parcels, QString::fromUtf8(CPLGetLastErrorMsg())));
    input->ResetReading();

    // The GeoPackage driver wants its own extension, also on the temporary file.
    core::io::AtomicOutput output(path, QStringLiteral(".tmp.gpkg"));
    QFile::remove(output.tempPath());
    const auto fail = [&output] {
        return core::Error(QCoreApplication::translate("cropmap::ui::WrongDeclarations", "Cannot write the wrongly declared parcels to \"%1\": %2")
                               .arg(output.tempPath(), QString::fromUtf8(CPLGetLastErrorMsg())));
    };
    GDALDriver *driver = GetGDALDriverManager()->GetDriverByName("GPKG");
    qint64 count = 0;
    {
        core::io::DatasetPtr target(driver ? driver->Create(output.tempPath().toUtf8().constData(), 0, 0, 0, GDT_Unknown, nullptr)
                                           : nullptr);
        OGRLayer *layer = target ? target->CreateLayer("wrong_declarations", input->GetSpatialRef(), wkbPolygon, nullptr)
                                 : nullptr;
        if (!layer)
            throw fail();
        OGRFeatureDefn *definition = input->GetLayerDefn();
        for (int i = 0; i < definition->GetFieldCount(); ++i) {
            if (layer->CreateField(definition->GetFieldDefn(i)) != OGRERR_NONE)
                throw fail();
        }
        // One transaction: single inserts into SQLite are slow.
        if (layer->StartTransaction() != OGRERR_NONE)
            throw fail();
        for (core::io::FeaturePtr feature(input->GetNextFeature()); feature; feature.reset(input->GetNextFeature())) {
            core::io::FeaturePtr copy(OGRFeature::CreateFeature(layer->GetLayerDefn()));
            copy->SetFrom(feature.get());
            if (layer->CreateFeature(copy.get()) != OGRERR_NONE)
                throw fail();
            ++count;
        }
        if (layer->CommitTransaction() != OGRERR_NONE)
            throw fail();
    } // closes the GeoPackage before the rename
    output.commit();
    return count;
}

} // namespace cropmap::ui
