// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <functional>
#include <vector>

#include <QRectF>
#include <QString>

namespace cropmap::ui {

/** \brief Test pixels of one confusion-matrix cell, as squares in the map's CRS. */
struct ConfusionSelection
{
    QString crsWkt;
    std::vector<QRectF> pixels;
};

/**
 * \brief Finds the pixels behind a cell of the evaluate step's confusion matrix: the test
 * samples (the same set the step scored) whose reference class is the row's and whose class
 * on the final map is the column's, and writes them as a layer of pixel squares.
 *
 * Map rasters are read one row per sampled row, so a full 10 980 px tile is never held.
 * Plain functions on snapshots of paths: safe on a worker thread.
 */
class ConfusionPixels
{
public:
    /**
     * \a testSamples: the test SampleSet; \a mapOf(tile): its class map (class ids);
     * \a truth: rows are the true classes instead of the declared ones. Class indices are
     * those of the sample set's class table. Throws core::Error naming the file.
     */
    static ConfusionSelection find(const QString &testSamples, const std::function<QString(const QString &)> &mapOf,
                                   bool truth, int reference, int predicted);
    /** Writes \a selection to the GeoPackage \a path (layer "confusion"); throws core::Error. */
    static void write(const ConfusionSelection &selection, const QString &path);
};

} // namespace cropmap::ui
