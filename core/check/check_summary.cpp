// SPDX-License-Identifier: GPL-3.0-or-later
#include "check/check_summary.h"

#include <cmath>
#include <limits>

#include <QCoreApplication>
#include <QJsonArray>
#include <QStringList>

namespace cropmap::core::check {

namespace {

QString tr(const char *text)
{
    return QCoreApplication::translate("cropmap::core::check", text);
}

constexpr std::array<ParcelStatus, 4> kStatuses{ParcelStatus::Agrees, ParcelStatus::Doubtful,
                                                 ParcelStatus::Disagrees, ParcelStatus::TooSmall};

QJsonValue number(double value)
{
    return std::isfinite(value) ? QJsonValue(value) : QJsonValue(QJsonValue::Null);
}

QString text(double value, int decimals = 3)
{
    return std::isfinite(value) ? QString::number(value, 'f', decimals) : QStringLiteral("n/a");
}

QString escaped(const QString &s)
{
    return s.toHtmlEscaped();
}

QJsonObject tallyJson(const StatusTally &t)
{
    QJsonObject json;
    for (ParcelStatus s : kStatuses)
        json.insert(statusName(s), QJsonObject{{QStringLiteral("parcels"), double(t.parcels[std::size_t(s)])},
                                               {QStringLiteral("area_ha"), t.areaHa[std::size_t(s)]}});
    return json;
}

QString csvField(const QString &s)
{
    if (!s.contains(u',') && !s.contains(u'"') && !s.contains(u'\n'))
        return s;
    return u'"' + QString(s).replace(u'"', QStringLiteral("\"\"")) + u'"';
}

QStringList tallyCells(const StatusTally &t)
{
    QStringList cells;
    for (ParcelStatus s : kStatuses)
        cells << QString::number(t.parcels[std::size_t(s)]);
    for (ParcelStatus s : kStatuses)
        cells << QString::number(t.areaHa[std::size_t(s)], 'f', 4);
    return cells;
}

QStringList detectionCells(const Detection &test, const Detection &all)
{
    QStringList cells;
    for (const Detection *d : {&test, &all}) {
        for (const DetectionFigures *f : {&d->disagrees, &d->disagreesOrDoubtful})
            cells << text(f->precision(), 4) << text(f->recall(), 4);
        cells << QString::number(d->disagrees.wrong);
    }
    return cells;
}

QString xhtmlRow(const QStringList &cells, bool header = false)
{
    const QString tag = header ? QStringLiteral("th") : QStringLiteral("td");
    QString html = QStringLiteral("<tr>");
    for (const QString &c : cells)
        html += QStringLiteral("<%1>%2</%1>").arg(tag, escaped(c));
    return html + QStringLiteral("</tr>\n");
}

QString figure(const DetectionFigures &f)
{
    return QStringLiteral("%1 / %2").arg(text(f.precision(), 2), text(f.recall(), 2));
}

} // namespace

void StatusTally::add(const ParcelCheck &parcel)
{
    ++parcels[std::size_t(parcel.status)];
    areaHa[std::size_t(parcel.status)] += parcel.areaHa;
}

double DetectionFigures::precision() const
{
    return flagged > 0 ? double(flaggedWrong) / double(flagged) : std::numeric_limits<double>::quiet_NaN();
}

double DetectionFigures::recall() const
{
    return wrong > 0 ? double(flaggedWrong) / double(wrong) : std::numeric_limits<double>::quiet_NaN();
}

QJsonObject DetectionFigures::toJson() const
{
    return {{QStringLiteral("parcels"), double(parcels)},
            {QStringLiteral("wrong"), double(wrong)},
            {QStringLiteral("flagged"), double(flagged)},
            {QStringLiteral("flagged_wrong"), double(flaggedWrong)},
            {QStringLiteral("precision"), number(precision())},
            {QStringLiteral("recall"), number(recall())}};
}

void Detection::add(const ParcelCheck &p)
{
    if (!p.hasTruth())
        return;
    const bool wrong = p.wronglyDeclared();
    const bool disagrees = p.status == ParcelStatus::Disagrees;
    const bool doubtful = p.status == ParcelStatus::Doubtful;
    for (auto [figures, flagged] : {std::pair{&this->disagrees, disagrees},
                                    std::pair{&disagreesOrDoubtful, disagrees || doubtful}}) {
        ++figures->parcels;
        figures->wrong += wrong ? 1 : 0;
        figures->flagged += flagged ? 1 : 0;
        figures->flaggedWrong += wrong && flagged ? 1 : 0;
    }
}

QJsonObject Detection::toJson() const
{
    return {{QStringLiteral("disagrees"), disagrees.toJson()},
            {QStringLiteral("disagrees_or_doubtful"), disagreesOrDoubtful.toJson()}};
}

CheckSummary CheckSummary::compute(const std::vector<ParcelCheck> &parcels,
                                   const thematic::ClassTable &classes, const CheckOptions &options)
{
    CheckSummary s;
    s.classes = classes;
    s.options = options;
    const std::size_t k = std::size_t(classes.size());
    s.perClass.resize(k);
    s.testPerClass.resize(k);
    s.allPerClass.resize(k);
    for (const ParcelCheck &p : parcels) {
        const int index = classes.indexOfId(p.declaredClassId);
        s.total.add(p);
        s.all.add(p);
        s.trainedParcels += p.trained ? 1 : 0;
        s.hasTruth = s.hasTruth || p.hasTruth();
        if (p.isTest())
            s.test.add(p);
        if (index < 0)
            continue;
        s.perClass[std::size_t(index)].add(p);
        s.allPerClass[std::size_t(index)].add(p);
        if (p.isTest())
            s.testPerClass[std::size_t(index)].add(p);
    }
    return s;
}

QJsonObject CheckSummary::toJson() const
{
    QJsonArray perClassJson;
    for (int i = 0; i < classes.size(); ++i) {
        QJsonObject c{{QStringLiteral("id"), classes.at(i).id},
                      {QStringLiteral("name"), classes.at(i).name},
                      {QStringLiteral("status"), tallyJson(perClass[std::size_t(i)])}};
        if (hasTruth) {
            c.insert(QStringLiteral("detection"),
                     QJsonObject{{QStringLiteral("test"), testPerClass[std::size_t(i)].toJson()},
                                 {QStringLiteral("all"), allPerClass[std::size_t(i)].toJson()}});
        }
        perClassJson.append(c);
    }
    QJsonObject json{{QStringLiteral("format"), QStringLiteral("cropmap-declaration-check")},
                     {QStringLiteral("version"), 1},
                     {QStringLiteral("thresholds"), options.toJson()},
                     {QStringLiteral("status"), tallyJson(total)},
                     {QStringLiteral("trained_parcels"), double(trainedParcels)},
                     {QStringLiteral("classes"), perClassJson}};
    if (hasTruth) {
        json.insert(QStringLiteral("detection"), QJsonObject{{QStringLiteral("test"), test.toJson()},
                                                             {QStringLiteral("all"), all.toJson()}});
    }
    return json;
}

QByteArray CheckSummary::toCsv() const
{
    QStringList header{QStringLiteral("class_id"), QStringLiteral("class")};
    for (ParcelStatus s : kStatuses)
        header << QStringLiteral("parcels_") + statusName(s).replace(u' ', u'_');
    for (ParcelStatus s : kStatuses)
        header << QStringLiteral("area_ha_") + statusName(s).replace(u' ', u'_');
    if (hasTruth) {
        for (const QString &scope : {QStringLiteral("test"), QStringLiteral("all")}) {
            for (const QString &flag : {QStringLiteral("disagrees"), QStringLiteral("disagrees_or_doubtful")})
                header << scope + u'_' + flag + QStringLiteral("_precision")
                       << scope + u'_' + flag + QStringLiteral("_recall");
            header << scope + QStringLiteral("_wrong");
        }
    }
    QString csv = header.join(u',') + u'\n';
    for (int i = 0; i < classes.size(); ++i) {
        QStringList cells{QString::number(classes.at(i).id), csvField(classes.at(i).name)};
        cells << tallyCells(perClass[std::size_t(i)]);
        if (hasTruth)
            cells << detectionCells(testPerClass[std::size_t(i)], allPerClass[std::size_t(i)]);
        csv += cells.join(u',') + u'\n';
    }
    QStringList cells{QString(), QStringLiteral("all")};
    cells << tallyCells(total);
    if (hasTruth)
        cells << detectionCells(test, all);
    csv += cells.join(u',') + u'\n';
    return csv.toUtf8();
}

QString CheckSummary::toXhtml() const
{
    QString html = QStringLiteral("<p>%1</p>\n")
                       .arg(escaped(tr("Declared parcels of the legend classes against the map: agrees from an "
                                       "agreement of %1, disagrees under %2, too small under %3 mapped eroded "
                                       "pixels; %4 parcels trained the map's model (their agreement is optimistic).")
                                        .arg(options.agree)
                                        .arg(options.disagree)
                                        .arg(options.minPixels)
                                        .arg(trainedParcels)));
    html += QStringLiteral("<table class=\"check\">\n");
    QStringList header{tr("class")};
    for (ParcelStatus s : kStatuses)
        header << statusName(s);
    for (ParcelStatus s : kStatuses)
        header << statusName(s) + QStringLiteral(" (ha)");
    html += xhtmlRow(header, true);
    auto tallyRow = [](const QString &name, const StatusTally &t) {
        QStringList cells{name};
        for (ParcelStatus s : kStatuses)
            cells << QString::number(t.parcels[std::size_t(s)]);
        for (ParcelStatus s : kStatuses)
            cells << QString::number(t.areaHa[std::size_t(s)], 'f', 1);
        return cells;
    };
    for (int i = 0; i < classes.size(); ++i)
        html += xhtmlRow(tallyRow(classes.at(i).name, perClass[std::size_t(i)]));
    html += xhtmlRow(tallyRow(tr("all"), total));
    html += QStringLiteral("</table>\n");
    if (!hasTruth)
        return html;
    html += QStringLiteral("<p>%1</p>\n<table class=\"check-detection\">\n")
                .arg(escaped(tr("Finding the truly wrong declarations (precision / recall, parcels):")));
    html += xhtmlRow({tr("class"), tr("test: disagrees"), tr("test: disagrees or doubtful"), tr("test: wrong"),
                      tr("all: disagrees"), tr("all: disagrees or doubtful"), tr("all: wrong")},
                     true);
    auto detectionRow = [](const QString &name, const Detection &t, const Detection &a) {
        return QStringList{name, figure(t.disagrees), figure(t.disagreesOrDoubtful), QString::number(t.disagrees.wrong),
                           figure(a.disagrees), figure(a.disagreesOrDoubtful), QString::number(a.disagrees.wrong)};
    };
    for (int i = 0; i < classes.size(); ++i)
        html += xhtmlRow(detectionRow(classes.at(i).name, testPerClass[std::size_t(i)], allPerClass[std::size_t(i)]));
    html += xhtmlRow(detectionRow(tr("all"), test, all));
    return html + QStringLiteral("</table>\n");
}

} // namespace cropmap::core::check
