// SPDX-License-Identifier: GPL-3.0-or-later
#include "experiment/cross_validation_report.h"

#include <algorithm>
#include <map>
#include <set>

#include <QCoreApplication>
#include <QFileInfo>
#include <QJsonArray>

#include "evaluate/accuracy_metrics.h"
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

// The mean of the finite numbers \a get reads from \a runs (meanAndSd's); null when there is none.
template<typename Get>
QJsonValue meanOver(const std::vector<QJsonObject> &runs, Get get)
{
    std::vector<double> values;
    for (const QJsonObject &run : runs)
        values.push_back(evaluate::numberFromJson(get(run)));
    return meanAndSd(values).value(QStringLiteral("mean"));
}

const QStringList kRepeatMetrics = {QStringLiteral("overall_accuracy"), QStringLiteral("kappa"),
                                    QStringLiteral("macro_f1"), QStringLiteral("min_f1")};

// One fold's runs (its training seeds) as one run: every score the mean of the runs' (per
// class too), the seconds the mean, and under "repeats" each run's seed and scores.
QJsonObject foldMean(const std::vector<QJsonObject> &runs)
{
    if (runs.size() == 1)
        return runs.front();
    QJsonObject merged = runs.front();
    merged.insert(QStringLiteral("train_seconds"),
                  meanOver(runs, [](const QJsonObject &r) { return r.value(QStringLiteral("train_seconds")); }));
    merged.insert(QStringLiteral("classify_seconds"),
                  meanOver(runs, [](const QJsonObject &r) { return r.value(QStringLiteral("classify_seconds")); }));
    QJsonObject declarations = summaryOf(runs.front());
    for (const QString &key : kRepeatMetrics)
        declarations.insert(key, meanOver(runs, [&](const QJsonObject &r) { return summaryOf(r).value(key); }));
    QJsonArray classes = declarations.value(QStringLiteral("classes")).toArray();
    for (qsizetype u = 0; u < classes.size(); ++u) {
        QJsonObject c = classes[u].toObject();
        for (const QString &key : {QStringLiteral("producers_accuracy"), QStringLiteral("users_accuracy"),
                                   QStringLiteral("f1")})
            c.insert(key, meanOver(runs, [&](const QJsonObject &r) {
                         return summaryOf(r).value(QStringLiteral("classes")).toArray().at(u).toObject().value(key);
                     }));
        classes[u] = c;
    }
    declarations.insert(QStringLiteral("classes"), classes);
    QJsonObject final = merged.value(QStringLiteral("final")).toObject();
    final.insert(QStringLiteral("declarations"), declarations);
    final.remove(QStringLiteral("confusion_matrices")); // one per run, kept in the cells
    merged.insert(QStringLiteral("final"), final);
    QJsonArray repeats;
    for (const QJsonObject &run : runs) {
        QJsonObject r{{QStringLiteral("seed"), run.value(QStringLiteral("seed"))}};
        for (const QString &key : kRepeatMetrics)
            r.insert(key, summaryOf(run).value(key));
        repeats.append(r);
    }
    merged.insert(QStringLiteral("repeats"), repeats);
    return merged;
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
    // Each column's runs are its cells, fold by fold; with repeats a fold has several.
    std::vector<ColumnRuns> byFold;
    std::vector<std::vector<std::vector<QJsonObject>>> cellsOf; // per column, per fold
    for (const ColumnRuns &c : columns) {
        std::map<int, std::vector<QJsonObject>> folds;
        for (const QJsonObject &run : c.runs)
            folds[run.value(QStringLiteral("fold")).toInt()].push_back(run);
        ColumnRuns merged{c.column, {}};
        cellsOf.emplace_back();
        for (const auto &[fold, runs] : folds) {
            merged.runs.push_back(foldMean(runs));
            cellsOf.back().push_back(runs);
        }
        byFold.push_back(std::move(merged));
    }

    ExperimentOptions options;
    options.table = ExperimentTable::Table2; // its titles name the models
    options.repeats = settings.folds;
    options.columns = settings.models;
    // The table's file name stands where the tables 1–3 name their target tile.
    const QString name = QFileInfo(settings.source).fileName();
    QJsonObject report = aggregateRuns(options, name, settings.samples, byFold);

    QJsonArray withFolds;
    const QJsonArray aggregated = report.value(QStringLiteral("columns")).toArray();
    for (qsizetype c = 0; c < aggregated.size(); ++c) {
        QJsonObject column = aggregated[c].toObject();
        column.remove(QStringLiteral("seeds"));
        QJsonArray perFold;
        for (const QJsonObject &run : byFold[std::size_t(c)].runs) {
            const QJsonObject s = summaryOf(run);
            QJsonObject fold{{QStringLiteral("fold"), run.value(QStringLiteral("fold"))},
                             {QStringLiteral("train_samples"), run.value(QStringLiteral("train_samples"))},
                             {QStringLiteral("validation_samples"), run.value(QStringLiteral("validation_samples"))},
                             {QStringLiteral("test_samples"), run.value(QStringLiteral("test_pixels"))},
                             {QStringLiteral("train_seconds"), run.value(QStringLiteral("train_seconds"))},
                             {QStringLiteral("overall_accuracy"), s.value(QStringLiteral("overall_accuracy"))},
                             {QStringLiteral("macro_f1"), s.value(QStringLiteral("macro_f1"))},
                             {QStringLiteral("kappa"), s.value(QStringLiteral("kappa"))},
                             {QStringLiteral("min_f1"), s.value(QStringLiteral("min_f1"))}};
            if (run.contains(QStringLiteral("repeats")))
                fold.insert(QStringLiteral("repeats"), run.value(QStringLiteral("repeats")));
            perFold.append(fold);
        }
        column.insert(QStringLiteral("folds"), perFold);
        if (settings.repeats > 1) {
            // The cross-validation's mean per training seed: the r-th run of every fold.
            QJsonArray seedMeans;
            QJsonObject spread;
            std::map<QString, std::vector<QJsonObject>> runsOfSeed;
            QStringList seedOrder;
            for (const std::vector<QJsonObject> &runs : cellsOf[std::size_t(c)])
                for (const QJsonObject &run : runs) {
                    const QString seed = run.value(QStringLiteral("seed")).toString();
                    if (!runsOfSeed.count(seed))
                        seedOrder << seed;
                    runsOfSeed[seed].push_back(run);
                }
            std::vector<QJsonObject> means;
            for (const QString &seed : seedOrder) {
                const std::vector<QJsonObject> &runs = runsOfSeed[seed];
                QJsonObject m{{QStringLiteral("seed"), seed}, {QStringLiteral("folds"), int(runs.size())}};
                for (const QString &key : kRepeatMetrics)
                    m.insert(key, meanOver(runs, [&](const QJsonObject &r) { return summaryOf(r).value(key); }));
                seedMeans.append(m);
                means.push_back(m);
            }
            for (const QString &key : kRepeatMetrics) {
                std::vector<double> values;
                for (const QJsonObject &m : means)
                    values.push_back(evaluate::numberFromJson(m.value(key)));
                spread.insert(key, meanAndSd(values));
            }
            column.insert(QStringLiteral("seed_means"), seedMeans);
            column.insert(QStringLiteral("seed_spread"), spread);
        }
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
    model::TrainOptions network = settings.training; // --train's, when given
    network.seed = settings.seed;
    network.threads = settings.threads;
    QJsonObject networkJson = network.toJson();
    networkJson.remove(QStringLiteral("model"));
    report.insert(QStringLiteral("columns"), withFolds);
    report.insert(QStringLiteral("table"), QStringLiteral("cv"));
    report.insert(QStringLiteral("title"), tr("%1-fold cross-validation on %2").arg(settings.folds).arg(name));
    report.insert(QStringLiteral("description"),
                  QString(tr("Group-wise, class-stratified %1-fold cross-validation of %2 samples in %3 groups: each "
                     "model trains on the other folds and is scored on the fold against the table's labels; "
                     "mean ± sample standard deviation over the %1 folds (the \"repeats\" below). The networks "
                     "stop early on a stratified group validation split of %4 % of the training part; the "
                     "random forest trains on the whole training part. The folds are in folds.csv.")
                      .arg(settings.folds)
                      .arg(settings.samples.size())
                      .arg(qint64(groups.size()) + singles)
                      .arg(100.0 * settings.validationFraction)
                  + (settings.repeats > 1
                         ? QStringLiteral(" ")
                               + tr("Every model trained %1 times per fold, with the training seeds %2 to %3 on the "
                                    "same folds and validation splits: a fold's figures are the means of its %1 "
                                    "runs, and \"seed_means\" holds the cross-validation's mean per training seed.")
                                     .arg(settings.repeats)
                                     .arg(settings.seed)
                                     .arg(settings.seed + std::uint64_t(settings.repeats) - 1)
                         : QString())));
    report.insert(QStringLiteral("source"), QFileInfo(settings.source).absoluteFilePath());
    report.insert(QStringLiteral("folds"), settings.folds);
    report.insert(QStringLiteral("seed"), QString::number(settings.seed));
    report.insert(QStringLiteral("samples"), double(settings.samples.size()));
    report.insert(QStringLiteral("groups"), double(qint64(groups.size()) + singles));
    report.insert(QStringLiteral("ungrouped_samples"), double(singles));
    report.insert(QStringLiteral("fold_sizes"), foldSizes);
    report.insert(QStringLiteral("validation_fraction"), settings.validationFraction);
    report.insert(QStringLiteral("training_seeds"), settings.repeats);
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
            // The training part: every sample off the fold. (A network's own validation
            // samples are out-of-member counts in an ensemble and overlap its fit samples.)
            const qint64 train = qint64(report.value(QStringLiteral("samples")).toDouble())
                                 - qint64(f.value(QStringLiteral("test_samples")).toDouble());
            text += QStringLiteral("  %1 %2 %3 %4 %5\n")
                        .arg(QString::number(f.value(QStringLiteral("fold")).toInt()), -10)
                        .arg(train, 8)
                        .arg(qint64(f.value(QStringLiteral("test_samples")).toDouble()), 8)
                        .arg(percentOf(f.value(QStringLiteral("overall_accuracy"))), 13)
                        .arg(percentOf(f.value(QStringLiteral("macro_f1"))), 13);
        }
        const QJsonObject summary = column.value(QStringLiteral("final")).toObject().value(QStringLiteral("declarations")).toObject();
        text += QStringLiteral("  %1 %2 %3\n")
                    .arg(tr("mean ± sd"), -28)
                    .arg(meanSd(summary.value(QStringLiteral("overall_accuracy")).toObject()), 13)
                    .arg(meanSd(summary.value(QStringLiteral("macro_f1")).toObject()), 13);
        const QJsonArray seedMeans = column.value(QStringLiteral("seed_means")).toArray();
        if (!seedMeans.isEmpty()) {
            // The folds above are the means over the training seeds; the spread of the
            // cross-validation's mean from one training seed to the next:
            for (const QJsonValue &sv : seedMeans) {
                const QJsonObject m = sv.toObject();
                text += QStringLiteral("  %1 %2 %3\n")
                            .arg(tr("seed %1").arg(m.value(QStringLiteral("seed")).toString()), -28)
                            .arg(percentOf(m.value(QStringLiteral("overall_accuracy"))), 13)
                            .arg(percentOf(m.value(QStringLiteral("macro_f1"))), 13);
            }
            const QJsonObject spread = column.value(QStringLiteral("seed_spread")).toObject();
            text += QStringLiteral("  %1 %2 %3\n")
                        .arg(tr("mean ± sd over seeds"), -28)
                        .arg(meanSd(spread.value(QStringLiteral("overall_accuracy")).toObject()), 13)
                        .arg(meanSd(spread.value(QStringLiteral("macro_f1")).toObject()), 13);
        }
        text += u'\n';
    }
    return text;
}

} // namespace cropmap::core::experiment
