// SPDX-License-Identifier: GPL-3.0-or-later
#include "experiment/cross_validation_report.h"

#include <algorithm>
#include <set>

#include <QCoreApplication>
#include <QFileInfo>
#include <QJsonArray>

#include "experiment/cross_validation_job.h"
#include "forest/random_forest.h"
#include "io/atomic_output.h"
#include "model/train_options.h"
#include "sampling/sample_set.h"

namespace cropmap::core::experiment {

namespace {

QString tr(const char *text)
{
    return QCoreApplication::translate("cropmap::core::experiment", text);
}

QString csvField(QString text)
{
    if (text.contains(u',') || text.contains(u'"') || text.contains(u'\n'))
        text = u'"' + text.replace(QStringLiteral("\""), QStringLiteral("\"\"")) + u'"';
    return text;
}

QString groupName(const sampling::SampleSet &samples, qint64 i)
{
    const std::uint32_t parcel = samples.parcelId(i);
    if (parcel == 0)
        return {};
    // Named groups were numbered 1, 2, … in order of appearance (SampleTableCsv).
    const QJsonArray names = samples.metadata().value(QStringLiteral("groups")).toArray();
    if (!names.isEmpty() && parcel <= std::uint32_t(names.size()))
        return names.at(qsizetype(parcel) - 1).toString();
    return QString::number(parcel);
}

QJsonObject summaryOf(const QJsonObject &run)
{
    return run.value(QStringLiteral("final")).toObject().value(QStringLiteral("declarations")).toObject();
}

QString numberOrEmpty(const QJsonValue &v)
{
    return v.isDouble() ? QString::number(v.toDouble(), 'g', 10) : QString();
}

QString percentOf(const QJsonValue &v)
{
    return v.isDouble() ? QString::number(100.0 * v.toDouble(), 'f', 1) : QStringLiteral("n/a");
}

QString meanSd(const QJsonObject &stat)
{
    if (!stat.value(QStringLiteral("mean")).isDouble())
        return QStringLiteral("n/a");
    return percentOf(stat.value(QStringLiteral("mean"))) + QStringLiteral(" ± ")
           + percentOf(stat.value(QStringLiteral("sd")));
}

} // namespace

void writeFoldAssignment(const sampling::SampleSet &samples, const std::vector<int> &folds, const QString &path)
{
    QString out = QStringLiteral("row,group,label,fold\n");
    for (qint64 i = 0; i < samples.size(); ++i) {
        const int c = samples.classIndex(i);
        out += QString::number(i) + u',' + csvField(groupName(samples, i)) + u','
               + csvField(c >= 0 ? samples.classes().at(c).name : QString()) + u','
               + QString::number(folds[std::size_t(i)] + 1) + u'\n';
    }
    io::writeFileAtomically(path, out.toUtf8());
}

QStringList foldWarnings(const sampling::SampleSet &samples, const std::vector<int> &folds, int k)
{
    std::vector<std::set<int>> foldsOfClass(std::size_t(samples.classes().size()));
    std::vector<qint64> count(foldsOfClass.size(), 0);
    for (qint64 i = 0; i < samples.size(); ++i) {
        const int c = samples.classIndex(i);
        if (c >= 0) {
            foldsOfClass[std::size_t(c)].insert(folds[std::size_t(i)]);
            ++count[std::size_t(c)];
        }
    }
    QStringList warnings;
    for (std::size_t c = 0; c < foldsOfClass.size(); ++c) {
        const int n = int(foldsOfClass[c].size());
        if (count[c] > 0 && n < k)
            warnings << tr("%1 is in the test part of %2 of the %3 folds only: its samples form %2 group(s)")
                            .arg(samples.classes().at(int(c)).name)
                            .arg(n)
                            .arg(k);
    }
    return warnings;
}

QJsonObject crossValidationReport(const CrossValidationSettings &settings, const std::vector<int> &folds,
                                  const std::vector<ColumnRuns> &columns)
{
    ExperimentOptions options;
    options.table = ExperimentTable::Table2; // its titles name the models
    options.repeats = settings.folds;
    options.columns = settings.models;
    // The table's file name stands where the tables 1–3 name their target tile.
    const QString name = QFileInfo(settings.source).fileName();
    QJsonObject report = aggregateRuns(options, name, settings.samples, columns);

    QJsonArray withFolds;
    const QJsonArray aggregated = report.value(QStringLiteral("columns")).toArray();
    for (qsizetype c = 0; c < aggregated.size(); ++c) {
        QJsonObject column = aggregated[c].toObject();
        column.remove(QStringLiteral("seeds"));
        QJsonArray perFold;
        for (const QJsonObject &run : columns[std::size_t(c)].runs) {
            const QJsonObject s = summaryOf(run);
            perFold.append(QJsonObject{{QStringLiteral("fold"), run.value(QStringLiteral("fold"))},
                                       {QStringLiteral("train_samples"), run.value(QStringLiteral("train_samples"))},
                                       {QStringLiteral("validation_samples"), run.value(QStringLiteral("validation_samples"))},
                                       {QStringLiteral("test_samples"), run.value(QStringLiteral("test_pixels"))},
                                       {QStringLiteral("train_seconds"), run.value(QStringLiteral("train_seconds"))},
                                       {QStringLiteral("overall_accuracy"), s.value(QStringLiteral("overall_accuracy"))},
                                       {QStringLiteral("macro_f1"), s.value(QStringLiteral("macro_f1"))},
                                       {QStringLiteral("kappa"), s.value(QStringLiteral("kappa"))},
                                       {QStringLiteral("min_f1"), s.value(QStringLiteral("min_f1"))}});
        }
        column.insert(QStringLiteral("folds"), perFold);
        withFolds.append(column);
    }

    std::set<std::uint32_t> groups;
    qint64 singles = 0;
    for (qint64 i = 0; i < settings.samples.size(); ++i) {
        if (settings.samples.parcelId(i) == 0)
            ++singles;
        else
            groups.insert(settings.samples.parcelId(i));
    }
    QJsonArray foldSizes;
    for (int f = 0; f < settings.folds; ++f)
        foldSizes.append(double(std::count(folds.begin(), folds.end(), f)));
    // The options every cell ran with (the networks' kind aside).
    forest::RandomForestOptions forest;
    forest.seed = settings.seed;
    forest.threads = settings.threads;
    model::TrainOptions network;
    network.seed = settings.seed;
    network.threads = settings.threads;
    QJsonObject networkJson = network.toJson();
    networkJson.remove(QStringLiteral("model"));
    report.insert(QStringLiteral("columns"), withFolds);
    report.insert(QStringLiteral("table"), QStringLiteral("cv"));
    report.insert(QStringLiteral("title"), tr("%1-fold cross-validation on %2").arg(settings.folds).arg(name));
    report.insert(QStringLiteral("description"),
                  tr("Group-wise, class-stratified %1-fold cross-validation of %2 samples in %3 groups: each "
                     "model trains on the other folds and is scored on the fold against the table's labels; "
                     "mean ± sample standard deviation over the %1 folds (the \"repeats\" below). The networks "
                     "stop early on a stratified group validation split of %4 % of the training part; the "
                     "random forest trains on the whole training part. The folds are in folds.csv.")
                      .arg(settings.folds)
                      .arg(settings.samples.size())
                      .arg(qint64(groups.size()) + singles)
                      .arg(100.0 * settings.validationFraction));
    report.insert(QStringLiteral("source"), QFileInfo(settings.source).absoluteFilePath());
    report.insert(QStringLiteral("folds"), settings.folds);
    report.insert(QStringLiteral("seed"), QString::number(settings.seed));
    report.insert(QStringLiteral("samples"), double(settings.samples.size()));
    report.insert(QStringLiteral("groups"), double(qint64(groups.size()) + singles));
    report.insert(QStringLiteral("ungrouped_samples"), double(singles));
    report.insert(QStringLiteral("fold_sizes"), foldSizes);
    report.insert(QStringLiteral("validation_fraction"), settings.validationFraction);
    report.insert(QStringLiteral("models"), QJsonArray::fromStringList(settings.models));
    report.insert(QStringLiteral("train_options"), networkJson);
    report.insert(QStringLiteral("forest_options"), forest.toJson());
    return report;
}

QByteArray foldTableCsv(const QJsonObject &report)
{
    QString out = QStringLiteral("model,fold,train_samples,validation_samples,test_samples,overall_accuracy,macro_f1,kappa\n");
    const QStringList metrics = {QStringLiteral("overall_accuracy"), QStringLiteral("macro_f1"), QStringLiteral("kappa")};
    for (const QJsonValue &cv : report.value(QStringLiteral("columns")).toArray()) {
        const QJsonObject column = cv.toObject();
        const QString model = column.value(QStringLiteral("column")).toString();
        for (const QJsonValue &fv : column.value(QStringLiteral("folds")).toArray()) {
            const QJsonObject f = fv.toObject();
            out += model + u',' + QString::number(f.value(QStringLiteral("fold")).toInt());
            for (const QString &key : {QStringLiteral("train_samples"), QStringLiteral("validation_samples"),
                                       QStringLiteral("test_samples")})
                out += u',' + numberOrEmpty(f.value(key));
            for (const QString &key : metrics)
                out += u',' + numberOrEmpty(f.value(key));
            out += u'\n';
        }
        const QJsonObject summary = column.value(QStringLiteral("final")).toObject().value(QStringLiteral("declarations")).toObject();
        for (const QString &stat : {QStringLiteral("mean"), QStringLiteral("sd")}) {
            out += model + u',' + stat + QStringLiteral(",,,");
            for (const QString &key : metrics)
                out += u',' + numberOrEmpty(summary.value(key).toObject().value(stat));
            out += u'\n';
        }
    }
    return out.toUtf8();
}

QString formatFoldTable(const QJsonObject &report)
{
    QString text;
    for (const QJsonValue &cv : report.value(QStringLiteral("columns")).toArray()) {
        const QJsonObject column = cv.toObject();
        text += QStringLiteral("%1 (%2)\n").arg(column.value(QStringLiteral("title")).toString(),
                                               column.value(QStringLiteral("column")).toString());
        text += QStringLiteral("  %1 %2 %3 %4 %5\n")
                    .arg(tr("fold"), -10)
                    .arg(tr("train"), 8)
                    .arg(tr("test"), 8)
                    .arg(tr("OA %"), 13)
                    .arg(tr("macro F1 %"), 13);
        for (const QJsonValue &fv : column.value(QStringLiteral("folds")).toArray()) {
            const QJsonObject f = fv.toObject();
            const qint64 train = qint64(f.value(QStringLiteral("train_samples")).toDouble())
                                 + qint64(f.value(QStringLiteral("validation_samples")).toDouble());
            text += QStringLiteral("  %1 %2 %3 %4 %5\n")
                        .arg(QString::number(f.value(QStringLiteral("fold")).toInt()), -10)
                        .arg(train, 8)
                        .arg(qint64(f.value(QStringLiteral("test_samples")).toDouble()), 8)
                        .arg(percentOf(f.value(QStringLiteral("overall_accuracy"))), 13)
                        .arg(percentOf(f.value(QStringLiteral("macro_f1"))), 13);
        }
        const QJsonObject summary = column.value(QStringLiteral("final")).toObject().value(QStringLiteral("declarations")).toObject();
        text += QStringLiteral("  %1 %2 %3\n\n")
                    .arg(tr("mean ± sd"), -28)
                    .arg(meanSd(summary.value(QStringLiteral("overall_accuracy")).toObject()), 13)
                    .arg(meanSd(summary.value(QStringLiteral("macro_f1")).toObject()), 13);
    }
    return text;
}

} // namespace cropmap::core::experiment
