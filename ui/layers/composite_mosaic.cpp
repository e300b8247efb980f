// SPDX-License-Identifier: GPL-3.0-or-later
#include "layers/composite_mosaic.h"

#include <algorithm>

#include <QScopedValueRollback>

#include "layers/raster_layer.h"
#include "layers/raster_renderer.h"

namespace cropmap::ui {

//! Stacks of one layout that share a stretch, and the cache they share.
struct CompositeMosaic::Group
{
    QStringList sources; // sorted, so the same tiles find their cache again
    std::shared_ptr<StretchCache> stretch;
};

namespace {

bool sameLayout(const RasterLayer *a, const RasterLayer *b)
{
    return a->bandLayout().bandNames == b->bandLayout().bandNames
           && a->bandLayout().stepLabels == b->bandLayout().stepLabels;
}

} // namespace

CompositeMosaic::CompositeMosaic(QObject *parent)
    : QObject(parent)
{}

CompositeMosaic::~CompositeMosaic() = default;

QList<RasterLayer *> CompositeMosaic::stacks() const
{
    QList<RasterLayer *> stacks;
    for (const QPointer<RasterLayer> &stack : m_stacks) {
        if (stack)
            stacks << stack.data();
    }
    return stacks;
}

void CompositeMosaic::setLayers(const QList<MapLayer *> &layers)
{
    QList<QPointer<RasterLayer>> found;
    for (MapLayer *layer : layers) {
        auto *raster = qobject_cast<RasterLayer *>(layer);
        if (raster && raster->stepCount() > 1)
            found << raster;
    }
    const bool same = found == m_stacks;
    if (!same) {
        for (RasterLayer *stack : stacks())
            disconnect(stack, &RasterLayer::stepChanged, this, nullptr);
        // A month set on one stack by other means (a project's saved style) goes to all.
        for (const QPointer<RasterLayer> &stack : std::as_const(found)) {
            connect(stack, &RasterLayer::stepChanged, this, [this, layer = stack.data()] {
                if (m_aligning)
                    return;
                alignTo(layer);
                Q_EMIT changed();
            });
        }
    }
    m_stacks = found;
    if (!m_reference || !m_stacks.contains(m_reference))
        m_reference = m_stacks.isEmpty() ? nullptr : m_stacks.first().data();
    if (same)
        return;
    linkStretches();
    // A stack that joins (a finished composite step) shows what the others show.
    if (m_reference)
        alignTo(m_reference);
    Q_EMIT changed();
}

void CompositeMosaic::setReference(RasterLayer *stack)
{
    if (!stack || stack == m_reference || !m_stacks.contains(stack))
        return;
    m_reference = stack;
    Q_EMIT changed();
}

void CompositeMosaic::linkStretches()
{
    std::vector<Group> groups;
    QList<RasterLayer *> pending = stacks();
    while (!pending.isEmpty()) {
        RasterLayer *first = pending.takeFirst();
        QList<RasterLayer *> members{first};
        for (RasterLayer *other : std::as_const(pending)) {
            if (sameLayout(first, other))
                members << other;
        }
        for (RasterLayer *member : std::as_const(members))
            pending.removeOne(member);
        Group group;
        for (RasterLayer *member : std::as_const(members))
            group.sources << member->source();
        group.sources.sort();
        const auto previous = std::find_if(m_groups.begin(), m_groups.end(), [&](const Group &g) {
            return g.sources == group.sources;
        });
        group.stretch = previous != m_groups.end() ? previous->stretch : std::make_shared<StretchCache>();
        // One tile alone keeps the stretch of its own values (sources empty: its file).
        const QStringList sources = members.size() > 1 ? group.sources : QStringList{};
        for (RasterLayer *member : std::as_const(members))
            member->setStretchGroup(group.stretch, sources);
        groups.push_back(std::move(group));
    }
    m_groups = std::move(groups);
}

int CompositeMosaic::step() const
{
    return m_reference ? m_reference->step() : 0;
}

void CompositeMosaic::setStep(int step)
{
    if (!m_reference)
        return;
    {
        const QScopedValueRollback aligning(m_aligning, true);
        m_reference->setStep(step);
    }
    alignTo(m_reference);
    Q_EMIT changed();
}

void CompositeMosaic::alignTo(const RasterLayer *reference)
{
    const QScopedValueRollback aligning(m_aligning, true);
    const QString label = reference->bandLayout().stepLabels.value(reference->step());
    const std::optional<BandCombination> combination = bandCombinationOf(reference->style());
    for (RasterLayer *stack : stacks()) {
        if (stack == reference)
            continue;
        const qsizetype month = stack->bandLayout().stepLabels.indexOf(label);
        RasterStyle style = stack->style();
        // A stack without that month keeps its own (it has nothing to show for it).
        if (month >= 0)
            style.step = int(month);
        if (combination && hasBandsFor(*combination, stack->bandLayout()))
            style = withBandCombination(style, *combination);
        stack->setStyle(style);
    }
}

std::optional<BandCombination> CompositeMosaic::bandCombination() const
{
    return m_reference ? bandCombinationOf(m_reference->style()) : std::nullopt;
}

void CompositeMosaic::setBandCombination(BandCombination combination)
{
    for (RasterLayer *stack : stacks()) {
        if (hasBandsFor(combination, stack->bandLayout()))
            stack->setStyle(withBandCombination(stack->style(), combination));
    }
    Q_EMIT changed();
}

} // namespace cropmap::ui
