// SPDX-License-Identifier: GPL-3.0-or-later
// The shared delimited-text reader, every delimiter (detected or given).
#include "fuzz_common.h"
#include "util/csv_rows.h"

namespace cropmap::fuzz {

Outcome checkCsvRows(const std::uint8_t *data, std::size_t size)
{
    Outcome outcome;
    if (size == 0)
        return outcome;
    const char delimiters[] = {0, ',', ';', '\t'};
    outcome.run([&] {
        core::CsvRows rows(bytes(data + 1, size - 1), delimiters[data[0] & 3], QStringLiteral("t.csv"));
        std::vector<std::string> fields;
        int last = 0;
        QStringList records;
        while (rows.next(fields)) {
            FUZZ_EXPECT(outcome, rows.line() > last && !fields.empty()); // lines grow, records hold a field
            FUZZ_EXPECT(outcome, rows.fraction() >= 0.0 && rows.fraction() <= 1.0);
            last = rows.line();
            QStringList texts;
            for (const std::string &f : fields)
                texts << QString::fromStdString(f);
            records << texts.join(u'|');
        }
        outcome.summary = records.join(QStringLiteral(" / "));
    });
    return outcome;
}

} // namespace cropmap::fuzz

CROPMAP_FUZZ_TARGET(cropmap::fuzz::checkCsvRows)
