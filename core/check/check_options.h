// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QJsonObject>
#include <QString>

namespace cropmap::core::check {

/** \brief What the map says about one declaration (DESIGN.md §2 "Declaration check"). */
enum class ParcelStatus { Agrees, Doubtful, Disagrees, TooSmall };

/** "agrees", "doubtful", "disagrees", "too small": the values of the GeoPackage's status field. */
QString statusName(ParcelStatus status);

/**
 * \brief The thresholds that turn a parcel's evidence into a status: the "check" section of a
 * project.
 *
 * A parcel with fewer than minPixels mapped eroded pixels is `too small`; otherwise its
 * agreement a (share of those pixels mapped as the declared class) gives `agrees` when
 * a ≥ agree, `disagrees` when a < disagree, else `doubtful`. Both edges belong to the
 * better-sounding status: a = agree agrees, a = disagree is doubtful.
 */
struct CheckOptions
{
    double agree = 0.7;    //!< agreement from which a declaration agrees with the map
    double disagree = 0.3; //!< agreement under which it disagrees
    int minPixels = 5;     //!< fewer mapped eroded pixels: too small to judge

    ParcelStatus statusOf(qint64 mappedPixels, double agreement) const;

    /** Throws Error naming \a context unless 0 ≤ disagree ≤ agree ≤ 1 and minPixels ≥ 1. */
    void validate(const QString &context) const;
    /** Reads "agree", "disagree", "min_pixels" over the defaults; unknown keys and wrong
     *  types are errors naming \a context. */
    static CheckOptions fromJson(const QJsonObject &json, const QString &context);
    QJsonObject toJson() const;
};

} // namespace cropmap::core::check
