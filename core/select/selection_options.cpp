// SPDX-License-Identifier: GPL-3.0-or-later
#include "select/selection_options.h"

#include <QCoreApplication>
#include <QStringList>

#include "util/error.h"

namespace cropmap::core::select {

namespace {

QString tr(const char *text)
{
    return QCoreApplication::translate("cropmap::core::select", text);
}

double readNumber(const QJsonObject &json, const QString &key, double fallback,
                  const QString &context)
{
    const QJsonValue value = json.value(key);
    if (value.isUndefined())
        return fallback;
    if (!value.isDouble())
        throw Error(tr("%1: \"%2\" must be a number").arg(context, key));
    return value.toDouble();
}

} // namespace

QString selectionRuleName(SelectionRule rule)
{
    switch (rule) {
    case SelectionRule::Seed:
        return QStringLiteral("seed");
    case SelectionRule::Adaptive:
        return QStringLiteral("adaptive");
    case SelectionRule::Parcel:
        return QStringLiteral("parcel");
    case SelectionRule::None:
        return QStringLiteral("none");
    }
    return {};
}

SelectionRule parseSelectionRule(const QString &name, const QString &context)
{
    for (SelectionRule rule : {SelectionRule::Seed, SelectionRule::Adaptive,
                               SelectionRule::Parcel, SelectionRule::None}) {
        if (name.compare(selectionRuleName(rule), Qt::CaseInsensitive) == 0)
            return rule;
    }
    throw Error(tr("%1: unknown selection rule \"%2\" (expected seed, adaptive, parcel or none)")
                    .arg(context, name));
}

QJsonObject SelectionOptions::toJson() const
{
    return QJsonObject{{QStringLiteral("rule"), selectionRuleName(rule)},
                       {QStringLiteral("percentile"), percentile},
                       {QStringLiteral("adaptive_floor"), adaptiveFloor},
                       {QStringLiteral("parcel_agreement"), parcelAgreement},
                       {QStringLiteral("parcel_guard"), parcelGuard},
                       {QStringLiteral("crossfit_folds"), crossfitFolds},
                       {QStringLiteral("seed"), QString::number(seed)}};
}

SelectionOptions SelectionOptions::fromJson(const QJsonObject &json, const QString &context)
{
    static const QStringList known = {QStringLiteral("rule"),          QStringLiteral("percentile"),
                                      QStringLiteral("adaptive_floor"), QStringLiteral("parcel_agreement"),
                                      QStringLiteral("parcel_guard"),   QStringLiteral("crossfit_folds"),
                                      QStringLiteral("seed")};
    for (auto it = json.begin(); it != json.end(); ++it) {
        if (!known.contains(it.key())) {
            throw Error(tr("%1: unknown selection option \"%2\" (known: %3)")
                            .arg(context, it.key(), known.join(QStringLiteral(", "))));
        }
    }
    SelectionOptions options;
    if (json.contains(QStringLiteral("rule")))
        options.rule = parseSelectionRule(json.value(QStringLiteral("rule")).toString(), context);
    options.percentile = readNumber(json, QStringLiteral("percentile"), options.percentile, context);
    options.adaptiveFloor =
        readNumber(json, QStringLiteral("adaptive_floor"), options.adaptiveFloor, context);
    options.parcelAgreement =
        readNumber(json, QStringLiteral("parcel_agreement"), options.parcelAgreement, context);
    options.parcelGuard = readNumber(json, QStringLiteral("parcel_guard"), options.parcelGuard, context);
    options.crossfitFolds = int(
        readNumber(json, QStringLiteral("crossfit_folds"), options.crossfitFolds, context));
    // The seed is a string in JSON: doubles cannot hold every 64-bit value.
    const QJsonValue seedValue = json.value(QStringLiteral("seed"));
    if (seedValue.isDouble()) {
        options.seed = quint64(seedValue.toDouble());
    } else if (seedValue.isString()) {
        bool ok = false;
        options.seed = seedValue.toString().toULongLong(&ok);
        if (!ok)
            throw Error(tr("%1: \"seed\" must be a non-negative integer").arg(context));
    }
    options.validate(context);
    return options;
}

void SelectionOptions::validate(const QString &context) const
{
    if (!(percentile >= 0.0 && percentile < 100.0))
        throw Error(tr("%1: percentile must lie in [0, 100), not %2").arg(context).arg(percentile));
    if (!(adaptiveFloor >= 0.0 && adaptiveFloor <= 1.0))
        throw Error(tr("%1: adaptive_floor must lie in [0, 1], not %2").arg(context).arg(adaptiveFloor));
    if (!(parcelAgreement > 0.0 && parcelAgreement <= 1.0))
        throw Error(tr("%1: parcel_agreement must lie in (0, 1], not %2")
                        .arg(context).arg(parcelAgreement));
    if (!(parcelGuard >= 0.0 && parcelGuard <= 1.0))
        throw Error(tr("%1: parcel_guard must lie in [0, 1], not %2").arg(context).arg(parcelGuard));
    if (crossfitFolds == 1 || crossfitFolds < 0)
        throw Error(tr("%1: crossfit_folds must be 0 (off) or at least 2, not %2")
                        .arg(context).arg(crossfitFolds));
}

} // namespace cropmap::core::select
