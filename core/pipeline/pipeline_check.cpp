// SPDX-License-Identifier: GPL-3.0-or-later
// The check step: every declared parcel against the map (check/parcels.gpkg, its style and the
// per-class summary), with the summary added as a section of the accuracy report.
#include <QCoreApplication>
#include <QFile>
#include <QFileInfo>
#include <QJsonDocument>

#include "check/declaration_check.h"
#include "check/parcel_verdicts.h"
#include "evaluate/accuracy_report.h"
#include "pipeline/pipeline_runner.h"
#include "pipeline/step_record.h"
#include "sampling/training_set_job.h"
#include "util/error.h"
#include "util/feedback.h"

namespace cropmap::core::pipeline {

namespace {

QString tr(const char *text)
{
    return QCoreApplication::translate("cropmap::core::pipeline", text);
}

// The training set of the model that made the maps: its parcels' agreement is optimistic.
QString mapModelTrainingSet(const PipelineRunner &runner)
{
    const QString state = runner.project().outputDir() + QStringLiteral("/.state");
    const bool weak = StepRecord(state, PipelineRunner::stepName(PipelineStep::Classify)).summary()
                          .value(QStringLiteral("model")).toString() == QStringLiteral("weak");
    return weak ? sampling::TrainingSetJob::setPath(runner.sampleFolder(), sampling::SplitSet::Train)
                : runner.selectFolder() + QStringLiteral("/final_train.samples");
}

void addReportSection(const QString &path, const check::CheckSummary &summary)
{
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly))
        return; // no report (evaluate not run): the check's own files stand alone
    evaluate::AccuracyReport report = evaluate::AccuracyReport::fromJson(
        QJsonDocument::fromJson(file.readAll()).object(), path);
    report.setSection({QStringLiteral("declaration-check"), tr("Declaration check, parcel by parcel"),
                       summary.toXhtml()});
    const QFileInfo info(path);
    report.write(info.absolutePath(), info.completeBaseName());
}

} // namespace

PipelineRunner::StepIo PipelineRunner::checkStepIo() const
{
    const Project &p = m_project;
    StepIo io;
    io.options = QJsonObject{{QStringLiteral("check"), p.stepOptions(QStringLiteral("check"))},
                             {QStringLiteral("field"), p.field},
                             {QStringLiteral("truth"), p.truthField},
                             {QStringLiteral("layer"), p.parcelLayer}};
    io.inputs = {p.resolve(p.parcels), p.resolve(p.legend), thematicFolder(), mapFolder(),
                 mapModelTrainingSet(*this), reportFolder() + QStringLiteral("/accuracy.json")};
    for (const QString &t : tiles())
        io.inputs << sampling::TrainingSetJob::pixelSetRasterPath(sampleFolder(), t);
    io.outputs = {check::DeclarationCheck::geoPackagePath(checkFolder()),
                  check::DeclarationCheck::summaryJsonPath(checkFolder())};
    return io;
}

QJsonObject PipelineRunner::runCheck(Feedback &feedback)
{
    check::DeclarationCheckOptions options;
    options.parcelsPath = m_project.resolve(m_project.parcels);
    options.layerName = m_project.parcelLayer;
    options.field = m_project.field;
    options.truthField = m_project.truthField;
    options.legendPath = m_project.resolve(m_project.legend);
    options.tiles = tiles();
    options.thematicFolder = thematicFolder();
    options.mapFolder = mapFolder();
    options.sampleFolder = sampleFolder();
    options.trainingSamples = mapModelTrainingSet(*this);
    options.outputFolder = checkFolder();
    options.thresholds = check::CheckOptions::fromJson(m_project.stepOptions(QStringLiteral("check")),
                                                       tr("%1 (check)").arg(m_project.path));
    check::DeclarationCheck job(options);
    const JobResult result = job.run(feedback);
    if (result.status == JobResult::Status::Canceled)
        throw Canceled();
    if (!result.succeeded())
        throw Error(result.message);
    // The analyst's verdicts, keyed by the stable parcel key, follow the parcels into every
    // new GeoPackage (the Parcels dock writes them between runs).
    check::ParcelVerdicts::fromJson(m_project.verdicts, tr("%1 (verdicts)").arg(m_project.path))
        .writeToGeoPackage(check::DeclarationCheck::geoPackagePath(checkFolder()));
    if (!job.hasDeclaredPosteriors())
        feedback.log(tr("No probability rasters in %1: the declared class's mean posterior is left "
                        "empty (set \"probabilities\": true in \"classify\" to have it)")
                         .arg(mapFolder()));
    addReportSection(reportFolder() + QStringLiteral("/accuracy.json"), job.summary());
    QJsonObject summary = job.summary().toJson();
    summary.remove(QStringLiteral("classes")); // in check/summary.json; the record keeps the totals
    summary.insert(QStringLiteral("parcels"), double(job.parcels().size()));
    return summary;
}

} // namespace cropmap::core::pipeline
