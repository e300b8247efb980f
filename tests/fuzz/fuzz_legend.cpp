// SPDX-License-Identifier: GPL-3.0-or-later
// Legends: the first byte chooses JSON or CSV (spreadsheet exports: separators, BOM, quotes);
// a legend that loads must also map values and write itself back.
#include "fuzz_common.h"
#include "thematic/legend_aggregation.h"

extern "C" int LLVMFuzzerTestOneInput(const std::uint8_t *data, std::size_t size)
{
    if (size == 0)
        return 0;
    const bool json = data[0] & 1;
    const QByteArray text = cropmap::fuzz::bytes(data + 1, size - 1);
    cropmap::fuzz::expectErrorsOnly([&] {
        using cropmap::core::thematic::LegendAggregation;
        const LegendAggregation legend = json
            ? LegendAggregation::fromJson(text, QStringLiteral("legend.json"))
            : LegendAggregation::fromCsv(QString::fromUtf8(text), QStringLiteral("legend.csv"));
        (void)legend.classIdOf(QStringLiteral("110"));
        (void)legend.toJson();
    });
    return 0;
}
