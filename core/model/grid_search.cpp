// SPDX-License-Identifier: GPL-3.0-or-later
#include "model/grid_search.h"

#include <QCoreApplication>
#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QJsonArray>
#include <QJsonDocument>

#include "io/atomic_output.h"
#include "model/distributed_context.h"
#include "model/model_trainer.h"
#include "util/error.h"
#include "util/feedback.h"

namespace cropmap::core::model {

namespace {

QString tr(const char *text)
{
    return QCoreApplication::translate("cropmap::core::model", text);
}

/** A grid point's batch size; 0 means the schedule picks it from the table size. */
QString batchSizeText(int batchSize)
{
    return batchSize > 0 ? QString::number(batchSize) : tr("auto");
}

bool samePoint(const GridPoint &a, const GridPoint &b)
{
    return qFuzzyCompare(a.learningRate, b.learningRate) && qFuzzyCompare(1 + a.dropout, 1 + b.dropout)
        && a.batchSize == b.batchSize;
}

} // namespace

GridSearch::GridSearch(TrainOptions base, HyperparameterGrid grid, QString modelPath,
                       DistributedContext *distributed)
    : m_base(std::move(base))
    , m_grid(std::move(grid))
    , m_modelPath(std::move(modelPath))
    , m_distributed(distributed)
{}

QString GridSearch::outputBase(const QString &modelPath)
{
    const QFileInfo info(modelPath);
    return info.dir().filePath(info.completeBaseName());
}

void GridSearch::writeTable(const Result &result) const
{
    if (m_distributed && !m_distributed->isRoot())
        return;
    QString csv = QStringLiteral(
        "point,learning_rate,dropout,batch_size,done,val_macro_f1,val_oa,val_loss,epochs,best\n");
    QJsonArray points;
    for (std::size_t k = 0; k < result.points.size(); ++k) {
        const GridPoint &p = result.points[k];
        csv += QStringLiteral("%1,%2,%3,%4,%5,%6,%7,%8,%9,%10\n")
                   .arg(k)
                   .arg(p.learningRate, 0, 'g', 6)
                   .arg(p.dropout, 0, 'g', 6)
                   .arg(p.batchSize)
                   .arg(p.done ? 1 : 0)
                   .arg(p.valMacroF1, 0, 'g', 6)
                   .arg(p.valOa, 0, 'g', 6)
                   .arg(p.valLoss, 0, 'g', 9)
                   .arg(p.epochs)
                   .arg(int(k) == result.bestIndex ? 1 : 0);
        points.append(p.toJson());
    }
    const QJsonObject json{{QStringLiteral("grid"), m_grid.toString()},
                           {QStringLiteral("selection"), QStringLiteral("val_macro_f1")},
                           {QStringLiteral("best"), result.bestIndex},
                           {QStringLiteral("model"), m_modelPath},
                           {QStringLiteral("points"), points}};
    const QString base = outputBase(m_modelPath);
    io::writeFileAtomically(base + QStringLiteral(".grid.csv"), csv.toUtf8());
    io::writeFileAtomically(base + QStringLiteral(".grid.json"), QJsonDocument(json).toJson());
}

GridSearch::Result GridSearch::run(const sampling::SampleSet &train,
                                   const sampling::SampleSet &validation, Feedback &feedback,
                                   const QString &trainName, const QString &validationName)
{
    const QString base = outputBase(m_modelPath);
    Result result;
    result.points = m_grid.points(m_base.learningRate, m_base.spec.effectiveDropout(),
                                  m_base.batchSize);
    const QString tablePath = base + QStringLiteral(".grid.json");
    if (m_base.resume && QFile::exists(tablePath) && QFile::exists(m_modelPath)) {
        QFile file(tablePath);
        if (file.open(QIODevice::ReadOnly)) {
            const QJsonObject table = QJsonDocument::fromJson(file.readAll()).object();
            const QJsonArray stored = table.value(QStringLiteral("points")).toArray();
            // Only a table of the same grid is trusted; anything else starts afresh.
            for (std::size_t k = 0; k < result.points.size() && k < std::size_t(stored.size()); ++k) {
                const GridPoint point = GridPoint::fromJson(stored[qsizetype(k)].toObject());
                if (samePoint(point, result.points[k]))
                    result.points[k] = point;
            }
            const int best = table.value(QStringLiteral("best")).toInt(-1);
            if (best >= 0 && best < int(result.points.size()) && result.points[std::size_t(best)].done)
                result.bestIndex = best;
        }
    }
    for (std::size_t k = 0; k < result.points.size(); ++k) {
        GridPoint &point = result.points[k];
        if (point.done)
            continue;
        feedback.log(tr("Grid point %1 of %2: learning rate %3, dropout %4, batch size %5")
                         .arg(k + 1)
                         .arg(result.points.size())
                         .arg(point.learningRate)
                         .arg(point.dropout)
                         .arg(batchSizeText(point.batchSize)));
        TrainOptions options = m_base;
        options.learningRate = point.learningRate;
        options.spec.dropout = point.dropout;
        options.batchSize = point.batchSize;
        options.checkpointPath = base + QStringLiteral(".grid-%1.checkpoint").arg(k);
        options.logPath = base + QStringLiteral(".grid-%1.log").arg(k);
        ModelTrainer trainer(options, m_distributed);
        trainer.setEpochObserver(m_observer);
        ScopedFeedback pointFeedback(feedback, double(k) / result.points.size(),
                                     double(k + 1) / result.points.size());
        TrainingResult trained = trainer.train(train, validation, pointFeedback, trainName,
                                               validationName);
        point.done = true;
        point.valMacroF1 = trained.valMacroF1;
        point.valOa = trained.valOa;
        point.valLoss = trained.valLoss;
        point.epochs = int(trained.log.size());
        if (result.bestIndex < 0
            || point.valMacroF1 > result.points[std::size_t(result.bestIndex)].valMacroF1) {
            result.bestIndex = int(k);
            trained.model.metadata().training.insert(QStringLiteral("grid"), m_grid.toString());
            trained.model.metadata().training.insert(QStringLiteral("grid_point"), int(k));
            if (!m_distributed || m_distributed->isRoot())
                trained.model.save(m_modelPath);
        }
        writeTable(result);
    }
    if (result.bestIndex >= 0) {
        const GridPoint &best = result.points[std::size_t(result.bestIndex)];
        feedback.log(tr("Best grid point: learning rate %1, dropout %2, batch size %3 (val "
                        "macro F1 %4)")
                         .arg(best.learningRate)
                         .arg(best.dropout)
                         .arg(batchSizeText(best.batchSize))
                         .arg(best.valMacroF1, 0, 'f', 4));
    }
    return result;
}

} // namespace cropmap::core::model
