// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QString>

#include "classify/fused_lstm.h"
#include "util/job.h"
#include "util/memory_budget.h"

namespace cropmap::core {
class Feedback;
}

namespace cropmap::core::classify {

/** \brief What to classify, with which model, and where the maps go. */
struct ClassifyOptions
{
    QString modelPath;      //!< a model file written by `cropmap train`
    QString stackPath;      //!< a tile's composite VRT (or its folder)
    QString outputDir;      //!< maps go to <outputDir>/<tile>_classes.tif, …_posterior.tif
    QString maskPath;       //!< optional raster on the tile grid: only pixels ≠ 0 are classified
    bool probabilities = false; //!< also write every class probability (uint8, one band each)
    /** Block edge in pixels; 0: from \a memory, the largest multiple of 64 in [128, 512] whose
     *  block (read and gathered: 2 × T × B floats a pixel) fits a sixteenth of the budget. */
    int blockSize = 512;
    MemoryBudget memory;
    int batchSize = 8192;
    int threads = 0;        //!< 0: every core
    bool cloudOptimized = true;
    /** The fused LSTM's products: BFloat16 where the CPU has AVX-512 BF16 (the others and
     *  other CPUs run Float32 and say so in the log). */
    Precision precision = Precision::Float32;
};

/** The block edge ClassifyOptions::blockSize 0 stands for, for \a features values a pixel. */
int blockEdgeFor(const MemoryBudget &memory, int features);

/** \brief What a tile classification wrote and did. */
struct ClassifyResult
{
    QString tile;
    QString classMapPath;
    QString posteriorPath;
    QString probabilitiesPath;
    qint64 classifiedPixels = 0;
    double seconds = 0;
    bool fusedLstm = false; //!< the fused CPU path ran (the seed's LSTM), else LibTorch
    Precision precision = Precision::Float32; //!< what the fused path computed in
};

/**
 * \brief Maps a whole tile: class map and posterior (confidence) map, block by block.
 *
 * Streams the composite stack in blocks, standardises with the model's statistics, runs the
 * model on large batches (the seed's LSTM through FusedLstm, other models through LibTorch)
 * and writes atomically a uint8 class map (class ids, colour table, QGIS style, overviews;
 * 0 = not classified) and a uint8 posterior map (max softmax × 255; 0 = not classified).
 * Only pixels with data in every step (and inside the mask) are classified. Memory is bounded
 * by the block size, whatever the tile size.
 */
class TileClassifier
{
public:
    /** Throws Error naming the model and the stack when they do not fit each other. */
    static ClassifyResult run(const ClassifyOptions &options, Feedback &feedback);
};

/** \brief TileClassifier as a Job for the GUI and the pipeline. */
class ClassifyJob : public Job
{
public:
    explicit ClassifyJob(ClassifyOptions options)
        : m_options(std::move(options))
    {}
    QString name() const override;
    const ClassifyResult &result() const { return m_result; }

protected:
    void execute(Feedback &feedback) override;

private:
    ClassifyOptions m_options;
    ClassifyResult m_result;
};

} // namespace cropmap::core::classify
