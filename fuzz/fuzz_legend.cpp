// SPDX-License-Identifier: GPL-3.0-or-later
// Legends: the first byte chooses JSON or CSV (spreadsheet exports: separators, BOM, quotes);
// a legend that loads must also map values and write itself back.
#include "fuzz_common.h"
#include "thematic/legend_aggregation.h"

namespace cropmap::fuzz {

Outcome checkLegend(const std::uint8_t *data, std::size_t size)
{
    Outcome outcome;
    if (size == 0)
        return outcome;
    const bool json = data[0] & 1;
    const QByteArray text = bytes(data + 1, size - 1);
    outcome.run([&] {
        using core::thematic::LegendAggregation;
        const LegendAggregation legend = json
            ? LegendAggregation::fromJson(text, QStringLiteral("legend.json"))
            : LegendAggregation::fromCsv(QString::fromUtf8(text), QStringLiteral("legend.csv"));
        // A legend written back reads again to the same table and the same answers.
        const QByteArray written = legend.toJson();
        const LegendAggregation again = LegendAggregation::fromJson(written, QStringLiteral("again.json"));
        FUZZ_EXPECT(outcome, again.toJson() == written);
        FUZZ_EXPECT(outcome, again.size() == legend.size() && again.values() == legend.values());
        for (const QString &value : legend.values() + QStringList{QStringLiteral("110"), QString()})
            FUZZ_EXPECT(outcome, again.classIdOf(value) == legend.classIdOf(value));
        // Every value maps to a class of the table or to "ignore".
        for (const QString &value : legend.values()) {
            const int id = legend.classIdOf(value);
            FUZZ_EXPECT(outcome, id == LegendAggregation::Ignore || legend.classes().indexOfId(id) >= 0);
        }
        outcome.summary = QStringLiteral("field %1, classes %2, values %3")
                              .arg(legend.field(), legend.classes().names().join(u'|'))
                              .arg(legend.size());
    });
    return outcome;
}

} // namespace cropmap::fuzz

CROPMAP_FUZZ_TARGET(cropmap::fuzz::checkLegend)
