// SPDX-License-Identifier: GPL-3.0-or-later
#include "evaluate/mapped_area.h"

#include <cmath>
#include <optional>

#include <QCoreApplication>

#include "io/block_windows.h"
#include "io/raster_source.h"
#include "util/feedback.h"

namespace cropmap::core::evaluate {

namespace {

bool classified(float id) { return std::isfinite(id) && id != 0.0f; }

// Whether the extents can meet; only decidable cheaply in one CRS (else assume they may).
bool mayOverlap(const io::TileGrid &a, const io::TileGrid &b)
{
    return !a.hasSameCrs(b) || a.extent().normalized().intersects(b.extent().normalized());
}

} // namespace

MappedArea MappedArea::measure(const QStringList &classMaps, const thematic::ClassTable &classes,
                               Feedback *feedback)
{
    MappedArea result;
    result.hectares.assign(std::size_t(classes.size()), 0.0);
    for (int i = 0; i < classMaps.size(); ++i) {
        const io::RasterSource map = io::RasterSource::open(classMaps[i]);
        const io::TileGrid &grid = map.grid();
        const double pixelHa = grid.pixelSizeX() * grid.pixelSizeY() / 10000.0;
        // The earlier maps that may cover this one, each read on this map's grid.
        std::vector<io::RasterSource> earlier;
        for (int j = 0; j < i; ++j) {
            const io::RasterSource other = io::RasterSource::open(classMaps[j]);
            if (mayOverlap(grid, other.grid()))
                earlier.push_back(io::RasterSource::openOnGrid(classMaps[j], grid, io::Resampling::Nearest));
        }
        const std::vector<io::Window> windows = io::blockWindows(grid.width(), grid.height(), 1024, 1024);
        std::vector<float> ids, covered;
        for (std::size_t w = 0; w < windows.size(); ++w) {
            if (feedback) {
                feedback->throwIfCanceled();
                feedback->setProgress((i + double(w) / windows.size()) / classMaps.size(),
                                      QCoreApplication::translate("cropmap::core::evaluate", "Measuring the mapped area of %1")
                                          .arg(classMaps[i]));
            }
            const io::Window &window = windows[w];
            ids = map.readWindow(1, window);
            std::vector<bool> counted(ids.size(), false);
            for (const io::RasterSource &other : earlier) {
                covered = other.readWindow(1, window);
                for (std::size_t p = 0; p < ids.size(); ++p)
                    counted[p] = counted[p] || classified(covered[p]);
            }
            for (std::size_t p = 0; p < ids.size(); ++p) {
                if (!classified(ids[p]))
                    continue;
                if (counted[p]) {
                    result.overlapHectares += pixelHa;
                    continue;
                }
                const int index = classes.indexOfId(int(ids[p]));
                if (index < 0)
                    ++result.unknownPixels;
                else
                    result.hectares[std::size_t(index)] += pixelHa;
            }
        }
    }
    return result;
}

} // namespace cropmap::core::evaluate
