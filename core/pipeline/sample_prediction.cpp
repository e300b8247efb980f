// SPDX-License-Identifier: GPL-3.0-or-later
#include "pipeline/sample_prediction.h"

#include <QCoreApplication>

#include <algorithm>

#include "classify/classifier.h"
#include "sampling/sample_file.h"
#include "sampling/sample_set.h"
#include "util/feedback.h"

namespace cropmap::core::pipeline {

std::vector<int> predictedClasses(const QString &modelFile, const sampling::SampleReader &set,
                                  const std::vector<qint64> *indices, const MemoryBudget &memory,
                                  Feedback &feedback)
{
    classify::Classifier classifier = classify::Classifier::load(modelFile);
    const sampling::SampleSet &index = set.index();
    classifier.checkCompatible(index.bands(), index.steps(), QStringLiteral("test samples"));
    classifier.classes().requireSame(index.classes(), QStringLiteral("Model \"%1\"").arg(modelFile),
                                     QStringLiteral("the test samples"));
    const int classes = classifier.classCount();
    const qint64 count = indices ? qint64(indices->size()) : set.size();
    std::vector<int> best(static_cast<std::size_t>(count));
    const qint64 part = memory.items(qint64(index.featureCount() + classes) * qint64(sizeof(float)), 0.25, 4096,
                                     sampling::kMaxPartSamples);
    const auto predictPart = [&](qint64 begin, const sampling::SampleSet &chunk) {
        const std::vector<float> p = classifier.predictAll(chunk.allValues().data(), chunk.size());
        for (qint64 j = 0; j < chunk.size(); ++j) {
            const float *pj = p.data() + std::size_t(j) * std::size_t(classes);
            best[std::size_t(begin + j)] = int(std::max_element(pj, pj + classes) - pj);
        }
    };
    if (!indices) {
        set.forEachPart(part, predictPart, &feedback);
        return best;
    }
    for (qint64 begin = 0; begin < count; begin += part) {
        feedback.throwIfCanceled();
        const qint64 end = std::min(count, begin + part);
        predictPart(begin, set.subset(std::vector<qint64>(indices->begin() + begin, indices->begin() + end), part));
        feedback.setProgress(double(end) / double(count),
                             QCoreApplication::translate("cropmap::core::pipeline", "Classifying the test pixels: %L1 of %L2")
                                 .arg(end)
                                 .arg(count));
    }
    return best;
}

} // namespace cropmap::core::pipeline
