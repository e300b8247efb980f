// SPDX-License-Identifier: GPL-3.0-or-later
#include "sampling/spatial_split.h"

#include <algorithm>
#include <cmath>
#include <numeric>

#include <QCoreApplication>
#include <QFile>

#include <ogrsf_frmts.h>

#include "io/atomic_output.h"
#include "io/gdal_handles.h"
#include "io/raster_source.h"
#include "io/raster_writer.h"
#include "sampling/seeded_random.h"
#include "util/error.h"

namespace cropmap::core::sampling {

namespace {

QString tr(const char *text)
{
    return QCoreApplication::translate("cropmap::core::sampling", text);
}

// First pixel whose centre lies in patch \a index of \a count over \a size pixels.
int firstPixelOf(int index, int count, int size)
{
    const qint64 num = 2LL * size * index - count;
    return num <= 0 ? 0 : int((num + 2LL * count - 1) / (2LL * count));
}

io::TileGrid coarseGrid(const io::TileGrid &grid, int rows, int columns)
{
    std::array<double, 6> gt = grid.geoTransform();
    const double sx = double(grid.width()) / columns, sy = double(grid.height()) / rows;
    gt[1] *= sx;
    gt[4] *= sx;
    gt[2] *= sy;
    gt[5] *= sy;
    return io::TileGrid(grid.crsWkt(), gt, columns, rows);
}

} // namespace

std::array<int, 3> SpatialSplit::setCounts(int patches, const std::array<double, 3> &fractions)
{
    const double sum = fractions[0] + fractions[1] + fractions[2];
    if (sum <= 0 || fractions[0] < 0 || fractions[1] < 0 || fractions[2] < 0)
        throw Error(tr("Split fractions must be ≥ 0 and not all 0"));
    std::array<int, 3> counts{};
    std::array<double, 3> remainder{};
    int assigned = 0;
    for (int i = 0; i < 3; ++i) {
        const double exact = patches * fractions[std::size_t(i)] / sum;
        counts[std::size_t(i)] = int(std::floor(exact + 1e-9));
        remainder[std::size_t(i)] = exact - counts[std::size_t(i)];
        assigned += counts[std::size_t(i)];
    }
    // Largest remainder; ties go to the earlier set (train before validation before test).
    std::array<int, 3> order{0, 1, 2};
    std::stable_sort(order.begin(), order.end(),
                     [&](int a, int b) { return remainder[std::size_t(a)] > remainder[std::size_t(b)] + 1e-12; });
    for (int k = 0; assigned < patches; ++k, ++assigned)
        ++counts[std::size_t(order[std::size_t(k % 3)])];
    return counts;
}

std::optional<std::array<double, 3>> SpatialSplit::parseFractions(const QString &text)
{
    const QStringList parts = text.split(u',');
    if (parts.size() != 3)
        return std::nullopt;
    std::array<double, 3> fractions{};
    for (int i = 0; i < 3; ++i) {
        bool ok = false;
        fractions[std::size_t(i)] = parts[i].trimmed().toDouble(&ok);
        if (!ok || fractions[std::size_t(i)] < 0)
            return std::nullopt;
    }
    if (fractions[0] + fractions[1] + fractions[2] <= 0)
        return std::nullopt;
    return fractions;
}

SpatialSplit::SpatialSplit(const io::TileGrid &grid, const QString &tile, const SpatialSplitOptions &options)
    : m_grid(grid)
    , m_rows(options.patchRows)
    , m_columns(options.patchColumns)
{
    if (m_rows < 1 || m_columns < 1 || m_rows > grid.height() || m_columns > grid.width()) {
        throw Error(tr("Cannot cut the %1 × %2 pixel tile %3 into %4 × %5 patches")
                        .arg(grid.width()).arg(grid.height()).arg(tile).arg(m_rows).arg(m_columns));
    }
    const std::array<int, 3> counts = setCounts(patchCount(), options.fractions);
    m_sets.reserve(std::size_t(patchCount()));
    for (int s = 0; s < 3; ++s)
        m_sets.insert(m_sets.end(), std::size_t(counts[std::size_t(s)]), SplitSet(s + 1));
    // Fisher–Yates with the tile's own stream.
    SeededRandom random = SeededRandom::forStream(options.seed, QStringLiteral("split:") + tile);
    for (std::size_t i = m_sets.size() - 1; i > 0; --i)
        std::swap(m_sets[i], m_sets[std::size_t(random.below(i + 1))]);
}

SpatialSplit SpatialSplit::fromRaster(const QString &path, const io::TileGrid &grid, const QString &tile)
{
    const io::RasterSource source = io::RasterSource::open(path);
    SpatialSplit split;
    split.m_grid = grid;
    split.m_rows = source.grid().height();
    split.m_columns = source.grid().width();
    const io::TileGrid expected = coarseGrid(grid, split.m_rows, split.m_columns);
    if (!source.grid().isAlignedWith(expected)) {
        throw Error(tr("The split raster \"%1\" does not cover the grid of tile %2 (%3)")
                        .arg(path, tile, grid.describe()));
    }
    for (const float v : source.readAll(1)) {
        if (!(v >= 1 && v <= 3))
            throw Error(tr("The split raster \"%1\" holds a value other than 1, 2, 3").arg(path));
        split.m_sets.push_back(SplitSet(int(v)));
    }
    return split;
}

QRect SpatialSplit::patchPixels(int patch) const
{
    const int pr = patch / m_columns, pc = patch % m_columns;
    const int x0 = firstPixelOf(pc, m_columns, m_grid.width());
    const int x1 = firstPixelOf(pc + 1, m_columns, m_grid.width());
    const int y0 = firstPixelOf(pr, m_rows, m_grid.height());
    const int y1 = firstPixelOf(pr + 1, m_rows, m_grid.height());
    return QRect(x0, y0, x1 - x0, y1 - y0);
}

io::RasterWriteOptions SpatialSplit::setRasterOptions(const QString &unit, const QString &description)
{
    io::RasterWriteOptions options;
    options.dataType = GDT_Byte;
    options.nodata = 0;
    options.bandDescriptions = {description};
    options.metadata.insert(QStringLiteral("SPLIT_VALUES"), QStringLiteral("1=train 2=validation 3=test"));
    options.metadata.insert(QStringLiteral("SPLIT_UNIT"), unit);
    options.colourTable = {{1, 31, 120, 180, 255}, {2, 255, 127, 0, 255}, {3, 227, 26, 28, 255}};
    options.overviewResampling = QStringLiteral("NEAREST");
    return options;
}

void SpatialSplit::writeRaster(const QString &path) const
{
    io::RasterWriteOptions options = setRasterOptions(QStringLiteral("patch"), QStringLiteral("split set"));
    options.blockSize = 16;
    std::vector<float> values;
    for (const SplitSet s : m_sets)
        values.push_back(float(int(s)));
    io::writeRaster(path, coarseGrid(m_grid, m_rows, m_columns), options, {values});
}

void SpatialSplit::writeGeoJson(const QString &path) const
{
    io::ensureGdalRegistered();
    io::AtomicOutput output(path);
    QFile::remove(output.tempPath());
    {
        CPLErrorReset();
        GDALDriver *driver = GetGDALDriverManager()->GetDriverByName("GeoJSON");
        if (!driver)
            throw Error(tr("Cannot write \"%1\": the GDAL driver GeoJSON is not available").arg(path));
        io::DatasetPtr dataset(driver->Create(output.tempPath().toUtf8().constData(), 0, 0, 0, GDT_Unknown, nullptr));
        OGRSpatialReference srs;
        srs.importFromWkt(m_grid.crsWkt().toUtf8().constData());
        srs.SetAxisMappingStrategy(OAMS_TRADITIONAL_GIS_ORDER);
        OGRLayer *layer = dataset ? dataset->CreateLayer("patches", &srs, wkbPolygon, nullptr) : nullptr;
        if (!layer)
            throw Error(tr("Cannot write \"%1\": %2").arg(path, io::lastGdalError()));
        for (const auto &[name, type] : {std::pair{"patch", OFTInteger}, std::pair{"row", OFTInteger},
                                         std::pair{"column", OFTInteger}, std::pair{"set", OFTString}}) {
            OGRFieldDefn field(name, type);
            if (layer->CreateField(&field) != OGRERR_NONE)
                throw Error(tr("Cannot write \"%1\": field \"%2\": %3")
                                .arg(path, QString::fromUtf8(name), io::lastGdalError()));
        }
        for (int p = 0; p < patchCount(); ++p) {
            const QRect r = patchPixels(p);
            OGRLinearRing ring;
            for (const QPoint &corner : {r.topLeft(), QPoint(r.x() + r.width(), r.y()),
                                         QPoint(r.x() + r.width(), r.y() + r.height()),
                                         QPoint(r.x(), r.y() + r.height()), r.topLeft()}) {
                const QPointF map = m_grid.pixelToMap(corner.x(), corner.y());
                ring.addPoint(map.x(), map.y());
            }
            OGRPolygon polygon;
            polygon.addRing(&ring);
            io::FeaturePtr feature(OGRFeature::CreateFeature(layer->GetLayerDefn()));
            feature->SetField("patch", p);
            feature->SetField("row", p / m_columns);
            feature->SetField("column", p % m_columns);
            feature->SetField("set", setName(m_sets[std::size_t(p)]).toUtf8().constData());
            feature->SetGeometry(&polygon);
            if (layer->CreateFeature(feature.get()) != OGRERR_NONE)
                throw Error(tr("Cannot write \"%1\": %2").arg(path, io::lastGdalError()));
        }
    }
    output.commit();
}

QString SpatialSplit::setName(SplitSet set)
{
    switch (set) {
    case SplitSet::Train: return QStringLiteral("train");
    case SplitSet::Validation: return QStringLiteral("validation");
    case SplitSet::Test: return QStringLiteral("test");
    case SplitSet::None: break;
    }
    return QStringLiteral("none");
}

} // namespace cropmap::core::sampling
