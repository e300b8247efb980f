// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QJsonObject>
#include <QString>
#include <QStringList>

#include "util/memory_budget.h"

namespace cropmap::core::pipeline {

/**
 * \brief A cropmap project: the inputs, every step's options and the output folder.
 *
 * Stored as JSON. Relative paths are relative to the project file's folder. Every key is
 * checked on load: an unknown or mistyped key is an error naming the key, its line and the
 * closest known key, so a typo never silently falls back to a default.
 *
 * \code{.json}
 * { "archive": "synthetic/archive", "tiles": ["T33UUP", "T33UVP", "T33UWP"],
 *   "period": "2017-09:2018-08", "parcels": "synthetic/parcels.gpkg",
 *   "field": "SNAR_BEZEICHNUNG", "legend": "synthetic.json", "output": "run",
 *   "seed": 1, "train": { "epochs": 30 }, "select": { "rule": "adaptive" } }
 * \endcode
 */
struct Project
{
    QString path;          //!< the project file (empty for a project not yet saved)
    QString name;
    // Inputs.
    QString archive;       //!< Sentinel-2 archive folder (any layout of io::Sentinel2Archive)
    QStringList tiles;     //!< tiles to use (empty = all tiles of the archive)
    QString period = QStringLiteral("2017-09:2018-08");
    QStringList bands;     //!< empty = the 10 Sentinel-2 bands
    QString mask = QStringLiteral("SCL"); //!< SCL, an external mask band (e.g. CLM) or "none"
    QString flatTileId;    //!< tile id for a flat archive folder
    //! BOA_ADD_OFFSET of a GeoTIFF-folder or flat archive's reflectance bands ("archive_boa_offset")
    double archiveBoaOffset = 0;
    QString parcels;       //!< OGR source of the declarations
    QString parcelLayer;   //!< layer name (empty = first layer)
    QString field;         //!< attribute with the declared crop
    QString truthField;    //!< optional attribute with the true class (synthetic scenes)
    QString legend;        //!< legend aggregation (JSON or CSV)
    QString output = QStringLiteral("output");
    int seed = 1;
    //! "memory": the budget the steps size their parts by ("4G", "512M", a number of MiB);
    //! empty: a quarter of the RAM. It changes no result, so no step re-runs for it.
    QString memory;
    //! Options of each step, keyed by step section ("composite", "train", …).
    QJsonObject steps;
    //! The analyst's verdicts on checked parcels, by parcel key ("verdicts"; check::ParcelVerdicts).
    QJsonObject verdicts;

    /** Reads and validates \a path; throws Error naming the file, key and line. */
    static Project load(const QString &path);
    /** Validates \a json (the text of a project file) as read from \a path. */
    static Project fromJson(const QByteArray &json, const QString &path);
    QJsonObject toJson() const;
    /** Writes the project atomically to \a path and remembers it as path. */
    void save(const QString &path);

    /** \a relative resolved against the project file's folder (absolute paths unchanged). */
    QString resolve(const QString &relative) const;
    QString outputDir() const { return resolve(output); }
    /** The options section of \a step (empty object when absent). */
    QJsonObject stepOptions(const QString &step) const { return steps.value(step).toObject(); }
    /** "mask" in "classify": "declared" (default: only pixels of declared parcels of legend
     *  classes are classified) or "none" (every pixel with data); checked on load. */
    QString classifyMask() const
    {
        return stepOptions(QStringLiteral("classify")).value(QStringLiteral("mask")).toString(QStringLiteral("declared"));
    }

    /** memory parsed (checked on load). */
    MemoryBudget memoryBudget() const;

    /** The step sections a project may hold, and the keys each allows. */
    static QStringList stepSections();
    static QStringList allowedKeys(const QString &section);
};

} // namespace cropmap::core::pipeline
