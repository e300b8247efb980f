// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QString>

#include "check/check_options.h"
#include "check/parcel_evidence.h"

namespace cropmap::core::check {

/** \brief One checked declaration: the parcel, its evidence from the map and its status. */
struct ParcelCheck
{
    ParcelEvidence evidence;  //!< from the tile holding most of its eroded pixels
    QString tile;
    qint64 fid = -1;          //!< feature id in the parcel layer
    QString key;              //!< stable parcel id (see DeclarationCheck)
    QString declaredValue;    //!< the declared crop as the layer spells it
    int declaredClassId = 0;  //!< its legend class
    double areaHa = 0;
    ParcelStatus status = ParcelStatus::TooSmall;
    bool trained = false;     //!< pixels of it trained the map's model: agreement is optimistic
    //! True class through the legend (synthetic scenes): −1 unknown, 0 outside the legend.
    int trueClassId = -1;

    bool hasTruth() const { return trueClassId >= 0; }
    bool wronglyDeclared() const { return hasTruth() && trueClassId != declaredClassId; }
    bool isTest() const { return evidence.splitSet == 3; }
};

} // namespace cropmap::core::check
