// SPDX-License-Identifier: GPL-3.0-or-later
// The training monitor follows the epoch log the trainer rewrites after every epoch.
#include <QDir>
#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QStandardItemModel>
#include <QTableView>
#include <QTemporaryDir>
#include <QTest>

#include "model/epoch_record.h"
#include "training/grid_search_table.h"
#include "training/training_monitor.h"

using namespace cropmap::ui;
using cropmap::core::model::EpochRecord;
using Metric = TrainingMonitor::Metric;

namespace {

EpochRecord record(int stage, int epoch, double trainLoss, double valLoss, double valOa, double f1)
{
    EpochRecord r;
    r.stage = stage;
    r.epoch = epoch;
    r.trainLoss = trainLoss;
    r.valLoss = valLoss;
    r.trainOa = 1.0 - trainLoss / 2;
    r.valOa = valOa;
    r.valMacroF1 = f1;
    return r;
}

cropmap::core::model::GridPoint point(double lr, double dropout, bool done, double f1, double oa, double loss, int epochs)
{
    cropmap::core::model::GridPoint p;
    p.learningRate = lr;
    p.dropout = dropout;
    p.batchSize = 256;
    p.done = done;
    p.valMacroF1 = f1;
    p.valOa = oa;
    p.valLoss = loss;
    p.epochs = epochs;
    return p;
}

QList<int> pointColumn(const QStandardItemModel *model)
{
    QList<int> points;
    for (int row = 0; row < model->rowCount(); ++row)
        points << model->item(row, GridSearchTable::Point)->data(Qt::DisplayRole).toInt();
    return points;
}

} // namespace

class TestTrainingMonitor : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void followsTheEpochLogLive()
    {
        QTemporaryDir dir;
        QVERIFY(dir.isValid());
        const QString base = dir.filePath(QStringLiteral("weak_log"));
        // Stage 1: epochs 1–3, validation loss 1.0, 0.7, 0.75 → kept epoch 2 (x = 2).
        // Stage 2: epoch 0 (stage 1's weights) and 1, validation loss 0.72, 0.74 → kept x = 4.
        std::vector<EpochRecord> log = {record(1, 1, 1.2, 1.0, 0.55, 0.40), record(1, 2, 0.9, 0.70, 0.65, 0.50),
                                        record(1, 3, 0.8, 0.75, 0.60, 0.45), record(2, 0, 0.0, 0.72, 0.66, 0.52),
                                        record(2, 1, 0.5, 0.74, 0.64, 0.51)};
        cropmap::core::model::writeEpochLog(log, base);

        TrainingMonitor monitor;
        monitor.resize(600, 500);
        monitor.show();
        monitor.setModelFolder(dir.path());
        QCOMPARE(monitor.logPath(), dir.filePath(QStringLiteral("weak_log.json")));
        QCOMPARE(monitor.records().size(), size_t(5));
        QCOMPARE(monitor.keys(Metric::ValLoss, 1), QVector<double>({1, 2, 3}));
        QCOMPARE(monitor.values(Metric::ValLoss, 1), QVector<double>({1.0, 0.70, 0.75}));
        // Epoch 0 of stage 2 has no training loss (the trainer logs 0): only x = 5 is drawn.
        QCOMPARE(monitor.keys(Metric::TrainLoss, 2), QVector<double>({5}));
        QCOMPARE(monitor.keys(Metric::ValLoss, 2), QVector<double>({4, 5}));
        QCOMPARE(monitor.values(Metric::ValMacroF1, 2), QVector<double>({0.52, 0.51}));
        // train OA = 1 − train loss / 2: 0.4, 0.55, 0.6 in stage 1.
        QCOMPARE(monitor.values(Metric::TrainOa, 1), QVector<double>({0.4, 0.55, 0.6}));
        QCOMPARE(monitor.stageBoundaryKey(), 3.5);
        QCOMPARE(monitor.keptEpochKey(1), 2.0);
        QCOMPARE(monitor.keptEpochKey(2), 4.0);

        // The trainer appends epoch 2 of stage 2 with validation loss 0.70: the monitor picks
        // it up on its own, and the kept epoch of stage 2 moves to x = 6.
        log.push_back(record(2, 2, 0.45, 0.70, 0.67, 0.53));
        cropmap::core::model::writeEpochLog(log, base);
        QTRY_COMPARE_WITH_TIMEOUT(monitor.records().size(), size_t(6), 5 * TrainingMonitor::kPollMs);
        QCOMPARE(monitor.keys(Metric::ValOa, 2), QVector<double>({4, 5, 6}));
        QCOMPARE(monitor.keptEpochKey(2), 6.0);
        QCOMPARE(monitor.keptEpochKey(1), 2.0);

        // The final model has no log yet: nothing is drawn.
        monitor.showFinalModel(true);
        QVERIFY(monitor.records().empty());
        QVERIFY(monitor.keys(Metric::ValLoss, 1).isEmpty());
        QCOMPARE(monitor.keptEpochKey(1), -1.0);
        QCOMPARE(monitor.stageBoundaryKey(), -1.0);
    }

    void gridSearchTableSortsAndMarksTheKeptPoint()
    {
        QTemporaryDir dir;
        QVERIFY(dir.isValid());
        // The table GridSearch writes: four points, the last not trained yet; point 1 has the
        // best validation macro F1 (0.74 > 0.66 > 0.61) and is the kept one.
        const QJsonArray points = {point(1e-3, 0.2, true, 0.61, 0.70, 0.9, 12).toJson(),
                                   point(1e-3, 0.5, true, 0.74, 0.78, 0.7, 20).toJson(),
                                   point(1e-4, 0.2, true, 0.66, 0.81, 0.8, 30).toJson(),
                                   point(1e-4, 0.5, false, 0, 0, 0, 0).toJson()};
        QFile file(dir.filePath(QStringLiteral("weak.grid.json")));
        QVERIFY(file.open(QIODevice::WriteOnly));
        file.write(QJsonDocument(QJsonObject{{QStringLiteral("best"), 1}, {QStringLiteral("points"), points}}).toJson());
        file.close();

        TrainingMonitor monitor;
        monitor.show();
        monitor.setModelFolder(dir.path());
        QCOMPARE(monitor.gridPath(), dir.filePath(QStringLiteral("weak.grid.json")));
        GridSearchTable *table = monitor.gridTable();
        const QStandardItemModel *model = table->model();
        QCOMPARE(table->pointCount(), 4);
        // Unsorted: by point number; the kept point is row 1, bold, marked "best".
        QCOMPARE(pointColumn(model), QList<int>({0, 1, 2, 3}));
        QCOMPARE(table->bestRow(), 1);
        QVERIFY(model->item(1, GridSearchTable::ValMacroF1)->font().bold());
        QVERIFY(!model->item(0, GridSearchTable::ValMacroF1)->font().bold());
        QCOMPARE(model->item(1, GridSearchTable::Best)->text(), QStringLiteral("best"));
        QCOMPARE(model->item(2, GridSearchTable::LearningRate)->data(Qt::DisplayRole).toDouble(), 1e-4);
        QCOMPARE(model->item(2, GridSearchTable::Epochs)->data(Qt::DisplayRole).toInt(), 30);
        // The untrained point shows no figures rather than zeros.
        QVERIFY(!model->item(3, GridSearchTable::ValOa)->data(Qt::DisplayRole).isValid());

        // Macro F1 ascending: 0.61 (0), 0.66 (2), 0.74 (1), untrained last → the kept row is 2.
        table->view()->sortByColumn(GridSearchTable::ValMacroF1, Qt::AscendingOrder);
        QCOMPARE(pointColumn(model), QList<int>({0, 2, 1, 3}));
        QCOMPARE(table->bestRow(), 2);
        // Validation OA ascending: 0.70 (0), 0.78 (1), 0.81 (2): the kept point is not the best OA.
        table->view()->sortByColumn(GridSearchTable::ValOa, Qt::AscendingOrder);
        QCOMPARE(pointColumn(model), QList<int>({0, 1, 2, 3}));
        QCOMPARE(table->bestRow(), 1);
        // Epochs descending: 30 (2), 20 (1), 12 (0); where the untrained point goes is Qt's choice.
        table->view()->sortByColumn(GridSearchTable::Epochs, Qt::DescendingOrder);
        const QList<int> byEpochs = pointColumn(model);
        QVERIFY(byEpochs.indexOf(2) < byEpochs.indexOf(1) && byEpochs.indexOf(1) < byEpochs.indexOf(0));

        // The final model has no search: the table empties.
        monitor.showFinalModel(true);
        QCOMPARE(table->pointCount(), 0);
        QCOMPARE(table->bestRow(), -1);
    }
};

QTEST_MAIN(TestTrainingMonitor)
#include "tst_training_monitor.moc"
