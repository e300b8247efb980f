// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <optional>

#include "classify/fused_lstm.h"

namespace cropmap::core::model {
class CropModel;
}

namespace cropmap::core::classify {

/**
 * The weights of \a model's network \a member (0 for a single model) in FusedLstm's layout
 * when it is the seed's stacked LSTM, so tile classification can run the fused CPU path;
 * std::nullopt for the other architectures.
 */
std::optional<LstmNetworkWeights> exportLstmWeights(const model::CropModel &model, int member = 0);

} // namespace cropmap::core::classify
