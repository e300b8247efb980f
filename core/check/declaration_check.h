// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <vector>

#include <QString>
#include <QStringList>

#include "check/check_options.h"
#include "check/check_summary.h"
#include "check/parcel_check.h"
#include "util/job.h"

namespace cropmap::core::check {

/** \brief Where the check reads its inputs and writes its outputs (the pipeline's layout). */
struct DeclarationCheckOptions
{
    QString parcelsPath;  //!< the project's parcel layer (any OGR source)
    QString layerName;    //!< empty: the first layer
    QString field;        //!< attribute with the declared crop
    QString truthField;   //!< attribute with the true crop (synthetic scenes); empty: none
    QString legendPath;
    QStringList tiles;
    QString thematicFolder; //!< <TILE>_parcels.tif, <TILE>_classes_eroded.tif
    QString mapFolder;      //!< <TILE>_classes.tif, _posterior.tif, optional _probabilities.tif
    QString sampleFolder;   //!< optional <TILE>_sets.tif (a parcel's split set)
    QString trainingSamples; //!< the map model's training set (marks trained parcels); empty: none
    QString outputFolder;   //!< parcels.gpkg, parcels.qml, summary.json, summary.csv
    CheckOptions thresholds;
    int threads = 0;
};

/**
 * \brief Checks every declared parcel of a legend class against the class map (DESIGN.md §2
 * "Declaration check").
 *
 * Per tile, the parcel, eroded-class, class-map, posterior and (when present) probability and
 * split-set rasters are streamed block by block into per-parcel evidence (ParcelEvidence). A
 * parcel on several tiles (their overlap) counts once, with the tile holding most of its
 * eroded pixels. Legend-class parcels whose envelope meets a tile but that burnt no pixel are
 * kept as `too small`.
 *
 * The stable parcel key is the first 16 hex digits of SHA-1 over the declared value and the
 * source geometry as ISO WKB (little endian), as the layer stores it (before repair and
 * reprojection); identical duplicates get "-2", "-3", … in reading order. It survives
 * re-running any step and re-ordering the layer, and changes when the parcel's geometry or
 * declaration does.
 *
 * Writes, each atomically: parcels.gpkg (ParcelCheckWriter), parcels.qml, summary.json and
 * summary.csv (CheckSummary). Everything is read and checked before the first write, so a
 * missing input (the error names the file) leaves earlier outputs as they were.
 */
class DeclarationCheck final : public Job
{
    Q_DECLARE_TR_FUNCTIONS(cropmap::core::check::DeclarationCheck)

public:
    explicit DeclarationCheck(DeclarationCheckOptions options);

    QString name() const override;
    const std::vector<ParcelCheck> &parcels() const { return m_parcels; }
    const CheckSummary &summary() const { return m_summary; }
    bool hasDeclaredPosteriors() const { return m_declaredPosteriors; }

    static QString geoPackagePath(const QString &folder);
    static QString stylePath(const QString &folder);
    static QString summaryJsonPath(const QString &folder);
    static QString summaryCsvPath(const QString &folder);

protected:
    void execute(Feedback &feedback) override;

private:
    DeclarationCheckOptions m_options;
    std::vector<ParcelCheck> m_parcels;
    CheckSummary m_summary;
    bool m_declaredPosteriors = false;
};

} // namespace cropmap::core::check
