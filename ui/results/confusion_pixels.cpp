// SPDX-License-Identifier: GPL-3.0-or-later
#include "results/confusion_pixels.h"

#include <cmath>
#include <map>

#include <QCoreApplication>
#include <QFile>

#include <ogrsf_frmts.h>

#include "io/gdal_handles.h"
#include "io/raster_source.h"
#include "sampling/sample_file.h"
#include "sampling/sample_set.h"
#include "util/error.h"

namespace cropmap::ui {

ConfusionSelection ConfusionPixels::find(const QString &testSamples,
                                         const std::function<QString(const QString &)> &mapOf, bool truth,
                                         int reference, int predicted)
{
    // Places and classes only: the test set's values (every test pixel's series) stay on disk.
    const core::sampling::SampleReader reader(testSamples);
    const core::sampling::SampleSet &test = reader.index();
    const core::thematic::ClassTable &classes = test.classes();
    ConfusionSelection selection;
    for (int t = 0; t < test.tiles().size(); ++t) {
        // Rows of this tile's samples of the reference class, so each map row is read once.
        std::map<int, std::vector<int>> columnsOfRow;
        for (qint64 i = 0; i < test.size(); ++i) {
            if (test.tileIndex(i) == t && (truth ? test.trueClassIndex(i) : test.classIndex(i)) == reference)
                columnsOfRow[test.row(i)].push_back(test.column(i));
        }
        if (columnsOfRow.empty())
            continue;
        const core::io::RasterSource map = core::io::RasterSource::open(mapOf(test.tiles()[t]));
        const core::io::TileGrid &grid = map.grid();
        selection.crsWkt = grid.crsWkt();
        for (const auto &[row, columns] : columnsOfRow) {
            const std::vector<float> values = map.readWindow(1, core::io::Window{0, row, grid.width(), 1});
            for (int column : columns) {
                const float id = values[std::size_t(column)];
                if (std::isnan(id) || classes.indexOfId(int(id)) != predicted)
                    continue;
                selection.pixels.push_back(
                    QRectF(grid.pixelToMap(column, row), grid.pixelToMap(column + 1, row + 1)).normalized());
            }
        }
    }
    return selection;
}

void ConfusionPixels::write(const ConfusionSelection &selection, const QString &path)
{
    core::io::ensureGdalRegistered();
    QFile::remove(path);
    GDALDriver *driver = GetGDALDriverManager()->GetDriverByName("GPKG");
    core::io::DatasetPtr dataset(driver->Create(path.toUtf8().constData(), 0, 0, 0, GDT_Unknown, nullptr));
    OGRSpatialReference crs;
    crs.SetAxisMappingStrategy(OAMS_TRADITIONAL_GIS_ORDER);
    const bool hasCrs = crs.importFromWkt(selection.crsWkt.toUtf8().constData()) == OGRERR_NONE;
    OGRLayer *layer = dataset ? dataset->CreateLayer("confusion", hasCrs ? &crs : nullptr, wkbPolygon, nullptr)
                              : nullptr;
    const auto fail = [&path] {
        return core::Error(QCoreApplication::translate("cropmap::ui", "Cannot write the selected pixels to \"%1\": %2")
                               .arg(path, QString::fromUtf8(CPLGetLastErrorMsg())));
    };
    // One transaction: thousands of single inserts into SQLite would take seconds.
    if (!layer || layer->StartTransaction() != OGRERR_NONE)
        throw fail();
    for (const QRectF &pixel : selection.pixels) {
        core::io::FeaturePtr feature(OGRFeature::CreateFeature(layer->GetLayerDefn()));
        OGRLinearRing ring;
        ring.addPoint(pixel.left(), pixel.top());
        ring.addPoint(pixel.right(), pixel.top());
        ring.addPoint(pixel.right(), pixel.bottom());
        ring.addPoint(pixel.left(), pixel.bottom());
        ring.closeRings();
        OGRPolygon polygon;
        polygon.addRing(&ring);
        feature->SetGeometry(&polygon);
        if (layer->CreateFeature(feature.get()) != OGRERR_NONE)
            throw fail();
    }
    if (layer->CommitTransaction() != OGRERR_NONE)
        throw fail();
}

} // namespace cropmap::ui
