// SPDX-License-Identifier: GPL-3.0-or-later
#include "experiment/experiment_runner.h"

#include <algorithm>

#include <QCoreApplication>
#include <QDir>
#include <QElapsedTimer>
#include <QFile>
#include <QFileInfo>
#include <QJsonArray>
#include <QJsonDocument>

#include "evaluate/accuracy_metrics.h"
#include "experiment/experiment_report.h"
#include "forest/random_forest.h"
#include "io/atomic_output.h"
#include "model/model_trainer.h"
#include "pipeline/pipeline_runner.h"
#include "pipeline/sample_prediction.h"
#include "pipeline/step_options.h"
#include "pipeline/step_record.h"
#include "sampling/sample_file.h"
#include "sampling/sample_set.h"
#include "sampling/training_set_job.h"
#include "util/error.h"
#include "util/feedback.h"

namespace cropmap::core::experiment {

using pipeline::PipelineRunner;
using pipeline::PipelineStep;
using sampling::SampleSet;
using sampling::SplitSet;

namespace {

QString tr(const char *text)
{
    return QCoreApplication::translate("cropmap::core::experiment", text);
}

// The folders of the project's own run that a column reuses as they are.
const QStringList &upstreamFolders()
{
    static const QStringList names = {QStringLiteral("composites"), QStringLiteral("thematic"),
                                      QStringLiteral("thematic_truth"), QStringLiteral("samples")};
    return names;
}

// Links \a target as \a link, replacing a stale link; a column folder then reads the project's
// composites and samples without copying them.
void linkTo(const QString &target, const QString &link)
{
    const QFileInfo info(link);
    if (info.isSymLink() && info.symLinkTarget() == QFileInfo(target).absoluteFilePath())
        return;
    if (info.isSymLink() || info.exists())
        QFile::remove(link);
    if (!QFile::link(QFileInfo(target).absoluteFilePath(), link))
        throw Error(tr("Cannot link \"%1\" to \"%2\"").arg(link, target));
}

void linkUpstream(const QString &base, const QString &folder)
{
    if (!QDir().mkpath(folder + QStringLiteral("/models")))
        throw Error(tr("Cannot create the folder \"%1\"").arg(folder));
    for (const QString &name : upstreamFolders()) {
        if (QFileInfo::exists(base + u'/' + name))
            linkTo(base + u'/' + name, folder + u'/' + name);
    }
}

// The project as one column runs it: its own output folder and seed, and a rule for table 3.
pipeline::Project columnProject(pipeline::Project p, const QString &folder, int seed, const QString &rule)
{
    p.output = QFileInfo(folder).absoluteFilePath();
    p.seed = seed;
    QJsonObject train = p.stepOptions(QStringLiteral("train"));
    train.insert(QStringLiteral("seed"), seed);
    p.steps.insert(QStringLiteral("train"), train);
    if (!rule.isEmpty()) {
        QJsonObject select = p.stepOptions(QStringLiteral("select"));
        select.insert(QStringLiteral("rule"), rule);
        p.steps.insert(QStringLiteral("select"), select);
    }
    return p;
}

SampleSet subsetOfTiles(const SampleSet &set, const QString &tile, bool keepTile)
{
    std::vector<qint64> indices;
    for (qint64 i = 0; i < set.size(); ++i) {
        if ((set.tiles()[set.tileIndex(i)] == tile) == keepTile)
            indices.push_back(i);
    }
    return set.subset(indices);
}

// Scores of the \a predicted classes of the test pixels against their declarations and, where
// known, the truth.
QJsonObject score(const std::vector<int> &predicted, const SampleSet &test)
{
    const int classes = test.classes().size();
    evaluate::ConfusionMatrix declared(classes);
    declared.addPairs(std::vector<int>(test.classIndices().begin(), test.classIndices().end()), predicted);
    QJsonObject result{{QStringLiteral("declarations"),
                        evaluate::AccuracyMetrics::compute(declared).toJson(test.classes())}};
    // The matrices too, as the evaluate step's report stores them, so the GUI can show a
    // column in its results view (not part of the fingerprint: cached columns stay valid).
    QJsonObject matrices{{QStringLiteral("classes"), test.classes().toJson()},
                         {QStringLiteral("declarations"), declared.toJson()}};
    if (test.hasTruth()) {
        std::vector<int> reference, mapped;
        for (qint64 i = 0; i < test.size(); ++i) {
            if (test.trueClassIndex(i) >= 0) {
                reference.push_back(test.trueClassIndex(i));
                mapped.push_back(predicted[std::size_t(i)]);
            }
        }
        evaluate::ConfusionMatrix truth(classes);
        truth.addPairs(reference, mapped);
        result.insert(QStringLiteral("truth"), evaluate::AccuracyMetrics::compute(truth).toJson(test.classes()));
        matrices.insert(QStringLiteral("truth"), truth.toJson());
    }
    result.insert(QStringLiteral("confusion_matrices"), matrices);
    return result;
}

/** The classes the model file \a path (network or forest, read back the way the classify and
 *  evaluate steps read it) predicts for \a test, its values read part by part. */
std::vector<int> predictWithModel(const QString &path, const TestPixels &test, Feedback &feedback)
{
    const sampling::SampleReader reader(test.path);
    // After a column's training: its messages and cancellation, the bar kept where it is.
    ScopedFeedback atEnd(feedback, 1.0, 1.0);
    return pipeline::predictedClasses(path, reader, &test.indices, test.memory, atEnd);
}

/**
 * Columns computed before the scores carried their confusion matrices lack them, and the
 * GUI cannot show such a column. The models are on disk, so predict the test pixels again
 * and add the scores with their matrices instead of retraining. Returns whether \a column
 * changed; a model that no longer fits the test samples (the whole series' column is scored
 * on its own stack) is left as it is.
 */
bool addMissingMatrices(QJsonObject &column, const QString &stem, const TestPixels &test, Feedback &feedback)
{
    const QString matrices = QStringLiteral("confusion_matrices");
    const std::pair<QString, QString> models[] = {
        {QStringLiteral("final"), column.value(QStringLiteral("model_file")).toString()},
        {QStringLiteral("weak"), stem + QStringLiteral("/models/weak.model")}};
    bool changed = false;
    for (const auto &[key, model] : models) {
        const QJsonValue scores = column.value(key);
        if (!scores.isObject() || scores.toObject().contains(matrices) || !QFileInfo::exists(model))
            continue;
        try {
            column.insert(key, score(predictWithModel(model, test, feedback), test.labels));
            changed = true;
        } catch (const Error &) {
        }
    }
    return changed;
}

QJsonObject readJson(const QString &path)
{
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly))
        return {};
    return QJsonDocument::fromJson(file.readAll()).object();
}

} // namespace

ExperimentRunner::ExperimentRunner(pipeline::Project project, ExperimentOptions options)
    : m_project(std::move(project))
    , m_options(std::move(options))
{
    m_options.validate();
}

QString ExperimentRunner::folder() const
{
    return m_project.outputDir() + QStringLiteral("/experiments/") + ExperimentOptions::tableName(m_options.table);
}

QString ExperimentRunner::reportPath(const QString &suffix) const
{
    return folder() + u'.' + suffix;
}

QString ExperimentRunner::chooseTargetTile() const
{
    const PipelineRunner base(m_project);
    const QStringList tiles = base.tiles();
    if (m_options.targetTile == ExperimentOptions::allTiles())
        return m_options.targetTile;
    if (!m_options.targetTile.isEmpty()) {
        if (!tiles.contains(m_options.targetTile))
            throw Error(tr("The target tile %1 is not a tile of the project %2 (its tiles: %3)")
                            .arg(m_options.targetTile, m_project.path, tiles.join(QStringLiteral(", "))));
        return m_options.targetTile;
    }
    // Like the seed's T33UVP: the tile with the most acquisitions in the period.
    const QJsonObject perTile = pipeline::StepRecord(m_project.outputDir() + QStringLiteral("/.state"),
                                                     QStringLiteral("composite"))
                                    .summary()
                                    .value(QStringLiteral("per_tile"))
                                    .toObject();
    QString best = tiles.value(0);
    int most = -1;
    for (const QString &tile : tiles) {
        int count = 0;
        for (const QJsonValue &n : perTile.value(tile).toObject().value(QStringLiteral("acquisitions_per_step")).toArray())
            count += n.toInt();
        if (count > most) {
            most = count;
            best = tile;
        }
    }
    return best;
}

TestPixels ExperimentRunner::targetTestSet(const QString &tile) const
{
    return targetTestSetOf(m_project, tile);
}

TestPixels ExperimentRunner::targetTestSetOf(const pipeline::Project &project, const QString &tile)
{
    const PipelineRunner base(project);
    TestPixels test;
    test.path = sampling::TrainingSetJob::setPath(base.sampleFolder(), SplitSet::Test);
    test.memory = project.memoryBudget();
    const sampling::SampleReader reader(test.path);
    const SampleSet &index = reader.index();
    const bool every = tile == ExperimentOptions::allTiles();
    for (qint64 i = 0; i < index.size(); ++i) {
        if (every || index.tiles()[index.tileIndex(i)] == tile)
            test.indices.push_back(i);
    }
    test.labels = index.indexSubset(test.indices);
    if (test.indices.empty())
        throw Error(tr("The target tile %1 has no labelled pixel in a test patch (%2): choose another "
                       "tile with --target-tile, or more patches in the project's split")
                        .arg(tile, test.path));
    return test;
}

QString ExperimentRunner::weakModelFor(int seed, Feedback &feedback)
{
    const PipelineRunner base(m_project);
    if (quint64(seed) == pipeline::trainOptions(m_project).seed)
        return base.modelPath(false);
    const QString dir = m_project.outputDir() + QStringLiteral("/experiments/weak-s") + QString::number(seed);
    linkUpstream(m_project.outputDir(), dir);
    PipelineRunner runner(columnProject(m_project, dir, seed, {}));
    runner.run(feedback, PipelineStep::TrainWeak, PipelineStep::TrainWeak);
    return runner.modelPath(false);
}

QString ExperimentRunner::reusableWeakModel(const QString &column, int seed, Feedback &feedback)
{
    // Table 1's all-tiles column and table 2's column of the project's own network are the
    // pipeline's weak model: the same samples, training options and seed. Trained once, for
    // the run, table 3 and these columns alike.
    const model::TrainOptions projectOptions = pipeline::trainOptions(m_project);
    const bool isWeak = (m_options.table == ExperimentTable::Table1 && column == QStringLiteral("all_tiles"))
                        || (m_options.table == ExperimentTable::Table2 && column != QStringLiteral("forest")
                            && model::modelKindFromName(column) == projectOptions.spec.kind);
    if (!isWeak)
        return {};
    if (quint64(seed) != projectOptions.seed)
        return weakModelFor(seed, feedback);
    // The project's own weak model only when its step is up to date: the analyst's records are
    // not re-run from here (tables 1 and 2 need the run up to the samples only).
    const PipelineRunner base(m_project);
    const int step = int(PipelineRunner::steps().indexOf(PipelineStep::TrainWeak));
    return base.statuses().at(step).state == pipeline::StepState::UpToDate ? base.modelPath(false) : QString();
}

namespace {

// The seconds a model's training took, from the log the pipeline writes beside it
// (<stem>_log.json, one record per validation check); -1 without a log.
double trainingSecondsOf(const QString &modelPath)
{
    QString stem = modelPath;
    stem.chop(QStringLiteral(".model").size());
    QFile file(stem + QStringLiteral("_log.json"));
    if (!file.open(QIODevice::ReadOnly))
        return -1.0;
    double seconds = 0.0;
    for (const QJsonValue &record : QJsonDocument::fromJson(file.readAll()).array())
        seconds += record.toObject().value(QStringLiteral("seconds")).toDouble();
    return seconds;
}

} // namespace

QJsonObject ExperimentRunner::trainColumn(const QString &column, int seed, const QString &modelPath,
                                          const TestPixels &test, Feedback &feedback)
{
    const bool wholeSeries = column == QStringLiteral("whole_series");
    // Column (i): the target tile's whole series, composited, rasterised and sampled in a
    // project of its own. Its split is drawn for the one tile, so its test pixels hold the
    // monthly columns' test parcels of that tile but need not stop there (on the demo scene: the
    // same 24 parcels pixel for pixel, and 3 more); the report gives its own test_pixels.
    pipeline::Project project = m_project;
    if (wholeSeries) {
        project.output = m_project.outputDir() + QStringLiteral("/experiments/whole_series-") + m_targetTile;
        project.tiles = {m_targetTile};
        QJsonObject composite = project.stepOptions(QStringLiteral("composite"));
        composite.insert(QStringLiteral("series"), QStringLiteral("whole"));
        project.steps.insert(QStringLiteral("composite"), composite);
        ScopedFeedback stage(feedback, 0.0, 0.3);
        PipelineRunner(project).run(stage, PipelineStep::Composite, PipelineStep::Sample);
    }
    const PipelineRunner base(project);
    SampleSet train = SampleSet::load(sampling::TrainingSetJob::setPath(base.sampleFolder(), SplitSet::Train));
    SampleSet validation = SampleSet::load(sampling::TrainingSetJob::setPath(base.sampleFolder(), SplitSet::Validation));
    const TestPixels seriesTest = wholeSeries ? targetTestSetOf(project, m_targetTile) : TestPixels();
    const TestPixels &scored = wholeSeries ? seriesTest : test;
    if (m_options.table == ExperimentTable::Table1 && column != QStringLiteral("all_tiles") && !wholeSeries) {
        const bool target = column == QStringLiteral("target_tile");
        train = subsetOfTiles(train, m_targetTile, target);
        validation = subsetOfTiles(validation, m_targetTile, target);
    }
    if (train.isEmpty() || validation.isEmpty())
        throw Error(tr("Column %1 of %2 has no training or validation samples")
                        .arg(column, ExperimentOptions::tableName(m_options.table)));

    model::TrainOptions options = pipeline::trainOptions(columnProject(m_project, folder(), seed, {}));
    QElapsedTimer clock;
    clock.start();
    double trainSeconds = -1.0;
    const QString weak = wholeSeries ? QString() : reusableWeakModel(column, seed, feedback);
    if (!weak.isEmpty()) {
        QFile::remove(modelPath);
        if (!QFile::copy(weak, modelPath))
            throw Error(tr("Cannot copy the weak model \"%1\" to \"%2\"").arg(weak, modelPath));
        trainSeconds = trainingSecondsOf(weak);
        feedback.log(tr("%1, seed %2: the weak model of seed %2 (the same samples and options), reused: %3")
                         .arg(column).arg(seed).arg(weak));
    } else if (column == QStringLiteral("forest")) {
        forest::RandomForestOptions forestOptions;
        forestOptions.seed = std::uint64_t(seed);
        forestOptions.threads = options.threads;
        forest::RandomForest::train(train, forestOptions, feedback).save(modelPath);
    } else {
        if (m_options.table == ExperimentTable::Table2)
            options.spec.kind = model::modelKindFromName(column);
        model::ModelTrainer(options).train(train, validation, feedback).model.save(modelPath);
    }
    if (weak.isEmpty())
        trainSeconds = clock.elapsed() / 1000.0;
    clock.restart();
    const std::vector<int> predicted = predictWithModel(modelPath, scored, feedback);
    return {{QStringLiteral("train_seconds"), trainSeconds},
            {QStringLiteral("classify_seconds"), clock.elapsed() / 1000.0},
            {QStringLiteral("train_samples"), double(train.size())},
            {QStringLiteral("steps"), double(train.stepCount())},
            {QStringLiteral("test_pixels"), double(scored.labels.size())},
            {QStringLiteral("model_file"), modelPath},
            {QStringLiteral("final"), score(predicted, scored.labels)}};
}

QJsonObject ExperimentRunner::ruleColumn(const QString &rule, int seed, const QString &dir,
                                         const TestPixels &test, Feedback &feedback)
{
    const QString weak = weakModelFor(seed, feedback);
    linkUpstream(m_project.outputDir(), dir);
    linkTo(weak, dir + QStringLiteral("/models/weak.model"));
    PipelineRunner runner(columnProject(m_project, dir, seed, rule));
    QElapsedTimer clock;
    clock.start();
    runner.run(feedback, PipelineStep::Select, PipelineStep::TrainFinal);
    const double trainSeconds = clock.elapsed() / 1000.0;
    clock.restart();
    const QJsonObject final = score(predictWithModel(runner.modelPath(true), test, feedback), test.labels);
    const double classifySeconds = clock.elapsed() / 1000.0;
    const QJsonObject selection = readJson(runner.selectFolder() + QStringLiteral("/selection.json"));
    return {{QStringLiteral("train_seconds"), trainSeconds},
            {QStringLiteral("classify_seconds"), classifySeconds},
            {QStringLiteral("train_samples"), selection.value(QStringLiteral("final_train_samples"))},
            {QStringLiteral("model_file"), runner.modelPath(true)},
            {QStringLiteral("weak"), score(predictWithModel(weak, test, feedback), test.labels)},
            {QStringLiteral("final"), final},
            {QStringLiteral("cleaning"), selection.value(QStringLiteral("cleaning"))},
            {QStringLiteral("selection_totals"), selection.value(QStringLiteral("totals"))}};
}

QJsonObject ExperimentRunner::runColumn(const QString &column, int seed, const TestPixels &test,
                                        Feedback &feedback)
{
    const PipelineRunner base(m_project);
    const QString stem = folder() + u'/' + column + QStringLiteral("-s") + QString::number(seed);
    const bool rules = m_options.table == ExperimentTable::Table3;
    QStringList inputs = {sampling::TrainingSetJob::setPath(base.sampleFolder(), SplitSet::Train),
                          sampling::TrainingSetJob::setPath(base.sampleFolder(), SplitSet::Validation),
                          sampling::TrainingSetJob::setPath(base.sampleFolder(), SplitSet::Test)};
    if (rules)
        inputs << sampling::TrainingSetJob::setPath(base.poolFolder(), SplitSet::Train);
    const QJsonObject options{{QStringLiteral("table"), ExperimentOptions::tableName(m_options.table)},
                              {QStringLiteral("column"), column},
                              {QStringLiteral("seed"), seed},
                              {QStringLiteral("target_tile"), m_targetTile},
                              {QStringLiteral("train"), m_project.stepOptions(QStringLiteral("train"))},
                              {QStringLiteral("select"), rules ? m_project.stepOptions(QStringLiteral("select")) : QJsonObject{}}};
    const QString fingerprint = QString::fromUtf8(pipeline::StepRecord::fingerprint(options, inputs));
    const QJsonObject cached = readJson(stem + QStringLiteral(".json"));
    if (cached.value(QStringLiteral("fingerprint")).toString() == fingerprint) {
        QJsonObject reused = cached;
        if (addMissingMatrices(reused, stem, test, feedback)) {
            io::writeFileAtomically(stem + QStringLiteral(".json"), QJsonDocument(reused).toJson());
            feedback.log(tr("%1, seed %2: up to date; its confusion matrices added").arg(column).arg(seed));
        } else {
            feedback.log(tr("%1, seed %2: up to date, reused").arg(column).arg(seed));
        }
        return reused;
    }
    if (!QDir().mkpath(folder()))
        throw Error(tr("Cannot create the folder \"%1\"").arg(folder()));
    QJsonObject result = rules ? ruleColumn(column, seed, stem, test, feedback)
                               : trainColumn(column, seed, stem + QStringLiteral(".model"), test, feedback);
    result.insert(QStringLiteral("column"), column);
    result.insert(QStringLiteral("seed"), seed);
    result.insert(QStringLiteral("fingerprint"), fingerprint);
    io::writeFileAtomically(stem + QStringLiteral(".json"), QJsonDocument(result).toJson());
    return result;
}

void ExperimentRunner::requireProjectStepsUpTo(PipelineStep last) const
{
    // The project's records are the analyst's, not the experiment's: a step that ran before
    // with other options or inputs is not re-run (and re-stamped) behind their back.
    const PipelineRunner runner(m_project);
    const QList<pipeline::StepStatus> statuses = runner.statuses();
    for (int i = 0; i < statuses.size(); ++i) {
        const PipelineStep step = PipelineRunner::steps()[i];
        if (step > last || statuses[i].state != pipeline::StepState::OutOfDate)
            continue;
        throw Error(tr("The project's step %1 is out of date (%2): run the pipeline up to %3 "
                       "first, so that the experiment compares on the project's current outputs")
                        .arg(PipelineRunner::stepName(step), statuses[i].reason, PipelineRunner::stepName(last)));
    }
}

QJsonObject ExperimentRunner::run(Feedback &feedback)
{
    const bool rules = m_options.table == ExperimentTable::Table3;
    requireProjectStepsUpTo(rules ? PipelineStep::TrainWeak : PipelineStep::Sample);
    {
        // The project's own run up to the samples: composites, thematic rasters, split.
        ScopedFeedback stage(feedback, 0.0, 0.15);
        PipelineRunner(m_project).run(stage, PipelineStep::Composite, PipelineStep::Sample);
    }
    // Everything that can make the experiment impossible is checked before any training.
    m_targetTile = chooseTargetTile();
    if (m_options.table == ExperimentTable::Table1 && PipelineRunner(m_project).tiles().size() < 2)
        throw Error(tr("table1 compares the target tile with the other tiles, but project %1 has one "
                       "tile only").arg(m_project.path));
    const TestPixels test = targetTestSet(m_targetTile);
    feedback.log(tr("%1: target tile %2, %3 labelled test pixels")
                     .arg(ExperimentOptions::tableName(m_options.table), m_targetTile)
                     .arg(test.labels.size()));
    if (rules) {
        ScopedFeedback stage(feedback, 0.15, 0.3);
        PipelineRunner(m_project).run(stage, PipelineStep::TrainWeak, PipelineStep::TrainWeak);
    }

    const QStringList columns = m_options.effectiveColumns();
    const QList<int> seeds = m_options.effectiveSeeds(int(pipeline::trainOptions(m_project).seed));
    const double begin = rules ? 0.3 : 0.15;
    const int runs = int(columns.size() * seeds.size());
    std::vector<ColumnRuns> results;
    int done = 0;
    for (const QString &column : columns) {
        ColumnRuns runsOfColumn{column, {}};
        for (const int seed : seeds) {
            feedback.throwIfCanceled();
            ScopedFeedback stage(feedback, begin + (1.0 - begin) * done / runs,
                                 begin + (1.0 - begin) * (done + 1) / runs);
            stage.setProgress(0.0, tr("%1: %2, seed %3").arg(ExperimentOptions::tableName(m_options.table), column).arg(seed));
            runsOfColumn.runs.push_back(runColumn(column, seed, test, stage));
            ++done;
        }
        results.push_back(std::move(runsOfColumn));
    }
    ExperimentOptions reported = m_options;
    reported.repeats = int(seeds.size());
    QJsonObject report = aggregateRuns(reported, m_targetTile, test.labels, results);
    report.insert(QStringLiteral("project"), m_project.path);
    writeReports(report, folder());
    feedback.setProgress(1.0, tr("Done"));
    return report;
}

} // namespace cropmap::core::experiment
