// SPDX-License-Identifier: GPL-3.0-or-later
#include "model/hyperparameter_grid.h"

#include <QCoreApplication>
#include <QStringList>

#include "util/error.h"

namespace cropmap::core::model {

namespace {

QString tr(const char *text)
{
    return QCoreApplication::translate("cropmap::core::model", text);
}

Error badGrid(const QString &text, const QString &why)
{
    return Error(tr("Invalid hyperparameter grid \"%1\": %2").arg(text, why));
}

template <typename T>
QString joined(const std::vector<T> &values)
{
    QStringList parts;
    for (T value : values)
        parts << QString::number(value);
    return parts.join(u',');
}

} // namespace

QJsonObject GridPoint::toJson() const
{
    return {{QStringLiteral("learning_rate"), learningRate},
            {QStringLiteral("dropout"), dropout},
            {QStringLiteral("batch_size"), batchSize},
            {QStringLiteral("done"), done},
            {QStringLiteral("val_macro_f1"), valMacroF1},
            {QStringLiteral("val_oa"), valOa},
            {QStringLiteral("val_loss"), valLoss},
            {QStringLiteral("epochs"), epochs}};
}

GridPoint GridPoint::fromJson(const QJsonObject &object)
{
    GridPoint point;
    point.learningRate = object.value(QStringLiteral("learning_rate")).toDouble();
    point.dropout = object.value(QStringLiteral("dropout")).toDouble();
    point.batchSize = object.value(QStringLiteral("batch_size")).toInt();
    point.done = object.value(QStringLiteral("done")).toBool();
    point.valMacroF1 = object.value(QStringLiteral("val_macro_f1")).toDouble();
    point.valOa = object.value(QStringLiteral("val_oa")).toDouble();
    point.valLoss = object.value(QStringLiteral("val_loss")).toDouble();
    point.epochs = object.value(QStringLiteral("epochs")).toInt();
    return point;
}

std::vector<GridPoint> HyperparameterGrid::points(double learningRate, double dropout,
                                                  int batchSize) const
{
    const std::vector<double> rates = learningRates.empty() ? std::vector{learningRate}
                                                            : learningRates;
    const std::vector<double> drops = dropouts.empty() ? std::vector{dropout} : dropouts;
    const std::vector<int> batches = batchSizes.empty() ? std::vector{batchSize} : batchSizes;
    std::vector<GridPoint> result;
    for (double rate : rates) {
        for (double drop : drops) {
            for (int batch : batches) {
                GridPoint point;
                point.learningRate = rate;
                point.dropout = drop;
                point.batchSize = batch;
                result.push_back(point);
            }
        }
    }
    return result;
}

HyperparameterGrid HyperparameterGrid::parse(const QString &text)
{
    HyperparameterGrid grid;
    for (const QString &axis : text.split(u';', Qt::SkipEmptyParts)) {
        const QString key = axis.section(u'=', 0, 0).trimmed().toLower();
        const QStringList values = axis.section(u'=', 1).split(u',', Qt::SkipEmptyParts);
        if (!axis.contains(u'=') || values.isEmpty())
            throw badGrid(text, tr("\"%1\" is not key=value,value…").arg(axis));
        for (const QString &value : values) {
            bool ok = false;
            if (key == QStringLiteral("lr") || key == QStringLiteral("learning_rate")) {
                const double rate = value.trimmed().toDouble(&ok);
                if (!ok || !(rate > 0.0))
                    throw badGrid(text, tr("learning rate \"%1\" is not positive").arg(value));
                grid.learningRates.push_back(rate);
            } else if (key == QStringLiteral("dropout")) {
                const double dropout = value.trimmed().toDouble(&ok);
                if (!ok || dropout < 0.0 || dropout >= 1.0)
                    throw badGrid(text, tr("dropout \"%1\" is not in [0, 1)").arg(value));
                grid.dropouts.push_back(dropout);
            } else if (key == QStringLiteral("batch") || key == QStringLiteral("batch_size")) {
                const int batch = value.trimmed().toInt(&ok);
                if (!ok || batch < 1)
                    throw badGrid(text, tr("batch size \"%1\" is not a positive integer").arg(value));
                grid.batchSizes.push_back(batch);
            } else {
                throw badGrid(text, tr("unknown key \"%1\" (use lr, dropout, batch)").arg(key));
            }
        }
    }
    return grid;
}

QString HyperparameterGrid::toString() const
{
    QStringList axes;
    if (!learningRates.empty())
        axes << QStringLiteral("lr=") + joined(learningRates);
    if (!dropouts.empty())
        axes << QStringLiteral("dropout=") + joined(dropouts);
    if (!batchSizes.empty())
        axes << QStringLiteral("batch=") + joined(batchSizes);
    return axes.join(u';');
}

} // namespace cropmap::core::model
