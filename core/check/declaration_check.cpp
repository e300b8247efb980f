// SPDX-License-Identifier: GPL-3.0-or-later
#include "check/declaration_check.h"

#include <optional>
#include <unordered_map>
#include <unordered_set>

#include <QCryptographicHash>
#include <QDir>
#include <QFile>
#include <QHash>
#include <QJsonDocument>

#include <ogrsf_frmts.h>

#include "check/parcel_check_writer.h"
#include "io/atomic_output.h"
#include "io/raster_source.h"
#include "sampling/sample_set.h"
#include "sampling/training_set_job.h"
#include "thematic/legend_aggregation.h"
#include "thematic/parcel_layer.h"
#include "thematic/rasterize_job.h"
#include "util/error.h"
#include "util/feedback.h"
#include "util/output_paths.h"

namespace cropmap::core::check {

namespace {

// The source layer's features the check writes, in the reading order that numbers the
// parcel raster's ids, with their stable keys.
struct SourceFeatures
{
    io::DatasetPtr dataset;
    OGRLayer *layer = nullptr;
    std::unordered_map<std::uint32_t, io::FeaturePtr> features;
    std::unordered_map<std::uint32_t, QString> keys;
};

QString geometryKey(const QString &value, const OGRGeometry *geometry)
{
    QCryptographicHash hash(QCryptographicHash::Sha1);
    hash.addData(value.toUtf8());
    hash.addData(QByteArrayView("\0", 1));
    if (geometry) {
        QByteArray wkb(qsizetype(geometry->WkbSize()), '\0');
        geometry->exportToWkb(wkbNDR, reinterpret_cast<unsigned char *>(wkb.data()), wkbVariantIso);
        hash.addData(wkb);
    }
    return QString::fromLatin1(hash.result().toHex().left(16));
}

SourceFeatures readSourceFeatures(const thematic::ParcelLayer &parcels,
                                  const std::unordered_set<std::uint32_t> &wanted, Feedback &feedback)
{
    SourceFeatures s;
    s.dataset = io::openVector(parcels.path());
    s.layer = s.dataset->GetLayerByName(parcels.layerName().toUtf8().constData());
    if (!s.layer)
        throw Error(DeclarationCheck::tr("\"%1\" has no layer \"%2\"").arg(parcels.path(), parcels.layerName()));
    const int field = s.layer->GetLayerDefn()->GetFieldIndex(parcels.field().toUtf8().constData());
    QHash<QString, int> seen;
    std::uint32_t id = 0;
    s.layer->ResetReading();
    for (io::FeaturePtr f(s.layer->GetNextFeature()); f; f.reset(s.layer->GetNextFeature())) {
        ++id; // as ParcelLayer::read numbers them: every feature, kept or not
        if (id % 4096 == 0)
            feedback.throwIfCanceled();
        const QString value = f->IsFieldSetAndNotNull(field)
                                  ? QString::fromUtf8(f->GetFieldAsString(field)).trimmed()
                                  : QString();
        // Keys of every feature, so a duplicate's suffix does not depend on what is checked.
        QString key = geometryKey(value, f->GetGeometryRef());
        const int n = ++seen[key];
        if (n > 1)
            key += u'-' + QString::number(n);
        if (wanted.count(id)) {
            s.keys.emplace(id, key);
            s.features.emplace(id, std::move(f));
        }
    }
    return s;
}

QString requireFile(const QString &path, const QString &what)
{
    if (!QFile::exists(path))
        throw Error(DeclarationCheck::tr("The declaration check needs %1 \"%2\", which does not exist")
                        .arg(what, path));
    return path;
}

QString ifExists(const QString &path)
{
    return QFile::exists(path) ? path : QString();
}

bool extentsMeet(const OGREnvelope &e, const QRectF &r)
{
    return e.MaxX > r.left() && e.MinX < r.right() && e.MaxY > r.top() && e.MinY < r.bottom();
}

} // namespace

DeclarationCheck::DeclarationCheck(DeclarationCheckOptions options)
    : m_options(std::move(options))
{}

QString DeclarationCheck::name() const
{
    return tr("Declaration check of %1").arg(m_options.parcelsPath);
}

QString DeclarationCheck::geoPackagePath(const QString &folder)
{
    return QDir(folder).filePath(QStringLiteral("parcels.gpkg"));
}

QString DeclarationCheck::stylePath(const QString &folder)
{
    return QDir(folder).filePath(QStringLiteral("parcels.qml"));
}

QString DeclarationCheck::summaryJsonPath(const QString &folder)
{
    return QDir(folder).filePath(QStringLiteral("summary.json"));
}

QString DeclarationCheck::summaryCsvPath(const QString &folder)
{
    return QDir(folder).filePath(QStringLiteral("summary.csv"));
}

void DeclarationCheck::execute(Feedback &feedback)
{
    const DeclarationCheckOptions &o = m_options;
    o.thresholds.validate(tr("Declaration check"));
    if (o.tiles.isEmpty())
        throw Error(tr("Declaration check: no tile to check"));
    checkedTileIds(o.tiles, tr("Declaration check"));
    const thematic::LegendAggregation legend = thematic::LegendAggregation::load(o.legendPath);
    const thematic::ClassTable &classes = legend.classes();
    const QString field = o.field.isEmpty() ? legend.field() : o.field;

    // Every input is found before any work, so a missing one costs nothing and loses nothing.
    std::vector<TileEvidenceInputs> inputs;
    for (const QString &tile : o.tiles) {
        TileEvidenceInputs in;
        in.parcelRaster = requireFile(thematic::RasterizeJob::parcelRasterPath(o.thematicFolder, tile),
                                      tr("the parcel raster of the rasterize step"));
        in.erodedClassRaster = requireFile(thematic::RasterizeJob::erodedClassRasterPath(o.thematicFolder, tile),
                                           tr("the eroded class raster of the rasterize step"));
        in.classMap = requireFile(QDir(o.mapFolder).filePath(tile + QStringLiteral("_classes.tif")),
                                  tr("the class map of the classify step"));
        in.posterior = requireFile(QDir(o.mapFolder).filePath(tile + QStringLiteral("_posterior.tif")),
                                   tr("the posterior map of the classify step"));
        in.probabilities = ifExists(QDir(o.mapFolder).filePath(tile + QStringLiteral("_probabilities.tif")));
        if (!o.sampleFolder.isEmpty())
            in.splitSets = ifExists(sampling::TrainingSetJob::pixelSetRasterPath(o.sampleFolder, tile));
        in.classes = classes;
        in.threads = o.threads;
        m_declaredPosteriors = m_declaredPosteriors || !in.probabilities.isEmpty();
        inputs.push_back(in);
    }
    if (!o.trainingSamples.isEmpty())
        requireFile(o.trainingSamples, tr("the training set of the map's model"));
    const thematic::ParcelLayer layer = thematic::ParcelLayer::open(o.parcelsPath, field, o.layerName);
    int truthIndex = -1;
    if (!o.truthField.isEmpty()) {
        truthIndex = layer.fieldNames().indexOf(o.truthField);
        if (truthIndex < 0)
            throw Error(tr("Layer \"%1\" of \"%2\" has no truth field \"%3\"; its fields are: %4")
                            .arg(layer.layerName(), o.parcelsPath, o.truthField,
                                 layer.fieldNames().join(QStringLiteral(", "))));
    }

    // Evidence per parcel, from the tile holding most of its eroded pixels.
    std::unordered_map<std::uint32_t, ParcelEvidence> evidence;
    std::vector<io::TileGrid> grids;
    for (std::size_t t = 0; t < inputs.size(); ++t) {
        ScopedFeedback sub(feedback, 0.6 * t / inputs.size(), 0.6 * (t + 1) / inputs.size());
        sub.setProgress(0.0, tr("Reading the maps of %1").arg(o.tiles[int(t)]));
        grids.push_back(io::RasterSource::open(inputs[t].parcelRaster).grid());
        for (auto &[id, e] : collectTileEvidence(inputs[t], int(t), sub)) {
            auto [it, inserted] = evidence.try_emplace(id, e);
            if (!inserted && (e.pixels > it->second.pixels
                              || (e.pixels == it->second.pixels && e.footprint > it->second.footprint)))
                it->second = e;
        }
    }

    feedback.setProgress(0.65, tr("Reading the parcels"));
    std::vector<thematic::Parcel> parcels;
    {
        ScopedFeedback sub(feedback, 0.6, 0.75);
        // Only the parcels near the tiles (a national layer holds far more).
        std::optional<QRectF> extent = grids.front().extent();
        for (const io::TileGrid &g : grids)
            extent = extent && g.hasSameCrs(grids.front()) ? std::optional(extent->united(g.extent())) : std::nullopt;
        parcels = layer.read(grids.front().crsWkt(), extent, sub);
    }
    std::unordered_set<std::uint32_t> wanted;
    std::vector<const thematic::Parcel *> checked;
    std::vector<int> tileOf;
    for (const thematic::Parcel &p : parcels) {
        if (legend.classIdOf(p.value) <= 0)
            continue;
        int tile = -1;
        if (const auto it = evidence.find(p.id); it != evidence.end()) {
            tile = it->second.tileIndex;
        } else {
            // Burnt no pixel (smaller than a pixel): still a declaration on the tile.
            OGREnvelope envelope;
            OGR_G_GetEnvelope(p.geometry.get(), &envelope);
            for (std::size_t t = 0; t < grids.size() && tile < 0; ++t)
                if (grids[t].hasSameCrs(grids.front()) && extentsMeet(envelope, grids[t].extent()))
                    tile = int(t);
        }
        if (tile < 0)
            continue;
        wanted.insert(p.id);
        checked.push_back(&p);
        tileOf.push_back(tile);
    }
    feedback.throwIfCanceled();
    SourceFeatures source = readSourceFeatures(layer, wanted, feedback);

    std::unordered_set<std::uint32_t> trained;
    if (!o.trainingSamples.isEmpty()) {
        const sampling::SampleSet train = sampling::SampleSet::load(o.trainingSamples);
        for (qint64 i = 0; i < train.size(); ++i)
            trained.insert(train.parcelId(i));
    }

    m_parcels.clear();
    m_parcels.reserve(checked.size());
    for (std::size_t i = 0; i < checked.size(); ++i) {
        const thematic::Parcel &p = *checked[i];
        ParcelCheck c;
        if (const auto it = evidence.find(p.id); it != evidence.end())
            c.evidence = it->second;
        c.evidence.parcelId = p.id;
        c.evidence.tileIndex = tileOf[i];
        c.tile = o.tiles[tileOf[i]];
        c.fid = p.fid;
        c.key = source.keys.at(p.id);
        c.declaredValue = p.value;
        c.declaredClassId = legend.classIdOf(p.value);
        c.areaHa = p.areaHa;
        c.status = o.thresholds.statusOf(c.evidence.mappedPixels, c.evidence.agreement());
        c.trained = trained.count(p.id) > 0;
        if (truthIndex >= 0) {
            const OGRFeature &f = *source.features.at(p.id);
            const int index = f.GetDefnRef()->GetFieldIndex(o.truthField.toUtf8().constData());
            const QString truth = f.IsFieldSetAndNotNull(index) ? QString::fromUtf8(f.GetFieldAsString(index)).trimmed()
                                                                : QString();
            // A true crop outside the legend (ignored or unknown) is a wrong declaration too.
            if (!truth.isEmpty())
                c.trueClassId = std::max(0, legend.classIdOf(truth));
        }
        m_parcels.push_back(std::move(c));
    }
    m_summary = CheckSummary::compute(m_parcels, classes, o.thresholds);

    feedback.setProgress(0.85, tr("Writing the checked parcels"));
    if (!QDir().mkpath(o.outputFolder))
        throw Error(tr("Cannot create the folder \"%1\"").arg(o.outputFolder));
    std::vector<CheckedParcelFeature> features;
    features.reserve(m_parcels.size());
    for (std::size_t i = 0; i < m_parcels.size(); ++i)
        features.push_back({&m_parcels[i], checked[i]->geometry.get(), source.features.at(m_parcels[i].evidence.parcelId).get()});
    ParcelCheckWriter::writeGeoPackage(geoPackagePath(o.outputFolder), features, source.layer->GetLayerDefn(),
                                       grids.front().crsWkt(), classes, truthIndex >= 0);
    ParcelCheckWriter::writeQgisStyle(stylePath(o.outputFolder));
    QJsonObject json = m_summary.toJson();
    json.insert(QStringLiteral("declared_posteriors"), m_declaredPosteriors);
    io::writeFileAtomically(summaryJsonPath(o.outputFolder), QJsonDocument(json).toJson());
    io::writeFileAtomically(summaryCsvPath(o.outputFolder), m_summary.toCsv());
    feedback.setProgress(1.0);
}

} // namespace cropmap::core::check
