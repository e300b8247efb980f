// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QDate>
#include <QString>

#include <gdal.h>

#include "synth/acquisition_renderer.h"
#include "synth/scene_options.h"

namespace cropmap::core::synth {

/**
 * \brief Writes rendered acquisitions in one of the two layouts Sentinel2Archive reads.
 *
 * Layout "tiff": `<root>/<TILE>/<YYYYMMDD>/<BAND>.tif` (DEFLATE GeoTIFFs, uint16, nodata 0;
 * SCL uint8). Layout "safe": one Level-2A product folder per acquisition,
 * `S2A_MSIL2A_<date>T100031_N0206_R122_<TILE>_<date>T120000.SAFE/GRANULE/L2A_<TILE>_A000000_
 * <date>T100031/IMG_DATA/R10m|R20m/<TILE>_<date>T100031_<BAND>_10m|20m.jp2`, bands written
 * losslessly through GDAL's JP2OpenJPEG driver. Every file appears atomically.
 * Thread-safe: each call writes its own files.
 */
class ArchiveWriter
{
public:
    ArchiveWriter(QString root, const SceneOptions &options);

    void write(int tile, const QDate &date, const RenderedAcquisition &acquisition) const;

    /** Folder of the acquisition's product (tiff: the date folder; safe: the .SAFE folder). */
    QString productFolder(int tile, const QDate &date) const;

private:
    void writeBand(const QString &path, const io::TileGrid &grid, const QString &band,
                   const QDate &date, GDALDataType type, const void *data) const;

    QString m_root;
    SceneOptions m_options;
};

} // namespace cropmap::core::synth
