// SPDX-License-Identifier: GPL-3.0-or-later
// Model files: magic line, version, header length, JSON header and sections, read without
// LibTorch (what `cropmap model-info` and every loader read first), then the metadata.
#include "fuzz_common.h"
#include "model/model_file.h"

#include <QJsonObject>

extern "C" int LLVMFuzzerTestOneInput(const std::uint8_t *data, std::size_t size)
{
    const QString path = cropmap::fuzz::scratchFile(cropmap::fuzz::bytes(data, size), ".model");
    using cropmap::core::model::ModelFile;
    bool whole = false;
    QJsonObject header;
    cropmap::fuzz::expectErrorsOnly([&] {
        const ModelFile file = ModelFile::read(path);
        header = file.header;
        whole = true;
        // Every section the header lists is there, with the length it says.
        for (const auto &[name, bytes] : file.sections)
            FUZZ_CHECK(file.hasSection(name) && file.section(name, path).size() == bytes.size());
    });
    bool headerRead = false;
    cropmap::fuzz::expectErrorsOnly([&] {
        QJsonObject alone = ModelFile::readHeader(path);
        headerRead = true;
        // The header alone is the whole file's, whose section table read() turns into sections.
        alone.remove(QStringLiteral("sections"));
        FUZZ_CHECK(!whole || alone == header);
    });
    FUZZ_CHECK(!whole || headerRead); // a file that reads whole has a readable header
    return 0;
}
