// SPDX-License-Identifier: GPL-3.0-or-later
#include "pipeline/pipeline_runner.h"

#include <optional>

#include <QCoreApplication>
#include <QDateTime>
#include <QDir>
#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>

#include "util/error.h"
#include "util/feedback.h"

namespace cropmap::core::pipeline {

namespace {

QString tr(const char *text)
{
    return QCoreApplication::translate("cropmap::core::pipeline", text);
}

// Rough share of the run's time per step, so one progress bar moves evenly.
double stepWeight(PipelineStep step)
{
    switch (step) {
    case PipelineStep::Composite: return 0.20;
    case PipelineStep::Rasterize: return 0.04;
    case PipelineStep::Sample: return 0.08;
    case PipelineStep::TrainWeak: return 0.22;
    case PipelineStep::Select: return 0.08;
    case PipelineStep::TrainFinal: return 0.22;
    case PipelineStep::Classify: return 0.12;
    case PipelineStep::Evaluate: return 0.04;
    case PipelineStep::Check: return 0.02;
    }
    return 0.1;
}

} // namespace

PipelineRunner::PipelineRunner(Project project)
    : m_project(std::move(project))
{}

QList<PipelineStep> PipelineRunner::steps()
{
    return {PipelineStep::Composite, PipelineStep::Rasterize, PipelineStep::Sample,
            PipelineStep::TrainWeak, PipelineStep::Select,    PipelineStep::TrainFinal,
            PipelineStep::Classify,  PipelineStep::Evaluate,  PipelineStep::Check};
}

QString PipelineRunner::stepName(PipelineStep step)
{
    switch (step) {
    case PipelineStep::Composite: return QStringLiteral("composite");
    case PipelineStep::Rasterize: return QStringLiteral("rasterize");
    case PipelineStep::Sample: return QStringLiteral("sample");
    case PipelineStep::TrainWeak: return QStringLiteral("train_weak");
    case PipelineStep::Select: return QStringLiteral("select");
    case PipelineStep::TrainFinal: return QStringLiteral("train_final");
    case PipelineStep::Classify: return QStringLiteral("classify");
    case PipelineStep::Evaluate: return QStringLiteral("evaluate");
    case PipelineStep::Check: return QStringLiteral("check");
    }
    return {};
}

PipelineStep PipelineRunner::stepFromName(const QString &name)
{
    QStringList names;
    for (PipelineStep step : steps()) {
        if (stepName(step) == name)
            return step;
        names << stepName(step);
    }
    throw Error(tr("Unknown step \"%1\" (steps: %2)").arg(name, names.join(QStringLiteral(", "))));
}

QString PipelineRunner::stepTitle(PipelineStep step)
{
    // The class context, where lupdate files tr() calls made in member functions (the
    // file's tr() would look them up under the namespace and find no translation).
    switch (step) {
    case PipelineStep::Composite: return QCoreApplication::translate("cropmap::core::pipeline::PipelineRunner", "Monthly composites");
    case PipelineStep::Rasterize: return QCoreApplication::translate("cropmap::core::pipeline::PipelineRunner", "Rasterize and erode declarations");
    case PipelineStep::Sample: return QCoreApplication::translate("cropmap::core::pipeline::PipelineRunner", "Spatial split and weak samples");
    case PipelineStep::TrainWeak: return QCoreApplication::translate("cropmap::core::pipeline::PipelineRunner", "Train the weak model");
    case PipelineStep::Select: return QCoreApplication::translate("cropmap::core::pipeline::PipelineRunner", "Select reliable samples");
    case PipelineStep::TrainFinal: return QCoreApplication::translate("cropmap::core::pipeline::PipelineRunner", "Retrain on reliable samples");
    case PipelineStep::Classify: return QCoreApplication::translate("cropmap::core::pipeline::PipelineRunner", "Classify tiles");
    case PipelineStep::Evaluate: return QCoreApplication::translate("cropmap::core::pipeline::PipelineRunner", "Evaluate");
    case PipelineStep::Check: return QCoreApplication::translate("cropmap::core::pipeline::PipelineRunner", "Check the declarations parcel by parcel");
    }
    return {};
}

QString PipelineRunner::compositeFolder() const
{
    return m_project.outputDir() + QStringLiteral("/composites");
}

QString PipelineRunner::compositeStack(const QString &tile) const
{
    return compositeFolder() + u'/' + tile + u'/' + tile + QStringLiteral("_composites.vrt");
}

QString PipelineRunner::thematicFolder() const
{
    return m_project.outputDir() + QStringLiteral("/thematic");
}

QString PipelineRunner::truthFolder() const
{
    return m_project.outputDir() + QStringLiteral("/thematic_truth");
}

QString PipelineRunner::sampleFolder() const
{
    return m_project.outputDir() + QStringLiteral("/samples");
}

QString PipelineRunner::poolFolder() const
{
    return sampleFolder() + QStringLiteral("/pool");
}

QString PipelineRunner::modelPath(bool final) const
{
    return m_project.outputDir()
           + (final ? QStringLiteral("/models/final.model") : QStringLiteral("/models/weak.model"));
}

QString PipelineRunner::selectFolder() const
{
    return m_project.outputDir() + QStringLiteral("/select");
}

QString PipelineRunner::mapFolder() const
{
    return m_project.outputDir() + QStringLiteral("/maps");
}

QString PipelineRunner::reportFolder() const
{
    return m_project.outputDir() + QStringLiteral("/reports");
}

QString PipelineRunner::checkFolder() const
{
    return m_project.outputDir() + QStringLiteral("/check");
}

QStringList PipelineRunner::tiles() const
{
    if (!m_project.tiles.isEmpty())
        return m_project.tiles;
    const StepRecord record(m_project.outputDir() + QStringLiteral("/.state"),
                            stepName(PipelineStep::Composite));
    QStringList found;
    for (const QJsonValue &v : record.summary().value(QStringLiteral("tiles")).toArray())
        found << v.toString();
    return found;
}

InputSnapshot::Folders PipelineRunner::folders() const
{
    return {m_project.resolve(QStringLiteral(".")), m_project.outputDir()};
}

StepCheck PipelineRunner::checkRecord(PipelineStep step) const
{
    const StepRecord record(m_project.outputDir() + QStringLiteral("/.state"), stepName(step));
    if (!record.exists())
        return {false, {}};
    const StepIo io = stepIo(step);
    return record.check(io.options, io.inputs, io.outputs, folders());
}

QList<StepStatus> PipelineRunner::statuses() const
{
    QList<StepStatus> out;
    std::optional<PipelineStep> stale; // the first earlier step that is out of date
    for (PipelineStep step : steps()) {
        StepStatus status;
        const StepRecord record(m_project.outputDir() + QStringLiteral("/.state"), stepName(step));
        if (!record.exists()) {
            status = {StepState::NotRun, tr("not run yet")};
        } else if (const StepCheck own = checkRecord(step); !own.upToDate) {
            status = {StepState::OutOfDate, own.reason};
        } else if (stale) {
            status = {StepState::OutOfDate,
                      tr("the earlier step “%1” is out of date").arg(stepTitle(*stale))};
        } else {
            status = {StepState::UpToDate, {}};
        }
        // Not an earlier step without a record: its outputs may come from elsewhere (a
        // cluster's `cropmap composite` per tile), and nothing says they changed.
        if (status.state == StepState::OutOfDate && !stale)
            stale = step;
        out << status;
    }
    return out;
}

StepStatus PipelineRunner::status(PipelineStep step) const
{
    return statuses().value(int(steps().indexOf(step)));
}

void PipelineRunner::appendLog(const QString &line) const
{
    QDir().mkpath(m_project.outputDir());
    QFile log(m_project.outputDir() + QStringLiteral("/run.log"));
    if (log.open(QIODevice::Append | QIODevice::Text))
        log.write((QDateTime::currentDateTimeUtc().toString(Qt::ISODate) + u' ' + line + u'\n').toUtf8());
}

void PipelineRunner::run(Feedback &feedback, PipelineStep first, PipelineStep last, bool force)
{
    double total = 0;
    for (PipelineStep step : steps())
        if (step >= first && step <= last)
            total += stepWeight(step);
    double done = 0;
    appendLog(tr("run of %1, steps %2 to %3, memory budget %4")
                  .arg(m_project.path, stepName(first), stepName(last), m_project.memoryBudget().describe()));
    for (PipelineStep step : steps()) {
        if (step < first || step > last)
            continue;
        feedback.throwIfCanceled();
        const double begin = done / total;
        done += stepWeight(step);
        const StepRecord record(m_project.outputDir() + QStringLiteral("/.state"), stepName(step));
        StepIo io = stepIo(step);
        const StepCheck own = record.exists() ? checkRecord(step) : StepCheck{};
        if (!force && own.upToDate) {
            feedback.log(tr("%1: up to date, skipped").arg(stepTitle(step)));
            appendLog(tr("%1: up to date, skipped").arg(stepName(step)));
            feedback.setProgress(done / total, stepTitle(step));
            if (m_observer)
                m_observer(step, record.summary());
            continue;
        }
        // A step forced to run again keeps its record until it succeeds: its outputs are
        // replaced atomically, so a cancel leaves it up to date with what it had.
        if (own.upToDate)
            appendLog(tr("%1: up to date, run again as asked").arg(stepName(step)));
        else if (!own.reason.isEmpty())
            appendLog(tr("%1: out of date: %2").arg(stepName(step), own.reason));
        if (!own.upToDate)
            record.invalidate();
        feedback.log(tr("%1 …").arg(stepTitle(step)));
        ScopedFeedback stepFeedback(feedback, begin, done / total);
        stepFeedback.setProgress(0.0, stepTitle(step));
        QJsonObject summary;
        try {
            summary = runStep(step, stepFeedback);
        } catch (const Error &e) {
            appendLog(tr("%1 failed: %2").arg(stepName(step), e.message()));
            throw;
        } catch (const Canceled &) {
            appendLog(tr("%1 canceled").arg(stepName(step)));
            throw;
        }
        // Outputs may depend on what the step found (the tiles of the archive).
        io = stepIo(step);
        record.markDone(io.options, io.inputs, io.outputs, folders(), summary);
        appendLog(tr("%1 done: %2")
                      .arg(stepName(step),
                           QString::fromUtf8(QJsonDocument(summary).toJson(QJsonDocument::Compact))));
        if (m_observer)
            m_observer(step, summary);
    }
    feedback.setProgress(1.0, tr("Done"));
}

QString PipelineJob::name() const
{
    return tr("Pipeline of %1").arg(const_cast<PipelineJob *>(this)->m_runner.project().name);
}

} // namespace cropmap::core::pipeline
