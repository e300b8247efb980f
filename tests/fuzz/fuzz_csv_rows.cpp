// SPDX-License-Identifier: GPL-3.0-or-later
// The shared delimited-text reader, every delimiter (detected or given).
#include "fuzz_common.h"
#include "util/csv_rows.h"

extern "C" int LLVMFuzzerTestOneInput(const std::uint8_t *data, std::size_t size)
{
    if (size == 0)
        return 0;
    const char delimiters[] = {0, ',', ';', '\t'};
    cropmap::fuzz::expectErrorsOnly([&] {
        cropmap::core::CsvRows rows(cropmap::fuzz::bytes(data + 1, size - 1), delimiters[data[0] & 3],
                                    QStringLiteral("t.csv"));
        std::vector<std::string> fields;
        int last = 0;
        while (rows.next(fields)) {
            FUZZ_CHECK(rows.line() > last && !fields.empty()); // lines grow, records hold a field
            FUZZ_CHECK(rows.fraction() >= 0.0 && rows.fraction() <= 1.0);
            last = rows.line();
        }
    });
    return 0;
}
