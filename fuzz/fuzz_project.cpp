// SPDX-License-Identifier: GPL-3.0-or-later
// Project files (JSON): keys, sections, tile ids, the sampling quantile, error positions.
#include "fuzz_common.h"
#include "pipeline/project.h"
#include "util/output_paths.h"

#include <QJsonDocument>

namespace cropmap::fuzz {

Outcome checkProject(const std::uint8_t *data, std::size_t size)
{
    Outcome outcome;
    outcome.run([&] {
        using core::pipeline::Project;
        const QString path = QStringLiteral("/tmp/fuzz/project.json");
        const Project project = Project::fromJson(bytes(data, size), path);
        // What a project saves must load again, unchanged: the GUI saves what it loaded.
        const QJsonObject saved = project.toJson();
        const Project again = Project::fromJson(QJsonDocument(saved).toJson(), path);
        FUZZ_EXPECT(outcome, again.toJson() == saved);
        // Tile ids are names, never paths (they become file names under the output folder).
        for (const QString &tile : project.tiles)
            FUZZ_EXPECT(outcome, core::isSafeTileId(tile));
        FUZZ_EXPECT(outcome, project.flatTileId.isEmpty() || core::isSafeTileId(project.flatTileId));
        outcome.summary = QStringLiteral("%1: tiles %2, period %3, seed %4, steps %5")
                              .arg(project.name, project.tiles.join(u'|'), project.period)
                              .arg(project.seed)
                              .arg(project.steps.keys().join(u'|'));
    });
    return outcome;
}

} // namespace cropmap::fuzz

CROPMAP_FUZZ_TARGET(cropmap::fuzz::checkProject)
