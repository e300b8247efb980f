// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <functional>

#include <QString>

class QAbstractItemView;
class QAction;
class QCustomPlot;
class QWidget;

namespace cropmap::ui {

//! Writes the export to the path the user chose; throws core::Error on failure.
using ExportWriter = std::function<void(const QString &path)>;

/**
 * Adds an entry \a text to \a widget's context menu that asks for a file (\a filter, named
 * \a baseName in the last export folder) and hands it to \a write; a failure is reported
 * to the user. Returns the action (its objectName is "export:<baseName>").
 */
QAction *addExportAction(QWidget *widget, const QString &text, const QString &filter, const QString &baseName,
                         ExportWriter write);
//! "Export plot…" (PNG, PDF, SVG) in the plot's context menu.
QAction *addPlotExport(QCustomPlot *plot, const QString &baseName);
//! "Export table as CSV…" in the table's context menu, rows in their shown order.
QAction *addTableExport(QAbstractItemView *view, const QString &baseName);

} // namespace cropmap::ui
