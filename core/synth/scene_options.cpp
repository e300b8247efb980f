// SPDX-License-Identifier: GPL-3.0-or-later
#include "synth/scene_options.h"

#include <algorithm>

#include <QCoreApplication>
#include <QJsonArray>

#include "util/error.h"

namespace cropmap::core::synth {

namespace {

QString tr(const char *text)
{
    return QCoreApplication::translate("cropmap::core::synth", text);
}

} // namespace

void SceneOptions::validate() const
{
    if (tiles < 1 || tiles > 6)
        throw Error(tr("Synthetic scene: --tiles must lie in 1…6, not %1").arg(tiles));
    if (size < 16 || size % 2 != 0 || size > 10980)
        throw Error(tr("Synthetic scene: --size must be an even number of pixels in 16…10980, "
                       "not %1")
                        .arg(size));
    if (overlap < 0 || overlap % 2 != 0 || overlap >= size / 2)
        throw Error(tr("Synthetic scene: --overlap must be an even number of pixels below half "
                       "the tile side (%1), not %2")
                        .arg(size / 2)
                        .arg(overlap));
    if (acquisitions.empty())
        throw Error(tr("Synthetic scene: give at least one acquisition count per tile"));
    const qint64 days = firstDate.daysTo(lastDate) + 1;
    if (!firstDate.isValid() || !lastDate.isValid() || days < 1)
        throw Error(tr("Synthetic scene: the period %1 … %2 is empty")
                        .arg(firstDate.toString(Qt::ISODate), lastDate.toString(Qt::ISODate)));
    for (int count : acquisitions) {
        if (count < 1 || count > days)
            throw Error(tr("Synthetic scene: %1 acquisitions per tile do not fit in %2 days "
                           "(one per day at most)")
                            .arg(count)
                            .arg(days));
    }
    if (!(wrongShare >= 0 && wrongShare <= 1))
        throw Error(tr("Synthetic scene: --wrong must lie in 0…1, not %1").arg(wrongShare));
    if (!(backgroundShare >= 0 && backgroundShare < 1))
        throw Error(tr("Synthetic scene: the background share must lie in 0…1, not %1")
                        .arg(backgroundShare));
    if (fieldSize != 0 && (fieldSize < 4 || fieldSize > sceneWidth()))
        throw Error(tr("Synthetic scene: --field-size must be 0 (automatic) or 4…%1 pixels, "
                       "not %2")
                        .arg(sceneWidth())
                        .arg(fieldSize));
    if (parcelsEpsg != 32633 && parcelsEpsg != 31287)
        throw Error(tr("Synthetic scene: parcels can be written in EPSG:32633 or EPSG:31287, "
                       "not EPSG:%1")
                        .arg(parcelsEpsg));
    if (outputFolder.isEmpty())
        throw Error(tr("Synthetic scene: no output folder given"));
}

QString SceneOptions::tileId(int tile) const
{
    static const char columns[] = "UVWXYZ";
    return QStringLiteral("T33U%1P").arg(QLatin1Char(columns[std::clamp(tile, 0, 5)]));
}

int SceneOptions::acquisitionCount(int tile) const
{
    return acquisitions.at(std::min(std::size_t(std::max(tile, 0)), acquisitions.size() - 1));
}

double SceneOptions::fieldSpacing() const
{
    if (fieldSize > 0)
        return fieldSize;
    // 40 px (400 m) is a field of the seed's region; small test tiles get smaller fields.
    return std::clamp(40.0 * size / 512.0, 8.0, 40.0);
}

io::TileGrid SceneOptions::tileGrid(int tile) const
{
    return io::TileGrid::northUp(io::TileGrid::wktFromEpsg(32633),
                                 QPointF(originX + tileOffset(tile) * pixelSize, originY), pixelSize,
                                 size, size);
}

io::TileGrid SceneOptions::tileGrid20(int tile) const
{
    return io::TileGrid::northUp(io::TileGrid::wktFromEpsg(32633),
                                 QPointF(originX + tileOffset(tile) * pixelSize, originY),
                                 2 * pixelSize, size / 2, size / 2);
}

QString SceneOptions::layoutName(Layout layout)
{
    return layout == Layout::Safe ? QStringLiteral("safe") : QStringLiteral("tiff");
}

QJsonObject SceneOptions::toJson() const
{
    QJsonArray counts;
    for (int c : acquisitions)
        counts.append(c);
    // The seed as a string: JSON numbers are doubles and lose 64-bit seeds.
    return QJsonObject{{QStringLiteral("seed"), QString::number(seed)},
                       {QStringLiteral("tiles"), tiles},
                       {QStringLiteral("size"), size},
                       {QStringLiteral("overlap"), overlap},
                       {QStringLiteral("acquisitions"), counts},
                       {QStringLiteral("first_date"), firstDate.toString(Qt::ISODate)},
                       {QStringLiteral("last_date"), lastDate.toString(Qt::ISODate)},
                       {QStringLiteral("wrong_share"), wrongShare},
                       {QStringLiteral("field_size"), fieldSpacing()},
                       {QStringLiteral("background_share"), backgroundShare},
                       {QStringLiteral("layout"), layoutName(layout)},
                       {QStringLiteral("parcels_epsg"), parcelsEpsg}};
}

} // namespace cropmap::core::synth
