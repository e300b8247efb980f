// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <cmath>
#include <random>
#include <vector>

#include "sampling/sample_set.h"

namespace cropmap::tests {

/** Three classes with one temporal profile each: what any of the models separates. */
inline core::thematic::ClassTable threeClasses()
{
    return core::thematic::ClassTable({{1, QStringLiteral("Maize"), QStringLiteral("#ffd700")},
                                       {2, QStringLiteral("Winter Wheat"), QStringLiteral("#a0522d")},
                                       {3, QStringLiteral("Grassland"), QStringLiteral("#32cd32")}});
}

/**
 * \a perClass samples of each class in \a present, T = \a steps, B = \a bands.
 * Band b of class c at step t: 0.2 + 0.6·exp(−(t − 2c)²/2) + 0.1·b·c + N(0, 0.05²), i.e. the
 * classes differ by where their "green-up" peak lies (steps 0, 2, 4) — separable by design.
 */
inline core::sampling::SampleSet separableSamples(int perClass, int steps, int bands,
                                                  unsigned seed,
                                                  std::vector<int> present = {0, 1, 2})
{
    QStringList bandNames, stepNames;
    for (int b = 0; b < bands; ++b)
        bandNames << QStringLiteral("B%1").arg(b + 2, 2, 10, QLatin1Char('0'));
    for (int t = 0; t < steps; ++t)
        stepNames << QStringLiteral("2018-%1").arg(t + 1, 2, 10, QLatin1Char('0'));
    core::sampling::SampleSet set(bandNames, stepNames, threeClasses());
    const int tile = set.tileIndexOf(QStringLiteral("T33UUP"));
    std::mt19937 rng(seed);
    std::normal_distribution<float> noise(0.0f, 0.05f);
    std::vector<float> values(std::size_t(steps * bands));
    for (int i = 0; i < perClass; ++i) {
        for (int c : present) {
            for (int t = 0; t < steps; ++t) {
                for (int b = 0; b < bands; ++b) {
                    const float peak = std::exp(-float((t - 2 * c) * (t - 2 * c)) / 2.0f);
                    values[std::size_t(t * bands + b)] =
                        0.2f + 0.6f * peak + 0.1f * float(b * c) + noise(rng);
                }
            }
            set.append(tile, i, c, std::uint32_t(i), c, c, values.data());
        }
    }
    return set;
}

} // namespace cropmap::tests
