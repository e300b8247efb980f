// SPDX-License-Identifier: GPL-3.0-or-later
#include "sampling/thematic_tile.h"

#include <QCoreApplication>
#include <QDir>
#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>

#include "thematic/rasterize_job.h"
#include "util/error.h"
#include "util/json_syntax_error.h"

namespace cropmap::core::sampling {

namespace {

QString tr(const char *text)
{
    return QCoreApplication::translate("cropmap::core::sampling", text);
}

} // namespace

QStringList ThematicTile::discover(const QString &folder)
{
    QStringList tiles;
    const QString suffix = QStringLiteral("_thematic.json");
    for (const QString &name : QDir(folder).entryList({u'*' + suffix}, QDir::Files, QDir::Name))
        tiles << name.left(name.size() - suffix.size());
    return tiles;
}

ThematicTile ThematicTile::open(const QString &folder, const QString &tile)
{
    using thematic::RasterizeJob;
    ThematicTile result;
    result.m_tile = tile;
    const QString reportPath = RasterizeJob::reportPath(folder, tile);
    QFile file(reportPath);
    if (!file.open(QIODevice::ReadOnly)) {
        throw Error(tr("No thematic product for tile %1: cannot read \"%2\" (run `cropmap "
                       "rasterize` for this tile first)")
                        .arg(tile, reportPath));
    }
    const QByteArray json = file.readAll();
    QJsonParseError error;
    const QJsonDocument doc = QJsonDocument::fromJson(json, &error);
    if (!doc.isObject()) {
        throw Error(tr("\"%1\" is not a thematic report: %2")
                        .arg(reportPath, error.error != QJsonParseError::NoError
                                             ? JsonSyntaxError(json, error).located()
                                             : tr("not a JSON object")));
    }
    result.m_report = doc.object();
    result.m_classes = thematic::ClassTable::fromJson(result.m_report.value(QStringLiteral("classes")).toArray(),
                                                      reportPath);
    result.m_parcelPath = RasterizeJob::parcelRasterPath(folder, tile);
    result.m_classPath = RasterizeJob::erodedClassRasterPath(folder, tile);
    result.m_parcels = io::openRaster(result.m_parcelPath);
    result.m_eroded = io::openRaster(result.m_classPath);
    result.m_grid = io::TileGrid::fromDataset(*result.m_eroded);
    if (!io::TileGrid::fromDataset(*result.m_parcels).isAlignedWith(result.m_grid)) {
        throw Error(tr("\"%1\" and \"%2\" are not on the same grid")
                        .arg(result.m_parcelPath, result.m_classPath));
    }
    return result;
}

void ThematicTile::readWindow(const io::Window &window, std::vector<std::uint32_t> &parcels,
                              std::vector<std::uint8_t> &classes) const
{
    parcels.resize(std::size_t(window.pixelCount()));
    classes.resize(std::size_t(window.pixelCount()));
    CPLErrorReset();
    if (m_parcels->GetRasterBand(1)->RasterIO(GF_Read, window.x, window.y, window.width, window.height,
                                              parcels.data(), window.width, window.height, GDT_UInt32,
                                              0, 0, nullptr)
        != CE_None) {
        throw Error(tr("Cannot read \"%1\": %2").arg(m_parcelPath, io::lastGdalError()));
    }
    if (m_eroded->GetRasterBand(1)->RasterIO(GF_Read, window.x, window.y, window.width, window.height,
                                             classes.data(), window.width, window.height, GDT_Byte, 0,
                                             0, nullptr)
        != CE_None) {
        throw Error(tr("Cannot read \"%1\": %2").arg(m_classPath, io::lastGdalError()));
    }
}

} // namespace cropmap::core::sampling
