// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "model/model_spec.h"
#include "model/sequence_classifier.h"

namespace cropmap::core::model {

/**
 * Builds the network of \a spec for series of \a steps × \a bands and \a classes outputs,
 * with fresh weights drawn from LibTorch's global generator (seed it first).
 * Throws Error when the spec cannot be built (e.g. an even TempCNN kernel).
 */
SequenceClassifier makeNetwork(const ModelSpec &spec, int64_t steps, int64_t bands,
                               int64_t classes);

} // namespace cropmap::core::model
