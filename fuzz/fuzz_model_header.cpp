// SPDX-License-Identifier: GPL-3.0-or-later
// Model files: magic line, version, header length, JSON header and sections, read without
// LibTorch (what `cropmap model-info` and every loader read first), then the metadata.
#include "fuzz_common.h"
#include "model/model_file.h"

#include <QJsonObject>

namespace cropmap::fuzz {

Outcome checkModelHeader(const std::uint8_t *data, std::size_t size)
{
    Outcome outcome;
    const QString path = scratchFile(bytes(data, size), ".model");
    using core::model::ModelFile;
    QJsonObject header;
    QStringList sections;
    outcome.run([&] {
        const ModelFile file = ModelFile::read(path);
        header = file.header;
        // Every section the header lists is there, with the length it says.
        for (const auto &[name, content] : file.sections) {
            FUZZ_EXPECT(outcome, file.hasSection(name) && file.section(name, path).size() == content.size());
            sections << QStringLiteral("%1 %2").arg(name).arg(content.size());
        }
    });
    Outcome headerAlone;
    headerAlone.run([&] {
        QJsonObject alone = ModelFile::readHeader(path);
        // The header alone is the whole file's, whose section table read() turns into sections.
        alone.remove(QStringLiteral("sections"));
        FUZZ_EXPECT(outcome, !outcome.accepted || alone == header);
    });
    FUZZ_EXPECT(outcome, !outcome.accepted || headerAlone.accepted); // a whole file has a readable header
    if (outcome.accepted)
        outcome.summary = QStringLiteral("model %1, sections %2")
                              .arg(header.value(QStringLiteral("model")).toObject().value(QStringLiteral("kind")).toString(), sections.join(u'|'));
    return outcome;
}

} // namespace cropmap::fuzz

CROPMAP_FUZZ_TARGET(cropmap::fuzz::checkModelHeader)
