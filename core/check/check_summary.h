// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <array>
#include <vector>

#include <QByteArray>
#include <QJsonObject>
#include <QString>

#include "check/check_options.h"
#include "check/parcel_check.h"
#include "thematic/class_table.h"

namespace cropmap::core::check {

/** \brief Parcels and hectares per status (indexed by ParcelStatus). */
struct StatusTally
{
    std::array<qint64, 4> parcels{};
    std::array<double, 4> areaHa{};
    void add(const ParcelCheck &parcel);
};

/**
 * \brief How well a set of flagged parcels finds the truly wrong declarations.
 *
 * Over the parcels whose truth is known: precision = flagged and wrong / flagged, recall =
 * flagged and wrong / wrong. Too-small parcels are never flagged, so a wrong one among them
 * counts as missed.
 */
struct DetectionFigures
{
    qint64 parcels = 0;      //!< parcels with a known truth
    qint64 wrong = 0;
    qint64 flagged = 0;
    qint64 flaggedWrong = 0;
    double precision() const; //!< NaN when nothing is flagged
    double recall() const;    //!< NaN when nothing is wrong
    QJsonObject toJson() const;
};

/** \brief The detection figures of `disagrees` and of `disagrees ∪ doubtful`. */
struct Detection
{
    DetectionFigures disagrees;
    DetectionFigures disagreesOrDoubtful;
    void add(const ParcelCheck &parcel);
    QJsonObject toJson() const;
};

/**
 * \brief The summary of a declaration check: parcels and area per status and class, and on
 * scenes with a known truth the detection figures for test-set parcels and for all parcels.
 * Written as JSON, CSV and an XHTML section of the accuracy report.
 */
struct CheckSummary
{
    thematic::ClassTable classes;
    CheckOptions options;
    std::vector<StatusTally> perClass; //!< by class index (the declared class)
    StatusTally total;
    qint64 trainedParcels = 0;
    bool hasTruth = false;               //!< some parcel's truth is known
    std::vector<Detection> testPerClass; //!< test-set parcels, by declared class index
    std::vector<Detection> allPerClass;
    Detection test;
    Detection all;

    static CheckSummary compute(const std::vector<ParcelCheck> &parcels,
                                const thematic::ClassTable &classes, const CheckOptions &options);
    QJsonObject toJson() const;
    /** One row per class and an "all" row: parcels and hectares per status, then (with a
     *  truth) precision and recall per scope and flag set; undefined values "n/a". */
    QByteArray toCsv() const;
    /** The tables as an XHTML fragment for the accuracy report (no heading). */
    QString toXhtml() const;
};

} // namespace cropmap::core::check
