// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <memory>
#include <optional>

#include <QList>
#include <QObject>
#include <QPointer>

#include "layers/band_combination.h"

namespace cropmap::ui {

class MapLayer;
class RasterLayer;
class StretchCache;

/**
 * \brief The monthly composite stacks of the map seen as one mosaic: one month, one band
 * combination and one stretch for every tile.
 *
 * A per-tile stretch makes seams at tile borders, and a month chosen on one tile only shows
 * two seasons side by side. Stacks with the same months and bands share a StretchCache whose
 * ranges come from all their files together; the month and the band combination go to every
 * stack at once, the month by its label ("2018-06"), so stacks that start in different months
 * still show the same one.
 */
class CompositeMosaic : public QObject
{
    Q_OBJECT

public:
    explicit CompositeMosaic(QObject *parent = nullptr);
    ~CompositeMosaic() override;

    //! Takes the stacks (rasters of more than one step) among \a layers and links them.
    void setLayers(const QList<MapLayer *> &layers);
    QList<RasterLayer *> stacks() const;
    //! The stack whose months the controls list; nullptr when there is none.
    RasterLayer *reference() const { return m_reference; }
    //! Makes \a stack the reference (one of stacks(); others are ignored).
    void setReference(RasterLayer *stack);

    int step() const;
    //! Shows step \a step of the reference, and the same month, on every stack.
    void setStep(int step);
    std::optional<BandCombination> bandCombination() const;
    //! Shows \a combination on every stack that has its bands.
    void setBandCombination(BandCombination combination);

Q_SIGNALS:
    //! The stacks, the reference, the month or the band combination changed.
    void changed();

private:
    struct Group;
    void linkStretches();
    void alignTo(const RasterLayer *reference);

    QList<QPointer<RasterLayer>> m_stacks;
    QPointer<RasterLayer> m_reference;
    std::vector<Group> m_groups;
    bool m_aligning = false;
};

} // namespace cropmap::ui
