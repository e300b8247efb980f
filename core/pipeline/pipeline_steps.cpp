// SPDX-License-Identifier: GPL-3.0-or-later
// The bodies of the pipeline's steps: each turns the project's options into the options
// struct of its core module, runs it and returns a summary for the run log and the GUI.
#include <cmath>

#include <QCoreApplication>
#include <QDir>
#include <QFile>
#include <QJsonArray>

#include "composite/composite_job.h"
#include "io/raster_source.h"
#include "model/crop_model.h"
#include "model/model_trainer.h"
#include "pipeline/pipeline_runner.h"
#include "pipeline/step_options.h"
#include "sampling/sample_file.h"
#include "sampling/sample_set.h"
#include "sampling/training_set_job.h"
#include "thematic/rasterize_job.h"
#include "util/error.h"
#include "util/feedback.h"

namespace cropmap::core::pipeline {

namespace {

void runJob(Job &job, Feedback &feedback)
{
    const JobResult result = job.run(feedback);
    if (result.status == JobResult::Status::Canceled)
        throw Canceled();
    if (!result.succeeded())
        throw Error(result.message);
}

QStringList jsonStrings(const QJsonValue &value)
{
    QStringList out;
    for (const QJsonValue &v : value.toArray())
        out << (v.isString() ? v.toString() : QString::number(v.toDouble()));
    return out;
}

composite::CompositeOptions compositeOptions(const Project &p)
{
    const QJsonObject o = p.stepOptions(QStringLiteral("composite"));
    composite::CompositeOptions options;
    options.period = composite::Period::parse(p.period);
    if (!p.bands.isEmpty())
        options.bands = p.bands;
    options.maskBand = p.mask.compare(QStringLiteral("none"), Qt::CaseInsensitive) == 0 ? QString() : p.mask;
    if (o.contains(QStringLiteral("invalid_scl")))
        options.invalidSclClasses = composite::parseSclClasses(jsonStrings(o.value(QStringLiteral("invalid_scl"))).join(u','));
    options.indices = jsonStrings(o.value(QStringLiteral("indices")));
    options.blockSize = o.value(QStringLiteral("block_size")).toInt(options.blockSize);
    options.threads = o.value(QStringLiteral("threads")).toInt(0);
    options.tiles = p.tiles;
    options.flatTileId = p.flatTileId;
    options.boaOffset = p.archiveBoaOffset;
    const QString series = o.value(QStringLiteral("series")).toString(QStringLiteral("monthly"));
    if (series != QStringLiteral("monthly") && series != QStringLiteral("whole"))
        throw Error(QCoreApplication::translate("cropmap::core::pipeline",
                                                "%1: \"series\" in \"composite\" must be \"monthly\" or \"whole\", not \"%2\"")
                        .arg(p.path, series));
    options.wholeSeries = series == QStringLiteral("whole");
    return options;
}

sampling::TrainingSetOptions trainingSetOptions(const Project &p)
{
    const QJsonObject split = p.stepOptions(QStringLiteral("split"));
    const QJsonObject o = p.stepOptions(QStringLiteral("sampling"));
    sampling::TrainingSetOptions options;
    options.split.seed = quint64(split.value(QStringLiteral("seed")).toInt(p.seed));
    if (split.contains(QStringLiteral("patches"))) {
        options.split.patchRows = options.split.patchColumns = split.value(QStringLiteral("patches")).toInt(10);
    }
    const QJsonArray fractions = split.value(QStringLiteral("fractions")).toArray();
    if (fractions.size() == 3)
        options.split.fractions = {fractions[0].toDouble(), fractions[1].toDouble(), fractions[2].toDouble()};
    options.sampling = sampling::StratifiedSamplingOptions::fromJson(
        o, quint64(p.seed), QCoreApplication::translate("cropmap::core::pipeline", "%1: \"sampling\"").arg(p.path));
    options.tiles = p.tiles;
    options.memory = p.memoryBudget();
    return options;
}


// Writes the true class of every sample of the set at \a path from the truth class rasters
// (synthetic scenes), reading only its per-sample columns: a pool's values stay on disk.
void attachTruth(const QString &path, const QString &truthFolder)
{
    const sampling::SampleReader reader(path);
    const sampling::SampleSet &set = reader.index();
    std::vector<int> trueClass(std::size_t(set.size()), -1);
    for (int t = 0; t < set.tiles().size(); ++t) {
        const QString truthPath = thematic::RasterizeJob::classRasterPath(truthFolder, set.tiles()[t]);
        if (!QFile::exists(truthPath))
            continue;
        const io::RasterSource truth = io::RasterSource::open(truthPath);
        const std::vector<float> ids = truth.readAll();
        const int width = truth.grid().width();
        for (qint64 i = 0; i < set.size(); ++i) {
            if (set.tileIndex(i) != t)
                continue;
            const float id = ids[std::size_t(set.row(i)) * width + set.column(i)];
            trueClass[std::size_t(i)] = std::isnan(id) ? -1 : set.classes().indexOfId(int(id));
        }
    }
    sampling::replaceTrueClasses(path, trueClass);
}

} // namespace

model::TrainOptions trainOptions(const Project &p)
{
    return trainOptionsFromJson(p.stepOptions(QStringLiteral("train")), quint64(p.seed), p.path);
}

model::TrainOptions trainOptionsFromJson(const QJsonObject &o, quint64 seed, const QString &context)
{
    const QStringList known = Project::allowedKeys(QStringLiteral("train"));
    for (auto it = o.begin(); it != o.end(); ++it)
        if (!known.contains(it.key()))
            throw Error(QCoreApplication::translate("cropmap::core::pipeline",
                                                    "%1: unknown training option \"%2\" (known: %3)")
                            .arg(context, it.key(), known.join(QStringLiteral(", "))));
    model::TrainOptions options;
    options.spec.kind = model::modelKindFromName(o.value(QStringLiteral("model")).toString(QStringLiteral("lstm")));
    options.spec.dropout = o.value(QStringLiteral("dropout")).toDouble(options.spec.dropout);
    options.steps = o.value(QStringLiteral("steps")).toInt(options.steps);
    options.fineTuneSteps = o.value(QStringLiteral("stage2_steps")).toInt(options.fineTuneSteps);
    options.epochs = o.value(QStringLiteral("epochs")).toInt(options.epochs);
    options.fineTuneEpochs = o.value(QStringLiteral("stage2_epochs")).toInt(options.fineTuneEpochs);
    options.patience = o.value(QStringLiteral("patience")).toInt(options.patience);
    options.evalEvery = o.value(QStringLiteral("eval_every")).toInt(options.evalEvery);
    options.warmupSteps = o.value(QStringLiteral("warmup_steps")).toInt(options.warmupSteps);
    options.weightDecay = o.value(QStringLiteral("weight_decay")).toDouble(options.weightDecay);
    options.clipNorm = o.value(QStringLiteral("clip_norm")).toDouble(options.clipNorm);
    options.averaging = o.value(QStringLiteral("averaging")).toDouble(options.averaging);
    options.inputNoise = o.value(QStringLiteral("input_noise")).toDouble(options.inputNoise);
    options.labelSmoothing = o.value(QStringLiteral("label_smoothing")).toDouble(options.labelSmoothing);
    options.mixup = o.value(QStringLiteral("mixup")).toDouble(options.mixup);
    options.refit = o.value(QStringLiteral("refit")).toBool(options.refit);
    options.members = o.value(QStringLiteral("members")).toInt(options.members);
    if (o.contains(QStringLiteral("criterion")))
        options.criterion = model::checkpointCriterionFromName(o.value(QStringLiteral("criterion")).toString());
    options.learningRate = o.value(QStringLiteral("learning_rate")).toDouble(options.learningRate);
    if (o.contains(QStringLiteral("stage2_learning_rate")))
        options.fineTuneLearningRateFactor = o.value(QStringLiteral("stage2_learning_rate")).toDouble() / options.learningRate;
    options.batchSize = o.value(QStringLiteral("batch_size")).toInt(options.batchSize);
    options.threads = o.value(QStringLiteral("threads")).toInt(0);
    options.seed = quint64(o.value(QStringLiteral("seed")).toInt(int(seed)));
    options.validate();
    return options;
}

PipelineRunner::StepIo PipelineRunner::stepIo(PipelineStep step) const
{
    const Project &p = m_project;
    StepIo io;
    const QStringList tileList = tiles();
    switch (step) {
    case PipelineStep::Composite:
        io.options = QJsonObject{{QStringLiteral("period"), p.period},
                                 {QStringLiteral("bands"), QJsonArray::fromStringList(p.bands)},
                                 {QStringLiteral("mask"), p.mask},
                                 {QStringLiteral("tiles"), QJsonArray::fromStringList(p.tiles)},
                                 {QStringLiteral("flat"), p.flatTileId},
                                 {QStringLiteral("step"), p.stepOptions(QStringLiteral("composite"))}};
        // Only when set, so that the records of runs made before the option stay up to date.
        if (p.archiveBoaOffset != 0)
            io.options.insert(QStringLiteral("boa_offset"), p.archiveBoaOffset);
        io.inputs = {p.resolve(p.archive)};
        for (const QString &t : tileList)
            io.outputs << compositeStack(t);
        break;
    case PipelineStep::Rasterize:
        io.options = QJsonObject{{QStringLiteral("field"), p.field},
                                 {QStringLiteral("truth"), p.truthField},
                                 {QStringLiteral("layer"), p.parcelLayer},
                                 {QStringLiteral("step"), p.stepOptions(QStringLiteral("rasterize"))}};
        io.inputs = {p.resolve(p.parcels), p.resolve(p.legend)};
        for (const QString &t : tileList) {
            io.inputs << compositeStack(t);
            io.outputs << thematic::RasterizeJob::erodedClassRasterPath(thematicFolder(), t);
        }
        break;
    case PipelineStep::Sample:
        io.options = QJsonObject{{QStringLiteral("split"), p.stepOptions(QStringLiteral("split"))},
                                 {QStringLiteral("sampling"), p.stepOptions(QStringLiteral("sampling"))},
                                 {QStringLiteral("seed"), p.seed}};
        io.inputs = {thematicFolder(), compositeFolder()};
        io.outputs = {sampling::TrainingSetJob::setPath(sampleFolder(), sampling::SplitSet::Train),
                      sampling::TrainingSetJob::setPath(sampleFolder(), sampling::SplitSet::Validation),
                      sampling::TrainingSetJob::setPath(sampleFolder(), sampling::SplitSet::Test),
                      sampling::TrainingSetJob::setPath(poolFolder(), sampling::SplitSet::Train)};
        break;
    case PipelineStep::TrainWeak:
    case PipelineStep::TrainFinal: {
        const bool final = step == PipelineStep::TrainFinal;
        io.options = QJsonObject{{QStringLiteral("train"), p.stepOptions(QStringLiteral("train"))},
                                 {QStringLiteral("seed"), p.seed}};
        // This version's defaults for the project's architecture: a default that changes
        // between versions (the LSTM's input noise did) makes the model out of date, as an
        // edit of the file would (the file's own values are in "train" above). A model name
        // that does not parse fails the run with its message.
        try {
            const QJsonObject kind{{QStringLiteral("model"), p.stepOptions(QStringLiteral("train")).value(QStringLiteral("model"))}};
            io.options.insert(QStringLiteral("defaults_used"),
                              trainOptionsFromJson(kind.value(QStringLiteral("model")).isUndefined() ? QJsonObject() : kind,
                                                   quint64(p.seed), p.path).toJson());
        } catch (const Error &) {
        }
        io.inputs = {final ? selectFolder() + QStringLiteral("/final_train.samples")
                           : sampling::TrainingSetJob::setPath(sampleFolder(), sampling::SplitSet::Train),
                     sampling::TrainingSetJob::setPath(sampleFolder(), sampling::SplitSet::Validation)};
        io.outputs = {modelPath(final)};
        break;
    }
    case PipelineStep::Select:
        io.options = QJsonObject{{QStringLiteral("select"), p.stepOptions(QStringLiteral("select"))},
                                 {QStringLiteral("seed"), p.seed}};
        io.inputs = {modelPath(false), sampling::TrainingSetJob::setPath(poolFolder(), sampling::SplitSet::Train)};
        io.outputs = {selectFolder() + QStringLiteral("/final_train.samples"),
                      selectFolder() + QStringLiteral("/selection.json")};
        break;
    case PipelineStep::Classify:
        io.options = QJsonObject{{QStringLiteral("classify"), p.stepOptions(QStringLiteral("classify"))},
                                 {QStringLiteral("keep"), p.stepOptions(QStringLiteral("select")).value(QStringLiteral("keep"))},
                                 {QStringLiteral("mask"), p.classifyMask()}};
        io.inputs = {modelPath(false), modelPath(true)};
        for (const QString &t : tileList) {
            if (p.classifyMask() == QStringLiteral("declared"))
                io.inputs << thematic::RasterizeJob::classRasterPath(thematicFolder(), t);
            // The tile's folder, not only its VRT: a composite run again may rewrite the
            // months under an unchanged VRT, and inputs are compared by content.
            io.inputs << compositeFolder() + u'/' + t;
            io.outputs << mapFolder() + u'/' + t + QStringLiteral("_classes.tif");
        }
        break;
    case PipelineStep::Evaluate:
        io.options = QJsonObject{{QStringLiteral("evaluate"), p.stepOptions(QStringLiteral("evaluate"))}};
        io.inputs = {modelPath(false), modelPath(true), mapFolder(), selectFolder(),
                     sampling::TrainingSetJob::setPath(sampleFolder(), sampling::SplitSet::Test)};
        io.outputs = {reportFolder() + QStringLiteral("/accuracy.json")};
        break;
    case PipelineStep::Check:
        return checkStepIo();
    }
    return io;
}

QJsonObject PipelineRunner::runStep(PipelineStep step, Feedback &feedback)
{
    switch (step) {
    case PipelineStep::Composite: return runComposite(feedback);
    case PipelineStep::Rasterize: return runRasterize(feedback);
    case PipelineStep::Sample: return runSample(feedback);
    case PipelineStep::TrainWeak: return runTrain(false, feedback);
    case PipelineStep::Select: return runSelect(feedback);
    case PipelineStep::TrainFinal: return runTrain(true, feedback);
    case PipelineStep::Classify: return runClassify(feedback);
    case PipelineStep::Evaluate: return runEvaluate(feedback);
    case PipelineStep::Check: return runCheck(feedback);
    }
    return {};
}

QJsonObject PipelineRunner::runComposite(Feedback &feedback)
{
    composite::CompositeJob job(m_project.resolve(m_project.archive), compositeFolder(),
                                compositeOptions(m_project));
    runJob(job, feedback);
    QJsonArray tileIds;
    QJsonObject perTile;
    for (const composite::TileCompositeResult &r : job.results()) {
        tileIds.append(r.tile);
        QJsonArray counts;
        for (int c : r.acquisitionsPerStep)
            counts.append(c);
        perTile.insert(r.tile, QJsonObject{{QStringLiteral("acquisitions_per_step"), counts},
                                           {QStringLiteral("skipped"), int(r.skipped.size())}});
    }
    return {{QStringLiteral("tiles"), tileIds}, {QStringLiteral("per_tile"), perTile}};
}

QJsonObject PipelineRunner::runRasterize(Feedback &feedback)
{
    const QStringList tileList = tiles();
    const int passes = m_project.truthField.isEmpty() ? 1 : 2;
    QJsonObject summary;
    int done = 0;
    for (int pass = 0; pass < passes; ++pass) {
        for (const QString &tile : tileList) {
            thematic::RasterizeOptions options;
            options.parcelsPath = m_project.resolve(m_project.parcels);
            options.layerName = m_project.parcelLayer;
            options.field = pass == 0 ? m_project.field : m_project.truthField;
            options.legendPath = m_project.resolve(m_project.legend);
            options.gridPath = compositeStack(tile);
            options.tile = tile;
            options.outputFolder = pass == 0 ? thematicFolder() : truthFolder();
            options.erosionPx = m_project.stepOptions(QStringLiteral("rasterize")).value(QStringLiteral("erosion_px")).toInt(1);
            ScopedFeedback sub(feedback, double(done) / (passes * tileList.size()),
                               double(done + 1) / (passes * tileList.size()));
            thematic::RasterizeJob job(options);
            runJob(job, sub);
            ++done;
            if (pass == 0) {
                feedback.log(job.report().describe());
                summary.insert(tile, job.report().toJson());
            }
        }
    }
    return summary;
}

QJsonObject PipelineRunner::runSample(Feedback &feedback)
{
    sampling::TrainingSetOptions options = trainingSetOptions(m_project);
    options.thematicFolder = thematicFolder();
    options.compositeFolder = compositeFolder();
    options.outputFolder = sampleFolder();
    sampling::TrainingSetJob weak(options);
    weak.setPlanCallback([&feedback](const sampling::TrainingSetReport &report) {
        feedback.log(report.describePlan());
    });
    ScopedFeedback first(feedback, 0.0, 0.5);
    runJob(weak, first);
    // The pool the weak model judges: every eroded labelled pixel of the train parcels
    // (a budget no class reaches takes each class whole, capped by what the patches hold).
    options.outputFolder = poolFolder();
    options.sampling.budget = qint64(1) << 40;
    options.sampling.validationBudgetFraction = 1e-9;
    sampling::TrainingSetJob pool(options);
    ScopedFeedback second(feedback, 0.5, 1.0);
    runJob(pool, second);
    if (!m_project.truthField.isEmpty()) {
        for (const QString &path : {sampling::TrainingSetJob::setPath(sampleFolder(), sampling::SplitSet::Train),
                                    sampling::TrainingSetJob::setPath(sampleFolder(), sampling::SplitSet::Validation),
                                    sampling::TrainingSetJob::setPath(sampleFolder(), sampling::SplitSet::Test),
                                    sampling::TrainingSetJob::setPath(poolFolder(), sampling::SplitSet::Train)}) {
            attachTruth(path, truthFolder());
        }
    }
    QJsonObject summary = weak.report().toJson();
    summary.insert(QStringLiteral("pool_size"), double(pool.report().trainSize));
    return summary;
}

QJsonObject PipelineRunner::runTrain(bool final, Feedback &feedback)
{
    const StepIo io = stepIo(final ? PipelineStep::TrainFinal : PipelineStep::TrainWeak);
    const sampling::SampleSet train = sampling::SampleSet::load(io.inputs[0]);
    const sampling::SampleSet validation = sampling::SampleSet::load(io.inputs[1]);
    model::TrainOptions options = trainOptions(m_project);
    const QString base = m_project.outputDir() + (final ? QStringLiteral("/models/final") : QStringLiteral("/models/weak"));
    options.checkpointPath = base + QStringLiteral(".checkpoint");
    options.logPath = base + QStringLiteral("_log");
    options.resume = true; // an interrupted run continues from its last epoch
    model::ModelTrainer trainer(options);
    const model::TrainingResult result = trainer.train(train, validation, feedback, io.inputs[0], io.inputs[1]);
    result.model.save(modelPath(final));
    QFile::remove(options.checkpointPath);
    return {{QStringLiteral("train_samples"), double(result.trainSamples)},
            {QStringLiteral("validation_samples"), double(result.valSamples)},
            {QStringLiteral("validation_loss"), result.valLoss},
            {QStringLiteral("validation_oa"), result.valOa},
            {QStringLiteral("validation_macro_f1"), result.valMacroF1},
            {QStringLiteral("epochs"), int(result.log.size())}};
}

} // namespace cropmap::core::pipeline
