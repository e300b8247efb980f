// SPDX-License-Identifier: GPL-3.0-or-later
// Model files: magic line, version, header length, JSON header and sections, read without
// LibTorch (what `cropmap model-info` and every loader read first), then the metadata.
#include "fuzz_common.h"
#include "model/model_file.h"

extern "C" int LLVMFuzzerTestOneInput(const std::uint8_t *data, std::size_t size)
{
    const QString path = cropmap::fuzz::scratchFile(cropmap::fuzz::bytes(data, size), ".model");
    cropmap::fuzz::expectErrorsOnly([&] {
        const auto file = cropmap::core::model::ModelFile::read(path);
        (void)file.hasSection(QStringLiteral("weights"));
    });
    cropmap::fuzz::expectErrorsOnly([&] { (void)cropmap::core::model::ModelFile::readHeader(path); });
    return 0;
}
