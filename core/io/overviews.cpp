// SPDX-License-Identifier: GPL-3.0-or-later
#include "io/overviews.h"

#include <algorithm>
#include <vector>

#include <QCoreApplication>
#include <QFile>

#include <cpl_conv.h>
#include <gdal_priv.h>

#include "io/gdal_handles.h"
#include "util/error.h"
#include "util/feedback.h"

namespace cropmap::core::io {

namespace {

QString tr(const char *text)
{
    return QCoreApplication::translate("cropmap::core::io", text);
}

} // namespace

bool needsOverviews(const QString &path, int minSize)
{
    ensureGdalRegistered();
    const DatasetPtr dataset = openRasterWithSidecars(path);
    if (std::max(dataset->GetRasterXSize(), dataset->GetRasterYSize()) <= minSize)
        return false;
    return dataset->GetRasterBand(1)->GetOverviewCount() == 0;
}

void buildExternalOverviews(const QString &path, Feedback &feedback)
{
    ensureGdalRegistered();
    const QString ovr = path + QStringLiteral(".ovr");
    const QString temporary = ovr + QStringLiteral(".tmp");
    QFile::remove(temporary);
    {
        const DatasetPtr source = openRaster(path);
        GDALRasterBand *band = source->GetRasterBand(1);
        const bool categorical = band->GetColorTable() != nullptr
                                 || band->GetRasterDataType() == GDT_Byte;
        std::vector<int> levels;
        for (int f = 2; std::max(source->GetRasterXSize(), source->GetRasterYSize()) / f >= 256; f *= 2)
            levels.push_back(f);
        if (levels.empty())
            return;
        std::vector<GDALRasterBand *> bands;
        for (int b = 1; b <= source->GetRasterCount(); ++b)
            bands.push_back(source->GetRasterBand(b));
        // GDALRegenerateOverviews on bands of a new external GTiff: the source stays read-only
        // and the result goes to a temporary name first.
        GDALDriver *gtiff = GetGDALDriverManager()->GetDriverByName("GTiff");
        const char *options[] = {"TILED=YES", "COMPRESS=DEFLATE", "BIGTIFF=IF_SAFER", nullptr};
        const int w = source->GetRasterXSize(), h = source->GetRasterYSize();
        // One overview file per level would be unusual; GDAL reads <path>.ovr as a GTiff whose
        // first image is level 2 and whose own overviews are the further levels.
        DatasetPtr target(gtiff->Create(temporary.toUtf8().constData(), (w + 1) / 2, (h + 1) / 2,
                                        source->GetRasterCount(), band->GetRasterDataType(),
                                        const_cast<char **>(options)));
        if (!target)
            throw Error(tr("Cannot create the overview file \"%1\": %2").arg(temporary, lastGdalError()));
        int hasNodata = 0;
        const double nodata = band->GetNoDataValue(&hasNodata);
        std::vector<GDALRasterBandH> level2;
        for (int b = 1; b <= source->GetRasterCount(); ++b) {
            if (hasNodata)
                target->GetRasterBand(b)->SetNoDataValue(nodata);
            level2.push_back(target->GetRasterBand(b));
        }
        const char *resampling = categorical ? "NEAREST" : "AVERAGE";
        for (std::size_t b = 0; b < bands.size(); ++b) {
            ScopedFeedback part(feedback, double(b) / bands.size(), (b + 0.5) / bands.size());
            GDALRasterBandH dst = level2[b];
            if (GDALRegenerateOverviews(bands[b], 1, &dst, resampling, gdalProgressBridge, &part) != CE_None) {
                if (feedback.isCanceled())
                    throw Canceled();
                throw Error(tr("Cannot build overviews of \"%1\": %2").arg(path, lastGdalError()));
            }
        }
        std::vector<int> further;
        for (std::size_t i = 1; i < levels.size(); ++i)
            further.push_back(levels[i] / 2);
        if (!further.empty()) {
            ScopedFeedback part(feedback, 0.5, 1.0);
            if (target->BuildOverviews(resampling, int(further.size()), further.data(), 0, nullptr,
                                       gdalProgressBridge, &part) != CE_None) {
                if (feedback.isCanceled())
                    throw Canceled();
                throw Error(tr("Cannot build overviews of \"%1\": %2").arg(path, lastGdalError()));
            }
        }
        target->FlushCache();
    }
    QFile::remove(ovr);
    if (!QFile::rename(temporary, ovr))
        throw Error(tr("Cannot rename \"%1\" to \"%2\"").arg(temporary, ovr));
}

} // namespace cropmap::core::io
