// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QString>

namespace cropmap::core {
class Feedback;
}

namespace cropmap::core::io {

/**
 * True when the raster at \a path is larger than \a minSize pixels on its longer side and
 * has no overviews (internal, .ovr or, for a VRT, implicit from its sources): drawing it
 * zoomed out would then read every pixel.
 */
bool needsOverviews(const QString &path, int minSize = 2048);

/**
 * Builds external overviews (<path>.ovr, factors 2, 4, … down to about 256 px) without
 * touching the raster itself: "NEAREST" for paletted or integer class rasters, "AVERAGE"
 * otherwise. Written as <path>.ovr.tmp and renamed, so a cancel or a crash never leaves a
 * half-written .ovr that GDAL would pick up. Throws Error naming the file, Canceled when
 * \a feedback is canceled.
 */
void buildExternalOverviews(const QString &path, Feedback &feedback);

} // namespace cropmap::core::io
