// SPDX-License-Identifier: GPL-3.0-or-later
// Sample-table CSV import: the first byte chooses header or not, delimiter, layout, group
// column and scale; the rest is the table (2 steps × 2 bands).
#include "fuzz_common.h"
#include "sampling/sample_table_csv.h"
#include "util/feedback.h"

extern "C" int LLVMFuzzerTestOneInput(const std::uint8_t *data, std::size_t size)
{
    if (size == 0)
        return 0;
    using namespace cropmap::core::sampling;
    const std::uint8_t choice = data[0];
    SampleTableCsvOptions options;
    options.bands = {QStringLiteral("B02"), QStringLiteral("B03")};
    options.stepCount = 2;
    options.header = !(choice & 1);
    options.delimiter = choice & 2 ? u';' : u',';
    options.layout = choice & 4 ? SampleTableLayout::BandMajor : SampleTableLayout::DateMajor;
    if (choice & 8)
        options.groupColumn = options.header ? QStringLiteral("parcel") : QStringLiteral("2");
    if (!options.header)
        options.labelColumn = QStringLiteral("1");
    options.scale = choice & 16 ? 10000.0 : 1.0;
    if (choice & 32)
        options.skipColumns = {options.header ? QStringLiteral("date") : QStringLiteral("3")};
    const QString path = cropmap::fuzz::scratchFile(cropmap::fuzz::bytes(data + 1, size - 1), ".csv");
    cropmap::fuzz::expectErrorsOnly([&] {
        cropmap::core::Feedback feedback;
        const SampleSet set = SampleTableCsv::read(path, options, feedback);
        // Every sample has T × B values and a class of the table (or none).
        FUZZ_CHECK(set.featureCount() == 4 && set.stepCount() == 2 && set.bandCount() == 2);
        FUZZ_CHECK(set.allValues().size() == std::size_t(set.size()) * 4);
        qint64 labelled = 0;
        for (const qint64 n : set.countsPerClass())
            labelled += n;
        FUZZ_CHECK(labelled <= set.size());
        for (qint64 i = 0; i < set.size(); ++i)
            FUZZ_CHECK(set.classIndex(i) >= -1 && set.classIndex(i) < set.classes().size());
    });
    return 0;
}
