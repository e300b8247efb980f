// SPDX-License-Identifier: GPL-3.0-or-later
#include "classify/model_predictor.h"

#include <algorithm>

#include "classify/fused_lstm.h"
#include "classify/lstm_export.h"
#include "model/crop_model.h"

namespace cropmap::core::classify {

ModelPredictor::ModelPredictor(const model::CropModel &model)
    : m_model(model)
{
    for (int m = 0; m < model.memberCount(); ++m) {
        auto weights = exportLstmWeights(model, m);
        if (!weights) {
            m_fused.clear(); // an LSTM of another layout: the LibTorch path handles it
            return;
        }
        m_fused.push_back(std::make_unique<FusedLstm>(std::move(*weights)));
    }
}

ModelPredictor::~ModelPredictor() = default;

Precision ModelPredictor::setPrecision(Precision precision)
{
    Precision used = m_fused.empty() ? Precision::Float32 : precision;
    for (const auto &member : m_fused)
        used = member->setPrecision(precision);
    return used;
}

int ModelPredictor::classCount() const
{
    return m_model.metadata().classCount();
}

void ModelPredictor::predict(float *raw, qint64 count, float *probabilities)
{
    const model::ModelMetadata &m = m_model.metadata();
    if (!m_fused.empty()) {
        m.normalisation.standardise(raw, count, m.stepCount());
        m_fused.front()->predictProbabilities(raw, int(count), m.stepCount(), probabilities);
        if (m_fused.size() == 1)
            return;
        const std::size_t values = std::size_t(count) * std::size_t(classCount());
        m_memberScratch.resize(values);
        for (std::size_t f = 1; f < m_fused.size(); ++f) {
            m_fused[f]->predictProbabilities(raw, int(count), m.stepCount(), m_memberScratch.data());
            for (std::size_t i = 0; i < values; ++i)
                probabilities[i] += m_memberScratch[i];
        }
        const float scale = 1.0f / float(m_fused.size());
        for (std::size_t i = 0; i < values; ++i)
            probabilities[i] *= scale;
        return;
    }
    const std::vector<float> p = m_model.predictProbabilities(raw, count);
    std::copy(p.begin(), p.end(), probabilities);
}

std::vector<float> ModelPredictor::predictAll(const float *raw, qint64 count, int batchSize)
{
    const model::ModelMetadata &m = m_model.metadata();
    const std::size_t features = std::size_t(m.stepCount()) * m.bandCount();
    std::vector<float> probabilities(std::size_t(count) * classCount());
    std::vector<float> batch;
    for (qint64 s = 0; s < count; s += batchSize) {
        const qint64 n = std::min<qint64>(batchSize, count - s);
        batch.assign(raw + std::size_t(s) * features, raw + std::size_t(s + n) * features);
        predict(batch.data(), n, probabilities.data() + std::size_t(s) * classCount());
    }
    return probabilities;
}

} // namespace cropmap::core::classify
