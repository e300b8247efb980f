// SPDX-License-Identifier: GPL-3.0-or-later
#include <QFile>
#include <QJsonDocument>
#include <QProcess>
#include <QTemporaryDir>
#include <QTest>

#include "evaluate/accuracy_report.h"
#include "io/raster_writer.h"
#include "io/tile_grid.h"

using namespace cropmap::core;

namespace {

QString writeIds(const QTemporaryDir &dir, const QString &name, const std::vector<float> &ids)
{
    const QString path = dir.filePath(name);
    io::RasterWriteOptions options;
    options.dataType = GDT_Byte;
    io::writeRaster(path,
                    io::TileGrid::northUp(io::TileGrid::wktFromEpsg(32633), QPointF(600000, 5400000),
                                          10, 3, 2),
                    options, {ids});
    return path;
}

struct Run
{
    int exitCode = -1;
    QString output;
    QString errors;
};

Run runCli(const QStringList &arguments)
{
    QProcess process;
    process.start(QStringLiteral(CROPMAP_CLI), arguments);
    process.waitForFinished(60000);
    return {process.exitCode(), QString::fromUtf8(process.readAllStandardOutput()),
            QString::fromUtf8(process.readAllStandardError())};
}

} // namespace

class TestEvaluateCommand : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void writesTheThreeReportsForTwoRasters()
    {
        QTemporaryDir dir;
        // 3 × 2 pixels. Reference 1 1 2 / 2 2 0, map 1 2 2 / 2 1 1:
        // pairs 1→1, 1→2, 2→2, 2→2, 2→1 (the last reference pixel is 0: no reference).
        // Matrix rows = reference: [1 1], [1 2]; OA = 3/5 = 0.6.
        const QString reference = writeIds(dir, QStringLiteral("reference.tif"), {1, 1, 2, 2, 2, 0});
        const QString map = writeIds(dir, QStringLiteral("map.tif"), {1, 2, 2, 2, 1, 1});
        const QString classes = dir.filePath(QStringLiteral("classes.json"));
        QFile file(classes);
        QVERIFY(file.open(QIODevice::WriteOnly));
        // An ordinary literal: moc 6.4 loses the class after a multi-line raw string.
        file.write("{\"classes\": [{\"id\": 1, \"name\": \"Maize\", \"colour\": \"#ffd700\"},"
                   " {\"id\": 2, \"name\": \"Wheat\", \"colour\": \"#aa5500\"}]}");
        file.close();
        const QString out = dir.filePath(QStringLiteral("report"));
        const Run run = runCli({QStringLiteral("evaluate"), QStringLiteral("--reference"), reference,
                                QStringLiteral("--map"), map, QStringLiteral("--classes"), classes,
                                QStringLiteral("--out"), out, QStringLiteral("--quiet")});
        QVERIFY2(run.exitCode == 0, qPrintable(run.errors));
        QVERIFY(run.output.contains(QStringLiteral("OA 0.6000")));

        QFile json(out + QStringLiteral("/accuracy.json"));
        QVERIFY(json.open(QIODevice::ReadOnly));
        const auto report = evaluate::AccuracyReport::fromJson(QJsonDocument::fromJson(json.readAll()).object(),
                                                               json.fileName());
        QCOMPARE(report.matrix, evaluate::ConfusionMatrix::fromCounts(2, {1, 1, 1, 2}));
        QCOMPARE(report.classes.at(1).name, QStringLiteral("Wheat"));
        // Whole-map areas: id 1 in 3 pixels, id 2 in 3 pixels, 100 m² = 0.01 ha each.
        QCOMPARE(report.mappedArea, (std::vector<double>{0.03, 0.03}));
        QCOMPARE(report.areaUnit, QStringLiteral("ha"));
        QVERIFY(QFile::exists(out + QStringLiteral("/accuracy.csv")));
        QVERIFY(QFile::exists(out + QStringLiteral("/accuracy.html")));
        QVERIFY(report.clusters.isEmpty()); // pixel-level errors without --parcels

        // With --parcels: parcels 4 (the top row) and 9 (the bottom row), so the five scored
        // pixels are two clusters and the area estimates' errors are computed per parcel.
        const QString parcels = writeIds(dir, QStringLiteral("parcels.tif"), {4, 4, 4, 9, 9, 9});
        const QString byParcel = dir.filePath(QStringLiteral("by-parcel"));
        const Run clustered = runCli({QStringLiteral("evaluate"), QStringLiteral("--reference"), reference,
                                      QStringLiteral("--map"), map, QStringLiteral("--classes"), classes,
                                      QStringLiteral("--parcels"), parcels, QStringLiteral("--out"), byParcel,
                                      QStringLiteral("--quiet")});
        QVERIFY2(clustered.exitCode == 0, qPrintable(clustered.errors));
        QFile clusteredJson(byParcel + QStringLiteral("/accuracy.json"));
        QVERIFY(clusteredJson.open(QIODevice::ReadOnly));
        const auto withParcels = evaluate::AccuracyReport::fromJson(
            QJsonDocument::fromJson(clusteredJson.readAll()).object(), clusteredJson.fileName());
        QCOMPARE(withParcels.clusters.clusters.size(), std::size_t(2));
        QCOMPARE(withParcels.areaEstimate()->clusterCount, qint64(2));
        QFile html(byParcel + QStringLiteral("/accuracy.html"));
        QVERIFY(html.open(QIODevice::ReadOnly));
        QVERIFY(QString::fromUtf8(html.readAll()).contains(QStringLiteral("2 parcels, each one cluster")));
    }

    void missingInputsFailWithAMessage()
    {
        QTemporaryDir dir;
        Run run = runCli({QStringLiteral("evaluate"), QStringLiteral("--out"), dir.path()});
        QCOMPARE(run.exitCode, 1);
        QVERIFY(run.errors.contains(QStringLiteral("--reference")));
        run = runCli({QStringLiteral("evaluate"), QStringLiteral("--reference"), dir.filePath(QStringLiteral("r.tif")),
                      QStringLiteral("--map"), dir.filePath(QStringLiteral("m.tif")), QStringLiteral("--out"),
                      dir.path(), QStringLiteral("--quiet")});
        QCOMPARE(run.exitCode, 1);
        QVERIFY(run.errors.contains(QStringLiteral("m.tif")));
    }
};

QTEST_GUILESS_MAIN(TestEvaluateCommand)
#include "tst_evaluate_command.moc"
