// SPDX-License-Identifier: GPL-3.0-or-later
#include "model/network_factory.h"

#include <QCoreApplication>

#include "model/inception_time.h"
#include "model/lstm_classifier.h"
#include "model/ms_resnet.h"
#include "model/star_rnn.h"
#include "model/temp_cnn.h"
#include "util/error.h"

namespace cropmap::core::model {

SequenceClassifier makeNetwork(const ModelSpec &spec, int64_t steps, int64_t bands,
                               int64_t classes)
{
    if (steps <= 0 || bands <= 0 || classes <= 0)
        throw Error(QCoreApplication::translate("cropmap::core::model",
                                                "Cannot build a %1 model for %2 steps, %3 "
                                                "bands and %4 classes")
                        .arg(modelKindName(spec.kind))
                        .arg(steps)
                        .arg(bands)
                        .arg(classes));
    const double dropout = spec.effectiveDropout();
    const int64_t hidden = spec.effectiveHiddenDims();
    switch (spec.kind) {
    case ModelKind::Lstm: {
        std::vector<int64_t> sizes(spec.lstmHiddenSizes.begin(), spec.lstmHiddenSizes.end());
        return LstmClassifier(
                   LstmClassifierOptions(bands, classes).hidden_sizes(sizes).dropout(dropout))
            .ptr();
    }
    case ModelKind::MSResNet:
        return MSResNet(MSResNetOptions(bands, classes).hidden_dims(hidden)).ptr();
    case ModelKind::InceptionTime:
        return InceptionTime(InceptionTimeOptions(bands, classes)
                                 .hidden_dims(hidden)
                                 .layers(spec.effectiveLayers()))
            .ptr();
    case ModelKind::StarRNN:
        return StarRnn(StarRnnOptions(bands, classes)
                           .hidden_dims(hidden)
                           .layers(spec.effectiveLayers())
                           .dropout(dropout))
            .ptr();
    case ModelKind::TempCNN:
        if (spec.effectiveKernelSize() % 2 == 0)
            throw Error(QCoreApplication::translate("cropmap::core::model",
                                                    "TempCNN needs an odd kernel size, not %1")
                            .arg(spec.effectiveKernelSize()));
        return TempCnn(TempCnnOptions(bands, classes, steps)
                           .hidden_dims(hidden)
                           .kernel_size(spec.effectiveKernelSize())
                           .dropout(dropout))
            .ptr();
    }
    throw Error(QStringLiteral("unknown model kind"));
}

} // namespace cropmap::core::model
