// SPDX-License-Identifier: GPL-3.0-or-later
#include "check/check_options.h"

#include <algorithm>
#include <cmath>

#include <QCoreApplication>
#include <QStringList>

#include "util/error.h"

namespace cropmap::core::check {

namespace {

QString tr(const char *text)
{
    return QCoreApplication::translate("cropmap::core::check", text);
}

} // namespace

QString statusName(ParcelStatus status)
{
    switch (status) {
    case ParcelStatus::Agrees: return QStringLiteral("agrees");
    case ParcelStatus::Doubtful: return QStringLiteral("doubtful");
    case ParcelStatus::Disagrees: return QStringLiteral("disagrees");
    case ParcelStatus::TooSmall: return QStringLiteral("too small");
    }
    return {};
}

ParcelStatus CheckOptions::statusOf(qint64 mappedPixels, double agreement) const
{
    if (mappedPixels < minPixels)
        return ParcelStatus::TooSmall;
    if (agreement >= agree)
        return ParcelStatus::Agrees;
    if (agreement < disagree)
        return ParcelStatus::Disagrees;
    return ParcelStatus::Doubtful;
}

void CheckOptions::validate(const QString &context) const
{
    if (!(disagree >= 0.0 && disagree <= agree && agree <= 1.0))
        throw Error(tr("%1: the thresholds must satisfy 0 ≤ disagree ≤ agree ≤ 1 (disagree %2, agree %3)")
                        .arg(context)
                        .arg(disagree)
                        .arg(agree));
    if (minPixels < 1)
        throw Error(tr("%1: \"min_pixels\" must be at least 1 (got %2)").arg(context).arg(minPixels));
}

CheckOptions CheckOptions::fromJson(const QJsonObject &json, const QString &context)
{
    const QStringList known{QStringLiteral("agree"), QStringLiteral("disagree"), QStringLiteral("min_pixels")};
    for (auto it = json.begin(); it != json.end(); ++it) {
        if (!known.contains(it.key()))
            throw Error(tr("%1: unknown check option \"%2\" (known: %3)")
                            .arg(context, it.key(), known.join(QStringLiteral(", "))));
        if (!it.value().isDouble())
            throw Error(tr("%1: the check option \"%2\" must be a number").arg(context, it.key()));
    }
    CheckOptions options;
    options.agree = json.value(QStringLiteral("agree")).toDouble(options.agree);
    options.disagree = json.value(QStringLiteral("disagree")).toDouble(options.disagree);
    const double minPixels = json.value(QStringLiteral("min_pixels")).toDouble(options.minPixels);
    if (minPixels != std::floor(minPixels))
        throw Error(tr("%1: \"min_pixels\" must be a whole number (got %2)").arg(context).arg(minPixels));
    options.minPixels = int(std::clamp(minPixels, -1.0, 1e9));
    options.validate(context);
    return options;
}

QJsonObject CheckOptions::toJson() const
{
    return {{QStringLiteral("agree"), agree},
            {QStringLiteral("disagree"), disagree},
            {QStringLiteral("min_pixels"), minPixels}};
}

} // namespace cropmap::core::check
