// SPDX-License-Identifier: GPL-3.0-or-later
// Tiny Level-2A products as ESA delivers them: a .SAFE folder with JPEG 2000 bands (which
// declare no nodata), SCL, and an MTD_MSIL2A.xml with the processing baseline and, from
// baseline 04.00 on, the BOA_ADD_OFFSET of each band. 8 × 8 pixels at 10 m (4 × 4 at 20 m).
#pragma once

#include <functional>
#include <vector>

#include <QDate>
#include <QDir>
#include <QFile>
#include <QString>
#include <QStringList>

#include "io/gdal_handles.h"
#include "io/raster_writer.h"
#include "io/sentinel2_archive.h"
#include "io/tile_grid.h"

namespace cropmap::tests {

//! DN of \a band at native pixel (x, y); 0 is nodata.
using BandValues = std::function<float(const QString &band, int x, int y)>;

//! The files of a product: the ten bands and SCL.
inline QStringList l2aFiles()
{
    return core::io::sentinel2Bands() << QStringLiteral("SCL");
}

inline core::io::TileGrid l2aGrid(bool twenty)
{
    return core::io::TileGrid::northUp(core::io::TileGrid::wktFromEpsg(32633),
                                       QPointF(600000, 5400000), twenty ? 20.0 : 10.0,
                                       twenty ? 4 : 8, twenty ? 4 : 8);
}

inline std::vector<float> l2aRaster(const QString &band, const BandValues &values)
{
    const int size = core::io::isTwentyMetreBand(band) ? 4 : 8;
    std::vector<float> out;
    for (int y = 0; y < size; ++y)
        for (int x = 0; x < size; ++x)
            out.push_back(values(band, x, y));
    return out;
}

/** The MTD_MSIL2A.xml of a product of \a baseline ("05.09"): offsets −1000 for band_id 0 … 12
 *  (B1 … B12, B8A as id 8) when \a withOffsets. */
inline QByteArray l2aMetadataXml(const QString &baseline, bool withOffsets)
{
    static const QStringList physical = {
        QStringLiteral("B1"), QStringLiteral("B2"), QStringLiteral("B3"), QStringLiteral("B4"),
        QStringLiteral("B5"), QStringLiteral("B6"), QStringLiteral("B7"), QStringLiteral("B8"),
        QStringLiteral("B8A"), QStringLiteral("B9"), QStringLiteral("B10"), QStringLiteral("B11"),
        QStringLiteral("B12")};
    QString offsets;
    QString spectral;
    for (int id = 0; id < physical.size(); ++id) {
        offsets += QStringLiteral("        <BOA_ADD_OFFSET band_id=\"%1\">-1000</BOA_ADD_OFFSET>\n").arg(id);
        spectral += QStringLiteral("        <Spectral_Information bandId=\"%1\" physicalBand=\"%2\">"
                                   "<RESOLUTION>10</RESOLUTION></Spectral_Information>\n")
                        .arg(id)
                        .arg(physical[id]);
    }
    return QStringLiteral(
               "<?xml version=\"1.0\" encoding=\"UTF-8\" standalone=\"no\"?>\n"
               "<n1:Level-2A_User_Product xmlns:n1=\"https://psd-14.sentinel2.eo.esa.int/PSD/"
               "User_Product_Level-2A.xsd\">\n"
               "  <n1:General_Info>\n"
               "    <Product_Info>\n"
               "      <PROCESSING_LEVEL>Level-2A</PROCESSING_LEVEL>\n"
               "      <PRODUCT_TYPE>S2MSI2A</PRODUCT_TYPE>\n"
               "      <PROCESSING_BASELINE>%1</PROCESSING_BASELINE>\n"
               "    </Product_Info>\n"
               "    <Product_Image_Characteristics>\n"
               "      <QUANTIFICATION_VALUES_LIST>\n"
               "        <BOA_QUANTIFICATION_VALUE unit=\"none\">10000</BOA_QUANTIFICATION_VALUE>\n"
               "      </QUANTIFICATION_VALUES_LIST>\n"
               "%2"
               "      <Spectral_Information_List>\n%3      </Spectral_Information_List>\n"
               "    </Product_Image_Characteristics>\n"
               "  </n1:General_Info>\n"
               "</n1:Level-2A_User_Product>\n")
        .arg(baseline,
             withOffsets ? QStringLiteral("      <BOA_ADD_OFFSET_VALUES_LIST>\n") + offsets
                               + QStringLiteral("      </BOA_ADD_OFFSET_VALUES_LIST>\n")
                         : QString(),
             spectral)
        .toUtf8();
}

/** Writes one band as a lossless JPEG 2000 without nodata, as in L2A products. */
inline bool writeL2aJp2(const QString &path, const QString &band, const std::vector<float> &values)
{
    core::io::ensureGdalRegistered();
    const core::io::TileGrid grid = l2aGrid(core::io::isTwentyMetreBand(band));
    const GDALDataType type = band == QStringLiteral("SCL") ? GDT_Byte : GDT_UInt16;
    GDALDriver *mem = GetGDALDriverManager()->GetDriverByName("MEM");
    GDALDriver *jp2 = GetGDALDriverManager()->GetDriverByName("JP2OpenJPEG");
    core::io::DatasetPtr source(mem->Create("", grid.width(), grid.height(), 1, type, nullptr));
    source->SetGeoTransform(const_cast<double *>(grid.geoTransform().data()));
    source->SetProjection(grid.crsWkt().toUtf8().constData());
    std::vector<float> copy = values;
    if (source->GetRasterBand(1)->RasterIO(GF_Write, 0, 0, grid.width(), grid.height(), copy.data(),
                                           grid.width(), grid.height(), GDT_Float32, 0, 0, nullptr)
        != CE_None) {
        return false;
    }
    const char *options[] = {"REVERSIBLE=YES", "QUALITY=100", "YCBCR420=NO", nullptr};
    core::io::DatasetPtr out(jp2->CreateCopy(path.toUtf8().constData(), source.get(), FALSE,
                                             const_cast<char **>(options), nullptr, nullptr));
    return out != nullptr;
}

/**
 * Writes S2A_MSIL2A_<date>T100031_N<baseline>_R122_T33UVP_….SAFE under \a root with the ten
 * bands and SCL from \a dn and \a scl, and (unless \a withMetadata is false) its
 * MTD_MSIL2A.xml, with offsets from baseline 04.00 on. Returns the product folder, or an empty
 * string when a file could not be written.
 */
inline QString writeL2aProduct(const QString &root, const QDate &date, const QString &baseline,
                               const BandValues &dn, const BandValues &scl, bool withMetadata = true)
{
    const QString stamp = date.toString(QStringLiteral("yyyyMMdd"));
    const QString product = QStringLiteral("%1/S2A_MSIL2A_%2T100031_N%3_R122_T33UVP_%2T120000.SAFE")
                                .arg(root, stamp, QString(baseline).remove(u'.'));
    const QString granule = QStringLiteral("%1/GRANULE/L2A_T33UVP_A000000_%2T100031/IMG_DATA")
                                .arg(product, stamp);
    if (!QDir().mkpath(granule + QStringLiteral("/R10m")) || !QDir().mkpath(granule + QStringLiteral("/R20m")))
        return {};
    for (const QString &band : l2aFiles()) {
        const bool twenty = core::io::isTwentyMetreBand(band);
        const QString path = QStringLiteral("%1/R%2m/T33UVP_%3T100031_%4_%2m.jp2")
                                 .arg(granule, twenty ? QStringLiteral("20") : QStringLiteral("10"),
                                      stamp, band);
        if (!writeL2aJp2(path, band, l2aRaster(band, band == QStringLiteral("SCL") ? scl : dn)))
            return {};
    }
    if (withMetadata) {
        QFile mtd(product + QStringLiteral("/MTD_MSIL2A.xml"));
        const bool offsets = baseline.toDouble() >= 4.0;
        if (!mtd.open(QIODevice::WriteOnly) || mtd.write(l2aMetadataXml(baseline, offsets)) < 0)
            return {};
    }
    return product;
}

/** Writes <root>/T33UVP/<date>/<band>.tif (uint16, nodata 0 declared; SCL uint8) from \a dn. */
inline void writeTiffAcquisition(const QString &root, const QDate &date, const BandValues &dn,
                                 const BandValues &scl)
{
    const QString folder = root + QStringLiteral("/T33UVP/") + date.toString(QStringLiteral("yyyyMMdd"));
    QDir().mkpath(folder);
    for (const QString &band : l2aFiles()) {
        core::io::RasterWriteOptions options;
        const bool isScl = band == QStringLiteral("SCL");
        options.dataType = isScl ? GDT_Byte : GDT_UInt16;
        if (!isScl)
            options.nodata = 0;
        core::io::writeRaster(folder + u'/' + band + QStringLiteral(".tif"),
                              l2aGrid(core::io::isTwentyMetreBand(band)), options,
                              {l2aRaster(band, isScl ? scl : dn)});
    }
}

} // namespace cropmap::tests
