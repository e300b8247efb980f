// SPDX-License-Identifier: GPL-3.0-or-later
// A Level-2A product's MTD_MSIL2A.xml: processing baseline and BOA_ADD_OFFSET per band, read
// for every .SAFE product of an archive scan.
#include "fuzz_common.h"
#include "io/l2a_product_metadata.h"

#include <cmath>

namespace cropmap::fuzz {

Outcome checkL2AMetadata(const std::uint8_t *data, std::size_t size)
{
    Outcome outcome;
    outcome.run([&] {
        using core::io::L2AProductMetadata;
        const L2AProductMetadata m = L2AProductMetadata::parse(bytes(data, size), QStringLiteral("MTD_MSIL2A.xml"));
        // Offsets are finite numbers of named bands (a NaN offset would blank every composite).
        QStringList offsets;
        for (auto it = m.boaOffsets.cbegin(); it != m.boaOffsets.cend(); ++it) {
            FUZZ_EXPECT(outcome, !it.key().isEmpty() && std::isfinite(it.value()));
            offsets << QStringLiteral("%1 %2").arg(it.key()).arg(it.value());
        }
        outcome.summary = QStringLiteral("baseline %1, offsets %2").arg(m.processingBaseline, offsets.join(u'|'));
    });
    return outcome;
}

} // namespace cropmap::fuzz

CROPMAP_FUZZ_TARGET(cropmap::fuzz::checkL2AMetadata)
