// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QCommandLineOption>
#include <QCommandLineParser>
#include <QString>
#include <QStringList>

#include "sampling/sample_set.h"
#include "sampling/sample_table_csv.h"
#include "thematic/class_table.h"
#include "thematic/legend_aggregation.h"

namespace cropmap::core {
class Feedback;
}

namespace cropmap::app {

/** The table flags' values, checked; errors name \a flag (e.g. "--csv-labels"). */
core::sampling::SampleTableLabels parseTableLabels(const QString &value, const QString &flag);
QChar parseTableDelimiter(const QString &value, const QString &flag);
double parseTableScale(const QString &value, const QString &flag);

/**
 * The legend a table's labels go through, given by path or by name like `--legend NAME`: a
 * legend with a "mapping" (as resources/legends, JSON or CSV) gives its classes and its
 * mapping of declared values; a classes-only file ({"classes": [...]} or a bare array) gives
 * classes and no mapping. Throws Error naming the file.
 */
core::thematic::LegendAggregation readTableLegend(const QString &nameOrPath);
/** The classes of readTableLegend(\a path). */
core::thematic::ClassTable readClassesFile(const QString &path);

/**
 * \brief The options that read a CSV sample table wherever a command takes samples.
 *
 * `cropmap train` and `cropmap evaluate` accept a native sample set (.samples) or a CSV table
 * (.csv, .tsv, .txt: label, optional group, T × B values per row, other columns skipped),
 * and `cropmap samples import` converts such a table with the same flags. These flags
 * describe the table; the band names and step count default to those of a given model, and
 * labels go through --csv-legend's mapping, then name the legend's (or the model's) classes.
 */
struct SampleInputFlags
{
    SampleInputFlags();
    void addTo(QCommandLineParser &parser) const;

    static bool isTable(const QString &path);

    /**
     * The table options these flags give for \a path. \a classes are the classes the labels
     * name unless --csv-legend is given (empty: one class per label in order of appearance);
     * \a bands / \a steps are the defaults of --csv-bands / --csv-steps. Throws Error naming
     * the flag or the file when a value is unusable.
     */
    core::sampling::SampleTableCsvOptions tableOptions(const QCommandLineParser &parser, const QString &path,
                                                       const core::thematic::ClassTable &classes,
                                                       const QStringList &bands, int steps) const;

    /**
     * Loads \a path: a .samples file as it is, a table with tableOptions(). Throws Error naming
     * the file (and line) when it cannot be read.
     */
    core::sampling::SampleSet load(const QCommandLineParser &parser, const QString &path,
                                   const core::thematic::ClassTable &classes,
                                   const QStringList &bands, int steps,
                                   core::Feedback &feedback) const;

    /** With true before addTo(): also accept the former names of `cropmap samples import`
     *  (--bands, --steps, --scale, --label-column, --group-column, --classes, --layout,
     *  --delimiter, --labels, --no-header), hidden from --help. */
    bool formerImportNames = false;

    QCommandLineOption bands, steps, scale, labelColumn, groupColumn, skipColumns, valueColumns, layout,
        delimiter, labels, noHeader;
    QCommandLineOption classes; //!< --csv-legend (--csv-classes, its first name, still works)

private:
    bool isSet(const QCommandLineParser &parser, const QCommandLineOption &option) const;
    QString value(const QCommandLineParser &parser, const QCommandLineOption &option) const;
    /** The hidden other names of \a option. */
    QStringList aliases(const QCommandLineOption &option) const;
};

} // namespace cropmap::app
