// SPDX-License-Identifier: GPL-3.0-or-later
#include "check/parcel_verdicts.h"

#include <QCoreApplication>
#include <QFile>

#include <gdal_priv.h>
#include <ogrsf_frmts.h>

#include "io/atomic_output.h"
#include "io/gdal_handles.h"
#include "util/error.h"

namespace cropmap::core::check {

namespace {

QString tr(const char *text)
{
    return QCoreApplication::translate("cropmap::core::check", text);
}

const QString kVerdict = QStringLiteral("verdict");
const QString kNote = QStringLiteral("note");

void ensureTextField(OGRLayer &layer, const char *name, const QString &path)
{
    if (layer.GetLayerDefn()->GetFieldIndex(name) >= 0)
        return;
    OGRFieldDefn definition(name, OFTString);
    if (layer.CreateField(&definition) != OGRERR_NONE)
        throw Error(tr("Cannot add the field %1 to \"%2\": %3")
                        .arg(QString::fromLatin1(name), path, io::lastGdalError()));
}

} // namespace

QString verdictName(Verdict verdict)
{
    switch (verdict) {
    case Verdict::None: return {};
    case Verdict::DeclarationConfirmed: return QStringLiteral("declaration confirmed");
    case Verdict::MapConfirmed: return QStringLiteral("map confirmed");
    case Verdict::Unsure: return QStringLiteral("unsure");
    }
    return {};
}

Verdict verdictFromName(const QString &name, bool *ok)
{
    for (Verdict v : {Verdict::None, Verdict::DeclarationConfirmed, Verdict::MapConfirmed, Verdict::Unsure}) {
        if (verdictName(v) == name) {
            if (ok)
                *ok = true;
            return v;
        }
    }
    if (ok)
        *ok = false;
    return Verdict::None;
}

ParcelVerdicts ParcelVerdicts::fromJson(const QJsonObject &json, const QString &context)
{
    ParcelVerdicts verdicts;
    for (auto it = json.begin(); it != json.end(); ++it) {
        if (!it.value().isObject())
            throw Error(tr("%1: the verdict of parcel %2 must be an object").arg(context, it.key()));
        const QJsonObject entry = it.value().toObject();
        for (auto field = entry.begin(); field != entry.end(); ++field) {
            if (field.key() != kVerdict && field.key() != kNote)
                throw Error(tr("%1: unknown key \"%2\" in the verdict of parcel %3 (known: verdict, note)")
                                .arg(context, field.key(), it.key()));
            if (!field.value().isString())
                throw Error(tr("%1: \"%2\" of parcel %3 must be a string").arg(context, field.key(), it.key()));
        }
        bool ok = false;
        ParcelVerdict verdict;
        verdict.verdict = verdictFromName(entry.value(kVerdict).toString(), &ok);
        if (!ok)
            throw Error(tr("%1: unknown verdict \"%2\" of parcel %3 (known: declaration confirmed, map "
                           "confirmed, unsure)")
                            .arg(context, entry.value(kVerdict).toString(), it.key()));
        verdict.note = entry.value(kNote).toString();
        verdicts.set(it.key(), verdict);
    }
    return verdicts;
}

QJsonObject ParcelVerdicts::toJson() const
{
    QJsonObject json;
    for (auto it = m_verdicts.cbegin(); it != m_verdicts.cend(); ++it) {
        QJsonObject entry;
        if (it->verdict != Verdict::None)
            entry.insert(kVerdict, verdictName(it->verdict));
        if (!it->note.isEmpty())
            entry.insert(kNote, it->note);
        json.insert(it.key(), entry);
    }
    return json;
}

void ParcelVerdicts::set(const QString &key, const ParcelVerdict &verdict)
{
    if (verdict.isEmpty())
        m_verdicts.remove(key);
    else
        m_verdicts.insert(key, verdict);
}

void ParcelVerdicts::writeToGeoPackage(const QString &path) const
{
    io::ensureGdalRegistered();
    // A copy updated in place, so a failure half-way leaves the original as it was.
    io::AtomicOutput output(path, QStringLiteral(".tmp.gpkg"));
    QFile::remove(output.tempPath());
    if (!QFile::copy(path, output.tempPath()))
        throw Error(tr("Cannot copy \"%1\" to write the verdicts").arg(path));
    {
        CPLErrorReset();
        io::DatasetPtr dataset(GDALDataset::Open(output.tempPath().toUtf8().constData(),
                                                 GDAL_OF_VECTOR | GDAL_OF_UPDATE, nullptr, nullptr, nullptr));
        if (!dataset)
            throw Error(tr("Cannot open \"%1\" for writing the verdicts: %2").arg(path, io::lastGdalError()));
        OGRLayer *layer = dataset->GetLayerByName("parcels");
        if (!layer || layer->GetLayerDefn()->GetFieldIndex("parcel_key") < 0)
            throw Error(tr("\"%1\" has no layer \"parcels\" with a field parcel_key").arg(path));
        ensureTextField(*layer, "verdict", path);
        ensureTextField(*layer, "note", path);
        const int keyField = layer->GetLayerDefn()->GetFieldIndex("parcel_key");
        const int verdictField = layer->GetLayerDefn()->GetFieldIndex("verdict");
        const int noteField = layer->GetLayerDefn()->GetFieldIndex("note");
        if (dataset->StartTransaction() != OGRERR_NONE)
            throw Error(tr("Cannot write \"%1\": %2").arg(path, io::lastGdalError()));
        layer->ResetReading();
        while (io::FeaturePtr feature{layer->GetNextFeature()}) {
            const ParcelVerdict verdict = value(QString::fromUtf8(feature->GetFieldAsString(keyField)));
            if (verdict.verdict == Verdict::None)
                feature->SetFieldNull(verdictField);
            else
                feature->SetField(verdictField, verdictName(verdict.verdict).toUtf8().constData());
            if (verdict.note.isEmpty())
                feature->SetFieldNull(noteField);
            else
                feature->SetField(noteField, verdict.note.toUtf8().constData());
            if (layer->SetFeature(feature.get()) != OGRERR_NONE)
                throw Error(tr("Cannot write the verdict of feature %1 to \"%2\": %3")
                                .arg(feature->GetFID())
                                .arg(path, io::lastGdalError()));
        }
        if (dataset->CommitTransaction() != OGRERR_NONE)
            throw Error(tr("Cannot write \"%1\": %2").arg(path, io::lastGdalError()));
    }
    if (CPLGetLastErrorType() >= CE_Failure)
        throw Error(tr("Cannot write \"%1\": %2").arg(path, io::lastGdalError()));
    output.commit();
}

} // namespace cropmap::core::check
