// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <vector>

#include <QJsonObject>
#include <QString>

#include "experiment/experiment_options.h"

namespace cropmap::core::sampling {
class SampleSet;
}

namespace cropmap::core::experiment {

/** \brief The scores of one column of a table, one JSON object per repeat (seed). */
struct ColumnRuns
{
    QString column;
    std::vector<QJsonObject> runs;
};

/**
 * The table as JSON: per column the mean and sample standard deviation over the repeats of
 * OA, kappa, macro and minimum F1 and per-class PA/UA/F1 (for each model — "final", and
 * "weak" in table 3 — against "declarations" and, when known, "truth"), the training and
 * classification seconds, and in table 3 the cleaning counts and precision/recall.
 */
QJsonObject aggregateRuns(const ExperimentOptions &options, const QString &targetTile,
                          const sampling::SampleSet &test, const std::vector<ColumnRuns> &columns);

/** Writes \a report as \a stem.json, .csv (one row per figure) and .html, each atomically. */
void writeReports(const QJsonObject &report, const QString &stem);

/** {"mean", "sd", "n"}: mean and sample standard deviation (n − 1) of the finite values;
 *  mean and sd null when there are none. */
QJsonObject meanAndSd(const std::vector<double> &values);

/** The table in the seed's layout as plain text for the console: per-class F1 and the
 *  summary rows of \a model against \a reference. */
QString formatTable(const QJsonObject &report, const QString &model, const QString &reference);

/** A column's readable title ("LSTM", "(iii) composites, other tiles", "rule: adaptive"). */
QString columnTitle(ExperimentTable table, const QString &column);

} // namespace cropmap::core::experiment
