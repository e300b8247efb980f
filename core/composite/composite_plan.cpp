// SPDX-License-Identifier: GPL-3.0-or-later
#include "composite/composite_plan.h"

#include <algorithm>

namespace cropmap::core::composite {

CompositePlan CompositePlan::make(const io::TileAcquisitions &tile, const CompositeOptions &options)
{
    CompositePlan plan;
    plan.tile = tile.id;
    plan.grid = tile.grid;
    plan.period = options.period;
    plan.acquisitions = tile.between(options.period.first(), options.period.last());
    if (options.wholeSeries) {
        // One step per date (two acquisitions of one day, e.g. overlapping orbits, share it).
        QDate first;
        for (int i = 0; i < plan.acquisitions.size(); ++i) {
            const QDate date = plan.acquisitions[i].date();
            if (!first.isValid())
                first = date;
            const QString label = date.toString(Qt::ISODate);
            if (plan.stepLabels.isEmpty() || plan.stepLabels.last() != label) {
                plan.stepLabels << label;
                plan.stepDays.push_back(double(first.daysTo(date)));
                plan.stepAcquisitions.emplace_back();
            }
            plan.stepAcquisitions.back().push_back(i);
        }
    } else {
        plan.stepLabels = options.period.stepLabels();
        // Monthly composites fill gaps on the step index, as DESIGN.md §2 defines.
        for (int step = 0; step < plan.stepLabels.size(); ++step)
            plan.stepDays.push_back(double(step));
        plan.stepAcquisitions.resize(std::size_t(options.period.stepCount()));
        for (int i = 0; i < plan.acquisitions.size(); ++i) {
            const int step = options.period.stepOf(plan.acquisitions[i].date());
            plan.stepAcquisitions[std::size_t(step)].push_back(i);
        }
    }
    plan.bands = options.bands;
    plan.indices = options.resolvedIndices();
    for (const SpectralIndex &index : std::as_const(plan.indices))
        plan.indexBands.emplace_back(int(plan.bands.indexOf(index.a)), int(plan.bands.indexOf(index.b)));
    plan.hasMask = !options.maskBand.isEmpty();
    plan.scl = options.usesScl();
    for (int c : options.invalidSclClasses)
        plan.invalidScl[std::size_t(c)] = true;
    return plan;
}

int CompositePlan::maxPerStep() const
{
    std::size_t most = 0;
    for (const std::vector<int> &step : stepAcquisitions)
        most = std::max(most, step.size());
    return int(most);
}

int CompositePlan::acquisitionsInStep(int step) const
{
    const std::vector<int> &all = stepAcquisitions[std::size_t(step)];
    return int(std::count_if(all.begin(), all.end(), [this](int a) { return !excluded.contains(a); }));
}

} // namespace cropmap::core::composite
