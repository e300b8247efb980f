// SPDX-License-Identifier: GPL-3.0-or-later
#include "synth/scene_generator.h"

#include <atomic>
#include <cmath>
#include <exception>
#include <mutex>
#include <thread>

#include <QCoreApplication>
#include <QDir>
#include <QFileInfo>
#include <QJsonArray>
#include <QJsonDocument>

#include "io/atomic_output.h"
#include "io/block_windows.h"
#include "io/raster_writer.h"
#include "synth/acquisition_renderer.h"
#include "synth/archive_writer.h"
#include "synth/crop_catalogue.h"
#include "synth/field_layout.h"
#include "synth/parcel_writer.h"
#include "synth/random_field.h"
#include "thematic/class_table.h"
#include "util/error.h"
#include "util/feedback.h"

namespace cropmap::core::synth {

namespace {

QString tr(const char *text)
{
    return QCoreApplication::translate("cropmap::core::synth", text);
}

QJsonObject gridJson(const io::TileGrid &grid)
{
    const auto &gt = grid.geoTransform();
    return QJsonObject{{QStringLiteral("crs"), QStringLiteral("EPSG:32633")},
                       {QStringLiteral("geotransform"),
                        QJsonArray{gt[0], gt[1], gt[2], gt[3], gt[4], gt[5]}},
                       {QStringLiteral("width"), grid.width()},
                       {QStringLiteral("height"), grid.height()}};
}

void writeTruth(const QString &path, const io::TileGrid &grid, const FieldLayout &layout,
                const std::vector<PixelCover> &covers)
{
    const thematic::ClassTable classes = thematic::ClassTable::seedClasses();
    const QVector<DeclaredCrop> &crops = CropCatalogue::crops();
    QVector<int> idOfField(layout.fields().size(), 0);
    for (int f = 0; f < layout.fields().size(); ++f) {
        const Field &field = layout.fields()[f];
        const int index = field.isParcel() ? classes.indexOfName(crops[field.trueCrop].className) : -1;
        idOfField[f] = index >= 0 ? classes.at(index).id : 0;
    }
    std::vector<std::uint8_t> truth(covers.size());
    for (std::size_t i = 0; i < covers.size(); ++i)
        truth[i] = std::uint8_t(idOfField[covers[i].field]);
    io::RasterWriteOptions options;
    options.dataType = GDT_Byte;
    options.nodata = 0;
    options.bandDescriptions = {QStringLiteral("TRUE_CLASS")};
    options.overviewResampling = QStringLiteral("NEAREST");
    for (const thematic::TargetClass &c : classes.classes()) {
        options.metadata.insert(QStringLiteral("CLASS_%1").arg(c.id), c.name);
        const uint rgb = c.colour.mid(1).toUInt(nullptr, 16);
        options.colourTable.push_back({c.id, (unsigned char)(rgb >> 16),
                                       (unsigned char)((rgb >> 8) & 0xff),
                                       (unsigned char)(rgb & 0xff), 255});
    }
    options.colourTable.push_back({0, 0, 0, 0, 0});
    options.blockSize = grid.width() >= 256 ? 256 : (grid.width() + 15) / 16 * 16;
    io::RasterWriter writer(path, grid, options);
    writer.writeWindow(1, io::Window{0, 0, grid.width(), grid.height()}, truth.data(), GDT_Byte);
    writer.commit();
}

// Runs job(index) for index in [0, count) on \a threads threads; stops at the first error or
// cancel and rethrows it.
template<typename Job>
void runParallel(int count, int threads, Feedback &feedback, Job job)
{
    std::atomic<int> next{0};
    std::atomic<bool> stop{false};
    std::exception_ptr error;
    std::mutex errorMutex;
    auto worker = [&] {
        while (!stop.load() && !feedback.isCanceled()) {
            const int index = next.fetch_add(1);
            if (index >= count)
                return;
            try {
                job(index);
            } catch (...) {
                std::lock_guard lock(errorMutex);
                if (!error)
                    error = std::current_exception();
                stop = true;
            }
        }
    };
    std::vector<std::thread> pool;
    for (int t = 1; t < threads; ++t)
        pool.emplace_back(worker);
    worker();
    for (std::thread &t : pool)
        t.join();
    if (error)
        std::rethrow_exception(error);
    feedback.throwIfCanceled();
}

void replaceFolder(const QString &temporary, const QString &target)
{
    const QString old = target + QStringLiteral(".old");
    if (QFileInfo::exists(target)) {
        QDir(old).removeRecursively();
        if (!QDir().rename(target, old))
            throw Error(tr("Cannot replace \"%1\": it cannot be renamed").arg(target));
    }
    if (!QDir().rename(temporary, target))
        throw Error(tr("Cannot rename \"%1\" to \"%2\"").arg(temporary, target));
    QDir(old).removeRecursively();
}

} // namespace

SceneGenerator::SceneGenerator(SceneOptions options)
    : m_options(std::move(options))
{}

QVector<QDate> SceneGenerator::acquisitionDates(int tile) const
{
    const int count = m_options.acquisitionCount(tile);
    const double days = double(m_options.firstDate.daysTo(m_options.lastDate) + 1);
    QVector<QDate> dates;
    for (int k = 0; k < count; ++k) {
        // One date in each of count equal slices of the period: strictly increasing, distinct.
        const double u = RandomField::uniform(
            RandomField::hash({m_options.seed, 0xda7e, std::uint64_t(tile), std::uint64_t(k)}));
        dates << m_options.firstDate.addDays(qint64((k + u) * days / count));
    }
    return dates;
}

SceneSummary SceneGenerator::generate(Feedback &feedback) const
{
    m_options.validate();
    const QString target = QFileInfo(m_options.outputFolder).absoluteFilePath();
    if (QFileInfo::exists(target) && !m_options.overwrite)
        throw Error(tr("\"%1\" already exists; choose another folder or allow overwriting "
                       "(--force)")
                        .arg(target));
    const QString folder = target + QStringLiteral(".tmp");
    QDir(folder).removeRecursively(); // the leftovers of a crashed run
    if (!QDir().mkpath(folder + QStringLiteral("/truth")))
        throw Error(tr("Cannot create the folder \"%1\"").arg(folder));
    try {
        SceneSummary summary;
        summary.folder = target;
        feedback.setProgress(0, tr("Laying out fields"));
        const FieldLayout layout = FieldLayout::generate(m_options);
        for (const Field &f : layout.fields()) {
            summary.parcels += f.isParcel();
            summary.wrongDeclarations += f.wrong;
            summary.backgroundCells += !f.isParcel();
        }
        ParcelWriter::write(layout, m_options, folder + QStringLiteral("/parcels.gpkg"));
        io::writeFileAtomically(folder + QStringLiteral("/legend.json"),
                                QJsonDocument(CropCatalogue::legendJson()).toJson());
        feedback.throwIfCanceled();

        const AcquisitionRenderer renderer(layout, m_options);
        const ArchiveWriter archive(folder + QStringLiteral("/archive"), m_options);
        std::vector<std::vector<PixelCover>> covers(std::size_t(m_options.tiles));
        struct Task
        {
            int tile;
            QDate date;
        };
        QVector<Task> tasks;
        for (int t = 0; t < m_options.tiles; ++t) {
            feedback.setProgress(0.02 + 0.03 * t / m_options.tiles,
                                 tr("Rasterising the fields of %1").arg(m_options.tileId(t)));
            covers[std::size_t(t)] = renderer.tileCovers(t);
            const QString truthPath = QStringLiteral("truth/%1_truth.tif").arg(m_options.tileId(t));
            writeTruth(folder + u'/' + truthPath, m_options.tileGrid(t), layout,
                       covers[std::size_t(t)]);
            for (const QDate &d : acquisitionDates(t))
                tasks << Task{t, d};
            feedback.throwIfCanceled();
        }

        std::atomic<int> done{0};
        QVector<double> cloudCover(tasks.size());
        runParallel(int(tasks.size()), io::workerThreadCount(m_options.threads), feedback,
                    [&](int index) {
                        const Task &task = tasks[index];
                        const RenderedAcquisition acquisition =
                            renderer.render(task.tile, covers[std::size_t(task.tile)], task.date);
                        archive.write(task.tile, task.date, acquisition);
                        cloudCover[index] = acquisition.cloudCover;
                        const int finished = ++done;
                        feedback.setProgress(0.05 + 0.95 * finished / double(tasks.size()),
                                             tr("Writing %1 %2")
                                                 .arg(m_options.tileId(task.tile),
                                                      task.date.toString(Qt::ISODate)));
                    });
        summary.acquisitions = int(tasks.size());
        summary.files = summary.acquisitions * 11;

        QJsonArray tilesJson;
        for (int t = 0; t < m_options.tiles; ++t) {
            QJsonArray acquisitions;
            for (int k = 0; k < tasks.size(); ++k) {
                if (tasks[k].tile == t)
                    acquisitions.append(QJsonObject{
                        {QStringLiteral("date"), tasks[k].date.toString(Qt::ISODate)},
                        {QStringLiteral("cloud_cover"), std::round(cloudCover[k] * 1000) / 1000}});
            }
            tilesJson.append(QJsonObject{
                {QStringLiteral("id"), m_options.tileId(t)},
                {QStringLiteral("grid_10m"), gridJson(m_options.tileGrid(t))},
                {QStringLiteral("grid_20m"), gridJson(m_options.tileGrid20(t))},
                {QStringLiteral("acquisitions"), acquisitions},
                {QStringLiteral("truth"), QStringLiteral("truth/%1_truth.tif").arg(m_options.tileId(t))}});
        }

        QJsonObject shares;
        const QVector<double> realised = layout.classAreaShares();
        const thematic::ClassTable classes = thematic::ClassTable::seedClasses();
        for (int c = 0; c < classes.size(); ++c)
            shares.insert(classes.at(c).name, realised[c]);
        const QJsonObject scene{
            {QStringLiteral("generator"), QStringLiteral("cropmap synth")},
            {QStringLiteral("options"), m_options.toJson()},
            {QStringLiteral("archive"), QStringLiteral("archive")},
            {QStringLiteral("parcels"), QStringLiteral("parcels.gpkg")},
            {QStringLiteral("parcels_layer"), ParcelWriter::layerName()},
            {QStringLiteral("legend"), QStringLiteral("legend.json")},
            {QStringLiteral("tiles"), tilesJson},
            {QStringLiteral("parcel_count"), summary.parcels},
            {QStringLiteral("wrong_declarations"), summary.wrongDeclarations},
            {QStringLiteral("background_cells"), summary.backgroundCells},
            {QStringLiteral("class_area_shares"), shares}};
        io::writeFileAtomically(folder + QStringLiteral("/scene.json"),
                                QJsonDocument(scene).toJson());
        replaceFolder(folder, target);
        feedback.setProgress(1, tr("Scene written to %1").arg(target));
        return summary;
    } catch (...) {
        QDir(folder).removeRecursively();
        throw;
    }
}

} // namespace cropmap::core::synth
