// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <array>

#include <QDate>

namespace cropmap::core::synth {

/** \brief What grows on a field or background patch; each has its own phenology. */
enum class Cover {
    WinterWheat,
    Triticale,
    WinterBarley,
    SpringCereal,
    Rapeseed,
    WinterTurnipRape, //!< WINTERRUEBSEN, the seed's "Winter Sugar Beet" class
    WinterCaraway,
    Maize,
    Sunflower,
    Soybean,
    Potato,
    Beet,
    Grassland,
    ForageLegume, //!< clover grass, alfalfa: perennial, mown
    GrainLegume,  //!< peas, field beans: sown in spring, harvested in July
    Orchard,
    Vineyard,
    Fallow,
    Hedge,
    Forest,   //!< background, no parcel
    BuiltUp,  //!< background, no parcel
};

/** \brief How one field departs from its cover's typical season (drawn once per field). */
struct FieldTraits
{
    Cover cover = Cover::Grassland;
    double shift = 0;       //!< days added to every date of the season (sowing, harvest, cuts)
    double amplitude = 1;   //!< × peak greenness
    double soil = 1;        //!< × brightness of the soil and of dry residues
    double canopyNir = 1;   //!< × red-edge and NIR reflectance of the green canopy
    bool autumnCover = false; //!< a cover crop of the previous season, ploughed in November
    bool catchCrop = false;   //!< a catch crop sown after the harvest, green in August
    std::array<double, 4> cuts{}; //!< mowing days (days since 1 September)
    int cutCount = 0;
};

/**
 * \brief Plausible Sentinel-2 L2A reflectances of a field on a day of the agronomic year.
 *
 * A field is a linear mixture of four end-members: green canopy, bare soil, dry residue
 * (senescent crop, straw) and blossoms. A double-logistic greenness curve per cover type (an
 * autumn part for winter crops, a spring/summer part for every crop, mowing cuts for grass
 * and forage legumes) sets the fractions; end-member spectra follow the usual shapes (red
 * and blue low and NIR high for a green canopy, red edge in between, SWIR lower where leaves
 * hold water, bare soil brighter in the visible and SWIR, yellow blossoms bright in green and
 * red). Confusable pairs are deliberate: winter wheat and triticale differ by a few days,
 * soybean and sunflower by two weeks and the sunflower's blossom.
 */
class SpectralModel
{
public:
    static constexpr int BandCount = 10; //!< B02 B03 B04 B05 B06 B07 B08 B8A B11 B12
    using Spectrum = std::array<float, BandCount>;

    /** \brief End-member fractions of a field on one day; bare soil is the rest. */
    struct Fractions
    {
        double green = 0;
        double dry = 0;
        double flower = 0;
    };

    /** \brief A field's reflectance (× 10000) and how it changes with local vigour. */
    struct Signal
    {
        Spectrum value{};
        //! Reflectance change per unit of extra green fraction (applied per pixel).
        Spectrum vigour{};
    };

    /** Days since the 1 September that starts \a date's agronomic year (0…365). */
    static double dayOfSeason(const QDate &date);

    static Fractions fractions(const FieldTraits &field, double day);
    static Signal signal(const FieldTraits &field, double day);

    /** NDVI (B08 − B04) / (B08 + B04) of a spectrum; for tests and the SCL vegetation flag. */
    static double ndvi(const Spectrum &spectrum);

    /** True for the covers that are background (no parcel, no declaration). */
    static bool isBackground(Cover cover) { return cover == Cover::Forest || cover == Cover::BuiltUp; }
};

} // namespace cropmap::core::synth
