// SPDX-License-Identifier: GPL-3.0-or-later
// Project files (JSON): keys, sections, tile ids, the sampling quantile, error positions.
#include "fuzz_common.h"
#include "pipeline/project.h"

#include <QJsonDocument>

extern "C" int LLVMFuzzerTestOneInput(const std::uint8_t *data, std::size_t size)
{
    cropmap::fuzz::expectErrorsOnly([&] {
        using cropmap::core::pipeline::Project;
        const QString path = QStringLiteral("/tmp/fuzz/project.json");
        const Project project = Project::fromJson(cropmap::fuzz::bytes(data, size), path);
        // What a project saves must load again, unchanged: the GUI saves what it loaded.
        const QJsonObject saved = project.toJson();
        const Project again = Project::fromJson(QJsonDocument(saved).toJson(), path);
        FUZZ_CHECK(again.toJson() == saved);
    });
    return 0;
}
