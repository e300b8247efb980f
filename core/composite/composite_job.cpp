// SPDX-License-Identifier: GPL-3.0-or-later
#include "composite/composite_job.h"

#include "io/sentinel2_archive.h"
#include "util/error.h"
#include "util/feedback.h"

namespace cropmap::core::composite {

CompositeJob::CompositeJob(QString archiveRoot, QString outputRoot, CompositeOptions options)
    : m_archiveRoot(std::move(archiveRoot))
    , m_outputRoot(std::move(outputRoot))
    , m_options(std::move(options))
{}

QString CompositeJob::name() const
{
    return tr("Monthly composites");
}

void CompositeJob::execute(Feedback &feedback)
{
    m_results.clear();
    m_options.validate();
    feedback.setProgress(0, tr("Scanning %1").arg(m_archiveRoot));
    const io::Sentinel2Archive archive =
        io::Sentinel2Archive::open(m_archiveRoot, m_options.archiveOptions());

    QVector<const io::TileAcquisitions *> tiles;
    if (m_options.tiles.isEmpty()) {
        for (const io::TileAcquisitions &tile : archive.tiles())
            tiles << &tile;
    } else {
        for (const QString &id : m_options.tiles)
            tiles << &archive.tile(id); // throws Error naming the missing tile
    }
    for (const io::TileAcquisitions *tile : std::as_const(tiles)) {
        if (tile->between(m_options.period.first(), m_options.period.last()).isEmpty()) {
            throw Error(tr("The period %1 matches no acquisition of tile %2 in \"%3\" (its "
                           "acquisitions run from %4 to %5)")
                            .arg(m_options.period.toString(), tile->id, m_archiveRoot,
                                 tile->acquisitions.front().date().toString(Qt::ISODate),
                                 tile->acquisitions.back().date().toString(Qt::ISODate)));
        }
    }

    const MonthlyCompositor compositor(m_options);
    for (int i = 0; i < tiles.size(); ++i) {
        ScopedFeedback part(feedback, double(i) / tiles.size(), double(i + 1) / tiles.size());
        m_results << compositor.composite(*tiles[i], m_outputRoot, part);
    }
    feedback.setProgress(1.0, tr("Done"));
}

} // namespace cropmap::core::composite
