// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <functional>
#include <vector>

#include <QJsonObject>
#include <QString>
#include <QStringList>

#include "util/memory_budget.h"
#include "sampling/spatial_split.h"
#include "sampling/stratified_sampler.h"
#include "thematic/class_table.h"
#include "util/job.h"

namespace cropmap::core::sampling {

/** \brief Options of the sample step: where the inputs are, the split and the sampling. */
struct TrainingSetOptions
{
    QString thematicFolder;   //!< outputs of `cropmap rasterize` (one or more tiles)
    QString compositeFolder;  //!< "<TILE>_composites.vrt" per tile
    QString outputFolder;
    QString splitFolder;      //!< "<TILE>_split.tif" from `cropmap split`; empty: split here
    QStringList tiles;        //!< empty: every tile of thematicFolder
    SpatialSplitOptions split;
    StratifiedSamplingOptions sampling;
    /** Sets the part size in which drawn pixels are read and written: the sets (the pool of
     *  every train-parcel pixel, the test set) go to disk part by part, never whole in memory. */
    MemoryBudget memory;
};

/** \brief The plan and what was drawn; "sampling.json" in the output folder. */
struct TrainingSetReport
{
    QStringList tiles;
    thematic::ClassTable classes;            //!< classes with eroded pixels (sample-set classes)
    QVector<thematic::TargetClass> excluded; //!< legend classes without an eroded pixel
    double threshold = 0;                    //!< τ
    double quantilePercent = 0;              //!< the percentile of the priors τ is
    std::vector<ClassPlan> trainPlan;
    std::vector<ClassPlan> validationPlan;
    std::vector<qint64> testCounts;          //!< per class of `classes`
    qint64 parcels = 0;
    qint64 straddlingParcels = 0;
    qint64 parcelsOnSeveralTiles = 0; //!< in the overlap of tiles: counted once, on one tile
    qint64 pixelsOnOtherTiles = 0;    //!< their eroded pixels on the other tiles, left out
    qint64 droppedNoData = 0;                //!< drawn pixels without composite values
    qint64 trainSize = 0, validationSize = 0, testSize = 0;

    QJsonObject toJson() const;
    QString describePlan() const;
};

/**
 * \brief Draws the weak training, validation and test sets (DESIGN.md §2 "Weak training set").
 *
 * Priors from the eroded maps of all tiles; each parcel in one set (ParcelSetAssignment);
 * training samples by the stratified plan from train parcels only, validation samples by the
 * same scheme (budget S × validationBudgetFraction) from validation parcels only, the test set
 * = every eroded labelled pixel of test parcels. Pixels are chosen as sorted random ordinals
 * and picked up in a second scan, so memory grows with the samples, not with the tiles.
 * Writes train.samples, validation.samples, test.samples (SampleSet) and sampling.json.
 */
class TrainingSetJob final : public Job
{
    Q_DECLARE_TR_FUNCTIONS(cropmap::core::sampling::TrainingSetJob)

public:
    explicit TrainingSetJob(TrainingSetOptions options);
    QString name() const override;

    /** Called once the plan is known, before drawing (the CLI prints the table there). */
    void setPlanCallback(std::function<void(const TrainingSetReport &)> callback)
    {
        m_onPlan = std::move(callback);
    }
    const TrainingSetReport &report() const { return m_report; }

    static QString setPath(const QString &folder, SplitSet set);
    /** "<TILE>_sets.tif": each eroded labelled pixel's set (1 train, 2 validation, 3 test) by
     *  its parcel's assignment, 0 elsewhere, on the tile grid: the mask for `evaluate --set`. */
    static QString pixelSetRasterPath(const QString &folder, const QString &tile);

protected:
    void execute(Feedback &feedback) override;

private:
    TrainingSetOptions m_options;
    TrainingSetReport m_report;
    std::function<void(const TrainingSetReport &)> m_onPlan;
};

} // namespace cropmap::core::sampling
