// SPDX-License-Identifier: GPL-3.0-or-later
#include "model/model_spec.h"

#include <algorithm>

#include <QCoreApplication>
#include <QJsonArray>

#include "util/error.h"

namespace cropmap::core::model {

namespace {

struct KindEntry
{
    ModelKind kind;
    const char *name;
};

constexpr KindEntry kKinds[] = {
    {ModelKind::Lstm, "lstm"},
    {ModelKind::MSResNet, "msresnet"},
    {ModelKind::InceptionTime, "inceptiontime"},
    {ModelKind::StarRNN, "starrnn"},
    {ModelKind::TempCNN, "tempcnn"},
};

} // namespace

QString modelKindName(ModelKind kind)
{
    for (const KindEntry &entry : kKinds) {
        if (entry.kind == kind)
            return QString::fromLatin1(entry.name);
    }
    return {};
}

QStringList modelKindNames()
{
    QStringList names;
    for (const KindEntry &entry : kKinds)
        names << QString::fromLatin1(entry.name);
    return names;
}

ModelKind modelKindFromName(const QString &name)
{
    for (const KindEntry &entry : kKinds) {
        if (name.compare(QLatin1String(entry.name), Qt::CaseInsensitive) == 0)
            return entry.kind;
    }
    throw Error(QCoreApplication::translate("cropmap::core::model",
                                            "Unknown model \"%1\" (choose one of %2)")
                    .arg(name, modelKindNames().join(QStringLiteral(", "))));
}

double ModelSpec::effectiveDropout() const
{
    if (dropout >= 0.0)
        return dropout;
    switch (kind) {
    case ModelKind::StarRNN: return 0.5;
    case ModelKind::TempCNN: return 0.18;
    case ModelKind::MSResNet:
    case ModelKind::InceptionTime: return 0.0; // BreizhCrops uses no dropout in these
    case ModelKind::Lstm: break;
    }
    return 0.2;
}

int ModelSpec::effectiveHiddenDims() const
{
    if (hiddenDims > 0)
        return hiddenDims;
    switch (kind) {
    case ModelKind::MSResNet: return 32;
    case ModelKind::InceptionTime: return 64;
    case ModelKind::StarRNN:
    case ModelKind::TempCNN: return 128;
    case ModelKind::Lstm: break;
    }
    return lstmHiddenSizes.empty() ? 0 : lstmHiddenSizes.back();
}

int ModelSpec::effectiveLayers() const
{
    if (layers > 0)
        return layers;
    switch (kind) {
    case ModelKind::InceptionTime: return 4;
    case ModelKind::StarRNN: return 3;
    case ModelKind::Lstm: return int(lstmHiddenSizes.size());
    case ModelKind::MSResNet: return 3;
    case ModelKind::TempCNN: return 3;
    }
    return 1;
}

int ModelSpec::effectiveKernelSize() const
{
    return kernelSize > 0 ? kernelSize : 7;
}

QJsonObject ModelSpec::toJson() const
{
    QJsonArray sizes;
    for (int size : lstmHiddenSizes)
        sizes.append(size);
    QJsonObject object{{QStringLiteral("kind"), modelKindName(kind)},
                       {QStringLiteral("dropout"), effectiveDropout()},
                       {QStringLiteral("hidden_dims"), effectiveHiddenDims()},
                       {QStringLiteral("layers"), effectiveLayers()},
                       {QStringLiteral("kernel_size"), effectiveKernelSize()}};
    if (kind == ModelKind::Lstm)
        object.insert(QStringLiteral("lstm_hidden_sizes"), sizes);
    return object;
}

ModelSpec ModelSpec::fromJson(const QJsonObject &object, const QString &context)
{
    ModelSpec spec;
    spec.kind = modelKindFromName(object.value(QStringLiteral("kind")).toString());
    spec.dropout = object.value(QStringLiteral("dropout")).toDouble(-1.0);
    spec.hiddenDims = object.value(QStringLiteral("hidden_dims")).toInt(0);
    spec.layers = object.value(QStringLiteral("layers")).toInt(0);
    spec.kernelSize = object.value(QStringLiteral("kernel_size")).toInt(0);
    if (spec.kind == ModelKind::Lstm) {
        spec.lstmHiddenSizes.clear();
        for (const QJsonValue &value : object.value(QStringLiteral("lstm_hidden_sizes")).toArray())
            spec.lstmHiddenSizes.push_back(value.toInt());
        if (spec.lstmHiddenSizes.empty()
            || std::any_of(spec.lstmHiddenSizes.begin(), spec.lstmHiddenSizes.end(),
                           [](int size) { return size <= 0; }))
            throw Error(QCoreApplication::translate("cropmap::core::model",
                                                    "%1: invalid LSTM layer sizes")
                            .arg(context));
    }
    if (spec.dropout >= 1.0)
        throw Error(QCoreApplication::translate("cropmap::core::model",
                                                "%1: dropout %2 is not below 1")
                        .arg(context)
                        .arg(spec.dropout));
    return spec;
}

} // namespace cropmap::core::model
