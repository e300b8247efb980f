// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QChar>
#include <QString>
#include <QStringList>

#include "sampling/sample_label_resolver.h"
#include "sampling/sample_set.h"
#include "thematic/class_table.h"
#include "thematic/legend_aggregation.h"

namespace cropmap::core {
class Feedback;
}

namespace cropmap::core::sampling {

/** \brief Order of the T × B value columns of a sample table. */
enum class SampleTableLayout {
    DateMajor, //!< t1_B02, t1_B03, …, t2_B02, … (SampleSet's own order)
    BandMajor  //!< B02_t1, B02_t2, …, B03_t1, …
};

/**
 * \brief Options of the sample-table import and export (issue 9, "Sample tables").
 *
 * Values in the file times scale give the sample values, in both directions: a table of
 * reflectance × 10000 is imported with scale 0.0001, and exporting with scale 0.0001 writes
 * reflectance × 10000 again, so a round trip with one scale keeps the values.
 */
struct SampleTableCsvOptions
{
    SampleTableLayout layout = SampleTableLayout::DateMajor;
    double scale = 1.0;
    bool header = true;
    QChar delimiter = u',';
    /** With a header: the label column's name. Without: its 1-based column number. */
    QString labelColumn = QStringLiteral("label");
    /** Like labelColumn; empty: no group column (every sample is its own group). */
    QString groupColumn;
    SampleTableLabels labels = SampleTableLabels::Auto;

    // Import only.
    QStringList bands;  //!< B band names, in the order of the value columns within a step
    int stepCount = 0;  //!< T
    /** Classes the labels name; empty: one class per distinct label, in order of appearance. */
    thematic::ClassTable classes;
    /** Declared value → class (a legend's "mapping"), applied to a label before the class
     *  names and ids of classes, exactly as to a parcel's declared value; a value mapped to
     *  "ignore" leaves the sample unlabelled. Empty: labels name classes directly. */
    thematic::LegendAggregation mapping;
    /** Columns that are neither label, group nor values (e.g. a date), named like
     *  labelColumn: by header name, or by 1-based number without a header. */
    QStringList skipColumns;
    /** "FIRST" or "FIRST:LAST" (named like labelColumn): the value columns are those from
     *  FIRST to LAST (default: the last column) in file order, less the label, group and
     *  skipped columns; columns outside the range are not read. Empty: every other column. */
    QString valueColumns;
};

/**
 * \brief Reads and writes labelled pixel time series as CSV, one row per sample.
 *
 * Each row holds a label, optionally a group (polygon or parcel id: SampleSet's parcel id)
 * and T × B values, among columns that are skipped, so benchmark tables published as CSV can
 * be trained and tested on and our samples taken into other tools. Empty fields and "nan" are
 * missing values (NaN). A group column of positive integers is kept as is; otherwise (names,
 * or a group 0, which a SampleSet reads as "no parcel") the groups are numbered 1, 2, … in
 * order of appearance (their names recorded in the metadata's "groups").
 *
 * Export writes the label as the class name and a header naming each value column
 * "<step>_<band>" (e.g. "2017-09_B02"); import reads such step names back into steps().
 */
class SampleTableCsv
{
public:
    /**
     * Reads \a path into a SampleSet. Throws Error naming the file and the line for a ragged
     * row, a non-numeric value, an unknown label, a value column count other than T × B or a
     * missing label/group/skipped/value column. The metadata's "ignored_labels" counts the
     * samples left unlabelled because the mapping sends their label to "ignore".
     */
    static SampleSet read(const QString &path, const SampleTableCsvOptions &options,
                          Feedback &feedback);

    /** Writes \a samples atomically to \a path (label by name, groups from the parcel ids). */
    static void write(const SampleSet &samples, const QString &path,
                      const SampleTableCsvOptions &options, Feedback &feedback);

    /** The value column names "<step>_<band>" of \a layout. */
    static QStringList valueColumnNames(const QStringList &steps, const QStringList &bands,
                                        SampleTableLayout layout);
    /** "date-major" → DateMajor, "band-major" → BandMajor; throws Error on anything else. */
    static SampleTableLayout parseLayout(const QString &name);
};

} // namespace cropmap::core::sampling
