// SPDX-License-Identifier: GPL-3.0-or-later
#include "io/sentinel2_archive.h"

#include <algorithm>
#include <map>

#include <QCoreApplication>
#include <QDir>
#include <QDirIterator>
#include <QFileInfo>
#include <QRegularExpression>
#include <QTimeZone>

#include "io/block_windows.h"
#include "io/gdal_handles.h"
#include "io/geotiff_keys.h"
#include "io/l2a_product_metadata.h"
#include "util/error.h"
#include "util/feedback.h"
#include "util/output_paths.h"

namespace cropmap::core::io {

namespace {

QString tr(const char *text, const char *disambiguation = nullptr, int n = -1)
{
    return QCoreApplication::translate("cropmap::core::io", text, disambiguation, n);
}

// A candidate acquisition before its files are checked.
struct Candidate
{
    Acquisition acquisition;
    QString metadataProblem; //!< why its product metadata is unusable (SAFE)
};

QDateTime parseStamp(const QString &date, const QString &time)
{
    const QDate d = QDate::fromString(date, QStringLiteral("yyyyMMdd"));
    QTime t(0, 0);
    if (!time.isEmpty())
        t = QTime::fromString(time, QStringLiteral("HHmmss"));
    if (!d.isValid() || !t.isValid())
        return {};
    return QDateTime(d, t, Qt::UTC);
}

bool wanted(const QString &tile, const ArchiveOptions &options)
{
    return options.tiles.isEmpty() || options.tiles.contains(tile);
}

// GeoTIFF folders and flat exports carry no product metadata: the archive option says.
void applyArchiveOffset(Acquisition &a, const ArchiveOptions &options)
{
    if (options.boaOffset == 0)
        return;
    for (auto it = a.bandPaths.cbegin(); it != a.bandPaths.cend(); ++it) {
        if (isReflectanceBand(it.key()))
            a.boaOffsets.insert(it.key(), options.boaOffset);
    }
    a.offsetSource = tr("the archive's offset (--boa-offset, archive_boa_offset)");
}

// A SAFE product's baseline and offsets (see L2AProductMetadata::ofProduct).
void readProductMetadata(Candidate &c)
{
    try {
        const L2AProductMetadata metadata = L2AProductMetadata::ofProduct(c.acquisition.source);
        c.acquisition.processingBaseline = metadata.processingBaseline;
        c.acquisition.boaOffsets = metadata.boaOffsets;
        c.acquisition.offsetSource = metadata.offsetSource;
    } catch (const Error &e) {
        c.metadataProblem = e.message();
    }
}

// Layout (b): <root>/<TILE>/<YYYYMMDD>/<BAND>.tif
void scanTiffFolders(const QString &root, const ArchiveOptions &options,
                     std::map<QString, std::vector<Candidate>> &found)
{
    static const QRegularExpression tileName(QStringLiteral("^T?\\d{2}[A-Z]{3}$"));
    static const QRegularExpression dateName(QStringLiteral("^(\\d{8})(?:T(\\d{6}))?$"));
    const QDir rootDir(root);
    for (const QString &tile : rootDir.entryList(QDir::Dirs | QDir::NoDotAndDotDot, QDir::Name)) {
        if (!tileName.match(tile).hasMatch() || !wanted(tile, options))
            continue;
        const QDir tileDir(rootDir.filePath(tile));
        for (const QString &stamp :
             tileDir.entryList(QDir::Dirs | QDir::NoDotAndDotDot, QDir::Name)) {
            const auto m = dateName.match(stamp);
            if (!m.hasMatch())
                continue;
            Candidate c;
            c.acquisition.tile = tile;
            c.acquisition.id = stamp;
            c.acquisition.dateTime = parseStamp(m.captured(1), m.captured(2));
            c.acquisition.source = tileDir.filePath(stamp);
            const QDir acqDir(c.acquisition.source);
            for (const QFileInfo &f : acqDir.entryInfoList({QStringLiteral("*.tif"),
                                                            QStringLiteral("*.tiff"),
                                                            QStringLiteral("*.jp2")},
                                                           QDir::Files)) {
                c.acquisition.bandPaths.insert(f.completeBaseName().toUpper(), f.filePath());
            }
            applyArchiveOffset(c.acquisition, options);
            found[tile].push_back(std::move(c));
        }
    }
}

// Layout (a): Level-2A .SAFE products.
void scanSafeProducts(const QString &root, const ArchiveOptions &options,
                      std::map<QString, std::vector<Candidate>> &found)
{
    static const QRegularExpression productName(
        QStringLiteral("^S2[A-D]_MSIL2A_(\\d{8})T(\\d{6})_N\\d{4}_R\\d{3}_(T\\d{2}[A-Z]{3})_.*\\.SAFE$"));
    static const QRegularExpression bandFile(
        QStringLiteral("_(B\\d[\\dA]|SCL|TCI|AOT|WVP)_(10|20|60)m\\.(jp2|tif)$"));
    QDirIterator products(root, {QStringLiteral("*.SAFE")}, QDir::Dirs | QDir::NoDotAndDotDot);
    while (products.hasNext()) {
        const QString productPath = products.next();
        const auto m = productName.match(products.fileName());
        if (!m.hasMatch() || !wanted(m.captured(3), options))
            continue;
        Candidate c;
        c.acquisition.tile = m.captured(3);
        c.acquisition.dateTime = parseStamp(m.captured(1), m.captured(2));
        c.acquisition.id = m.captured(1) + QLatin1Char('T') + m.captured(2);
        c.acquisition.source = productPath;
        QDirIterator files(productPath + QStringLiteral("/GRANULE"), QDir::Files,
                           QDirIterator::Subdirectories);
        while (files.hasNext()) {
            const QString file = files.next();
            const auto b = bandFile.match(files.fileName());
            if (!b.hasMatch())
                continue;
            const QString band = b.captured(1);
            const QString resolution = b.captured(2);
            // 10 m bands from R10m, 20 m bands and SCL from R20m.
            const QString native = isTwentyMetreBand(band) ? QStringLiteral("20")
                                                           : QStringLiteral("10");
            if (resolution == native)
                c.acquisition.bandPaths.insert(band, file);
        }
        readProductMetadata(c);
        found[c.acquisition.tile].push_back(std::move(c));
    }
}

// Layout (c): a flat folder of *_<YYYYMMDD>[THHMMSS]_<BAND>.tif files, one tile.
void scanFlatFiles(const QString &root, const ArchiveOptions &options,
                   std::map<QString, std::vector<Candidate>> &found)
{
    static const QRegularExpression fileName(
        QStringLiteral("(?:^|_)(\\d{8})(?:T(\\d{6}))?_([A-Za-z0-9]+)\\.(?:tif|tiff)$"));
    std::map<QString, Candidate> byStamp;
    QDirIterator it(root, QDir::Files, QDirIterator::Subdirectories);
    while (it.hasNext()) {
        const QString file = it.next();
        const auto m = fileName.match(it.fileName());
        if (!m.hasMatch())
            continue;
        const QString stamp = m.captured(2).isEmpty()
                                  ? m.captured(1)
                                  : m.captured(1) + QLatin1Char('T') + m.captured(2);
        Candidate &c = byStamp[stamp];
        c.acquisition.id = stamp;
        c.acquisition.dateTime = parseStamp(m.captured(1), m.captured(2));
        c.acquisition.source = root;
        c.acquisition.bandPaths.insert(m.captured(3).toUpper(), file);
    }
    if (byStamp.empty())
        return;
    // The id names the composites' folder and files: checked, whether given or the folder's.
    const QString tile = options.flatTileId.isEmpty()
                             ? checkedTileId(QDir::cleanPath(root).section(u'/', -1),
                                             tr("the flat archive folder \"%1\" (its name is the "
                                                "tile id unless --flat-tile-id or the project's "
                                                "\"flat_tile_id\" gives one)")
                                                 .arg(root))
                             : checkedTileId(options.flatTileId, tr("the flat archive's tile id"));
    if (!wanted(tile, options))
        return;
    for (auto &[stamp, c] : byStamp) {
        c.acquisition.tile = tile;
        applyArchiveOffset(c.acquisition, options);
        found[tile].push_back(std::move(c));
    }
}

// Checks that the last pixel of an open file reads (a truncated file fails there).
QString verifyLastPixel(GDALDataset &ds, const QString &path)
{
    GDALRasterBand *band = ds.GetRasterBand(1);
    float value = 0;
    CPLErrorReset();
    if (!band
        || band->RasterIO(GF_Read, ds.GetRasterXSize() - 1, ds.GetRasterYSize() - 1, 1, 1,
                          &value, 1, 1, GDT_Float32, 0, 0, nullptr)
               != CE_None) {
        return tr("cannot read \"%1\": %2").arg(path, lastGdalError());
    }
    return {};
}

// What checking an acquisition's files found.
struct FileCheck
{
    QString skipped;  //!< why it is skipped before its files are opened (bands, date)
    QString problem;  //!< why its files are unusable
    TileGrid finest;  //!< its finest band's grid
};

// Opens, verifies and reads the grid of every file of \a a.
void checkFiles(Acquisition &a, const ArchiveOptions &options, CrsCache &crs, FileCheck &check)
{
    QStringList files = a.bandPaths.values();
    if (!a.maskPath.isEmpty())
        files << a.maskPath;
    for (const QString &file : std::as_const(files)) {
        try {
            DatasetPtr ds = openRaster(file);
            if (options.verifyFiles
                && (check.problem = verifyLastPixel(*ds, file), !check.problem.isEmpty())) {
                return;
            }
            const TileGrid g = crs.gridOf(*ds, file);
            a.fileGrids.insert(file, g);
            if (check.finest.isValid() && !g.hasSameCrs(check.finest)) {
                check.problem = tr("\"%1\" is in %2, other bands in %3")
                                    .arg(file, g.crsName(), check.finest.crsName());
                return;
            }
            if (!check.finest.isValid() || g.pixelSizeX() < check.finest.pixelSizeX())
                check.finest = g;
        } catch (const Error &e) {
            check.problem = e.message();
            return;
        }
    }
}

// Turns candidates into checked acquisitions; fills grid, skipped and bandsFound.
TileAcquisitions checkTile(const QString &id, std::vector<Candidate> &candidates,
                           const ArchiveOptions &options)
{
    TileAcquisitions tile;
    tile.id = id;
    std::sort(candidates.begin(), candidates.end(), [](const Candidate &a, const Candidate &b) {
        return a.acquisition.dateTime < b.acquisition.dateTime;
    });
    std::vector<FileCheck> checks(candidates.size());
    for (std::size_t i = 0; i < candidates.size(); ++i) {
        Acquisition &a = candidates[i].acquisition;
        if (!a.dateTime.isValid()) {
            checks[i].skipped = tr("%1: cannot parse the acquisition date of \"%2\"").arg(id, a.source);
            continue;
        }
        if (!candidates[i].metadataProblem.isEmpty()) {
            checks[i].skipped = tr("%1 %2: %3; acquisition skipped")
                                    .arg(id, a.id, candidates[i].metadataProblem);
            continue;
        }
        QStringList missing;
        QMap<QString, QString> bands;
        for (const QString &band : options.bands) {
            if (a.bandPaths.contains(band))
                bands.insert(band, a.bandPaths.value(band));
            else
                missing << band;
        }
        if (!options.maskBand.isEmpty()) {
            if (a.bandPaths.contains(options.maskBand))
                a.maskPath = a.bandPaths.value(options.maskBand);
            else
                missing << options.maskBand;
        }
        if (!missing.isEmpty()) {
            checks[i].skipped = tr("%1 %2: band %3 missing in \"%4\", acquisition skipped")
                                    .arg(id, a.id, missing.join(QStringLiteral(", ")), a.source);
            continue;
        }
        a.bandPaths = bands;
    }
    // A tile has hundreds of files, each opened and its CRS read: check them on all cores.
    // Their CRS is built once per distinct set of GeoTIFF keys, not once per file.
    Feedback unobserved;
    CrsCache crs;
    forEachItem(int(candidates.size()), unobserved, [&](int i, int) {
        if (checks[std::size_t(i)].skipped.isEmpty())
            checkFiles(candidates[std::size_t(i)].acquisition, options, crs, checks[std::size_t(i)]);
    });
    for (std::size_t i = 0; i < candidates.size(); ++i) {
        const Acquisition &a = candidates[i].acquisition;
        FileCheck &check = checks[i];
        if (!check.skipped.isEmpty()) {
            tile.skipped << check.skipped;
            continue;
        }
        if (check.problem.isEmpty() && tile.grid.isValid() && !check.finest.hasSameCrs(tile.grid)) {
            check.problem = tr("in %1, the tile's earlier acquisitions in %2")
                                .arg(check.finest.crsName(), tile.grid.crsName());
        }
        if (!check.problem.isEmpty()) {
            tile.skipped << tr("%1 %2: %3; acquisition skipped").arg(id, a.id, check.problem);
            continue;
        }
        if (!tile.grid.isValid())
            tile.grid = check.finest;
        tile.acquisitions.push_back(a);
    }
    for (const QString &band : options.bands) {
        for (const Acquisition &a : std::as_const(tile.acquisitions)) {
            if (a.bandPaths.contains(band)) {
                tile.bandsFound << band;
                break;
            }
        }
    }
    return tile;
}

} // namespace

QStringList sentinel2Bands()
{
    return {QStringLiteral("B02"), QStringLiteral("B03"), QStringLiteral("B04"),
            QStringLiteral("B05"), QStringLiteral("B06"), QStringLiteral("B07"),
            QStringLiteral("B08"), QStringLiteral("B8A"), QStringLiteral("B11"),
            QStringLiteral("B12")};
}

bool isReflectanceBand(const QString &band)
{
    static const QRegularExpression name(QStringLiteral("^B(0[1-9]|1[0-2]|8A)$"));
    return name.match(band).hasMatch();
}

bool isTwentyMetreBand(const QString &band)
{
    static const QStringList twenty = {QStringLiteral("B05"), QStringLiteral("B06"),
                                       QStringLiteral("B07"), QStringLiteral("B8A"),
                                       QStringLiteral("B11"), QStringLiteral("B12"),
                                       QStringLiteral("SCL")};
    return twenty.contains(band);
}

QVector<Acquisition> TileAcquisitions::between(const QDate &first, const QDate &last) const
{
    QVector<Acquisition> result;
    for (const Acquisition &a : acquisitions) {
        if (a.date() >= first && a.date() <= last)
            result.push_back(a);
    }
    return result;
}

Sentinel2Archive Sentinel2Archive::open(const QString &root, const ArchiveOptions &options)
{
    const QFileInfo info(root);
    if (!info.exists())
        throw Error(tr("Archive folder \"%1\" does not exist").arg(root));
    if (!info.isDir())
        throw Error(tr("Archive \"%1\" is not a folder").arg(root));

    std::map<QString, std::vector<Candidate>> found;
    Sentinel2Archive archive;
    archive.m_root = info.absoluteFilePath();
    scanSafeProducts(archive.m_root, options, found);
    archive.m_layout = QStringLiteral("SAFE");
    if (found.empty()) {
        scanTiffFolders(archive.m_root, options, found);
        archive.m_layout = QStringLiteral("tiff-folders");
    }
    if (found.empty()) {
        scanFlatFiles(archive.m_root, options, found);
        archive.m_layout = QStringLiteral("flat");
    }
    if (found.empty()) {
        throw Error(tr("No Sentinel-2 acquisitions found in \"%1\" (looked for L2A .SAFE "
                       "products, <TILE>/<YYYYMMDD>/<BAND>.tif folders and "
                       "*_<YYYYMMDD>_<BAND>.tif files%2)")
                        .arg(root,
                             options.tiles.isEmpty()
                                 ? QString()
                                 : tr(" of tiles %1").arg(options.tiles.join(QStringLiteral(", ")))));
    }

    QStringList problems;
    for (auto &[id, candidates] : found) {
        TileAcquisitions tile = checkTile(id, candidates, options);
        if (tile.acquisitions.isEmpty()) {
            problems << tr("tile %1 has no usable acquisition:\n  %2")
                            .arg(id, tile.skipped.join(QStringLiteral("\n  ")));
            continue;
        }
        archive.m_tiles.push_back(std::move(tile));
    }
    if (archive.m_tiles.isEmpty())
        throw Error(tr("No usable acquisitions in \"%1\": %2").arg(root, problems.join(u'\n')));
    if (!options.allowMixedCrs) {
        const TileAcquisitions &first = archive.m_tiles.front();
        for (const TileAcquisitions &t : std::as_const(archive.m_tiles)) {
            if (!t.grid.hasSameCrs(first.grid)) {
                throw Error(tr("Tiles of \"%1\" are in different CRSs: %2 (%3) is in %4, %5 (%6) "
                               "in %7; put them in one CRS or restrict the tiles")
                                .arg(root, first.id, first.acquisitions.front().source,
                                     first.grid.crsName(), t.id, t.acquisitions.front().source,
                                     t.grid.crsName()));
            }
        }
    }
    for (const QString &p : std::as_const(problems))
        archive.m_tiles.front().skipped << p;
    return archive;
}

const TileAcquisitions &Sentinel2Archive::tile(const QString &id) const
{
    for (const TileAcquisitions &t : m_tiles) {
        if (t.id == id)
            return t;
    }
    throw Error(tr("Tile %1 is not in the archive \"%2\" (tiles: %3)")
                    .arg(id, m_root, tileIds().join(QStringLiteral(", "))));
}

QStringList Sentinel2Archive::tileIds() const
{
    QStringList ids;
    for (const TileAcquisitions &t : m_tiles)
        ids << t.id;
    return ids;
}

} // namespace cropmap::core::io
