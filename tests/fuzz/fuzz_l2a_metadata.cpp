// SPDX-License-Identifier: GPL-3.0-or-later
// A Level-2A product's MTD_MSIL2A.xml: processing baseline and BOA_ADD_OFFSET per band, read
// for every .SAFE product of an archive scan.
#include "fuzz_common.h"
#include "io/l2a_product_metadata.h"

#include <cmath>

extern "C" int LLVMFuzzerTestOneInput(const std::uint8_t *data, std::size_t size)
{
    cropmap::fuzz::expectErrorsOnly([&] {
        using cropmap::core::io::L2AProductMetadata;
        const L2AProductMetadata m = L2AProductMetadata::parse(cropmap::fuzz::bytes(data, size),
                                                               QStringLiteral("MTD_MSIL2A.xml"));
        // Offsets are finite numbers of named bands (a NaN offset would blank every composite).
        for (auto it = m.boaOffsets.cbegin(); it != m.boaOffsets.cend(); ++it)
            FUZZ_CHECK(!it.key().isEmpty() && std::isfinite(it.value()));
    });
    return 0;
}
