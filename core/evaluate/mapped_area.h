// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <vector>

#include <QString>
#include <QStringList>

#include "thematic/class_table.h"

namespace cropmap::core {
class Feedback;
}

namespace cropmap::core::evaluate {

/** \brief The area a set of class maps gives each class, every place counted once. */
struct MappedArea
{
    std::vector<double> hectares; //!< per class index of the class table
    //! Classified area of later maps left out because an earlier map had classified the place.
    double overlapHectares = 0.0;
    //! Pixels of class ids outside the class table (not counted), over all maps.
    qint64 unknownPixels = 0;

    /**
     * Measures \a classMaps (uint8 class ids, 0 or nodata = not classified), in the order
     * given. Neighbouring Sentinel-2 tiles overlap by about 10 km: a classified pixel of map i
     * is left out where an earlier map classified the same place (the earlier map read on map
     * i's grid, nearest neighbour, any CRS), so every place counts once, on the first map
     * that classified it. Throws Error naming the file that cannot be read.
     */
    static MappedArea measure(const QStringList &classMaps, const thematic::ClassTable &classes,
                              Feedback *feedback = nullptr);
};

} // namespace cropmap::core::evaluate
