// SPDX-License-Identifier: GPL-3.0-or-later
#include "evaluate/html_report.h"

#include <cmath>

#include <QCoreApplication>

#include "evaluate/accuracy_report.h"
#include "evaluate/svg_charts.h"

namespace cropmap::core::evaluate {

namespace {

QString tr(const char *text)
{
    return QCoreApplication::translate("cropmap::core::evaluate", text);
}

QString fixed(double value, int decimals = 3)
{
    return std::isfinite(value) ? QString::number(value, 'f', decimals) : QStringLiteral("n/a");
}

QString percent(double value)
{
    return std::isfinite(value) ? QString::number(100.0 * value, 'f', 1) + QStringLiteral(" %")
                                : QStringLiteral("n/a");
}

QString plusMinus(double value, double halfWidth, int decimals)
{
    if (!std::isfinite(value))
        return QStringLiteral("n/a");
    return fixed(value, decimals) + QStringLiteral(" ± ") + fixed(halfWidth, decimals);
}

QString cell(const QString &content, bool header = false)
{
    const QString tag = header ? QStringLiteral("th") : QStringLiteral("td");
    return QStringLiteral("<%1>%2</%1>").arg(tag, xmlEscaped(content));
}

QString row(const QStringList &cells, bool header = false)
{
    QString html = QStringLiteral("<tr>");
    for (const QString &c : cells)
        html += cell(c, header);
    return html + QStringLiteral("</tr>\n");
}

QString overallSection(const AccuracyReport &report, const AccuracyMetrics &m, const QStringList &names)
{
    const QString minClass = m.minF1Class >= 0 && m.minF1Class < names.size()
                                 ? QStringLiteral(" (") + names.at(m.minF1Class) + QStringLiteral(")")
                                 : QString();
    QString html = QStringLiteral("<h2>%1</h2>\n<table class=\"overall\">\n").arg(xmlEscaped(tr("Overall")));
    html += row({tr("Pixels"), QString::number(m.total)});
    html += row({tr("Overall accuracy (OA)"), fixed(m.overallAccuracy, 4)});
    html += row({tr("Cohen's kappa"), fixed(m.kappa, 4)});
    html += row({tr("Macro F1 (%1 classes in the reference)").arg(m.classesInReference), fixed(m.macroF1, 4)});
    html += row({tr("Minimum F1"), fixed(m.minF1, 4) + minClass});
    html += QStringLiteral("</table>\n");
    if (!report.referenceLabel.isEmpty())
        html += QStringLiteral("<p>%1</p>\n").arg(xmlEscaped(tr("Reference: %1.").arg(report.referenceLabel)));
    return html;
}

QString perClassSection(const AccuracyMetrics &m, const QStringList &names)
{
    QString html = QStringLiteral("<h2>%1</h2>\n<table class=\"classes\">\n").arg(xmlEscaped(tr("Per class")));
    html += row({tr("Class"), tr("Reference pixels"), tr("Mapped pixels"), tr("PA (recall)"),
                 tr("UA (precision)"), tr("F1")}, true);
    for (std::size_t u = 0; u < m.perClass.size(); ++u) {
        const ClassAccuracy &c = m.perClass[u];
        html += row({names.value(int(u)), QString::number(c.referenceCount), QString::number(c.predictedCount),
                     fixed(c.producersAccuracy), fixed(c.usersAccuracy), fixed(c.f1)});
    }
    html += QStringLiteral("</table>\n<p class=\"note\">%1</p>\n")
                .arg(xmlEscaped(tr("n/a: UA of a class never mapped, PA and F1 of a class absent from "
                                   "the reference. A class never mapped has F1 = 0 and counts in macro "
                                   "and minimum F1; a class absent from the reference does not.")));
    return html;
}

QString areaSection(const AreaEstimate &area, const QString &note, const QStringList &names)
{
    QString html = QStringLiteral("<h2>%1</h2>\n<table class=\"area\">\n")
                       .arg(xmlEscaped(tr("Area-adjusted accuracy and class areas (95 % CI)")));
    html += row({tr("Class"), tr("Mapped area (%1)").arg(area.unit), tr("Estimated area (%1)").arg(area.unit),
                 tr("UA"), tr("PA")}, true);
    for (std::size_t k = 0; k < area.perClass.size(); ++k) {
        const ClassAreaEstimate &c = area.perClass[k];
        html += row({names.value(int(k)), fixed(c.mappedArea, 1), plusMinus(c.area, c.areaCI95, 1),
                     plusMinus(c.usersAccuracy, 1.96 * c.usersSE, 3),
                     plusMinus(c.producersAccuracy, 1.96 * c.producersSE, 3)});
    }
    html += QStringLiteral("</table>\n<p>%1</p>\n")
                .arg(xmlEscaped(tr("Overall accuracy %1. Stratified estimator with the map classes as "
                                   "strata (Olofsson et al. 2014).")
                                    .arg(plusMinus(area.overallAccuracy, 1.96 * area.overallSE, 4))
                                + u' '
                                + (area.clusterCount > 0
                                       ? tr("Standard errors at cluster level: %L1 parcels, each one cluster.")
                                             .arg(area.clusterCount)
                                       : tr("Standard errors at pixel level (pixels taken as independent)."))));
    if (!note.isEmpty())
        html += QStringLiteral("<p class=\"note\">%1</p>\n").arg(xmlEscaped(note));
    if (!area.unsampledStrata.empty()) {
        QStringList unsampled;
        for (int i : area.unsampledStrata)
            unsampled << names.value(i);
        html += QStringLiteral("<p class=\"warning\">%1</p>\n")
                    .arg(xmlEscaped(tr("Mapped classes without any test pixel (their area is not "
                                       "redistributed): %1").arg(unsampled.join(QStringLiteral(", ")))));
    }
    return html;
}

QString comparisonSection(const AccuracyReport &report, const AccuracyMetrics &main,
                          const QStringList &names)
{
    std::vector<std::pair<QString, AccuracyMetrics>> columns;
    columns.emplace_back(report.title.isEmpty() ? tr("this map") : report.title, main);
    for (const ModelComparison &c : report.comparisons)
        columns.emplace_back(c.label, AccuracyMetrics::compute(c.matrix));
    QString html = QStringLiteral("<h2>%1</h2>\n<table class=\"comparison\">\n").arg(xmlEscaped(tr("Comparison")));
    QStringList header{QString()};
    for (const auto &column : columns)
        header << column.first;
    html += row(header, true);
    const auto metricRow = [&](const QString &label, auto value) {
        QStringList cells{label};
        for (const auto &column : columns)
            cells << value(column.second);
        html += row(cells);
    };
    metricRow(tr("OA"), [](const AccuracyMetrics &m) { return fixed(m.overallAccuracy, 4); });
    metricRow(tr("Kappa"), [](const AccuracyMetrics &m) { return fixed(m.kappa, 4); });
    metricRow(tr("Macro F1"), [](const AccuracyMetrics &m) { return fixed(m.macroF1, 4); });
    metricRow(tr("Minimum F1"), [](const AccuracyMetrics &m) { return fixed(m.minF1, 4); });
    for (int u = 0; u < names.size(); ++u) {
        metricRow(tr("F1 %1").arg(names.at(u)), [u](const AccuracyMetrics &m) {
            return fixed(m.perClass[std::size_t(u)].f1);
        });
    }
    return html + QStringLiteral("</table>\n");
}

QString selectionSection(const select::SelectionSummary &s, const QStringList &names)
{
    QString html = QStringLiteral("<h2>%1</h2>\n<p>%2</p>\n<table class=\"selection\">\n")
                       .arg(xmlEscaped(tr("Reliable samples")),
                            xmlEscaped(tr("Rule: %1.").arg(select::selectionRuleName(s.options.rule))));
    html += row({tr("Class"), tr("Labelled"), tr("Agreeing"), tr("r_u"), tr("Kept"),
                 tr("Dropped (disagreeing)"), tr("Dropped (agreeing)"), tr("Note")}, true);
    for (std::size_t u = 0; u < s.perClass.size(); ++u) {
        const auto &c = s.perClass[u];
        const QString note = select::classNote(c); // the words of the CLI summary and selection.json
        html += row({names.value(int(u)), QString::number(c.labelled), QString::number(c.candidates),
                     percent(c.disagreementRate), QString::number(c.kept),
                     QString::number(c.droppedDisagreeing), QString::number(c.droppedAgreeing), note});
    }
    html += QStringLiteral("</table>\n");
    if (const QString warning = s.fitWarning(); !warning.isEmpty())
        html += QStringLiteral("<p class=\"warning\">%1</p>\n").arg(xmlEscaped(warning));
    if (s.cleaning) {
        const auto &c = *s.cleaning;
        html += QStringLiteral("<table class=\"cleaning\">\n");
        html += row({tr("Wrongly declared pixels"), QString::number(c.wrong)});
        html += row({tr("Removed pixels"), QString::number(c.removed)});
        html += row({tr("Cleaning precision (removed wrong / removed)"), percent(c.precision)});
        html += row({tr("Cleaning recall (removed wrong / all wrong)"), percent(c.recall)});
        html += row({tr("Correct pixels kept"), percent(c.correctKeptShare)});
        html += QStringLiteral("</table>\n");
    }
    return html;
}

const char *kStyle = R"(body{font-family:sans-serif;margin:2em;color:#222;max-width:1100px}
table{border-collapse:collapse;margin:0.5em 0 1em}th,td{border:1px solid #ccc;padding:3px 8px;text-align:right}
th:first-child,td:first-child{text-align:left}th{background:#f0f0f0}.note{color:#666;font-size:90%}
.warning{color:#a33}svg{display:block;margin:0.5em 0 1.5em})";

} // namespace

QByteArray renderAccuracyHtml(const AccuracyReport &report)
{
    const AccuracyMetrics metrics = report.metrics();
    QStringList names = report.classes.names();
    for (int u = int(names.size()); u < report.matrix.classCount(); ++u)
        names << QString::number(u);
    const QString title = report.title.isEmpty() ? tr("Accuracy report") : report.title;

    QString html = QStringLiteral("<!DOCTYPE html>\n<html xmlns=\"http://www.w3.org/1999/xhtml\" lang=\"en\">\n"
                                  "<head>\n<meta charset=\"utf-8\"/>\n<title>%1</title>\n<style>%2</style>\n"
                                  "</head>\n<body>\n<h1>%1</h1>\n")
                       .arg(xmlEscaped(title), QString::fromUtf8(kStyle));
    html += overallSection(report, metrics, names);
    html += perClassSection(metrics, names);
    html += QStringLiteral("<h2>%1</h2>\n").arg(xmlEscaped(tr("Confusion matrix")));
    html += confusionHeatmapSvg(report.matrix, names) + QLatin1Char('\n');
    html += QStringLiteral("<h2>%1</h2>\n").arg(xmlEscaped(tr("PA, UA and F1 per class")));
    html += classAccuracyBarsSvg(metrics, names) + QLatin1Char('\n');
    if (const auto area = report.areaEstimate())
        html += areaSection(*area, report.areaNote, names);
    if (!report.comparisons.empty())
        html += comparisonSection(report, metrics, names);
    if (report.selection)
        html += selectionSection(*report.selection, names);
    for (const ReportSection &section : report.sections)
        html += QStringLiteral("<h2 id=\"%1\">%2</h2>\n").arg(xmlEscaped(section.id), xmlEscaped(section.title)) + section.xhtml;
    if (!report.metadata.isEmpty()) {
        html += QStringLiteral("<h2>%1</h2>\n<table class=\"metadata\">\n").arg(xmlEscaped(tr("Inputs")));
        for (auto it = report.metadata.begin(); it != report.metadata.end(); ++it) {
            const QJsonValue v = it.value();
            html += row({it.key(), v.isString() ? v.toString()
                                   : v.isDouble() ? QString::number(v.toDouble(), 'g', 12)
                                   : v.isBool() ? (v.toBool() ? QStringLiteral("true") : QStringLiteral("false"))
                                                : QString()});
        }
        html += QStringLiteral("</table>\n");
    }
    html += QStringLiteral("</body>\n</html>\n");
    return html.toUtf8();
}

} // namespace cropmap::core::evaluate
