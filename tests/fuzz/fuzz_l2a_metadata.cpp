// SPDX-License-Identifier: GPL-3.0-or-later
// A Level-2A product's MTD_MSIL2A.xml: processing baseline and BOA_ADD_OFFSET per band, read
// for every .SAFE product of an archive scan.
#include "fuzz_common.h"
#include "io/l2a_product_metadata.h"

extern "C" int LLVMFuzzerTestOneInput(const std::uint8_t *data, std::size_t size)
{
    cropmap::fuzz::expectErrorsOnly([&] {
        (void)cropmap::core::io::L2AProductMetadata::parse(cropmap::fuzz::bytes(data, size),
                                                           QStringLiteral("MTD_MSIL2A.xml"));
    });
    return 0;
}
