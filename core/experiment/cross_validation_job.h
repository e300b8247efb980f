// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <cstdint>
#include <vector>

#include <QByteArray>
#include <QJsonObject>
#include <QString>
#include <QStringList>

#include "model/train_options.h"
#include "sampling/sample_set.h"
#include "util/job.h"

namespace cropmap::core::experiment {

/** \brief What a CrossValidationJob runs on and where it writes (a snapshot, by value). */
struct CrossValidationSettings
{
    sampling::SampleSet samples; //!< the whole table; parcel ids are the groups
    QString source;              //!< the table's path, for the report
    QString outputDir;           //!< folds.csv, cv-cells/, cv.json, .csv, .html
    int folds = 5;
    QStringList models = defaultModels();
    std::uint64_t seed = 42;
    int threads = 0;                 //!< LibTorch and forest threads; 0: every core
    double validationFraction = 0.2; //!< of the training part's groups, for the networks
    /** Trainings per model and fold, with training seeds seed, seed + 1, …: the folds and
     *  each fold's validation split stay those of \a seed, so the repeats differ only in
     *  what the seed drives (initial weights, batches, dropout, noise; the forest's draws). */
    int repeats = 1;
    /** The networks' training options (kind, seed and threads are set per cell); the
     *  defaults unless a caller changes them (`experiment cv --train '{…}'`). */
    model::TrainOptions training;

    /** lstm, tempcnn, inceptiontime, forest. */
    static QStringList defaultModels();
    /** Throws Error for fewer than 2 folds, an unknown or repeated model, a validation
     *  share outside (0, 1) or repeats outside 1 … 100: everything that can be checked
     *  before the table is read. */
    void validateOptions() const;
    /** validateOptions(), and Error for an empty table. */
    void validate() const;
};

/**
 * \brief k-fold cross-validation of several models on one sample table, group-wise and
 * stratified (issue 16).
 *
 * StratifiedGroupSplit::folds assigns the folds (seeded; saved as folds.csv with the table's
 * row, group, label and fold, so an outside tool can rerun exactly these folds). For fold f
 * and each model the other folds are the training part: a network trains with
 * settings.training (the default TrainOptions unless changed; kind, seed and threads set) on it less a stratified group validation
 * split (validationFraction, seeded per fold) that early stopping reads; the random forest
 * (defaults, 100 trees) trains on the whole training part. Fold f scores each: OA, kappa,
 * macro and minimum F1 and per-class figures as the evaluate step computes them.
 *
 * With repeats r > 1 each (model, fold) trains r times, with training seeds seed … seed + r − 1
 * on the same folds and validation splits; a fold's figures are then the means of its r runs
 * (each run's are kept under "repeats"), and each column also reports the mean over the folds
 * per training seed with their sd ("seed_means", "seed_spread"): how much one cross-validation
 * moves from training noise alone.
 *
 * Each finished (model, fold, training seed) cell is written at once to
 * cv-cells/<model>-<fold>[-seed<s>].json with a fingerprint of the data, the folds and the
 * options, so an interrupted run resumes and a re-run (with more repeats, say) reuses what is
 * still valid. The report (mean ± sample sd over the folds, and every fold's figures) goes to
 * cv.json, cv.csv and cv.html, and per fold to cv-folds.csv.
 */
class CrossValidationJob : public Job
{
    Q_DECLARE_TR_FUNCTIONS(cropmap::core::experiment::CrossValidationJob)

public:
    explicit CrossValidationJob(CrossValidationSettings settings);

    QString name() const override;
    /** The report written to cv.json; empty until the job succeeded. */
    const QJsonObject &report() const { return m_report; }
    /** The fold of each sample; empty until the job ran. */
    const std::vector<int> &foldOfSample() const { return m_folds; }

    QString foldsPath() const;       //!< <outputDir>/folds.csv
    QString reportStem() const;      //!< <outputDir>/cv (.json, .csv, .html)
    /** <outputDir>/cv-cells/<model>-<fold>.json for the training seed \a seed of the
     *  settings, <model>-<fold>-seed<s>.json for another one. */
    QString cellPath(const QString &model, int fold, std::uint64_t trainingSeed) const;

protected:
    void execute(Feedback &feedback) override;

private:
    QJsonObject runCell(const QString &model, int fold, std::uint64_t trainingSeed, const QByteArray &dataHash,
                        Feedback &feedback) const;
    QJsonObject trainAndScore(const QString &model, int fold, std::uint64_t trainingSeed, Feedback &feedback) const;
    QByteArray cellFingerprint(const QString &model, int fold, std::uint64_t trainingSeed,
                               const QByteArray &dataHash) const;

    CrossValidationSettings m_settings;
    std::vector<int> m_folds;
    QJsonObject m_report;
};

} // namespace cropmap::core::experiment
