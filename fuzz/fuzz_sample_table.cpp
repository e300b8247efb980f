// SPDX-License-Identifier: GPL-3.0-or-later
// Sample-table CSV import: the first byte chooses header or not, delimiter, layout, group
// column and scale; the rest is the table (2 steps × 2 bands).
#include "fuzz_common.h"
#include "sampling/sample_table_csv.h"
#include "util/feedback.h"

#include <cmath>

namespace cropmap::fuzz {

Outcome checkSampleTable(const std::uint8_t *data, std::size_t size)
{
    Outcome outcome;
    if (size == 0)
        return outcome;
    using namespace core::sampling;
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
    const QString path = scratchFile(bytes(data + 1, size - 1), ".csv");
    outcome.run([&] {
        core::Feedback feedback;
        const SampleSet set = SampleTableCsv::read(path, options, feedback);
        // Every sample has T × B values and a class of the table (or none).
        FUZZ_EXPECT(outcome, set.featureCount() == 4 && set.stepCount() == 2 && set.bandCount() == 2);
        FUZZ_EXPECT(outcome, set.allValues().size() == std::size_t(set.size()) * 4);
        qint64 labelled = 0;
        for (const qint64 n : set.countsPerClass())
            labelled += n;
        FUZZ_EXPECT(outcome, labelled <= set.size());
        bool classesInTable = true;
        for (qint64 i = 0; i < set.size(); ++i)
            classesInTable = classesInTable && set.classIndex(i) >= -1 && set.classIndex(i) < set.classes().size();
        FUZZ_EXPECT(outcome, classesInTable);
        double sum = 0; // of the values given; a missing value ("NA", empty) is NaN
        int missing = 0;
        for (const float v : set.allValues())
            std::isfinite(v) ? void(sum += double(v)) : void(++missing);
        outcome.summary = QStringLiteral("%1 samples, %2 labelled, classes %3, value sum %4, %5 missing")
                              .arg(set.size())
                              .arg(labelled)
                              .arg(set.classes().names().join(u'|'))
                              .arg(sum, 0, 'g', 6)
                              .arg(missing);
    });
    return outcome;
}

} // namespace cropmap::fuzz

CROPMAP_FUZZ_TARGET(cropmap::fuzz::checkSampleTable)
