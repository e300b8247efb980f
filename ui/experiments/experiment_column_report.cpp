// SPDX-License-Identifier: GPL-3.0-or-later
#include "experiments/experiment_column_report.h"

#include <QCoreApplication>
#include <QJsonArray>

#include "util/error.h"

namespace cropmap::ui {

core::evaluate::AccuracyReport columnAccuracyReport(const QJsonObject &run, const QString &model, const QString &reference,
                                                    const QString &title, const QString &context)
{
    if (!run.value(model).isObject())
        throw core::Error(QCoreApplication::translate("cropmap::ui::ExperimentColumnReport", "%1 has no %2 model").arg(context, model));
    const QJsonObject matrices = run.value(model).toObject().value(QStringLiteral("confusion_matrices")).toObject();
    if (matrices.isEmpty())
        throw core::Error(QCoreApplication::translate("cropmap::ui::ExperimentColumnReport", "%1 was computed before experiment columns stored their confusion matrices. Run the "
                             "experiment again: it adds them from the saved models without training again.")
                              .arg(context));
    if (!matrices.value(reference).isArray())
        throw core::Error(QCoreApplication::translate("cropmap::ui::ExperimentColumnReport", "%1 has no confusion matrix against the %2").arg(context, reference));
    core::evaluate::AccuracyReport report;
    report.title = title;
    report.referenceLabel = reference == QLatin1String("truth") ? QCoreApplication::translate("cropmap::ui::ExperimentColumnReport", "synthetic truth") : QCoreApplication::translate("cropmap::ui::ExperimentColumnReport", "declarations");
    report.classes = core::thematic::ClassTable::fromJson(matrices.value(QStringLiteral("classes")).toArray(), context);
    report.matrix = core::evaluate::ConfusionMatrix::fromJson(matrices.value(reference).toArray(), context);
    if (report.matrix.classCount() != report.classes.size())
        throw core::Error(QCoreApplication::translate("cropmap::ui::ExperimentColumnReport", "%1: the confusion matrix has %2 classes but the class table %3")
                              .arg(context)
                              .arg(report.matrix.classCount())
                              .arg(report.classes.size()));
    report.metadata = QJsonObject{{QStringLiteral("experiment_column"), run.value(QStringLiteral("column"))},
                                  {QStringLiteral("seed"), run.value(QStringLiteral("seed"))},
                                  {QStringLiteral("model"), model},
                                  {QStringLiteral("source"), context}};
    return report;
}

} // namespace cropmap::ui
