// SPDX-License-Identifier: GPL-3.0-or-later
#include "experiment/experiment_report.h"

#include <cmath>

#include <QCoreApplication>
#include <QJsonArray>
#include <QJsonDocument>

#include "evaluate/accuracy_metrics.h"
#include "io/atomic_output.h"
#include "sampling/sample_set.h"

namespace cropmap::core::experiment {

namespace {

QString tr(const char *text)
{
    return QCoreApplication::translate("cropmap::core::experiment", text);
}

// The values of \a key in \a object over the runs, read by \a get.
template<typename Get>
QJsonObject statOver(const std::vector<QJsonObject> &runs, Get get)
{
    std::vector<double> values;
    for (const QJsonObject &run : runs)
        values.push_back(evaluate::numberFromJson(get(run)));
    return meanAndSd(values);
}

const QStringList &summaryMetrics()
{
    static const QStringList keys = {QStringLiteral("overall_accuracy"), QStringLiteral("kappa"),
                                     QStringLiteral("macro_f1"), QStringLiteral("min_f1")};
    return keys;
}

const QStringList &classMetrics()
{
    static const QStringList keys = {QStringLiteral("producers_accuracy"), QStringLiteral("users_accuracy"),
                                     QStringLiteral("f1")};
    return keys;
}

QJsonObject metricStats(const std::vector<QJsonObject> &runs, const QString &model, const QString &reference,
                        const sampling::SampleSet &test)
{
    auto metrics = [&](const QJsonObject &run) {
        return run.value(model).toObject().value(reference).toObject();
    };
    QJsonObject out;
    for (const QString &key : summaryMetrics())
        out.insert(key, statOver(runs, [&](const QJsonObject &run) { return metrics(run).value(key); }));
    QJsonArray classes;
    for (int u = 0; u < test.classes().size(); ++u) {
        QJsonObject c{{QStringLiteral("name"), test.classes().at(u).name}, {QStringLiteral("id"), test.classes().at(u).id}};
        auto classValue = [&](const QJsonObject &run, const QString &key) {
            return metrics(run).value(QStringLiteral("classes")).toArray().at(u).toObject().value(key);
        };
        for (const QString &key : classMetrics())
            c.insert(key, statOver(runs, [&](const QJsonObject &run) { return classValue(run, key); }));
        c.insert(QStringLiteral("reference_count"),
                 runs.empty() ? QJsonValue() : classValue(runs.front(), QStringLiteral("reference_count")));
        classes.append(c);
    }
    out.insert(QStringLiteral("classes"), classes);
    return out;
}

QString percent(const QJsonValue &s)
{
    const QJsonObject o = s.toObject();
    if (!o.value(QStringLiteral("mean")).isDouble())
        return QStringLiteral("n/a");
    QString text = QString::number(100.0 * o.value(QStringLiteral("mean")).toDouble(), 'f', 1);
    if (o.value(QStringLiteral("n")).toInt() > 1)
        text += QStringLiteral("±") + QString::number(100.0 * o.value(QStringLiteral("sd")).toDouble(), 'f', 1);
    return text;
}

QString plain(const QJsonValue &s, int decimals)
{
    const QJsonObject o = s.toObject();
    if (!o.value(QStringLiteral("mean")).isDouble())
        return QStringLiteral("n/a");
    return QString::number(o.value(QStringLiteral("mean")).toDouble(), 'f', decimals);
}

QString csvField(QString text)
{
    if (text.contains(u',') || text.contains(u'"'))
        text = u'"' + text.replace(QStringLiteral("\""), QStringLiteral("\"\"")) + u'"';
    return text;
}

QString number(const QJsonValue &v)
{
    return v.isDouble() ? QString::number(v.toDouble(), 'g', 10) : QString();
}

QString htmlEscape(const QString &text)
{
    return text.toHtmlEscaped();
}

QStringList modelsOf(const QJsonObject &report)
{
    QStringList models;
    for (const QJsonValue &c : report.value(QStringLiteral("columns")).toArray()) {
        for (const QString &m : {QStringLiteral("weak"), QStringLiteral("final")}) {
            if (c.toObject().contains(m) && !models.contains(m))
                models << m;
        }
    }
    return models;
}

QStringList referencesOf(const QJsonObject &report)
{
    return report.value(QStringLiteral("has_truth")).toBool()
               ? QStringList{QStringLiteral("truth"), QStringLiteral("declarations")}
               : QStringList{QStringLiteral("declarations")};
}

QByteArray csvOf(const QJsonObject &report)
{
    QString out = QStringLiteral("table,target_tile,column,model,reference,metric,class,mean,sd,repeats\n");
    const QString head = report.value(QStringLiteral("table")).toString() + u',' + report.value(QStringLiteral("target_tile")).toString();
    auto row = [&](const QString &column, const QString &model, const QString &reference, const QString &metric,
                   const QString &cls, const QJsonObject &s) {
        out += head + u',' + column + u',' + model + u',' + reference + u',' + metric + u',' + csvField(cls) + u','
               + number(s.value(QStringLiteral("mean"))) + u',' + number(s.value(QStringLiteral("sd"))) + u','
               + QString::number(s.value(QStringLiteral("n")).toInt()) + u'\n';
    };
    for (const QJsonValue &cv : report.value(QStringLiteral("columns")).toArray()) {
        const QJsonObject c = cv.toObject();
        const QString column = c.value(QStringLiteral("column")).toString();
        for (const QString &model : modelsOf(report)) {
            for (const QString &reference : referencesOf(report)) {
                const QJsonObject m = c.value(model).toObject().value(reference).toObject();
                if (m.isEmpty())
                    continue;
                for (const QString &key : summaryMetrics())
                    row(column, model, reference, key, {}, m.value(key).toObject());
                for (const QJsonValue &cl : m.value(QStringLiteral("classes")).toArray()) {
                    for (const QString &key : classMetrics())
                        row(column, model, reference, key, cl.toObject().value(QStringLiteral("name")).toString(),
                            cl.toObject().value(key).toObject());
                }
            }
        }
        for (const QString &key : {QStringLiteral("train_seconds"), QStringLiteral("classify_seconds"), QStringLiteral("train_samples")})
            row(column, {}, {}, key, {}, c.value(key).toObject());
        const QJsonObject cleaning = c.value(QStringLiteral("cleaning")).toObject();
        for (auto it = cleaning.begin(); it != cleaning.end(); ++it)
            row(column, {}, {}, QStringLiteral("cleaning_") + it.key(), {}, it.value().toObject());
    }
    return out.toUtf8();
}

QByteArray htmlOf(const QJsonObject &report)
{
    const QJsonArray columns = report.value(QStringLiteral("columns")).toArray();
    QString html = QStringLiteral("<!DOCTYPE html>\n<html><head><meta charset=\"utf-8\"><title>%1</title>\n"
                                  "<style>body{font-family:sans-serif;margin:2em}table{border-collapse:collapse;margin-bottom:2em}"
                                  "td,th{border:1px solid #bbb;padding:3px 8px;text-align:right}th{background:#eee}"
                                  "td:first-child{text-align:left}tr.sum td{font-weight:bold}</style></head><body>\n<h1>%1</h1>\n")
                       .arg(htmlEscape(report.value(QStringLiteral("title")).toString()));
    html += QStringLiteral("<p>%1</p>\n").arg(htmlEscape(report.value(QStringLiteral("description")).toString()));
    for (const QString &reference : referencesOf(report)) {
        for (const QString &model : modelsOf(report)) {
            html += QStringLiteral("<h2>%1</h2>\n<table><tr><th rowspan=\"2\">%2</th>")
                        .arg(htmlEscape(tr("%1 model against the %2 (%, mean ± sd over the repeats)").arg(model, reference)),
                             htmlEscape(tr("class")));
            for (const QJsonValue &c : columns)
                html += QStringLiteral("<th colspan=\"3\">%1</th>").arg(htmlEscape(c.toObject().value(QStringLiteral("title")).toString()));
            html += QStringLiteral("</tr><tr>");
            for (qsizetype i = 0; i < columns.size(); ++i)
                html += QStringLiteral("<th>PA</th><th>UA</th><th>F1</th>");
            html += QStringLiteral("</tr>\n");
            const QJsonArray classes = report.value(QStringLiteral("classes")).toArray();
            for (qsizetype u = 0; u < classes.size(); ++u) {
                html += QStringLiteral("<tr><td>%1</td>").arg(htmlEscape(classes[u].toString()));
                for (const QJsonValue &c : columns) {
                    const QJsonObject cl = c.toObject().value(model).toObject().value(reference).toObject()
                                               .value(QStringLiteral("classes")).toArray().at(u).toObject();
                    for (const QString &key : classMetrics())
                        html += QStringLiteral("<td>%1</td>").arg(percent(cl.value(key)));
                }
                html += QStringLiteral("</tr>\n");
            }
            const QStringList labels = {tr("OA"), tr("kappa"), tr("macro F1"), tr("min F1")};
            for (qsizetype k = 0; k < summaryMetrics().size(); ++k) {
                html += QStringLiteral("<tr class=\"sum\"><td>%1</td>").arg(labels[k]);
                for (const QJsonValue &c : columns)
                    html += QStringLiteral("<td colspan=\"3\">%1</td>")
                                .arg(percent(c.toObject().value(model).toObject().value(reference).toObject().value(summaryMetrics()[k])));
                html += QStringLiteral("</tr>\n");
            }
            html += QStringLiteral("</table>\n");
        }
    }
    html += QStringLiteral("<h2>%1</h2>\n<table><tr><th></th>").arg(htmlEscape(tr("Cost and cleaning")));
    for (const QJsonValue &c : columns)
        html += QStringLiteral("<th>%1</th>").arg(htmlEscape(c.toObject().value(QStringLiteral("title")).toString()));
    html += QStringLiteral("</tr>\n");
    const QList<QPair<QString, QString>> rows = {
        {QStringLiteral("train_seconds"), tr("training (s)")}, {QStringLiteral("classify_seconds"), tr("classifying the test pixels (s)")},
        {QStringLiteral("train_samples"), tr("training samples")}, {QStringLiteral("cleaning/removed"), tr("pixels removed by the cleaning")},
        {QStringLiteral("cleaning/removed_wrong"), tr("of which wrongly declared")}, {QStringLiteral("cleaning/precision"), tr("cleaning precision")},
        {QStringLiteral("cleaning/recall"), tr("cleaning recall")}, {QStringLiteral("cleaning/correct_kept_share"), tr("correct pixels kept")}};
    for (const auto &[key, label] : rows) {
        QString line = QStringLiteral("<tr><td>%1</td>").arg(htmlEscape(label));
        bool any = false;
        for (const QJsonValue &c : columns) {
            const QStringList path = key.split(u'/');
            QJsonValue v = c.toObject().value(path[0]);
            if (path.size() > 1)
                v = v.toObject().value(path[1]);
            any = any || v.toObject().value(QStringLiteral("mean")).isDouble();
            line += QStringLiteral("<td>%1</td>").arg(plain(v, key.contains(QStringLiteral("seconds")) || key.startsWith(QStringLiteral("cleaning/p"))
                                                                   || key.startsWith(QStringLiteral("cleaning/rec")) || key.endsWith(QStringLiteral("share")) ? 3 : 0));
        }
        if (any)
            html += line + QStringLiteral("</tr>\n");
    }
    html += QStringLiteral("</table>\n</body></html>\n");
    return html.toUtf8();
}

} // namespace

QJsonObject meanAndSd(const std::vector<double> &values)
{
    std::vector<double> v;
    for (double x : values) {
        if (std::isfinite(x))
            v.push_back(x);
    }
    if (v.empty())
        return {{QStringLiteral("mean"), QJsonValue()}, {QStringLiteral("sd"), QJsonValue()}, {QStringLiteral("n"), 0}};
    double mean = 0.0;
    for (double x : v)
        mean += x;
    mean /= double(v.size());
    double ss = 0.0;
    for (double x : v)
        ss += (x - mean) * (x - mean);
    const double sd = v.size() > 1 ? std::sqrt(ss / double(v.size() - 1)) : 0.0;
    return {{QStringLiteral("mean"), mean}, {QStringLiteral("sd"), sd}, {QStringLiteral("n"), int(v.size())}};
}

QString columnTitle(ExperimentTable table, const QString &column)
{
    if (table == ExperimentTable::Table3)
        return tr("rule: %1").arg(column);
    static const QHash<QString, const char *> titles = {
        {QStringLiteral("whole_series"), QT_TRANSLATE_NOOP("cropmap::core::experiment", "(i) whole series, target tile")},
        {QStringLiteral("target_tile"), QT_TRANSLATE_NOOP("cropmap::core::experiment", "(ii) composites, target tile")},
        {QStringLiteral("other_tiles"), QT_TRANSLATE_NOOP("cropmap::core::experiment", "(iii) composites, other tiles")},
        {QStringLiteral("all_tiles"), QT_TRANSLATE_NOOP("cropmap::core::experiment", "(iv) composites, all tiles")},
        {QStringLiteral("lstm"), QT_TRANSLATE_NOOP("cropmap::core::experiment", "weighted LSTM")},
        {QStringLiteral("msresnet"), QT_TRANSLATE_NOOP("cropmap::core::experiment", "MSResNet")},
        {QStringLiteral("inceptiontime"), QT_TRANSLATE_NOOP("cropmap::core::experiment", "InceptionTime")},
        {QStringLiteral("starrnn"), QT_TRANSLATE_NOOP("cropmap::core::experiment", "StarRNN")},
        {QStringLiteral("tempcnn"), QT_TRANSLATE_NOOP("cropmap::core::experiment", "TempCNN")},
        {QStringLiteral("forest"), QT_TRANSLATE_NOOP("cropmap::core::experiment", "random forest")}};
    return titles.contains(column) ? tr(titles.value(column)) : column;
}

QJsonObject aggregateRuns(const ExperimentOptions &options, const QString &targetTile,
                          const sampling::SampleSet &test, const std::vector<ColumnRuns> &columns)
{
    const char *description = options.table == ExperimentTable::Table1
        ? QT_TRANSLATE_NOOP("cropmap::core::experiment", "The project's model trained on the whole series of the target tile (every acquisition date, gaps interpolated), and on the monthly composites of the target tile only, of the other tiles only, and of all tiles (the seed's Table 1).")
        : options.table == ExperimentTable::Table2
        ? QT_TRANSLATE_NOOP("cropmap::core::experiment", "The weighted LSTM against MSResNet, InceptionTime, StarRNN and a random forest, all trained on the weak training set of all tiles (the seed's Table 2).")
        : QT_TRANSLATE_NOOP("cropmap::core::experiment", "The reliable-sample rules side by side: the weak model, the pool each rule keeps, and the model retrained on it; on synthetic scenes the cleaning's precision and recall against the truth.");
    QJsonArray out;
    for (const ColumnRuns &c : columns) {
        QJsonObject col{{QStringLiteral("column"), c.column}, {QStringLiteral("title"), columnTitle(options.table, c.column)},
                        {QStringLiteral("repeats"), int(c.runs.size())}};
        QJsonArray seeds;
        for (const QJsonObject &run : c.runs)
            seeds.append(run.value(QStringLiteral("seed")));
        col.insert(QStringLiteral("seeds"), seeds);
        for (const QString &key : {QStringLiteral("train_seconds"), QStringLiteral("classify_seconds"), QStringLiteral("train_samples"),
                                   QStringLiteral("steps"), QStringLiteral("test_pixels")})
            col.insert(key, statOver(c.runs, [&](const QJsonObject &run) { return run.value(key); }));
        for (const QString &model : {QStringLiteral("weak"), QStringLiteral("final")}) {
            if (c.runs.empty() || !c.runs.front().contains(model))
                continue;
            QJsonObject byReference{{QStringLiteral("declarations"), metricStats(c.runs, model, QStringLiteral("declarations"), test)}};
            if (test.hasTruth())
                byReference.insert(QStringLiteral("truth"), metricStats(c.runs, model, QStringLiteral("truth"), test));
            col.insert(model, byReference);
        }
        if (!c.runs.empty() && c.runs.front().value(QStringLiteral("cleaning")).isObject()) {
            QJsonObject cleaning;
            for (const QString &key : c.runs.front().value(QStringLiteral("cleaning")).toObject().keys())
                cleaning.insert(key, statOver(c.runs, [&](const QJsonObject &run) {
                                    return run.value(QStringLiteral("cleaning")).toObject().value(key);
                                }));
            col.insert(QStringLiteral("cleaning"), cleaning);
        }
        out.append(col);
    }
    return {{QStringLiteral("format"), QStringLiteral("cropmap-experiment")},
            {QStringLiteral("table"), ExperimentOptions::tableName(options.table)},
            {QStringLiteral("title"), targetTile == ExperimentOptions::allTiles()
                                          ? tr("%1 on the test pixels of every tile").arg(ExperimentOptions::tableName(options.table))
                                          : tr("%1 on target tile %2").arg(ExperimentOptions::tableName(options.table), targetTile)},
            {QStringLiteral("description"), tr(description)},
            {QStringLiteral("target_tile"), targetTile},
            {QStringLiteral("test_pixels"), double(test.size())},
            {QStringLiteral("has_truth"), test.hasTruth()},
            {QStringLiteral("repeats"), options.repeats},
            {QStringLiteral("classes"), QJsonArray::fromStringList(test.classes().names())},
            {QStringLiteral("columns"), out}};
}

void writeReports(const QJsonObject &report, const QString &stem)
{
    io::writeFileAtomically(stem + QStringLiteral(".json"), QJsonDocument(report).toJson());
    io::writeFileAtomically(stem + QStringLiteral(".csv"), csvOf(report));
    io::writeFileAtomically(stem + QStringLiteral(".html"), htmlOf(report));
}

QString formatTable(const QJsonObject &report, const QString &model, const QString &reference)
{
    const QJsonArray columns = report.value(QStringLiteral("columns")).toArray();
    QString text = tr("%1 — %2 model against the %3, test pixels of %4 (%, F1 per class)\n")
                       .arg(report.value(QStringLiteral("table")).toString(), model, reference,
                            report.value(QStringLiteral("target_tile")).toString());
    const int width = report.value(QStringLiteral("repeats")).toInt() > 1 ? 14 : 10;
    auto cell = [&](const QString &s) -> QString { return s.rightJustified(width) + u' '; };
    text += QStringLiteral("%1 ").arg(tr("class"), -24);
    for (const QJsonValue &c : columns)
        text += cell(c.toObject().value(QStringLiteral("column")).toString().left(width));
    text += u'\n';
    const QJsonArray classes = report.value(QStringLiteral("classes")).toArray();
    for (qsizetype u = 0; u < classes.size(); ++u) {
        text += QStringLiteral("%1 ").arg(classes[u].toString().left(24), -24);
        for (const QJsonValue &c : columns)
            text += cell(percent(c.toObject().value(model).toObject().value(reference).toObject()
                                     .value(QStringLiteral("classes")).toArray().at(u).toObject().value(QStringLiteral("f1"))));
        text += u'\n';
    }
    const QStringList labels = {tr("OA"), tr("kappa"), tr("macro F1"), tr("min F1")};
    for (qsizetype k = 0; k < summaryMetrics().size(); ++k) {
        text += QStringLiteral("%1 ").arg(labels[k], -24);
        for (const QJsonValue &c : columns)
            text += cell(percent(c.toObject().value(model).toObject().value(reference).toObject().value(summaryMetrics()[k])));
        text += u'\n';
    }
    text += QStringLiteral("%1 ").arg(tr("training (s)"), -24);
    for (const QJsonValue &c : columns)
        text += cell(plain(c.toObject().value(QStringLiteral("train_seconds")), 1));
    text += u'\n';
    if (!columns.isEmpty() && columns[0].toObject().contains(QStringLiteral("cleaning"))) {
        for (const auto &[key, label] : {std::pair{QStringLiteral("removed"), tr("cleaning: removed px")},
                                         std::pair{QStringLiteral("precision"), tr("cleaning precision %")},
                                         std::pair{QStringLiteral("recall"), tr("cleaning recall %")}}) {
            text += QStringLiteral("%1 ").arg(label, -24);
            for (const QJsonValue &c : columns) {
                const QJsonValue v = c.toObject().value(QStringLiteral("cleaning")).toObject().value(key);
                text += cell(key == QStringLiteral("removed") ? plain(v, 0) : percent(v));
            }
            text += u'\n';
        }
    }
    return text;
}

} // namespace cropmap::core::experiment
