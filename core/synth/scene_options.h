// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <vector>

#include <QDate>
#include <QJsonObject>
#include <QString>
#include <QVector>

#include "io/tile_grid.h"

namespace cropmap::core::synth {

/**
 * \brief Everything that defines a synthetic study area; the same options give the same files.
 *
 * Tiles lie side by side west → east in EPSG:32633 at 10 m, neighbours sharing `overlap`
 * columns (0: edge to edge; Sentinel-2 tiles overlap by about 10 km); tile i is named after the
 * Sentinel-2 tiles of the seed (T33UUP, T33UVP, T33UWP, then T33UXP …).
 */
struct SceneOptions
{
    enum class Layout {
        Tiff, //!< <out>/archive/<TILE>/<YYYYMMDD>/<BAND>.tif
        Safe, //!< <out>/archive/S2A_MSIL2A_….SAFE products with lossless JPEG 2000 bands
    };

    quint64 seed = 42;
    int tiles = 3;                    //!< 1…6
    int size = 512;                   //!< pixels per tile side at 10 m (even, ≥ 16)
    int overlap = 0;                  //!< columns neighbouring tiles share (even, < size / 2)
    //! Acquisitions per tile; tile i uses entry i (the last entry repeats for more tiles).
    std::vector<int> acquisitions{40, 70, 40};
    QDate firstDate = QDate(2017, 9, 1);
    QDate lastDate = QDate(2018, 8, 31);
    double wrongShare = 0.08;         //!< share of crop parcels with a wrong declaration
    //! Mean distance between field centres in pixels; 0 = 40 at 512 px, scaled down for
    //! smaller tiles (at least 8) so small test scenes still hold many fields.
    double fieldSize = 0;
    double backgroundShare = 0.12;    //!< share of cells that are forest or built-up
    Layout layout = Layout::Tiff;
    int parcelsEpsg = 32633;          //!< CRS of parcels.gpkg: 32633 or 31287 (MGI / Austria Lambert)
    QString outputFolder;
    int threads = 0;                  //!< 0 = all cores
    bool overwrite = false;           //!< replace an existing scene folder

    static constexpr double pixelSize = 10.0;
    static constexpr double originX = 600000.0; //!< west edge of the first tile (UTM 33N)
    static constexpr double originY = 5360000.0; //!< north edge of every tile

    /** Throws Error naming the offending option. */
    void validate() const;

    QString tileId(int tile) const;
    int acquisitionCount(int tile) const;
    double fieldSpacing() const;
    /** Scene column of \a tile's first column: tile × (size − overlap). */
    int tileOffset(int tile) const { return tile * (size - overlap); }
    /** Columns of the whole scene. */
    int sceneWidth() const { return tileOffset(tiles - 1) + size; }
    /** The 10 m grid of \a tile. */
    io::TileGrid tileGrid(int tile) const;
    /** The 20 m grid of \a tile (S/2 pixels of 20 m, same extent). */
    io::TileGrid tileGrid20(int tile) const;

    QJsonObject toJson() const;
    static QString layoutName(Layout layout);
};

} // namespace cropmap::core::synth
