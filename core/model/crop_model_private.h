// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "model/crop_model.h"
#include "model/sequence_classifier.h"

namespace cropmap::core::model {

/** \brief The LibTorch side of a CropModel, for the trainer (internal to core/model). */
class CropModel::Private
{
public:
    ModelMetadata metadata;
    SequenceClassifier network;

    /** Standardised N × T × B tensor of \a count raw samples. */
    torch::Tensor standardisedInput(const float *values, qint64 count) const;
};

} // namespace cropmap::core::model
