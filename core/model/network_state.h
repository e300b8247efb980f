// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QByteArray>
#include <QString>

#include "model/sequence_classifier.h"

namespace cropmap::core::model {

/** \brief A deep copy of a network's parameters and buffers, by name (the "best so far"). */
using NetworkState = std::vector<std::pair<std::string, torch::Tensor>>;

/** Copies every parameter and buffer of \a network (detached clones). */
NetworkState captureState(torch::nn::Module &network);
/** Copies \a state back into \a network; throws Error naming \a context on a mismatch. */
void restoreState(torch::nn::Module &network, const NetworkState &state, const QString &context);

/**
 * Moves \a average towards \a network's tensors: a ← decay · a + (1 − decay) · w for
 * floating-point tensors (weights, BatchNorm statistics), a copy for the others (counters).
 * \a average must come from captureState() of the same network.
 */
void updateAverage(NetworkState &average, torch::nn::Module &network, double decay);

/** Reads serializeState()'s bytes into a NetworkState shaped like \a network's. */
NetworkState deserializeState(torch::nn::Module &network, const QByteArray &bytes,
                              const QString &context);

/** Serialises \a state as a LibTorch archive. */
QByteArray serializeState(const NetworkState &state);
/** Reads serializeState()'s bytes into \a network; throws Error naming \a context. */
void loadSerializedState(torch::nn::Module &network, const QByteArray &bytes,
                         const QString &context);

/** Serialises an optimizer's state (LibTorch archive). */
QByteArray serializeOptimizer(torch::optim::Optimizer &optimizer);
/** Restores serializeOptimizer()'s bytes; throws Error naming \a context. */
void loadSerializedOptimizer(torch::optim::Optimizer &optimizer, const QByteArray &bytes,
                             const QString &context);

} // namespace cropmap::core::model
