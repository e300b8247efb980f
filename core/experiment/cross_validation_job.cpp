// SPDX-License-Identifier: GPL-3.0-or-later
#include "experiment/cross_validation_job.h"

#include <algorithm>

#include <QCryptographicHash>
#include <QDir>
#include <QElapsedTimer>
#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>

#include "evaluate/accuracy_metrics.h"
#include "experiment/cross_validation_report.h"
#include "experiment/experiment_report.h"
#include "forest/random_forest.h"
#include "io/atomic_output.h"
#include "model/group_ensemble.h"
#include "model/model_trainer.h"
#include "sampling/seeded_random.h"
#include "sampling/stratified_group_split.h"
#include "util/error.h"
#include "util/feedback.h"

namespace cropmap::core::experiment {

using sampling::SampleSet;

namespace {

const QString kForest = QStringLiteral("forest");

// Bumped when a cell's meaning changes, so old cells are not reused.
// 2: ensemble members hold out their own groups; 3: members default to auto (three networks
// on tables up to 10 000 training samples), where a cell without the key was one network.
constexpr int kCellVersion = 3;

// The scores of the most probable classes against the table's labels, with the matrix.
QJsonObject scoreOf(const std::vector<float> &probabilities, const SampleSet &test)
{
    const int classes = test.classes().size();
    std::vector<int> predicted(std::size_t(test.size()));
    for (std::size_t i = 0; i < predicted.size(); ++i) {
        const float *p = probabilities.data() + i * std::size_t(classes);
        predicted[i] = int(std::max_element(p, p + classes) - p);
    }
    evaluate::ConfusionMatrix matrix(classes);
    matrix.addPairs(std::vector<int>(test.classIndices().begin(), test.classIndices().end()), predicted);
    return {{QStringLiteral("declarations"), evaluate::AccuracyMetrics::compute(matrix).toJson(test.classes())},
            {QStringLiteral("confusion_matrices"),
             QJsonObject{{QStringLiteral("classes"), test.classes().toJson()},
                         {QStringLiteral("declarations"), matrix.toJson()}}}};
}

// Everything a cell's result depends on besides its options: the table and the folds.
QByteArray dataHash(const SampleSet &samples, const std::vector<int> &folds)
{
    QCryptographicHash hash(QCryptographicHash::Sha256);
    hash.addData(samples.bands().join(u',').toUtf8());
    hash.addData(samples.steps().join(u',').toUtf8());
    hash.addData(QJsonDocument(samples.classes().toJson()).toJson(QJsonDocument::Compact));
    const auto bytes = [&](const auto &vector) {
        hash.addData(QByteArrayView(reinterpret_cast<const char *>(vector.data()),
                                    qsizetype(vector.size() * sizeof(vector[0]))));
    };
    bytes(samples.allValues());
    bytes(samples.classIndices());
    std::vector<std::uint32_t> parcels(std::size_t(samples.size()));
    for (qint64 i = 0; i < samples.size(); ++i)
        parcels[std::size_t(i)] = samples.parcelId(i);
    bytes(parcels);
    bytes(folds);
    return hash.result().toHex();
}

QJsonObject readJson(const QString &path)
{
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly))
        return {};
    return QJsonDocument::fromJson(file.readAll()).object();
}

model::TrainOptions networkOptions(const CrossValidationSettings &settings, const QString &model,
                                   std::uint64_t trainingSeed)
{
    model::TrainOptions options = settings.training;
    options.spec.kind = model::modelKindFromName(model);
    options.seed = trainingSeed;
    options.threads = settings.threads;
    return options;
}

forest::RandomForestOptions forestOptions(const CrossValidationSettings &settings, std::uint64_t trainingSeed)
{
    forest::RandomForestOptions options;
    options.seed = trainingSeed;
    options.threads = settings.threads;
    return options;
}

// The seed of fold f's validation split: its own stream, so folds do not share a draw.
std::uint64_t validationSeed(std::uint64_t seed, int fold)
{
    return sampling::SeededRandom::forStream(seed, QStringLiteral("cv-validation-%1").arg(fold)).next();
}

QString classNames(const SampleSet &samples, const std::vector<int> &classes)
{
    QStringList names;
    for (const int c : classes)
        names << samples.classes().at(c).name;
    return names.join(QStringLiteral(", "));
}

} // namespace

QStringList CrossValidationSettings::defaultModels()
{
    return {QStringLiteral("lstm"), QStringLiteral("tempcnn"), QStringLiteral("inceptiontime"), kForest};
}

void CrossValidationSettings::validate() const
{
    validateOptions();
    if (samples.isEmpty())
        throw Error(CrossValidationJob::tr("The table %1 has no samples").arg(source));
}

void CrossValidationSettings::validateOptions() const
{
    if (folds < 2)
        throw Error(CrossValidationJob::tr("Cross-validation needs at least 2 folds, not %1").arg(folds));
    if (models.isEmpty())
        throw Error(CrossValidationJob::tr("Cross-validation needs at least one model"));
    for (const QString &m : models) {
        if (m != kForest && !model::modelKindNames().contains(m))
            throw Error(CrossValidationJob::tr("Unknown model \"%1\" (models: %2, forest)")
                            .arg(m, model::modelKindNames().join(QStringLiteral(", "))));
        if (models.count(m) > 1)
            throw Error(CrossValidationJob::tr("The model %1 is listed twice").arg(m));
    }
    if (!(validationFraction > 0.0 && validationFraction < 1.0))
        throw Error(CrossValidationJob::tr("The validation share must lie between 0 and 1, not %1").arg(validationFraction));
    if (repeats < 1 || repeats > 100)
        throw Error(CrossValidationJob::tr("The repeats must lie between 1 and 100, not %1").arg(repeats));
}

CrossValidationJob::CrossValidationJob(CrossValidationSettings settings)
    : m_settings(std::move(settings))
{}

QString CrossValidationJob::name() const
{
    return tr("Cross-validation");
}

QString CrossValidationJob::foldsPath() const
{
    return m_settings.outputDir + QStringLiteral("/folds.csv");
}

QString CrossValidationJob::reportStem() const
{
    return m_settings.outputDir + QStringLiteral("/cv");
}

QString CrossValidationJob::cellPath(const QString &model, int fold, std::uint64_t trainingSeed) const
{
    const QString stem = m_settings.outputDir + QStringLiteral("/cv-cells/%1-%2").arg(model).arg(fold + 1);
    if (trainingSeed == m_settings.seed)
        return stem + QStringLiteral(".json");
    return stem + QStringLiteral("-seed%1.json").arg(trainingSeed);
}

QByteArray CrossValidationJob::cellFingerprint(const QString &model, int fold, std::uint64_t trainingSeed,
                                               const QByteArray &data) const
{
    QJsonObject options;
    if (model == kForest) {
        options = forestOptions(m_settings, trainingSeed).toJson();
        options.remove(QStringLiteral("threads")); // the forest does not depend on them
    } else {
        options = networkOptions(m_settings, model, trainingSeed).toJson();
        options.insert(QStringLiteral("validation_fraction"), m_settings.validationFraction);
    }
    const QJsonObject cell{{QStringLiteral("version"), kCellVersion},
                           {QStringLiteral("model"), model},
                           {QStringLiteral("fold"), fold},
                           {QStringLiteral("folds"), m_settings.folds},
                           {QStringLiteral("seed"), QString::number(m_settings.seed)},
                           {QStringLiteral("options"), options}};
    // A repeat's training seed is in its options; the folds' seed is the one above.
    QCryptographicHash hash(QCryptographicHash::Sha256);
    hash.addData(data);
    hash.addData(QJsonDocument(cell).toJson(QJsonDocument::Compact));
    return hash.result().toHex();
}

QJsonObject CrossValidationJob::trainAndScore(const QString &model, int fold, std::uint64_t trainingSeed,
                                              Feedback &feedback) const
{
    const SampleSet &samples = m_settings.samples;
    std::vector<qint64> trainIndices, testIndices;
    for (qint64 i = 0; i < samples.size(); ++i)
        (m_folds[std::size_t(i)] == fold ? testIndices : trainIndices).push_back(i);
    const SampleSet train = samples.subset(trainIndices);
    const SampleSet test = samples.subset(testIndices);
    const QString testName = tr("fold %1 of %2").arg(fold + 1).arg(m_settings.source);

    QJsonObject cell{{QStringLiteral("model"), model},
                     {QStringLiteral("fold"), fold + 1},
                     {QStringLiteral("seed"), QString::number(trainingSeed)},
                     {QStringLiteral("test_pixels"), double(test.size())}};
    QElapsedTimer clock;
    clock.start();
    std::vector<float> probabilities;
    if (model == kForest) {
        const forest::RandomForest forest = forest::RandomForest::train(train, forestOptions(m_settings, trainingSeed), feedback);
        cell.insert(QStringLiteral("train_seconds"), clock.elapsed() / 1000.0);
        cell.insert(QStringLiteral("train_samples"), double(train.size()));
        cell.insert(QStringLiteral("validation_samples"), 0);
        clock.restart();
        probabilities = forest.predictProbabilities(test, testName);
    } else {
        // Early stopping needs held-out groups of every class it can have them for; the
        // members of an ensemble each hold out their own (trainGroupEnsemble).
        model::GroupEnsembleRequest request;
        // The validation split is the fold's whatever the training seed, so that repeats differ
        // only in the training's own randomness.
        request.options = networkOptions(m_settings, model, trainingSeed);
        request.validationFraction = m_settings.validationFraction;
        request.splitSeed = [seed = m_settings.seed, fold](int member) {
            return member == 0 ? validationSeed(seed, fold)
                               : sampling::SeededRandom::forStream(
                                     seed, QStringLiteral("cv-validation-%1-member-%2").arg(fold).arg(member))
                                     .next();
        };
        request.poolName = tr("training part of fold %1").arg(fold + 1);
        const model::GroupEnsembleResult trained = model::trainGroupEnsemble(request, train, feedback);
        if (!trained.classesNotValidated.empty())
            feedback.log(tr("%1, fold %2: no validation group for %3 (a single group in the training part)")
                             .arg(model)
                             .arg(fold + 1)
                             .arg(classNames(train, trained.classesNotValidated)));
        const model::TrainingResult &result = trained.training;
        cell.insert(QStringLiteral("train_seconds"), clock.elapsed() / 1000.0);
        cell.insert(QStringLiteral("train_samples"), double(trained.fitSamples));
        cell.insert(QStringLiteral("validation_samples"), double(trained.validationSamples));
        cell.insert(QStringLiteral("members"), result.model.memberCount());
        cell.insert(QStringLiteral("validation_macro_f1"), result.valMacroF1);
        cell.insert(QStringLiteral("epochs_logged"), int(result.log.size()));
        clock.restart();
        probabilities = result.model.predictProbabilities(test, testName);
    }
    cell.insert(QStringLiteral("classify_seconds"), clock.elapsed() / 1000.0);
    cell.insert(QStringLiteral("final"), scoreOf(probabilities, test));
    return cell;
}

QJsonObject CrossValidationJob::runCell(const QString &model, int fold, std::uint64_t trainingSeed,
                                        const QByteArray &data, Feedback &feedback) const
{
    const QString path = cellPath(model, fold, trainingSeed);
    const QByteArray fingerprint = cellFingerprint(model, fold, trainingSeed, data);
    const QJsonObject cached = readJson(path);
    if (cached.value(QStringLiteral("fingerprint")).toString().toUtf8() == fingerprint) {
        feedback.log(m_settings.repeats > 1
                         ? tr("%1, fold %2, seed %3: up to date, reused").arg(model).arg(fold + 1).arg(trainingSeed)
                         : tr("%1, fold %2: up to date, reused").arg(model).arg(fold + 1));
        return cached;
    }
    QJsonObject cell = trainAndScore(model, fold, trainingSeed, feedback);
    cell.insert(QStringLiteral("fingerprint"), QString::fromUtf8(fingerprint));
    io::writeFileAtomically(path, QJsonDocument(cell).toJson());
    return cell;
}

void CrossValidationJob::execute(Feedback &feedback)
{
    m_settings.validate();
    const SampleSet &samples = m_settings.samples;
    const int k = m_settings.folds;
    if (!QDir().mkpath(m_settings.outputDir + QStringLiteral("/cv-cells")))
        throw Error(tr("Cannot create the folder \"%1\"").arg(m_settings.outputDir));
    m_folds = sampling::StratifiedGroupSplit::folds(samples, k, m_settings.seed);
    std::vector<qint64> foldSize(std::size_t(k), 0);
    for (const int f : m_folds)
        ++foldSize[std::size_t(f)];
    if (std::find(foldSize.begin(), foldSize.end(), 0) != foldSize.end())
        throw Error(tr("The table %1 has fewer groups than the %2 folds").arg(m_settings.source).arg(k));
    writeFoldAssignment(samples, m_folds, foldsPath());
    for (const QString &warning : foldWarnings(samples, m_folds, k))
        feedback.log(warning);

    const QByteArray data = dataHash(samples, m_folds);
    const int repeats = m_settings.repeats;
    const int cells = int(m_settings.models.size()) * k * repeats;
    std::vector<ColumnRuns> columns; // per model: every fold's repeats, fold by fold
    int done = 0;
    for (const QString &model : m_settings.models) {
        ColumnRuns column{model, {}};
        for (int fold = 0; fold < k; ++fold) {
            for (int r = 0; r < repeats; ++r, ++done) {
                feedback.throwIfCanceled();
                ScopedFeedback stage(feedback, double(done) / cells, double(done + 1) / cells);
                stage.setProgress(0.0, repeats > 1 ? tr("%1, fold %2 of %3, seed %4 of %5")
                                                         .arg(model)
                                                         .arg(fold + 1)
                                                         .arg(k)
                                                         .arg(r + 1)
                                                         .arg(repeats)
                                                   : tr("%1, fold %2 of %3").arg(model).arg(fold + 1).arg(k));
                column.runs.push_back(runCell(model, fold, m_settings.seed + std::uint64_t(r), data, stage));
            }
        }
        columns.push_back(std::move(column));
    }
    m_report = crossValidationReport(m_settings, m_folds, columns);
    writeReports(m_report, reportStem());
    io::writeFileAtomically(m_settings.outputDir + QStringLiteral("/cv-folds.csv"), foldTableCsv(m_report));
    feedback.setProgress(1.0, tr("Done"));
}

} // namespace cropmap::core::experiment
