// SPDX-License-Identifier: GPL-3.0-or-later
#include "select/crossfit_folds.h"

#include <algorithm>
#include <unordered_map>

#include <QCoreApplication>

#include "select/seeded_order.h"
#include "util/error.h"

namespace cropmap::core::select {

std::vector<int> assignCrossfitFolds(const std::vector<std::uint32_t> &parcelIds, int folds,
                                     quint64 seed)
{
    if (folds < 2) {
        throw Error(QCoreApplication::translate("cropmap::core::select",
                                                "Cross-fitting needs at least 2 folds, not %1")
                        .arg(folds));
    }
    struct Unit
    {
        quint64 order = 0;
        qint64 pixels = 0;
        int fold = -1;
    };
    // Parcel units are keyed by id, lone pixels by index with the top bit set.
    std::unordered_map<quint64, Unit> units;
    const auto keyOf = [&](std::size_t i) {
        return parcelIds[i] != 0 ? quint64(parcelIds[i]) : (quint64(1) << 63) | quint64(i);
    };
    for (std::size_t i = 0; i < parcelIds.size(); ++i)
        ++units[keyOf(i)].pixels;

    std::vector<std::pair<quint64, Unit *>> ordered;
    ordered.reserve(units.size());
    for (auto &[key, unit] : units) {
        unit.order = seededKey(seed, key);
        ordered.emplace_back(key, &unit);
    }
    std::sort(ordered.begin(), ordered.end(), [](const auto &a, const auto &b) {
        return a.second->order != b.second->order ? a.second->order < b.second->order
                                                  : a.first < b.first;
    });
    std::vector<qint64> load(std::size_t(folds), 0);
    for (auto &[key, unit] : ordered) {
        const auto lightest = std::min_element(load.begin(), load.end());
        unit->fold = int(lightest - load.begin());
        *lightest += unit->pixels;
    }

    std::vector<int> fold(parcelIds.size());
    for (std::size_t i = 0; i < parcelIds.size(); ++i)
        fold[i] = units.at(keyOf(i)).fold;
    return fold;
}

} // namespace cropmap::core::select
