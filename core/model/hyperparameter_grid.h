// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QJsonObject>
#include <QString>
#include <vector>

namespace cropmap::core::model {

/** \brief One combination of the grid and how the model trained with it did. */
struct GridPoint
{
    double learningRate = 0.0;
    double dropout = 0.0;
    int batchSize = 0;
    bool done = false;
    double valMacroF1 = 0.0;
    double valOa = 0.0;
    double valLoss = 0.0;
    int epochs = 0;

    QJsonObject toJson() const;
    static GridPoint fromJson(const QJsonObject &object);
};

/**
 * \brief The hyperparameter grid of DESIGN.md §2: learning rate × dropout × batch size.
 *
 * Text form (CLI, project file): "lr=1e-3,1e-4;dropout=0.2,0.5;batch=256,1024"; a key
 * left out keeps the single value of the base options.
 */
struct HyperparameterGrid
{
    std::vector<double> learningRates;
    std::vector<double> dropouts;
    std::vector<int> batchSizes;

    bool isEmpty() const
    {
        return learningRates.empty() && dropouts.empty() && batchSizes.empty();
    }
    /** The combinations (learning rate outermost), with \a fallback values for empty axes. */
    std::vector<GridPoint> points(double learningRate, double dropout, int batchSize) const;

    /** Parses the text form; throws Error naming the bad key or value. */
    static HyperparameterGrid parse(const QString &text);
    QString toString() const;
};

} // namespace cropmap::core::model
