// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <vector>

#include <QByteArray>
#include <QJsonObject>
#include <QString>
#include <QStringList>

#include "experiment/experiment_report.h"

namespace cropmap::core::sampling {
class SampleSet;
}

namespace cropmap::core::experiment {

struct CrossValidationSettings;

/**
 * Writes the fold of each sample as CSV, atomically: header "row,group,label,fold", then per
 * sample its 0-based data row of the table, its group as the table names it (empty when the
 * row has no group and is a group of its own), its class name and its fold 1 … k (\a folds
 * holds 0 … k − 1). Throws Error naming \a path.
 */
void writeFoldAssignment(const sampling::SampleSet &samples, const std::vector<int> &folds,
                         const QString &path);

/** Lines for the log: classes that are missing from the test part of some folds because
 *  they have fewer groups than folds. */
QStringList foldWarnings(const sampling::SampleSet &samples, const std::vector<int> &folds, int k);

/**
 * The cross-validation as an experiment report (experiment_report.h's layout, so
 * writeReports() writes it): one column per model, the folds as its runs (mean ± sample sd),
 * and per column "folds", the figures of every fold. Adds the table, seed, group count and
 * options; "table" is "cv".
 */
QJsonObject crossValidationReport(const CrossValidationSettings &settings, const std::vector<int> &folds,
                                  const std::vector<ColumnRuns> &columns);

/** Per model and fold: train, validation and test samples, OA, macro F1 and kappa, then a
 *  "mean" and an "sd" row per model (the layout bench/peer_cv.py writes as peer.csv). */
QByteArray foldTableCsv(const QJsonObject &report);

/** Per model, OA and macro F1 of each fold and their mean ± sd, as console text. */
QString formatFoldTable(const QJsonObject &report);

} // namespace cropmap::core::experiment
