// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QJsonObject>
#include <QString>

#include "evaluate/accuracy_report.h"

namespace cropmap::ui {

/**
 * The accuracy report of one experiment column run (the "<column>-s<seed>.json" ExperimentRunner
 * writes): \a model ("final" or "weak") against \a reference ("declarations" or "truth"),
 * from the confusion matrix the run stores, so the Results dock shows it like an evaluate
 * step's report. Throws core::Error naming \a context when the run predates stored matrices
 * (it must be computed again) or lacks that model or reference.
 */
core::evaluate::AccuracyReport columnAccuracyReport(const QJsonObject &run, const QString &model, const QString &reference,
                                                    const QString &title, const QString &context);

} // namespace cropmap::ui
