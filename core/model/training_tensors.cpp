// SPDX-License-Identifier: GPL-3.0-or-later
#include "model/training_tensors.h"

#include "sampling/sample_set.h"

namespace cropmap::core::model {

LabelledTensors toTensors(const sampling::SampleSet &set, const CropModel::Private &model)
{
    std::vector<qint64> labelled;
    for (qint64 i = 0; i < set.size(); ++i) {
        if (set.classIndex(i) >= 0)
            labelled.push_back(i);
    }
    const qint64 features = set.featureCount();
    std::vector<float> values(std::size_t(qint64(labelled.size()) * features));
    std::vector<int64_t> labels;
    for (std::size_t k = 0; k < labelled.size(); ++k) {
        std::copy_n(set.values(labelled[k]), features, values.begin() + qint64(k) * features);
        labels.push_back(set.classIndex(labelled[k]));
    }
    LabelledTensors tensors;
    tensors.x = model.standardisedInput(values.data(), qint64(labelled.size()));
    tensors.y = torch::tensor(labels, torch::kInt64);
    return tensors;
}

} // namespace cropmap::core::model
