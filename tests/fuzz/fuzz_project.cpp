// SPDX-License-Identifier: GPL-3.0-or-later
// Project files (JSON): keys, sections, tile ids, the sampling quantile, error positions.
#include "fuzz_common.h"
#include "pipeline/project.h"

extern "C" int LLVMFuzzerTestOneInput(const std::uint8_t *data, std::size_t size)
{
    cropmap::fuzz::expectErrorsOnly([&] {
        const auto project = cropmap::core::pipeline::Project::fromJson(
            cropmap::fuzz::bytes(data, size), QStringLiteral("/tmp/fuzz/project.json"));
        (void)project.toJson();
    });
    return 0;
}
