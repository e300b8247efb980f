// SPDX-License-Identifier: GPL-3.0-or-later
#include "classify/tile_classifier.h"

#include <algorithm>
#include <chrono>
#include <cmath>
#include <memory>
#include <optional>

#include <QCoreApplication>
#include <QDir>

#include "classify/classifier.h"
#include "composite/composite_stack.h"
#include "io/raster_source.h"
#include "io/raster_writer.h"
#include "model/crop_model.h"
#include "thematic/qgis_style.h"
#include "util/error.h"
#include "util/feedback.h"

namespace cropmap::core::classify {

namespace {

QString tr(const char *text)
{
    return QCoreApplication::translate("cropmap::core::classify", text);
}

std::vector<io::ColourEntry> colourTable(const thematic::ClassTable &classes)
{
    std::vector<io::ColourEntry> table{{0, 0, 0, 0, 0}};
    for (const thematic::TargetClass &c : classes.classes()) {
        const unsigned rgb = c.colour.mid(1).toUInt(nullptr, 16);
        table.push_back({c.id, static_cast<unsigned char>(rgb >> 16),
                         static_cast<unsigned char>(rgb >> 8), static_cast<unsigned char>(rgb), 255});
    }
    return table;
}

} // namespace

int blockEdgeFor(const MemoryBudget &memory, int features)
{
    const qint64 pixels = memory.items(2 * qint64(std::max(features, 1)) * qint64(sizeof(float)), 1.0 / 16.0,
                                       128 * 128, 512 * 512);
    const int edge = int(std::sqrt(double(pixels))) / 64 * 64;
    return std::clamp(edge, 128, 512);
}

ClassifyResult TileClassifier::run(const ClassifyOptions &options, Feedback &feedback)
{
    const auto start = std::chrono::steady_clock::now();
    model::CropModel::setThreadCount(options.threads);
    Classifier classifier = Classifier::load(options.modelPath);
    const composite::CompositeStack stack = composite::CompositeStack::open(options.stackPath);
    classifier.checkCompatible(stack.bands(), stack.steps(), stack.path());
    const Precision precision = classifier.setPrecision(options.precision);
    if (precision != options.precision)
        feedback.log(classifier.isFusedLstm()
                         ? tr("This CPU has no AVX-512 BF16: %1 is classified in float32").arg(stack.tileId())
                         : tr("Only the seed's LSTM runs in bfloat16: %1 is classified in float32 by the %2 model")
                               .arg(stack.tileId(), classifier.kindName()));
    const thematic::ClassTable &classTable = classifier.classes();
    std::optional<io::RasterSource> mask;
    if (!options.maskPath.isEmpty()) {
        mask.emplace(io::RasterSource::openOnGrid(options.maskPath, stack.grid(),
                                                  io::Resampling::Nearest));
    }

    ClassifyResult result;
    result.tile = stack.tileId();
    const QDir out(options.outputDir);
    result.classMapPath = out.filePath(result.tile + QStringLiteral("_classes.tif"));
    result.posteriorPath = out.filePath(result.tile + QStringLiteral("_posterior.tif"));
    const int classes = classTable.size();

    io::RasterWriteOptions classOptions;
    classOptions.dataType = GDT_Byte;
    classOptions.nodata = 0;
    classOptions.colourTable = colourTable(classTable);
    classOptions.cloudOptimized = options.cloudOptimized;
    classOptions.overviews = true;
    classOptions.overviewResampling = QStringLiteral("MODE");
    classOptions.bandDescriptions = {QStringLiteral("class")};
    classOptions.metadata.insert(QStringLiteral("MODEL"), options.modelPath);
    io::RasterWriteOptions posteriorOptions;
    posteriorOptions.dataType = GDT_Byte;
    posteriorOptions.nodata = 0;
    posteriorOptions.cloudOptimized = options.cloudOptimized;
    posteriorOptions.overviews = true;
    posteriorOptions.bandDescriptions = {QStringLiteral("posterior x 255")};
    io::RasterWriter classWriter(result.classMapPath, stack.grid(), classOptions);
    io::RasterWriter posteriorWriter(result.posteriorPath, stack.grid(), posteriorOptions);
    std::unique_ptr<io::RasterWriter> probabilityWriter;
    if (options.probabilities) {
        result.probabilitiesPath = out.filePath(result.tile + QStringLiteral("_probabilities.tif"));
        io::RasterWriteOptions p = posteriorOptions;
        p.bandCount = classes;
        p.bandDescriptions = classTable.names();
        probabilityWriter = std::make_unique<io::RasterWriter>(result.probabilitiesPath,
                                                               stack.grid(), p);
    }

    result.fusedLstm = classifier.isFusedLstm();
    result.precision = precision;
    const int features = stack.stepCount() * stack.bandCount();
    const int blockSize = options.blockSize > 0 ? options.blockSize : blockEdgeFor(options.memory, features);
    const auto windows = io::blockWindows(stack.grid().width(), stack.grid().height(), blockSize, blockSize);
    std::vector<float> block, samples, probabilities, maskValues;
    std::vector<qint64> where;
    for (std::size_t w = 0; w < windows.size(); ++w) {
        feedback.throwIfCanceled();
        const io::Window &window = windows[w];
        if (mask) {
            maskValues.resize(std::size_t(window.pixelCount()));
            mask->readWindow(1, window, maskValues.data());
        }
        // A window the crop mask leaves empty is written as nodata without reading its
        // T × B bands (a tile's non-crop areas: a third of the reads on the full-tile run).
        const bool empty = mask && std::none_of(maskValues.begin(), maskValues.end(), [](float v) {
                                       return v != 0 && std::isfinite(v);
                                   });
        if (!empty)
            stack.readWindow(window, (block.resize(std::size_t(window.pixelCount()) * features), block.data()));
        samples.clear();
        where.clear();
        for (qint64 p = 0; p < window.pixelCount() && !empty; ++p) {
            if (mask && !(maskValues[std::size_t(p)] != 0 && std::isfinite(maskValues[std::size_t(p)])))
                continue;
            const float *v = block.data() + std::size_t(p) * features;
            if (std::any_of(v, v + features, [](float x) { return std::isnan(x); }))
                continue;
            samples.insert(samples.end(), v, v + features);
            where.push_back(p);
        }
        std::vector<unsigned char> classMap(std::size_t(window.pixelCount()), 0);
        std::vector<unsigned char> posterior(classMap.size(), 0);
        std::vector<unsigned char> allProbabilities(options.probabilities ? classMap.size() * classes : 0, 0);
        probabilities.resize(where.size() * std::size_t(classes));
        for (std::size_t s = 0; s < where.size(); s += std::size_t(options.batchSize)) {
            // A 512-px block is tens of batches and seconds of work: a cancel must not wait
            // for the block to end (issue 19: 14 s from Cancel to stop).
            feedback.throwIfCanceled();
            const qint64 count = qint64(std::min<std::size_t>(options.batchSize, where.size() - s));
            classifier.predict(samples.data() + s * features, count,
                              probabilities.data() + s * std::size_t(classes));
            feedback.setProgress(0.9 * (double(w) + double(s + std::size_t(count)) / double(where.size()))
                                     / double(windows.size()),
                                 tr("Classifying %1").arg(result.tile));
        }
        for (std::size_t s = 0; s < where.size(); ++s) {
            const float *p = probabilities.data() + s * std::size_t(classes);
            const int best = int(std::max_element(p, p + classes) - p);
            const std::size_t pixel = std::size_t(where[s]);
            classMap[pixel] = static_cast<unsigned char>(classTable.at(best).id);
            posterior[pixel] = static_cast<unsigned char>(std::max(1L, std::lround(p[best] * 255.0f)));
            for (int k = 0; k < classes && options.probabilities; ++k)
                allProbabilities[std::size_t(k) * classMap.size() + pixel] =
                    static_cast<unsigned char>(std::lround(p[k] * 255.0f));
        }
        classWriter.writeWindow(1, window, classMap.data(), GDT_Byte);
        posteriorWriter.writeWindow(1, window, posterior.data(), GDT_Byte);
        for (int k = 0; k < classes && probabilityWriter; ++k)
            probabilityWriter->writeWindow(k + 1, window, allProbabilities.data() + std::size_t(k) * classMap.size(), GDT_Byte);
        result.classifiedPixels += qint64(where.size());
        feedback.setProgress(0.9 * double(w + 1) / double(windows.size()),
                             tr("Classifying %1").arg(result.tile));
    }
    feedback.setProgress(0.9, tr("Writing the maps of %1").arg(result.tile));
    // Overviews and the COG copy take a while on a full tile: they report and can be
    // canceled; the renames follow only once every map is finished, so the maps of a tile
    // are replaced together or not at all.
    {
        ScopedFeedback part(feedback, 0.9, 0.93);
        classWriter.finish(&part);
    }
    {
        ScopedFeedback part(feedback, 0.93, probabilityWriter ? 0.96 : 1.0);
        posteriorWriter.finish(&part);
    }
    if (probabilityWriter) {
        ScopedFeedback part(feedback, 0.96, 1.0);
        probabilityWriter->finish(&part);
    }
    feedback.throwIfCanceled();
    classWriter.commit();
    posteriorWriter.commit();
    if (probabilityWriter)
        probabilityWriter->commit();
    thematic::writeQgisPalettedStyle(thematic::qgisStylePathFor(result.classMapPath), classTable);
    result.seconds = std::chrono::duration<double>(std::chrono::steady_clock::now() - start).count();
    feedback.setProgress(1.0, tr("Classified %1").arg(result.tile));
    return result;
}

QString ClassifyJob::name() const
{
    return tr("Classification of %1").arg(m_options.stackPath);
}

void ClassifyJob::execute(Feedback &feedback)
{
    m_result = TileClassifier::run(m_options, feedback);
}

} // namespace cropmap::core::classify
