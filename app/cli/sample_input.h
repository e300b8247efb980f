// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QCommandLineOption>
#include <QCommandLineParser>
#include <QString>
#include <QStringList>

#include "sampling/sample_set.h"
#include "sampling/sample_table_csv.h"
#include "thematic/class_table.h"

namespace cropmap::core {
class Feedback;
}

namespace cropmap::app {

/** The table flags' values, checked; errors name \a flag (e.g. "--csv-labels"). */
core::sampling::SampleTableLabels parseTableLabels(const QString &value, const QString &flag);
QChar parseTableDelimiter(const QString &value, const QString &flag);
double parseTableScale(const QString &value, const QString &flag);

/** The classes of a legend file: {"classes": [...]} (as resources/legends) or a bare array;
 *  throws Error naming the file. */
core::thematic::ClassTable readClassesFile(const QString &path);

/**
 * \brief The options that read a CSV sample table wherever a command takes samples.
 *
 * `cropmap train` and `cropmap evaluate` accept a native sample set (.samples) or a CSV table
 * (.csv, .tsv, .txt: label, optional group, T × B values per row; see `cropmap samples
 * import`). These flags describe the table; the band names and step count default to those
 * of a given model, and labels are mapped through the model's (or --classes') class table.
 */
struct SampleInputFlags
{
    SampleInputFlags();
    void addTo(QCommandLineParser &parser) const;

    static bool isTable(const QString &path);

    /**
     * Loads \a path: a .samples file as it is, a table with these flags. \a classes maps the
     * labels (empty: --classes, else one class per label in order of appearance);
     * \a bands / \a steps are the defaults of --csv-bands / --csv-steps. Throws Error naming
     * the file (and line) when it cannot be read.
     */
    core::sampling::SampleSet load(const QCommandLineParser &parser, const QString &path,
                                   const core::thematic::ClassTable &classes,
                                   const QStringList &bands, int steps,
                                   core::Feedback &feedback) const;

    QCommandLineOption bands, steps, scale, labelColumn, groupColumn, layout, delimiter, labels,
        classes, noHeader;
};

} // namespace cropmap::app
