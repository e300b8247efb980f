// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QJsonObject>
#include <QString>
#include <QStringList>
#include <vector>

namespace cropmap::core::model {

/** \brief The network architectures cropmap trains; all map N × T × B to N × U logits. */
enum class ModelKind { Lstm, MSResNet, InceptionTime, StarRNN, TempCNN };

/** Lower-case name used on the command line and in model files ("lstm", "msresnet", …). */
QString modelKindName(ModelKind kind);
/** Parses a name of modelKindName() (case-insensitive); throws Error listing the choices. */
ModelKind modelKindFromName(const QString &name);
QStringList modelKindNames();

/**
 * \brief Architecture and its hyperparameters, enough to rebuild the network from a file.
 *
 * Defaults: the seed's LSTM (200, 125, 100 units); for the baselines the configurations of
 * the BreizhCrops models with their published (tuned) hyperparameters: MSResNet with 32
 * hidden channels, InceptionTime with 4 modules of 4 × 64 filters, StarRNN with 3 layers
 * of 128 units and dropout 0.5, TempCNN with kernel 7, 128 channels and dropout 0.18.
 * dropout < 0 means "the architecture's default" (0.2 for the LSTM).
 */
struct ModelSpec
{
    ModelKind kind = ModelKind::Lstm;
    double dropout = -1.0;
    std::vector<int> lstmHiddenSizes{200, 125, 100};
    int hiddenDims = 0;  //!< 0: the architecture's default (see effectiveHiddenDims())
    int layers = 0;      //!< 0: default (InceptionTime 4, StarRNN 3)
    int kernelSize = 0;  //!< TempCNN only; 0: default 7

    double effectiveDropout() const;
    int effectiveHiddenDims() const;
    int effectiveLayers() const;
    int effectiveKernelSize() const;

    QJsonObject toJson() const;
    /** Reads toJson()'s object; throws Error naming \a context when malformed. */
    static ModelSpec fromJson(const QJsonObject &object, const QString &context);
};

} // namespace cropmap::core::model
