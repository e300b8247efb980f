// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QDateTime>
#include <QMap>
#include <QString>
#include <QStringList>
#include <QVector>

#include "io/tile_grid.h"

namespace cropmap::core::io {

/** The ten Sentinel-2 L2A bands the method uses, in the order of the seed. */
QStringList sentinel2Bands();
/** True for the bands Sentinel-2 delivers at 20 m (B05 B06 B07 B8A B11 B12, SCL). */
bool isTwentyMetreBand(const QString &band);
/** True for the reflectance bands B01 … B12 and B8A: DN 0 is nodata in their files, and
 *  baseline 04.00 and later adds BOA_ADD_OFFSET to their DNs. */
bool isReflectanceBand(const QString &band);

/** \brief One acquisition of one tile: its time and a file per band (and its mask). */
struct Acquisition
{
    QString tile;
    QString id;             //!< "20180405" or "20151208T101402": unique within a tile
    QDateTime dateTime;     //!< UTC; midnight when the layout has dates only
    QMap<QString, QString> bandPaths; //!< band name → file
    QString maskPath;       //!< SCL or external cloud mask; empty when none is used
    QString source;         //!< the folder or .SAFE product it came from
    //! Each file's own grid as the scan read it: readers skip reading the CRS again.
    QMap<QString, TileGrid> fileGrids;
    QString processingBaseline; //!< "04.00" (SAFE products); empty when the layout does not say
    //! Band → BOA_ADD_OFFSET in DN (−1000 from baseline 04.00 on); a band not listed has none.
    QMap<QString, double> boaOffsets;
    QString offsetSource;       //!< where boaOffsets come from (a file, an option); for inspect

    QDate date() const { return dateTime.date(); }
    /** What reading \a band adds to its DNs: reflectance × 10000 = DN + boaOffset(band). */
    double boaOffset(const QString &band) const { return boaOffsets.value(band, 0.0); }
};

/** \brief Every usable acquisition of one tile, on the tile's finest grid. */
struct TileAcquisitions
{
    QString id;                       //!< e.g. T33UVP
    TileGrid grid;                    //!< the 10 m grid (finest band found)
    QVector<Acquisition> acquisitions; //!< sorted by time
    QStringList skipped;              //!< one message per skipped acquisition (file + reason)
    QStringList bandsFound;           //!< union of the bands found, in the requested order

    /** Acquisitions whose date lies in [first, last]. */
    QVector<Acquisition> between(const QDate &first, const QDate &last) const;
};

/** \brief Which bands and masks to look for, and how strictly to check the files. */
struct ArchiveOptions
{
    QStringList bands = sentinel2Bands();
    //! Mask band: "SCL" (Sen2Cor classes), an external mask band name such as "CLM"
    //! (non-zero = cloud), or empty for none.
    QString maskBand = QStringLiteral("SCL");
    QStringList tiles;        //!< restrict to these tiles (empty = all)
    QString flatTileId;       //!< tile id for the flat layout (default: the folder name)
    bool verifyFiles = true;  //!< open each file and read its last pixel (finds truncation)
    bool allowMixedCrs = false; //!< tiles in different CRSs are an error unless allowed
    //! BOA_ADD_OFFSET of the reflectance bands for the GeoTIFF-folder and flat layouts, which
    //! carry no product metadata (−1000 for exports of baseline 04.00 or later); SAFE products
    //! read theirs from MTD_MSIL2A.xml and ignore this.
    double boaOffset = 0;
};

/**
 * \brief Finds every acquisition of every tile under a folder.
 *
 * Three layouts are recognised:
 *  - Level-2A `.SAFE` products: `S2?_MSIL2A_<date>T<time>_…_T<tile>_….SAFE/GRANULE/<granule>
 *    /IMG_DATA/R10m|R20m/<name>_<band>_10m|20m.jp2` (10 m bands from R10m, the others and SCL
 *    from R20m);
 *  - a folder of GeoTIFFs: `<root>/<TILE>/<YYYYMMDD>/<BAND>.tif`;
 *  - a flat folder (searched recursively) of `<prefix>_<YYYYMMDD>[THHMMSS]_<BAND>.tif` files, one
 *    tile, as GIS users export single-band series (e.g. `S2_20150711T100006_NDVI.tif` with
 *    masks `S2_20150711T100006_CLM.tif`).
 * An acquisition that lacks a requested band or whose file is unreadable is skipped and
 * reported in TileAcquisitions::skipped; the others are kept. A SAFE product's processing
 * baseline and BOA_ADD_OFFSET come from its MTD_MSIL2A.xml (without one, from the `_Nxxyy_`
 * field of its name, with ESA's −1000 from baseline 04.00 on); the other layouts take
 * ArchiveOptions::boaOffset for their reflectance bands.
 */
class Sentinel2Archive
{
public:
    /** Scans \a root; throws Error naming the folder or file when nothing usable is found. */
    static Sentinel2Archive open(const QString &root, const ArchiveOptions &options = {});

    const QString &root() const { return m_root; }
    const QString &layout() const { return m_layout; }
    const QVector<TileAcquisitions> &tiles() const { return m_tiles; }
    const TileAcquisitions &tile(const QString &id) const; //!< throws Error if unknown
    QStringList tileIds() const;

    /** Multi-line summary per tile: grid, acquisitions per month, bands found and missing. */
    QString describe() const;

private:
    QString m_root;
    QString m_layout;
    QVector<TileAcquisitions> m_tiles;
};

} // namespace cropmap::core::io
