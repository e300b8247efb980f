// SPDX-License-Identifier: GPL-3.0-or-later
#include "io/gdal_handles.h"

#include <algorithm>
#include <cstdio>
#include <mutex>

#include <QCoreApplication>
#include <QThread>

#include "util/error.h"
#include "util/feedback.h"

namespace cropmap::core::io {

namespace {

/**
 * GDAL's failures reach the user inside cropmap's own errors (lastGdalError(), with the file
 * and the step); printed again raw ("ERROR 1: …") they leaked onto runs that succeed, where
 * the failure was expected and handled (a probe of a file that is not a raster, a band
 * without statistics). GDAL still records them for CPLGetLastErrorMsg(). Warnings go to
 * stderr tagged as GDAL's, debug messages as GDAL prints them (CPL_DEBUG). With
 * CROPMAP_GDAL_ERRORS=1 in the environment every message is printed raw, for debugging.
 */
void CPL_STDCALL routeGdalMessage(CPLErr level, CPLErrorNum number, const char *message)
{
    if (level == CE_Warning)
        std::fprintf(stderr, "GDAL warning: %s\n", message);
    else if (level == CE_Debug)
        CPLDefaultErrorHandler(level, number, message);
}

} // namespace

void ensureGdalRegistered()
{
    static std::once_flag once;
    std::call_once(once, [] {
        if (qEnvironmentVariableIntValue("CROPMAP_GDAL_ERRORS") == 0)
            CPLSetErrorHandler(routeGdalMessage);
        GDALAllRegister();
        // Keep opening a folder of GeoTIFFs cheap: no directory listing per open.
        CPLSetConfigOption("GDAL_DISABLE_READDIR_ON_OPEN", "EMPTY_DIR");
    });
}

QString lastGdalError()
{
    return QString::fromUtf8(CPLGetLastErrorMsg());
}

DatasetPtr openRaster(const QString &path)
{
    ensureGdalRegistered();
    CPLErrorReset();
    DatasetPtr dataset(GDALDataset::Open(path.toUtf8().constData(),
                                         GDAL_OF_RASTER | GDAL_OF_READONLY | GDAL_OF_VERBOSE_ERROR));
    if (!dataset) {
        QString reason = lastGdalError();
        if (reason.isEmpty())
            reason = QCoreApplication::translate("cropmap::core::io", "not a readable raster");
        throw Error(QCoreApplication::translate("cropmap::core::io", "Cannot open raster \"%1\": %2")
                        .arg(path, reason));
    }
    if (dataset->GetRasterCount() < 1) {
        throw Error(QCoreApplication::translate("cropmap::core::io", "Raster \"%1\" has no bands")
                        .arg(path));
    }
    return dataset;
}

DatasetPtr openRasterWithSidecars(const QString &path)
{
    ensureGdalRegistered();
    // Thread-local: the other threads keep their fast opens.
    CPLSetThreadLocalConfigOption("GDAL_DISABLE_READDIR_ON_OPEN", "NO");
    try {
        DatasetPtr dataset = openRaster(path);
        CPLSetThreadLocalConfigOption("GDAL_DISABLE_READDIR_ON_OPEN", nullptr);
        return dataset;
    } catch (...) {
        CPLSetThreadLocalConfigOption("GDAL_DISABLE_READDIR_ON_OPEN", nullptr);
        throw;
    }
}

DatasetPtr openVector(const QString &path)
{
    ensureGdalRegistered();
    CPLErrorReset();
    DatasetPtr dataset(GDALDataset::Open(path.toUtf8().constData(),
                                         GDAL_OF_VECTOR | GDAL_OF_READONLY | GDAL_OF_VERBOSE_ERROR));
    if (!dataset) {
        QString reason = lastGdalError();
        if (reason.isEmpty())
            reason = QCoreApplication::translate("cropmap::core::io", "not a readable vector source");
        throw Error(QCoreApplication::translate("cropmap::core::io", "Cannot open vector \"%1\": %2")
                        .arg(path, reason));
    }
    if (dataset->GetLayerCount() < 1) {
        throw Error(QCoreApplication::translate("cropmap::core::io", "Vector \"%1\" has no layers")
                        .arg(path));
    }
    return dataset;
}

qint64 configureGdalCache(const MemoryBudget &budget)
{
    if (!qEnvironmentVariableIsEmpty("GDAL_CACHEMAX"))
        return qint64(GDALGetCacheMax64());
    constexpr qint64 mib = qint64(1) << 20;
    const qint64 bytes = std::clamp(budget.resolved() / 32, 32 * mib, 256 * mib);
    GDALSetCacheMax64(GIntBig(bytes));
    return bytes;
}

namespace {

// The process's own thread: where process-wide settings may change (issue 17, item 5). Without
// a QCoreApplication (a bare test), the calling thread is taken for it.
bool onMainThread()
{
    const QCoreApplication *app = QCoreApplication::instance();
    return !app || QThread::currentThread() == app->thread();
}

} // namespace

GdalCacheLimit::GdalCacheLimit(GIntBig bytes)
    : m_previous(GDALGetCacheMax64())
    , m_limit(onMainThread() ? std::min(bytes, m_previous) : m_previous)
{
    if (m_limit < m_previous)
        GDALSetCacheMax64(m_limit);
}

GdalCacheLimit::~GdalCacheLimit()
{
    // Only if nobody changed it meanwhile.
    if (m_limit < m_previous && GDALGetCacheMax64() == m_limit)
        GDALSetCacheMax64(m_previous);
}

int CPL_STDCALL gdalProgressBridge(double complete, const char *, void *data)
{
    auto *feedback = static_cast<Feedback *>(data);
    if (!feedback)
        return TRUE;
    feedback->setProgress(complete);
    return feedback->isCanceled() ? FALSE : TRUE;
}

} // namespace cropmap::core::io
