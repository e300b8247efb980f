// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "model/crop_model.h"
#include "model/sequence_classifier.h"

#include <vector>

namespace cropmap::core::model {

/** \brief The LibTorch side of a CropModel, for the trainer (internal to core/model). */
class CropModel::Private
{
public:
    ModelMetadata metadata;
    SequenceClassifier network;         //!< the first (or only) member
    std::vector<SequenceClassifier> extraMembers; //!< members 2, 3, … of an ensemble

    int memberCount() const { return 1 + int(extraMembers.size()); }
    SequenceClassifier &member(int i) { return i == 0 ? network : extraMembers.at(std::size_t(i - 1)); }
    const SequenceClassifier &member(int i) const
    {
        return i == 0 ? network : extraMembers.at(std::size_t(i - 1));
    }

    /** Standardised N × T × B tensor of \a count raw samples. */
    torch::Tensor standardisedInput(const float *values, qint64 count) const;
};

} // namespace cropmap::core::model
