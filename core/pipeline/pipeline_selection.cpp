// SPDX-License-Identifier: GPL-3.0-or-later
// The later steps of the pipeline: reliable-sample selection, tile classification and
// evaluation, which all read the weak and final models.
#include <QCoreApplication>
#include <QDir>
#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>

#include <algorithm>
#include <map>

#include "classify/model_predictor.h"
#include "classify/tile_classifier.h"
#include "composite/composite_stack.h"
#include "evaluate/accuracy_report.h"
#include "io/mosaic_vrt.h"
#include "io/raster_source.h"
#include "io/raster_writer.h"
#include "io/staged_folder.h"
#include "model/crop_model.h"
#include "model/model_trainer.h"
#include "pipeline/pipeline_runner.h"
#include "pipeline/selection_step.h"
#include "pipeline/step_options.h"
#include "pipeline/step_record.h"
#include "sampling/sample_set.h"
#include "sampling/training_set_job.h"
#include "select/crossfit_folds.h"
#include "sampling/sample_file.h"
#include "select/pool_draw.h"
#include "select/reliable_sample_selector.h"
#include "select/selection_summary.h"
#include "thematic/rasterize_job.h"
#include "util/error.h"
#include "util/feedback.h"

namespace cropmap::core::pipeline {

namespace {

QString tr(const char *text)
{
    return QCoreApplication::translate("cropmap::core::pipeline", text);
}

// The model is checked against the samples once, and its predictor (on the fused path a copy of
// the LSTM's weights) built once, for every part of a pass over the pool.
std::vector<float> predictSet(const model::CropModel &model, const sampling::SampleSet &set)
{
    model.checkCompatible(set.bands(), set.stepCount(), QStringLiteral("samples"));
    classify::ModelPredictor predictor(model);
    return predictor.predictAll(set.allValues().data(), set.size());
}

// Calls \a each(begin, chunk, probabilities) for every part of \a pool with one predictor.
template<typename Each>
void predictParts(const model::CropModel &model, const sampling::SampleReader &pool, qint64 part,
                  Feedback &feedback, Each each)
{
    model.checkCompatible(pool.index().bands(), pool.index().stepCount(), pool.path());
    classify::ModelPredictor predictor(model);
    pool.forEachPart(part, [&](qint64 begin, const sampling::SampleSet &chunk) {
        each(begin, chunk, predictor);
    }, &feedback);
}

} // namespace

select::SelectionInput unjudgedPool(const sampling::SampleSet &pool, int classCount)
{
    std::vector<std::uint32_t> parcels(std::size_t(pool.size()));
    std::vector<int> declared(parcels.size()), truth(parcels.size());
    bool hasTruth = false;
    for (qint64 i = 0; i < pool.size(); ++i) {
        parcels[std::size_t(i)] = pool.parcelId(i);
        declared[std::size_t(i)] = pool.classIndex(i);
        truth[std::size_t(i)] = pool.trueClassIndex(i);
        hasTruth = hasTruth || truth[std::size_t(i)] >= 0;
    }
    return select::SelectionInput::unjudged(classCount, std::move(declared), std::move(parcels),
                                            hasTruth ? std::move(truth) : std::vector<int>{});
}

void judgePool(const model::CropModel &model, const sampling::SampleReader &pool, qint64 part,
               select::SelectionInput &input, Feedback &feedback)
{
    const qint64 n = pool.size();
    const std::size_t classes = std::size_t(input.classCount);
    predictParts(model, pool, part, feedback,
                 [&](qint64 begin, const sampling::SampleSet &chunk, classify::ModelPredictor &predictor) {
        const std::vector<float> p = predictor.predictAll(chunk.allValues().data(), chunk.size());
        for (qint64 j = 0; j < chunk.size(); ++j)
            input.judge(begin + j, p.data() + std::size_t(j) * classes);
        feedback.setProgress(double(begin + chunk.size()) / double(std::max<qint64>(n, 1)),
                             tr("Judging the pool: %L1 of %L2 pixels").arg(begin + chunk.size()).arg(n));
    });
}

namespace {

// A raster per tile of what selection did: 1 kept, 2 dropped (disagreeing prediction),
// 3 dropped (agreeing but low confidence or a bad parcel); 0 elsewhere.
void writeSelectionRasters(const sampling::SampleSet &pool, const select::SelectionInput &input,
                           const select::SelectionResult &result, const QString &folder,
                           const std::function<QString(const QString &)> &stackOf)
{
    for (int t = 0; t < pool.tiles().size(); ++t) {
        const QString tile = pool.tiles()[t];
        const io::TileGrid grid = composite::CompositeStack::open(stackOf(tile)).grid();
        std::vector<unsigned char> values(std::size_t(grid.pixelCount()), 0);
        for (qint64 i = 0; i < pool.size(); ++i) {
            if (pool.tileIndex(i) != t)
                continue;
            const std::size_t k = std::size_t(i);
            const unsigned char code = result.keep[k] ? 1 : (input.predicted[k] != input.declared[k] ? 2 : 3);
            values[std::size_t(pool.row(i)) * grid.width() + pool.column(i)] = code;
        }
        io::RasterWriteOptions options;
        options.dataType = GDT_Byte;
        options.nodata = 0;
        options.colourTable = {{1, 26, 150, 65, 255}, {2, 215, 25, 28, 255}, {3, 253, 174, 97, 255}};
        options.bandDescriptions = {QStringLiteral("1 kept, 2 disagreeing, 3 low confidence")};
        io::RasterWriter writer(folder + u'/' + tile + QStringLiteral("_reliable.tif"), grid, options);
        writer.writeWindow(1, io::Window{0, 0, grid.width(), grid.height()}, values.data(), GDT_Byte);
        writer.commit();
    }
}

// Judges every pool pixel with a weak model trained without the parcels of its fold, the pool
// read part by part.
void judgeCrossfitted(const SelectionFiles &files, const select::SelectionOptions &options,
                      const model::CropModel &weak, const sampling::SampleReader &pool,
                      const sampling::SampleSet &weakTrain, const sampling::SampleSet &validation,
                      qint64 part, select::SelectionInput &input, Feedback &feedback)
{
    const std::vector<int> folds =
        select::assignCrossfitFolds(input.parcelId, options.crossfitFolds, options.seed);
    std::map<std::uint32_t, int> foldOfParcel;
    for (std::size_t i = 0; i < input.parcelId.size(); ++i)
        foldOfParcel[input.parcelId[i]] = folds[i];
    model::TrainOptions weakOptions;
    if (files.weakTrainOptions) {
        weakOptions = *files.weakTrainOptions;
    } else {
        weakOptions.spec = weak.metadata().spec;
        feedback.log(tr("Cross-fitting without the project's training options: the fold models "
                        "train with the defaults and the weak model's architecture"));
    }
    const int classes = input.classCount;
    for (int k = 0; k < options.crossfitFolds; ++k) {
        std::vector<qint64> others;
        for (qint64 i = 0; i < weakTrain.size(); ++i) {
            const auto it = foldOfParcel.find(weakTrain.parcelId(i));
            if (it == foldOfParcel.end() || it->second != k)
                others.push_back(i);
        }
        const model::TrainOptions foldOptions = crossfitTrainOptions(weakOptions, k);
        feedback.log(tr("Cross-fitting fold %1 of %2: a weak model on %3 of %4 training samples "
                        "(seed %5)")
                         .arg(k + 1).arg(options.crossfitFolds).arg(others.size())
                         .arg(weakTrain.size()).arg(foldOptions.seed));
        ScopedFeedback sub(feedback, 0.05 + 0.8 * k / options.crossfitFolds,
                           0.05 + 0.8 * (k + 1) / options.crossfitFolds);
        ScopedFeedback training(sub, 0.0, 0.8);
        const model::TrainingResult fold = model::ModelTrainer(foldOptions).train(
            weakTrain.subset(others), validation, training);
        ScopedFeedback judging(sub, 0.8, 1.0);
        predictParts(fold.model, pool, part, judging,
                     [&](qint64 begin, const sampling::SampleSet &chunk, classify::ModelPredictor &predictor) {
            std::vector<qint64> inFold;
            for (qint64 j = 0; j < chunk.size(); ++j)
                if (folds[std::size_t(begin + j)] == k)
                    inFold.push_back(j);
            const sampling::SampleSet mine = chunk.subset(inFold);
            const std::vector<float> p = predictor.predictAll(mine.allValues().data(), mine.size());
            for (std::size_t j = 0; j < inFold.size(); ++j)
                input.judge(begin + inFold[j], p.data() + j * std::size_t(classes));
        });
    }
}

// Says, for the run log, which classes a guard kept whole instead of letting the rule empty them.
void logGuards(const select::SelectionSummary &summary, const thematic::ClassTable &classes,
               Feedback &feedback)
{
    for (std::size_t u = 0; u < summary.perClass.size(); ++u) {
        const select::ClassSelectionStats &s = summary.perClass[u];
        if (s.guard == select::SelectionGuard::None)
            continue;
        const QString name = int(u) < classes.size() ? classes.at(int(u)).name : QString::number(u);
        feedback.log(tr("Class \"%1\" (%2 pixels, %3 agreeing): %4")
                         .arg(name).arg(s.labelled).arg(s.candidates).arg(select::classNote(s)));
    }
    feedback.log(summary.describe(classes));
}

} // namespace

model::TrainOptions crossfitTrainOptions(const model::TrainOptions &weak, int fold)
{
    model::TrainOptions options = weak;
    options.seed = weak.seed + 1 + quint64(fold);
    options.checkpointPath.clear();
    options.logPath.clear();
    options.resume = false;
    return options;
}

QJsonObject runSelection(const SelectionFiles &files, const select::SelectionOptions &options, Feedback &feedback)
{
    // The pool (every train-parcel pixel) stays on disk: its per-sample columns are read
    // whole, its values part by part (files.memory sets the part).
    const sampling::SampleReader poolFile(files.pool);
    const sampling::SampleSet &pool = poolFile.index();
    const model::CropModel weak = model::CropModel::load(files.weakModel);
    weak.checkCompatible(pool.bands(), pool.stepCount(), QStringLiteral("\"%1\"").arg(files.pool));
    weak.metadata().classes.requireSame(pool.classes(), QStringLiteral("Model \"%1\"").arg(files.weakModel),
                                        QStringLiteral("the pool \"%1\"").arg(files.pool));
    const int classes = pool.classes().size();
    const qint64 part = files.memory.items(qint64(pool.featureCount() + classes) * qint64(sizeof(float)), 0.25, 4096,
                                      sampling::kMaxPartSamples);
    select::SelectionInput input = unjudgedPool(pool, classes);
    const sampling::SampleSet weakTrain = sampling::SampleSet::load(files.weakTrain);
    const sampling::SampleSet validation =
        files.validation.isEmpty() ? sampling::SampleSet() : sampling::SampleSet::load(files.validation);
    feedback.setProgress(0.05, tr("Judging %1 pool pixels with the weak model").arg(pool.size()));
    if (options.crossfitFolds >= 2) {
        if (files.validation.isEmpty())
            throw Error(tr("Cross-fitting needs the validation set the fold models stop on"));
        judgeCrossfitted(files, options, weak, poolFile, weakTrain, validation, part, input, feedback);
    } else {
        ScopedFeedback judging(feedback, 0.05, 0.85);
        judgePool(weak, poolFile, part, input, judging);
    }
    feedback.throwIfCanceled();
    feedback.setProgress(0.9, tr("Selecting reliable samples"));
    const select::SelectionResult result = select::ReliableSampleSelector(options).select(input);
    select::SelectionSummary summary = select::SelectionSummary::fromResult(result);
    if (!validation.isEmpty()) {
        // The judge's agreement with what it was trained on against parcels it never saw.
        const std::vector<float> p = predictSet(weak, validation);
        qint64 agree = 0, poolAgree = 0;
        for (qint64 i = 0; i < validation.size(); ++i) {
            const float *pi = p.data() + std::size_t(i) * classes;
            agree += int(std::max_element(pi, pi + classes) - pi) == validation.classIndex(i);
        }
        for (std::size_t i = 0; i < input.declared.size(); ++i)
            poolAgree += input.predicted[i] == input.declared[i];
        if (!input.declared.empty())
            summary.fit = select::WeakModelFit{double(poolAgree) / double(input.declared.size()),
                                               double(agree) / double(validation.size()),
                                               options.crossfitFolds >= 2};
    }
    logGuards(summary, pool.classes(), feedback);
    if (!QDir().mkpath(files.outputFolder))
        throw Error(tr("Cannot create the folder \"%1\"").arg(files.outputFolder));
    // The final training set: the weak set's n_u per class (priors of the eroded map), capped
    // by what the reliable pool holds.
    const select::PoolDraw draw = select::drawFromPool(input.declared, result.keep,
                                                       weakTrain.countsPerClass(), options.seed);
    poolFile.subset(draw.indices, part).save(files.outputFolder + QStringLiteral("/final_train.samples"));
    if (files.stackOf)
        writeSelectionRasters(pool, input, result, files.outputFolder, files.stackOf);
    summary.write(files.outputFolder + QStringLiteral("/selection.json"), pool.classes());
    QJsonObject json = summary.toJson(pool.classes());
    json.insert(QStringLiteral("final_train_samples"), double(draw.indices.size()));
    return json;
}

QJsonObject PipelineRunner::runSelect(Feedback &feedback)
{
    const StepIo io = stepIo(PipelineStep::Select);
    const select::SelectionOptions options = [this] {
        QJsonObject o = m_project.stepOptions(QStringLiteral("select"));
        o.remove(QStringLiteral("keep"));
        if (!o.contains(QStringLiteral("seed")))
            o.insert(QStringLiteral("seed"), m_project.seed);
        return select::SelectionOptions::fromJson(o, m_project.path + QStringLiteral(" (select)"));
    }();
    SelectionFiles files;
    files.weakModel = modelPath(false);
    files.pool = io.inputs[1];
    files.weakTrain = sampling::TrainingSetJob::setPath(sampleFolder(), sampling::SplitSet::Train);
    files.validation = sampling::TrainingSetJob::setPath(sampleFolder(), sampling::SplitSet::Validation);
    files.outputFolder = selectFolder();
    files.stackOf = [this](const QString &tile) { return compositeStack(tile); };
    files.weakTrainOptions = trainOptions(m_project);
    files.memory = m_project.memoryBudget();
    return runSelection(files, options, feedback);
}

QJsonObject PipelineRunner::runClassify(Feedback &feedback)
{
    // `keep: better` maps with whichever model scored the higher validation macro F1.
    const QString keep = m_project.stepOptions(QStringLiteral("select")).value(QStringLiteral("keep")).toString(QStringLiteral("final"));
    bool useFinal = true;
    if (keep == QStringLiteral("better")) {
        const QString state = m_project.outputDir() + QStringLiteral("/.state");
        const double weakF1 = StepRecord(state, stepName(PipelineStep::TrainWeak)).summary().value(QStringLiteral("validation_macro_f1")).toDouble();
        const double finalF1 = StepRecord(state, stepName(PipelineStep::TrainFinal)).summary().value(QStringLiteral("validation_macro_f1")).toDouble();
        useFinal = finalF1 >= weakF1;
    } else if (keep != QStringLiteral("final")) {
        throw Error(tr("%1: \"keep\" in \"select\" must be \"final\" or \"better\", not \"%2\"").arg(m_project.path, keep));
    }
    const QJsonObject o = m_project.stepOptions(QStringLiteral("classify"));
    const QStringList tileList = tiles();
    // Every tile's maps are staged and replace the previous ones together at the end: a
    // cancel or an error leaves all previous maps, styles and posteriors as they were.
    io::StagedFolder maps(mapFolder());
    const bool declaredOnly = m_project.classifyMask() == QStringLiteral("declared");
    QJsonObject summary{{QStringLiteral("model"), useFinal ? QStringLiteral("final") : QStringLiteral("weak")},
                        {QStringLiteral("mask"), m_project.classifyMask()}};
    for (int t = 0; t < tileList.size(); ++t) {
        classify::ClassifyOptions options;
        options.modelPath = modelPath(useFinal);
        options.stackPath = compositeStack(tileList[t]);
        options.outputDir = maps.path();
        options.probabilities = o.value(QStringLiteral("probabilities")).toBool(false);
        options.batchSize = o.value(QStringLiteral("batch_size")).toInt(options.batchSize);
        options.blockSize = o.value(QStringLiteral("block_size")).toInt(0); // 0: from the budget
        options.memory = m_project.memoryBudget();
        options.threads = o.value(QStringLiteral("threads")).toInt(0);
        options.precision = classify::precisionFromName(o.value(QStringLiteral("precision")).toString(QStringLiteral("float32")),
                                                        m_project.path + QStringLiteral(" (classify)"));
        // The crop mask: the declared parcels of legend classes (class raster ≠ 0), not eroded.
        if (declaredOnly)
            options.maskPath = thematic::RasterizeJob::classRasterPath(thematicFolder(), tileList[t]);
        ScopedFeedback sub(feedback, double(t) / tileList.size(), double(t + 1) / tileList.size());
        const classify::ClassifyResult r = classify::TileClassifier::run(options, sub);
        summary.insert(r.tile, QJsonObject{{QStringLiteral("pixels"), double(r.classifiedPixels)},
                                           {QStringLiteral("seconds"), r.seconds},
                                           {QStringLiteral("precision"), QLatin1String(classify::precisionName(r.precision))}});
    }
    feedback.throwIfCanceled();
    if (tileList.size() > 1) {
        // One layer over all tiles for the GUI and QGIS; where tiles overlap, the first tile's
        // pixels show, the ones the evaluate step counts.
        QJsonObject mosaics;
        for (const QString &layer : {QStringLiteral("classes"), QStringLiteral("posterior")}) {
            QStringList layers;
            for (const QString &tile : tileList)
                layers << maps.path() + u'/' + tile + u'_' + layer + QStringLiteral(".tif");
            const QString name = QStringLiteral("mosaic_") + layer + QStringLiteral(".vrt");
            io::writeMosaicVrt(layers, maps.path() + u'/' + name, 0);
            mosaics.insert(layer, name);
        }
        QFile::copy(maps.path() + u'/' + tileList.front() + QStringLiteral("_classes.qml"),
                    maps.path() + QStringLiteral("/mosaic_classes.qml"));
        summary.insert(QStringLiteral("mosaics"), mosaics);
    }
    maps.commit();
    return summary;
}

} // namespace cropmap::core::pipeline
