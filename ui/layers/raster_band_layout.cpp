// SPDX-License-Identifier: GPL-3.0-or-later
#include "layers/raster_band_layout.h"

#include <QCoreApplication>

namespace cropmap::ui {

int RasterBandLayout::bandIndex(const QString &name, int step) const
{
    const int position = int(bandNames.indexOf(name));
    if (position < 0 || step < 0 || step >= stepCount())
        return 0;
    return step * bandsPerStep + position + 1;
}

bool RasterBandLayout::hasBands(const QStringList &names) const
{
    for (const QString &name : names) {
        if (!bandNames.contains(name))
            return false;
    }
    return true;
}

namespace {

bool parseStack(const QStringList &descriptions, RasterBandLayout &layout)
{
    QStringList prefixes, names;
    for (const QString &description : descriptions) {
        const QStringList parts = description.split(QLatin1Char(' '), Qt::SkipEmptyParts);
        if (parts.size() != 2)
            return false;
        prefixes << parts[0];
        names << parts[1];
    }
    int perStep = 0;
    while (perStep < prefixes.size() && prefixes[perStep] == prefixes[0])
        ++perStep;
    if (perStep == 0 || descriptions.size() % perStep != 0)
        return false;
    const int steps = int(descriptions.size()) / perStep;
    QStringList labels;
    for (int step = 0; step < steps; ++step) {
        for (int i = 0; i < perStep; ++i) {
            const int band = step * perStep + i;
            if (prefixes[band] != prefixes[step * perStep] || names[band] != names[i])
                return false;
        }
        labels << prefixes[step * perStep];
    }
    layout.bandsPerStep = perStep;
    layout.bandNames = names.mid(0, perStep);
    layout.stepLabels = labels;
    return true;
}

} // namespace

RasterBandLayout RasterBandLayout::fromDescriptions(const QStringList &descriptions)
{
    RasterBandLayout layout;
    layout.bandCount = int(descriptions.size());
    if (parseStack(descriptions, layout))
        return layout;
    layout.bandsPerStep = layout.bandCount;
    layout.stepLabels = QStringList{QString()};
    for (int i = 0; i < layout.bandCount; ++i) {
        const QString &description = descriptions[i];
        const bool usable = !description.isEmpty() && !layout.bandNames.contains(description);
        layout.bandNames << (usable ? description
                                    : QCoreApplication::translate("cropmap::ui", "Band %1")
                                          .arg(i + 1));
    }
    return layout;
}

} // namespace cropmap::ui
