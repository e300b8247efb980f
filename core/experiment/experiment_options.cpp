// SPDX-License-Identifier: GPL-3.0-or-later
#include "experiment/experiment_options.h"

#include <QCoreApplication>

#include "util/error.h"

namespace cropmap::core::experiment {

namespace {

QString tr(const char *text)
{
    return QCoreApplication::translate("cropmap::core::experiment", text);
}

} // namespace

QString ExperimentOptions::tableName(ExperimentTable table)
{
    switch (table) {
    case ExperimentTable::Table1: return QStringLiteral("table1");
    case ExperimentTable::Table2: return QStringLiteral("table2");
    case ExperimentTable::Table3: return QStringLiteral("table3");
    }
    return {};
}

ExperimentTable ExperimentOptions::tableFromName(const QString &name)
{
    for (ExperimentTable t : {ExperimentTable::Table1, ExperimentTable::Table2, ExperimentTable::Table3}) {
        if (tableName(t) == name.toLower())
            return t;
    }
    throw Error(tr("Unknown experiment \"%1\": choose table1 (series and training area), table2 "
                   "(the LSTM against its baselines) or table3 (the reliable-sample rules)")
                    .arg(name));
}

QStringList ExperimentOptions::allColumns(ExperimentTable table)
{
    switch (table) {
    case ExperimentTable::Table1:
        return {QStringLiteral("whole_series"), QStringLiteral("target_tile"), QStringLiteral("other_tiles"),
                QStringLiteral("all_tiles")};
    case ExperimentTable::Table2:
        return {QStringLiteral("lstm"), QStringLiteral("msresnet"), QStringLiteral("inceptiontime"),
                QStringLiteral("starrnn"), QStringLiteral("forest")};
    case ExperimentTable::Table3:
        return {QStringLiteral("none"), QStringLiteral("seed"), QStringLiteral("adaptive"),
                QStringLiteral("parcel")};
    }
    return {};
}

void ExperimentOptions::validate() const
{
    if (repeats < 1 || repeats > 100)
        throw Error(tr("Experiment repeats must lie between 1 and 100, not %1").arg(repeats));
    if (!seeds.isEmpty() && repeats != 1)
        throw Error(tr("Give the experiment's repeats or its seeds, not both"));
    if (seeds.size() > 100)
        throw Error(tr("An experiment runs at most 100 seeds, not %1").arg(seeds.size()));
    for (qsizetype i = 0; i < seeds.size(); ++i) {
        if (seeds[i] < 0)
            throw Error(tr("Experiment seeds are whole numbers from 0, not %1").arg(seeds[i]));
        if (seeds.indexOf(seeds[i]) != i)
            throw Error(tr("Experiment seed %1 is given twice").arg(seeds[i]));
    }
    if (table == ExperimentTable::Table1 && targetTile == allTiles())
        throw Error(tr("table1 compares training on the target tile with training on the other tiles: "
                       "it needs one target tile, not \"%1\"").arg(allTiles()));
    QStringList allowed = allColumns(table);
    if (table == ExperimentTable::Table2)
        allowed << QStringLiteral("tempcnn"); // the project's fifth network, not in the seed's table
    for (const QString &c : columns) {
        if (!allowed.contains(c))
            throw Error(tr("%1 has no column \"%2\"; its columns are %3")
                            .arg(tableName(table), c, allowed.join(QStringLiteral(", "))));
    }
}

QList<int> ExperimentOptions::effectiveSeeds(int baseSeed) const
{
    if (!seeds.isEmpty())
        return seeds;
    QList<int> result;
    for (int r = 0; r < repeats; ++r)
        result.append(baseSeed + r);
    return result;
}

} // namespace cropmap::core::experiment
