// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <memory>
#include <type_traits>

#include <QString>

#include <gdal_priv.h>
#include <ogr_api.h>
#include <ogr_srs_api.h>

#include "util/memory_budget.h"

namespace cropmap::core::io {

//! GDAL's own owner type for datasets (raster and vector); closes with GDALClose().
using DatasetPtr = GDALDatasetUniquePtr;

struct OgrGeometryDeleter
{
    void operator()(OGRGeometryH geometry) const noexcept { OGR_G_DestroyGeometry(geometry); }
};
using GeometryPtr = std::unique_ptr<std::remove_pointer_t<OGRGeometryH>, OgrGeometryDeleter>;

struct OgrTransformDeleter
{
    void operator()(OGRCoordinateTransformation *transform) const noexcept
    {
        OGRCoordinateTransformation::DestroyCT(transform);
    }
};
using TransformPtr = std::unique_ptr<OGRCoordinateTransformation, OgrTransformDeleter>;

struct OgrFeatureDeleter
{
    void operator()(OGRFeature *feature) const noexcept { OGRFeature::DestroyFeature(feature); }
};
using FeaturePtr = std::unique_ptr<OGRFeature, OgrFeatureDeleter>;

/** Registers the GDAL drivers once; safe to call from every entry point. */
void ensureGdalRegistered();

/**
 * Sets GDAL's block cache for the whole process from \a budget: a thirty-second of it, within
 * [32, 256] MiB (GDAL's own default, 5 % of the RAM, let a step's reads fill 1.2 GB here).
 * Called from main() before any job runs (and by `cropmap run` with the project's budget),
 * never from worker threads; a GDAL_CACHEMAX in the environment is left as the user set it.
 * Returns the cache size in bytes.
 */
qint64 configureGdalCache(const MemoryBudget &budget);

/** Opens \a path read-only as a raster; throws Error naming the file and GDAL's reason. */
DatasetPtr openRaster(const QString &path);
/**
 * Like openRaster(), but lets GDAL list the folder so it finds side-car files such as external
 * overviews (<path>.ovr): the process otherwise opens files with GDAL_DISABLE_READDIR_ON_OPEN
 * = EMPTY_DIR, which keeps archive scans fast but hides them. For the map's readers.
 */
DatasetPtr openRasterWithSidecars(const QString &path);
/** Opens \a path read-only as a vector source; throws Error naming the file and the reason. */
DatasetPtr openVector(const QString &path);

/** GDAL's last error message (empty if none), as a QString. */
QString lastGdalError();

/**
 * \brief Lowers GDAL's block cache (process-wide) to at most a limit while it lives.
 *
 * The previous limit comes back on destruction. For steps that need the cache only as a
 * staging area, such as COG conversions that read and write each block once: GDAL's default
 * (5 % of RAM) lets their memory grow with the raster until it is full.
 *
 * Only on the application's main thread (the command line runs its steps there): a job on a
 * GUI worker thread leaves the process's cache as main() set it (io::configureGdalCache), since
 * the map canvas and other jobs read through the same cache meanwhile.
 */
class GdalCacheLimit
{
public:
    explicit GdalCacheLimit(GIntBig bytes);
    ~GdalCacheLimit();
    GdalCacheLimit(const GdalCacheLimit &) = delete;
    GdalCacheLimit &operator=(const GdalCacheLimit &) = delete;

private:
    GIntBig m_previous;
    GIntBig m_limit;
};

/** GDALProgressFunc bridge: forwards to a Feedback* in \a data; returns FALSE when canceled. */
int CPL_STDCALL gdalProgressBridge(double complete, const char *message, void *data);

} // namespace cropmap::core::io
