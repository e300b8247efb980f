// SPDX-License-Identifier: GPL-3.0-or-later
#include "sampling/composite_series.h"

#include <algorithm>
#include <climits>
#include <cmath>
#include <map>

#include <QCoreApplication>
#include <QDir>
#include <QFileInfo>
#include <QRegularExpression>

#include "util/error.h"
#include "util/feedback.h"

namespace cropmap::core::sampling {

namespace {

QString tr(const char *text)
{
    return QCoreApplication::translate("cropmap::core::sampling", text);
}

constexpr int kBlock = 256;

} // namespace

CompositeSeries::CompositeSeries(io::RasterSource source)
    : m_source(std::move(source))
{
    static const QRegularExpression pattern(QStringLiteral("^\\s*(\\S+)[\\s_]+(\\S+)\\s*$"));
    const int count = m_source.bandCount();
    QStringList steps, bands;
    bool described = true;
    for (int k = 1; k <= count && described; ++k) {
        const auto match = pattern.match(m_source.bandDescription(k));
        described = match.hasMatch();
        if (!described)
            break;
        if (!steps.contains(match.captured(1)))
            steps << match.captured(1);
        if (!bands.contains(match.captured(2)))
            bands << match.captured(2);
    }
    // Descriptions must spell a full month-major grid, else fall back to one band per step.
    if (described && steps.size() * bands.size() == count) {
        for (int k = 0; k < count && described; ++k) {
            described = m_source.bandDescription(k + 1).simplified().replace(u'_', u' ')
                        == steps[k / bands.size()] + u' ' + bands[k % bands.size()];
        }
    } else {
        described = false;
    }
    if (described) {
        m_steps = steps;
        m_bands = bands;
    } else {
        m_bands = {QStringLiteral("value")};
        for (int k = 1; k <= count; ++k)
            m_steps << QString::number(k);
    }
}

CompositeSeries CompositeSeries::openFile(const QString &path, const io::TileGrid &grid)
{
    return CompositeSeries(io::RasterSource::openOnGrid(path, grid, io::Resampling::Nearest));
}

CompositeSeries CompositeSeries::open(const QString &folder, const QString &tile, const io::TileGrid &grid)
{
    const QDir dir(folder);
    const QStringList candidates = {
        dir.filePath(tile + QStringLiteral("_composites.vrt")),
        dir.filePath(tile + u'/' + tile + QStringLiteral("_composites.vrt")),
        dir.filePath(tile + QStringLiteral("_composites.tif")),
    };
    for (const QString &candidate : candidates) {
        if (QFileInfo::exists(candidate))
            return openFile(candidate, grid);
    }
    throw Error(tr("No composites for tile %1 in \"%2\" (looked for %3); run `cropmap composite` first")
                    .arg(tile, folder, candidates.join(QStringLiteral(", "))));
}

void CompositeSeries::read(const std::vector<QPoint> &pixels, std::vector<float> &out,
                           Feedback &feedback) const
{
    const std::size_t features = std::size_t(featureCount());
    out.assign(pixels.size() * features, std::nanf(""));
    // Pixels by block, so each band of a block is read once.
    std::map<std::pair<int, int>, std::vector<std::size_t>> byBlock;
    for (std::size_t i = 0; i < pixels.size(); ++i)
        byBlock[{pixels[i].y() / kBlock, pixels[i].x() / kBlock}].push_back(i);
    std::size_t done = 0;
    std::vector<float> plane;
    for (const auto &[block, members] : byBlock) {
        feedback.throwIfCanceled();
        int x0 = INT_MAX, y0 = INT_MAX, x1 = -1, y1 = -1;
        for (const std::size_t i : members) {
            x0 = std::min(x0, pixels[i].x());
            y0 = std::min(y0, pixels[i].y());
            x1 = std::max(x1, pixels[i].x());
            y1 = std::max(y1, pixels[i].y());
        }
        const io::Window window{x0, y0, x1 - x0 + 1, y1 - y0 + 1};
        plane.resize(std::size_t(window.pixelCount()));
        for (std::size_t k = 0; k < features; ++k) {
            m_source.readWindow(int(k) + 1, window, plane.data());
            for (const std::size_t i : members) {
                const std::size_t at = std::size_t(pixels[i].y() - y0) * std::size_t(window.width)
                                       + std::size_t(pixels[i].x() - x0);
                out[i * features + k] = plane[at];
            }
        }
        done += members.size();
        feedback.setProgress(double(done) / double(pixels.size()));
    }
}

} // namespace cropmap::core::sampling
