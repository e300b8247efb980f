// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QString>
#include <QList>
#include <QStringList>

namespace cropmap::core::experiment {

/**
 * \brief The seed's comparisons, rerun on a project (issue 9, DESIGN.md §2 "Evaluation").
 *
 * Table 1: the LSTM trained on (i) the whole series of the target tile, (ii) the composites
 * of the target tile, (iii) those of the other tiles, (iv) those of all tiles. Table 2: the
 * LSTM against MSResNet, InceptionTime, StarRNN and the random forest, all trained on all
 * tiles. Table 3 (ours): the reliable-sample rules none, seed, adaptive and parcel, weak and
 * final model side by side with the cleaning's counts. Every column is evaluated on the same
 * test patches of the target tile.
 */
enum class ExperimentTable { Table1, Table2, Table3 };

struct ExperimentOptions
{
    ExperimentTable table = ExperimentTable::Table2;
    QString targetTile;  //!< empty: the tile with the most acquisitions (the seed's T33UVP); allTiles(): every tile's test pixels (tables 2 and 3)
    int repeats = 1;     //!< seeds project seed, +1, …: mean ± standard deviation
    QStringList columns; //!< empty: every column of the table
    /** Explicit seeds instead of repeats (say 2 in one process and 3 in another): a run's files
     *  and fingerprint depend on its seed only, so a later run with repeats reuses them. */
    QList<int> seeds;

    static QString allTiles() { return QStringLiteral("all"); } //!< targetTile scoring every tile
    static QString tableName(ExperimentTable table);        //!< "table1", …
    static ExperimentTable tableFromName(const QString &name); //!< throws Error listing them
    static QStringList allColumns(ExperimentTable table);
    /** Throws Error for repeats < 1, seeds given with repeats, a negative or repeated seed, a
     *  column the table does not have, or table1 on allTiles(). */
    void validate() const;
    /** The seeds the columns train with: seeds, or baseSeed, baseSeed + 1, … (repeats of them). */
    QList<int> effectiveSeeds(int baseSeed) const;
    QStringList effectiveColumns() const { return columns.isEmpty() ? allColumns(table) : columns; }
};

} // namespace cropmap::core::experiment
