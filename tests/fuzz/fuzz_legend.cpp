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
        // A legend written back reads again to the same table and the same answers.
        const QByteArray written = legend.toJson();
        const LegendAggregation again = LegendAggregation::fromJson(written, QStringLiteral("again.json"));
        FUZZ_CHECK(again.toJson() == written);
        for (const QString &value : {QStringLiteral("110"), QStringLiteral("A"), QString()})
            FUZZ_CHECK(again.classIdOf(value) == legend.classIdOf(value));
    });
    return 0;
}
