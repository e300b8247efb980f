// SPDX-License-Identifier: GPL-3.0-or-later
#include "evaluate/accuracy_report.h"

#include <cmath>

#include <QCoreApplication>
#include <QDir>
#include <QJsonArray>
#include <QJsonDocument>

#include "evaluate/html_report.h"
#include "io/atomic_output.h"
#include "util/error.h"

namespace cropmap::core::evaluate {

namespace {

QString tr(const char *text)
{
    return QCoreApplication::translate("cropmap::core::evaluate", text);
}

QByteArray csvNumber(double value)
{
    return std::isfinite(value) ? QByteArray::number(value, 'g', 10) : QByteArrayLiteral("n/a");
}

QByteArray csvText(const QString &text)
{
    QByteArray bytes = text.toUtf8();
    if (bytes.contains(',') || bytes.contains('"') || bytes.contains('\n'))
        bytes = '"' + bytes.replace("\"", "\"\"") + '"';
    return bytes;
}

} // namespace

std::optional<AreaEstimate> AccuracyReport::areaEstimate() const
{
    if (mappedArea.empty())
        return std::nullopt;
    if (!clusters.isEmpty())
        return AreaEstimate::estimate(matrix, mappedArea, areaUnit, clusters);
    return AreaEstimate::estimate(matrix, mappedArea, areaUnit);
}

QJsonObject AccuracyReport::toJson() const
{
    QJsonObject json{{QStringLiteral("format"), QStringLiteral("cropmap-accuracy-report")},
                     {QStringLiteral("version"), 1},
                     {QStringLiteral("title"), title},
                     {QStringLiteral("reference"), referenceLabel},
                     {QStringLiteral("classes"), classes.toJson()},
                     {QStringLiteral("confusion_matrix"), matrix.toJson()},
                     {QStringLiteral("metrics"), metrics().toJson(classes)},
                     {QStringLiteral("metadata"), metadata}};
    if (!mappedArea.empty()) {
        QJsonArray areas;
        for (double a : mappedArea)
            areas.append(a);
        json.insert(QStringLiteral("mapped_area"), areas);
        json.insert(QStringLiteral("area_unit"), areaUnit);
        if (!areaNote.isEmpty())
            json.insert(QStringLiteral("area_note"), areaNote);
        if (!clusters.isEmpty())
            json.insert(QStringLiteral("area_clusters"), clusters.toJson());
        json.insert(QStringLiteral("area_estimate"), areaEstimate()->toJson(classes));
    }
    if (!comparisons.empty()) {
        QJsonArray list;
        for (const ModelComparison &c : comparisons) {
            list.append(QJsonObject{
                {QStringLiteral("label"), c.label},
                {QStringLiteral("confusion_matrix"), c.matrix.toJson()},
                {QStringLiteral("metrics"), AccuracyMetrics::compute(c.matrix).toJson(classes)}});
        }
        json.insert(QStringLiteral("comparisons"), list);
    }
    if (selection)
        json.insert(QStringLiteral("selection"), selection->toJson(classes));
    if (!sections.empty()) {
        QJsonArray list;
        for (const ReportSection &s : sections)
            list.append(QJsonObject{{QStringLiteral("id"), s.id},
                                    {QStringLiteral("title"), s.title},
                                    {QStringLiteral("xhtml"), s.xhtml}});
        json.insert(QStringLiteral("sections"), list);
    }
    return json;
}

void AccuracyReport::setSection(ReportSection section)
{
    for (ReportSection &s : sections) {
        if (s.id == section.id) {
            s = std::move(section);
            return;
        }
    }
    sections.push_back(std::move(section));
}

AccuracyReport AccuracyReport::fromJson(const QJsonObject &json, const QString &context)
{
    if (json.value(QStringLiteral("format")).toString() != QStringLiteral("cropmap-accuracy-report"))
        throw Error(tr("%1 is not a cropmap accuracy report").arg(context));
    AccuracyReport report;
    report.title = json.value(QStringLiteral("title")).toString();
    report.referenceLabel = json.value(QStringLiteral("reference")).toString();
    report.classes = thematic::ClassTable::fromJson(json.value(QStringLiteral("classes")).toArray(),
                                                    context);
    report.matrix = ConfusionMatrix::fromJson(json.value(QStringLiteral("confusion_matrix")).toArray(),
                                              context);
    const int U = report.classes.size();
    if (report.matrix.classCount() != U)
        throw Error(tr("%1: the confusion matrix has %2 classes but the class table %3")
                        .arg(context).arg(report.matrix.classCount()).arg(U));
    report.metadata = json.value(QStringLiteral("metadata")).toObject();
    if (json.contains(QStringLiteral("mapped_area"))) {
        for (const QJsonValue &v : json.value(QStringLiteral("mapped_area")).toArray())
            report.mappedArea.push_back(v.toDouble());
        report.areaUnit = json.value(QStringLiteral("area_unit")).toString();
        report.areaNote = json.value(QStringLiteral("area_note")).toString();
        report.clusters = ClusterCounts::fromJson(json.value(QStringLiteral("area_clusters")).toArray(), U, context);
        if (int(report.mappedArea.size()) != U)
            throw Error(tr("%1: %2 mapped areas for %3 classes")
                            .arg(context).arg(report.mappedArea.size()).arg(U));
    }
    for (const QJsonValue &v : json.value(QStringLiteral("comparisons")).toArray()) {
        const QJsonObject c = v.toObject();
        ModelComparison comparison{c.value(QStringLiteral("label")).toString(),
                                   ConfusionMatrix::fromJson(
                                       c.value(QStringLiteral("confusion_matrix")).toArray(), context)};
        if (comparison.matrix.classCount() != U)
            throw Error(tr("%1: comparison \"%2\" has %3 classes instead of %4")
                            .arg(context, comparison.label).arg(comparison.matrix.classCount()).arg(U));
        report.comparisons.push_back(std::move(comparison));
    }
    if (json.contains(QStringLiteral("selection")))
        report.selection = select::SelectionSummary::fromJson(
            json.value(QStringLiteral("selection")).toObject(), context);
    for (const QJsonValue &v : json.value(QStringLiteral("sections")).toArray()) {
        const QJsonObject o = v.toObject();
        report.sections.push_back({o.value(QStringLiteral("id")).toString(), o.value(QStringLiteral("title")).toString(),
                                   o.value(QStringLiteral("xhtml")).toString()});
    }
    return report;
}

QByteArray AccuracyReport::toCsv() const
{
    const AccuracyMetrics m = metrics();
    const auto area = areaEstimate();
    QByteArray csv = "index,id,name,reference_count,predicted_count,correct,"
                     "producers_accuracy,users_accuracy,f1";
    if (area)
        csv += ",mapped_area,estimated_area,estimated_area_ci95,area_users_accuracy,"
               "area_users_accuracy_ci95,area_producers_accuracy,area_producers_accuracy_ci95";
    csv += '\n';
    for (int u = 0; u < matrix.classCount(); ++u) {
        const ClassAccuracy &c = m.perClass[std::size_t(u)];
        csv += QByteArray::number(u) + ','
               + (u < classes.size() ? QByteArray::number(classes.at(u).id) : QByteArray()) + ','
               + (u < classes.size() ? csvText(classes.at(u).name) : QByteArray()) + ','
               + QByteArray::number(c.referenceCount) + ',' + QByteArray::number(c.predictedCount)
               + ',' + QByteArray::number(c.correct) + ',' + csvNumber(c.producersAccuracy) + ','
               + csvNumber(c.usersAccuracy) + ',' + csvNumber(c.f1);
        if (area) {
            const ClassAreaEstimate &a = area->perClass[std::size_t(u)];
            csv += ',' + csvNumber(a.mappedArea) + ',' + csvNumber(a.area) + ','
                   + csvNumber(a.areaCI95) + ',' + csvNumber(a.usersAccuracy) + ','
                   + csvNumber(1.96 * a.usersSE) + ',' + csvNumber(a.producersAccuracy) + ','
                   + csvNumber(1.96 * a.producersSE);
        }
        csv += '\n';
    }
    return csv;
}

QByteArray AccuracyReport::toHtml() const
{
    return renderAccuracyHtml(*this);
}

AccuracyReport::Files AccuracyReport::write(const QString &folder, const QString &baseName) const
{
    if (classes.size() != matrix.classCount())
        throw Error(tr("Accuracy report \"%1\": %2 classes named for a matrix of %3")
                        .arg(baseName).arg(classes.size()).arg(matrix.classCount()));
    const QDir dir(folder);
    Files files{dir.filePath(baseName + QStringLiteral(".json")),
                dir.filePath(baseName + QStringLiteral(".csv")),
                dir.filePath(baseName + QStringLiteral(".html"))};
    io::writeFileAtomically(files.json, QJsonDocument(toJson()).toJson(QJsonDocument::Indented));
    io::writeFileAtomically(files.csv, toCsv());
    io::writeFileAtomically(files.html, toHtml());
    return files;
}

} // namespace cropmap::core::evaluate
