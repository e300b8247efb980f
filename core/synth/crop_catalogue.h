// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QJsonObject>
#include <QString>
#include <QVector>

#include "synth/spectral_model.h"

namespace cropmap::core::synth {

/** \brief One crop a farmer can declare: INVEKOS name and code, its seed class and growth. */
struct DeclaredCrop
{
    QString name;      //!< SNAR_BEZEICHNUNG, e.g. "WINTERWEICHWEIZEN" (umlauts spelt out)
    int code = 0;      //!< SNAR_CODE of the Austrian INVEKOS legend
    QString className; //!< seed class (ClassTable::seedClasses()); empty = not a crop, ignored
    Cover cover = Cover::Grassland;
    double weight = 1; //!< how often it is declared within its class
};

/**
 * \brief The declarations of the synthetic scene and how they aggregate into the seed's classes.
 *
 * Names and codes are those of the Austrian INVEKOS crop legend (as in EuroCrops' at_2021
 * table) with umlauts written out (OE, UE, AE). The seed's class "Winter Sugar Beet" is
 * WINTERRUEBSEN (winter turnip rape, code 303), which an English translation renders as
 * "winter beets"; it grows like an early rapeseed.
 */
class CropCatalogue
{
public:
    /** Every declaration the generator uses, crops first, then the non-crops (ignored). */
    static const QVector<DeclaredCrop> &crops();

    /** Index into crops() of \a name, or -1. */
    static int indexOf(const QString &name);

    /**
     * Target share of the parcel area of each seed class, in the order of
     * ClassTable::seedClasses(); sums to 1. Grassland, maize and winter wheat dominate,
     * sunflower, caraway and triticale are rare, as in the seed's region.
     */
    static QVector<double> classShares();

    /** Share of the parcels that are non-crop declarations (hedges, fallow). */
    static constexpr double nonCropShare = 0.04;

    /**
     * The legend of the synthetic scene in cropmap's legend format:
     * {"field": "SNAR_BEZEICHNUNG", "classes": [...seed classes...],
     *  "mapping": [{"value": name, "class": class name or null}, ...]}.
     * resources/legends/synthetic.json holds exactly this.
     */
    static QJsonObject legendJson();
};

} // namespace cropmap::core::synth
