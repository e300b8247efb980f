// SPDX-License-Identifier: GPL-3.0-or-later
#include "select/selection_summary.h"

#include <algorithm>
#include <cmath>
#include <limits>

#include <QCoreApplication>
#include <QJsonArray>
#include <QJsonDocument>
#include <QStringList>

#include "io/atomic_output.h"
#include "util/error.h"

namespace cropmap::core::select {

namespace {

QJsonValue number(double value)
{
    return std::isfinite(value) ? QJsonValue(value) : QJsonValue(QJsonValue::Null);
}

double readNumber(const QJsonObject &json, const QString &key)
{
    const QJsonValue value = json.value(key);
    return value.isDouble() ? value.toDouble() : std::numeric_limits<double>::quiet_NaN();
}

qint64 readCount(const QJsonObject &json, const QString &key, qint64 fallback = 0)
{
    const QJsonValue value = json.value(key);
    return value.isDouble() ? qint64(value.toDouble()) : fallback;
}

} // namespace

SelectionSummary SelectionSummary::fromResult(const SelectionResult &result)
{
    return SelectionSummary{result.options, result.perClass, result.cleaning};
}

QJsonObject SelectionSummary::toJson(const thematic::ClassTable &classes) const
{
    QJsonArray rows;
    ClassSelectionStats totals;
    for (std::size_t u = 0; u < perClass.size(); ++u) {
        const auto &s = perClass[u];
        QJsonObject row{{QStringLiteral("index"), int(u)},
                        {QStringLiteral("labelled"), s.labelled},
                        {QStringLiteral("candidates"), s.candidates},
                        {QStringLiteral("disagreement_rate"), number(s.disagreementRate)},
                        {QStringLiteral("kept"), s.kept},
                        {QStringLiteral("dropped_disagreeing"), s.droppedDisagreeing},
                        {QStringLiteral("dropped_agreeing"), s.droppedAgreeing},
                        {QStringLiteral("kept_whole"), s.keptWhole},
                        {QStringLiteral("guard_applied"), s.guardApplied},
                        {QStringLiteral("guard_reason"), selectionGuardName(s.guard)}};
        if (int(u) < classes.size()) {
            row.insert(QStringLiteral("id"), classes.at(int(u)).id);
            row.insert(QStringLiteral("name"), classes.at(int(u)).name);
        }
        if (s.wrongDeclared >= 0) {
            row.insert(QStringLiteral("wrong_declared"), s.wrongDeclared);
            row.insert(QStringLiteral("wrong_removed"), s.wrongRemoved);
        }
        rows.append(row);
        totals.labelled += s.labelled;
        totals.candidates += s.candidates;
        totals.kept += s.kept;
        totals.droppedDisagreeing += s.droppedDisagreeing;
        totals.droppedAgreeing += s.droppedAgreeing;
    }
    QJsonObject json{
        {QStringLiteral("options"), options.toJson()},
        {QStringLiteral("classes"), rows},
        {QStringLiteral("totals"),
         QJsonObject{{QStringLiteral("labelled"), totals.labelled},
                     {QStringLiteral("candidates"), totals.candidates},
                     {QStringLiteral("kept"), totals.kept},
                     {QStringLiteral("dropped_disagreeing"), totals.droppedDisagreeing},
                     {QStringLiteral("dropped_agreeing"), totals.droppedAgreeing}}}};
    if (cleaning) {
        json.insert(QStringLiteral("cleaning"),
                    QJsonObject{{QStringLiteral("wrong"), cleaning->wrong},
                                {QStringLiteral("removed"), cleaning->removed},
                                {QStringLiteral("removed_wrong"), cleaning->removedWrong},
                                {QStringLiteral("correct"), cleaning->correct},
                                {QStringLiteral("kept_correct"), cleaning->keptCorrect},
                                {QStringLiteral("precision"), number(cleaning->precision)},
                                {QStringLiteral("recall"), number(cleaning->recall)},
                                {QStringLiteral("correct_kept_share"),
                                 number(cleaning->correctKeptShare)}});
    }
    if (fit) {
        QJsonObject f{{QStringLiteral("pool_agreement"), fit->poolAgreement},
                      {QStringLiteral("validation_agreement"), fit->validationAgreement},
                      {QStringLiteral("crossfitted"), fit->crossfitted},
                      {QStringLiteral("memorised"), fit->memorised()}};
        if (fit->memorised())
            f.insert(QStringLiteral("warning"), fitWarning());
        json.insert(QStringLiteral("weak_model_fit"), f);
    }
    return json;
}

QString SelectionSummary::fitWarning() const
{
    if (!fit || !fit->memorised())
        return {};
    return QCoreApplication::translate("cropmap::core::select", "The weak model agrees with %1 % of the pool it was trained on but with %2 % of the "
             "validation pixels: it has learnt the train parcels, wrong declarations included, so "
             "disagreement finds few of them (the adaptive and parcel rules then drop little). The "
             "seed rule ranks by posterior and still drops the least certain pixels; cross-fitting "
             "(\"crossfit_folds\": 2) judges every parcel with a model that did not see it; mixup "
             "(\"train\": {\"mixup\": 0.4}) makes the weak model learn its parcels less by heart.")
        .arg(100.0 * fit->poolAgreement, 0, 'f', 1)
        .arg(100.0 * fit->validationAgreement, 0, 'f', 1);
}

SelectionSummary SelectionSummary::fromJson(const QJsonObject &json, const QString &context)
{
    if (!json.value(QStringLiteral("classes")).isArray()) {
        throw Error(QCoreApplication::translate("cropmap::core::select",
                                                "%1: the selection summary has no \"classes\" list")
                        .arg(context));
    }
    SelectionSummary summary;
    summary.options = SelectionOptions::fromJson(json.value(QStringLiteral("options")).toObject(),
                                                 context);
    for (const QJsonValue &value : json.value(QStringLiteral("classes")).toArray()) {
        const QJsonObject row = value.toObject();
        ClassSelectionStats s;
        s.labelled = readCount(row, QStringLiteral("labelled"));
        s.candidates = readCount(row, QStringLiteral("candidates"));
        s.disagreementRate = readNumber(row, QStringLiteral("disagreement_rate"));
        s.kept = readCount(row, QStringLiteral("kept"));
        s.droppedDisagreeing = readCount(row, QStringLiteral("dropped_disagreeing"));
        s.droppedAgreeing = readCount(row, QStringLiteral("dropped_agreeing"));
        s.keptWhole = row.value(QStringLiteral("kept_whole")).toBool();
        s.guardApplied = row.value(QStringLiteral("guard_applied")).toBool();
        s.guard = parseSelectionGuard(row.value(QStringLiteral("guard_reason")).toString());
        // Summaries written before guard_reason existed: only `parcel` had a guard.
        if (s.guardApplied && s.guard == SelectionGuard::None)
            s.guard = SelectionGuard::ParcelShare;
        s.wrongDeclared = readCount(row, QStringLiteral("wrong_declared"), -1);
        s.wrongRemoved = readCount(row, QStringLiteral("wrong_removed"), -1);
        summary.perClass.push_back(s);
    }
    if (json.contains(QStringLiteral("cleaning"))) {
        const QJsonObject c = json.value(QStringLiteral("cleaning")).toObject();
        CleaningScore score;
        score.wrong = readCount(c, QStringLiteral("wrong"));
        score.removed = readCount(c, QStringLiteral("removed"));
        score.removedWrong = readCount(c, QStringLiteral("removed_wrong"));
        score.correct = readCount(c, QStringLiteral("correct"));
        score.keptCorrect = readCount(c, QStringLiteral("kept_correct"));
        score.precision = readNumber(c, QStringLiteral("precision"));
        score.recall = readNumber(c, QStringLiteral("recall"));
        score.correctKeptShare = readNumber(c, QStringLiteral("correct_kept_share"));
        summary.cleaning = score;
    }
    if (json.contains(QStringLiteral("weak_model_fit"))) {
        const QJsonObject f = json.value(QStringLiteral("weak_model_fit")).toObject();
        summary.fit = WeakModelFit{f.value(QStringLiteral("pool_agreement")).toDouble(),
                                   f.value(QStringLiteral("validation_agreement")).toDouble(),
                                   f.value(QStringLiteral("crossfitted")).toBool()};
    }
    return summary;
}

QString SelectionSummary::describe(const thematic::ClassTable &classes) const
{
    const auto t = [](const char *text) {
        return QCoreApplication::translate("cropmap::core::select", text);
    };
    const auto rate = [](double r) {
        return std::isfinite(r) ? QString::number(100.0 * r, 'f', 1) + u'%' : QStringLiteral("n/a");
    };
    const QStringList header{t("class"), t("labelled"), t("agreeing"), t("r_u"), t("kept"),
                       t("dropped (disagreeing)"), t("dropped (agreeing)"), t("note")};
    std::vector<QStringList> rows;
    ClassSelectionStats totals;
    for (std::size_t u = 0; u < perClass.size(); ++u) {
        const auto &s = perClass[u];
        const QString name = int(u) < classes.size() ? classes.at(int(u)).name : QString::number(u);
        rows.push_back({name, QString::number(s.labelled), QString::number(s.candidates),
                        rate(s.disagreementRate), QString::number(s.kept),
                        QString::number(s.droppedDisagreeing), QString::number(s.droppedAgreeing),
                        classNote(s)});
        totals.labelled += s.labelled;
        totals.candidates += s.candidates;
        totals.kept += s.kept;
        totals.droppedDisagreeing += s.droppedDisagreeing;
        totals.droppedAgreeing += s.droppedAgreeing;
    }
    rows.push_back({t("total"), QString::number(totals.labelled),
                    QString::number(totals.candidates), QString(), QString::number(totals.kept),
                    QString::number(totals.droppedDisagreeing),
                    QString::number(totals.droppedAgreeing), QString()});
    std::vector<qsizetype> width(std::size_t(header.size()));
    for (qsizetype c = 0; c < header.size(); ++c) {
        width[std::size_t(c)] = header[c].size();
        for (const QStringList &row : rows)
            width[std::size_t(c)] = std::max(width[std::size_t(c)], row[c].size());
    }
    // Names and notes left-aligned, numbers right-aligned; the last column is not padded.
    const auto line = [&](const QStringList &row) {
        QString text;
        for (qsizetype c = 0; c < row.size(); ++c) {
            const int w = int(width[std::size_t(c)]);
            if (c == row.size() - 1)
                text += row[c];
            else if (c == 0)
                text += row[c].leftJustified(w) + QStringLiteral("  ");
            else
                text += row[c].rightJustified(w) + QStringLiteral("  ");
        }
        while (text.endsWith(u' '))
            text.chop(1);
        return text;
    };
    QStringList lines{t("Reliable samples, rule %1:").arg(selectionRuleName(options.rule)),
                      line(header)};
    for (const QStringList &row : rows)
        lines << line(row);
    if (const QString warning = fitWarning(); !warning.isEmpty())
        lines << warning;
    return lines.join(u'\n');
}

QString classNote(const ClassSelectionStats &stats)
{
    const auto t = [](const char *text) {
        return QCoreApplication::translate("cropmap::core::select", text);
    };
    switch (stats.guard) {
    case SelectionGuard::NoCandidates:
        return t("kept whole: the weak model predicts none of its pixels as this class");
    case SelectionGuard::WouldEmpty:
        return t("kept whole: the rule would drop every pixel");
    case SelectionGuard::ParcelShare:
        return t("kept whole: the parcel rule would drop more than its guard share");
    case SelectionGuard::None:
        break;
    }
    return stats.keptWhole ? t("kept whole") : QString();
}

void SelectionSummary::write(const QString &path, const thematic::ClassTable &classes) const
{
    io::writeFileAtomically(path, QJsonDocument(toJson(classes)).toJson(QJsonDocument::Indented));
}

} // namespace cropmap::core::select
