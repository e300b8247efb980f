// SPDX-License-Identifier: GPL-3.0-or-later
// The evaluate step: the test patches' confusion matrices of the weak and the final model,
// against the declarations and (synthetic scenes) the truth, with the mapped class areas.
#include <QCoreApplication>
#include <QDir>
#include <QFile>
#include <QJsonDocument>

#include <set>

#include "evaluate/accuracy_report.h"
#include "evaluate/mapped_area.h"
#include "io/raster_source.h"
#include "pipeline/pipeline_runner.h"
#include "pipeline/sample_prediction.h"
#include "pipeline/step_record.h"
#include "sampling/sample_file.h"
#include "sampling/sample_set.h"
#include "sampling/training_set_job.h"
#include "select/selection_summary.h"
#include "util/error.h"
#include "util/feedback.h"

namespace cropmap::core::pipeline {

namespace {

evaluate::ConfusionMatrix matrixOf(const std::vector<int> &reference, const std::vector<int> &predicted, int classes)
{
    evaluate::ConfusionMatrix m(classes);
    m.addPairs(reference, predicted);
    return m;
}

QJsonObject metricsJson(const evaluate::ConfusionMatrix &m)
{
    const evaluate::AccuracyMetrics a = evaluate::AccuracyMetrics::compute(m);
    return {{QStringLiteral("oa"), evaluate::jsonNumber(a.overallAccuracy)},
            {QStringLiteral("kappa"), evaluate::jsonNumber(a.kappa)},
            {QStringLiteral("macro_f1"), evaluate::jsonNumber(a.macroF1)},
            {QStringLiteral("min_f1"), evaluate::jsonNumber(a.minF1)},
            {QStringLiteral("pixels"), double(a.total)}};
}

} // namespace

QJsonObject PipelineRunner::runEvaluate(Feedback &feedback)
{
    const sampling::SampleReader testFile(sampling::TrainingSetJob::setPath(sampleFolder(), sampling::SplitSet::Test));
    const sampling::SampleSet &test = testFile.index(); // places and classes; values read in parts
    if (test.isEmpty())
        throw Error(QCoreApplication::translate("cropmap::core::pipeline",
                                                "No labelled test pixel in %1: the test patches hold no eroded parcel")
                        .arg(sampleFolder()));
    const int classes = test.classes().size();
    std::vector<int> declared(std::size_t(test.size())), truth(declared.size());
    for (qint64 i = 0; i < test.size(); ++i) {
        declared[std::size_t(i)] = test.classIndex(i);
        truth[std::size_t(i)] = test.trueClassIndex(i);
    }
    feedback.setProgress(0.1, QCoreApplication::translate("cropmap::core::pipeline", "Classifying the test pixels"));
    const MemoryBudget memory = m_project.memoryBudget();
    ScopedFeedback weakFeedback(feedback, 0.1, 0.35);
    const std::vector<int> weak = predictedClasses(modelPath(false), testFile, nullptr, memory, weakFeedback);
    feedback.throwIfCanceled();
    ScopedFeedback finalFeedback(feedback, 0.35, 0.6);
    const std::vector<int> final = predictedClasses(modelPath(true), testFile, nullptr, memory, finalFeedback);
    feedback.setProgress(0.6, QCoreApplication::translate("cropmap::core::pipeline", "Measuring mapped areas"));
    QStringList maps;
    for (const QString &tile : tiles())
        maps << mapFolder() + u'/' + tile + QStringLiteral("_classes.tif");

    const QString state = m_project.outputDir() + QStringLiteral("/.state");
    const QJsonObject classified = StepRecord(state, stepName(PipelineStep::Classify)).summary();
    // Each test parcel is one cluster of the area estimates' standard errors.
    std::vector<std::uint64_t> parcelIds(std::size_t(test.size()));
    std::set<std::uint64_t> parcels;
    for (qint64 i = 0; i < test.size(); ++i) {
        parcelIds[std::size_t(i)] = test.parcelId(i);
        parcels.insert(test.parcelId(i));
    }
    const bool mappedWithFinal = classified.value(QStringLiteral("model")).toString() != QStringLiteral("weak");
    // Maps of runs before the crop mask existed have no "mask" in their record: every pixel.
    const bool cropMask = classified.value(QStringLiteral("mask")).toString() == QStringLiteral("declared");
    ScopedFeedback areaFeedback(feedback, 0.6, 0.9);
    const evaluate::MappedArea mapped = evaluate::MappedArea::measure(maps, test.classes(), &areaFeedback);
    evaluate::AccuracyReport report;
    report.title = QCoreApplication::translate("cropmap::core::pipeline", "%1: accuracy on the test patches").arg(m_project.name);
    report.referenceLabel = QCoreApplication::translate("cropmap::core::pipeline", "declarations (eroded)");
    report.classes = test.classes();
    report.matrix = matrixOf(declared, mappedWithFinal ? final : weak, classes);
    report.mappedArea = mapped.hectares;
    report.areaUnit = QStringLiteral("ha");
    report.areaNote =
        (cropMask ? QCoreApplication::translate("cropmap::core::pipeline",
                                                "Mapped areas: the class maps inside the crop mask (the declared "
                                                "parcels of legend classes)")
                  : QCoreApplication::translate("cropmap::core::pipeline",
                                                "Mapped areas: every classified pixel of the class maps (no crop "
                                                "mask: land outside the declared parcels is mapped as crops too)"))
        + QCoreApplication::translate("cropmap::core::pipeline",
                                      ", every place counted once across tiles (%1 ha in tile overlaps counted "
                                      "on the first tile only). Test pixels: all eroded pixels of the %2 test "
                                      "parcels. Whole parcels are clusters of alike pixels, not a random sample "
                                      "of pixels: the standard errors and intervals are computed at parcel level "
                                      "(each parcel one cluster). A class that is the reference of no test "
                                      "parcel is estimated at 0 whatever its mapped area.")
              .arg(mapped.overlapHectares, 0, 'f', 2)
              .arg(parcels.size());
    report.clusters = evaluate::ClusterCounts::fromPixels(parcelIds, declared, mappedWithFinal ? final : weak);
    report.comparisons.push_back({QCoreApplication::translate("cropmap::core::pipeline", "weak model"), matrixOf(declared, weak, classes)});
    report.comparisons.push_back({QCoreApplication::translate("cropmap::core::pipeline", "final model"), matrixOf(declared, final, classes)});
    const QString selection = selectFolder() + QStringLiteral("/selection.json");
    QFile selectionFile(selection);
    if (selectionFile.open(QIODevice::ReadOnly))
        report.selection = select::SelectionSummary::fromJson(QJsonDocument::fromJson(selectionFile.readAll()).object(), selection);
    report.metadata = {{QStringLiteral("project"), m_project.path},
                       {QStringLiteral("map_model"), mappedWithFinal ? QStringLiteral("final") : QStringLiteral("weak")},
                       {QStringLiteral("test_pixels"), double(test.size())},
                       {QStringLiteral("classify_mask"), cropMask ? QStringLiteral("declared") : QStringLiteral("none")},
                       {QStringLiteral("overlap_ha"), mapped.overlapHectares}};
    report.write(reportFolder(), QStringLiteral("accuracy"));

    QJsonObject summary{{QStringLiteral("declarations"),
                         QJsonObject{{QStringLiteral("weak"), metricsJson(report.comparisons[0].matrix)},
                                     {QStringLiteral("final"), metricsJson(report.comparisons[1].matrix)}}}};
    if (test.hasTruth()) {
        evaluate::AccuracyReport truthReport = report;
        truthReport.title = QCoreApplication::translate("cropmap::core::pipeline", "%1: accuracy against the synthetic truth").arg(m_project.name);
        truthReport.referenceLabel = QCoreApplication::translate("cropmap::core::pipeline", "synthetic truth");
        truthReport.matrix = matrixOf(truth, mappedWithFinal ? final : weak, classes);
        truthReport.clusters = evaluate::ClusterCounts::fromPixels(parcelIds, truth, mappedWithFinal ? final : weak);
        truthReport.comparisons = {{report.comparisons[0].label, matrixOf(truth, weak, classes)},
                                   {report.comparisons[1].label, matrixOf(truth, final, classes)}};
        truthReport.write(reportFolder(), QStringLiteral("accuracy_truth"));
        summary.insert(QStringLiteral("truth"),
                       QJsonObject{{QStringLiteral("weak"), metricsJson(truthReport.comparisons[0].matrix)},
                                   {QStringLiteral("final"), metricsJson(truthReport.comparisons[1].matrix)}});
    }
    feedback.setProgress(1.0);
    return summary;
}

} // namespace cropmap::core::pipeline
