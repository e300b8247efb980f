// SPDX-License-Identifier: GPL-3.0-or-later
#include "select/pool_draw.h"

#include <algorithm>

#include <QCoreApplication>

#include "select/seeded_order.h"
#include "util/error.h"

namespace cropmap::core::select {

PoolDraw drawFromPool(const std::vector<int> &classIndex, const std::vector<std::uint8_t> &keep,
                      const std::vector<qint64> &targetCounts, quint64 seed)
{
    if (classIndex.size() != keep.size()) {
        throw Error(QCoreApplication::translate("cropmap::core::select",
                                                "Drawing from the reliable pool: %1 classes for "
                                                "%2 keep flags")
                        .arg(classIndex.size()).arg(keep.size()));
    }
    const std::size_t classes = targetCounts.size();
    std::vector<std::vector<qint64>> pool(classes);
    for (std::size_t i = 0; i < classIndex.size(); ++i) {
        const int u = classIndex[i];
        if (keep[i] && u >= 0 && std::size_t(u) < classes)
            pool[std::size_t(u)].push_back(qint64(i));
    }
    PoolDraw draw;
    draw.poolPerClass.resize(classes);
    draw.drawnPerClass.resize(classes);
    for (std::size_t u = 0; u < classes; ++u) {
        auto &pixels = pool[u];
        draw.poolPerClass[u] = qint64(pixels.size());
        const auto n = std::size_t(std::clamp<qint64>(targetCounts[u], 0, qint64(pixels.size())));
        draw.drawnPerClass[u] = qint64(n);
        // Partial sort: only the first n keys matter.
        std::partial_sort(pixels.begin(), pixels.begin() + std::ptrdiff_t(n), pixels.end(),
                          [seed](qint64 a, qint64 b) {
                              const auto ka = seededKey(seed, quint64(a));
                              const auto kb = seededKey(seed, quint64(b));
                              return ka != kb ? ka < kb : a < b;
                          });
        draw.indices.insert(draw.indices.end(), pixels.begin(), pixels.begin() + std::ptrdiff_t(n));
    }
    std::sort(draw.indices.begin(), draw.indices.end());
    return draw;
}

} // namespace cropmap::core::select
