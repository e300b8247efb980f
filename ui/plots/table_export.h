// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QByteArray>
#include <QList>
#include <QString>
#include <QStringList>

class QAbstractItemModel;

namespace cropmap::ui {

/** One CSV field: quoted (inner quotes doubled) when it holds a comma, quote or line break. */
QString csvField(const QString &text);
/** The CSV text of \a header and \a rows: one line each, "\n"-terminated, UTF-8. */
QByteArray csvText(const QStringList &header, const QList<QStringList> &rows);
/** Writes \a header and \a rows as CSV to \a path atomically; throws core::Error naming it. */
void exportCsv(const QStringList &header, const QList<QStringList> &rows, const QString &path);
/**
 * Writes a table model as CSV: the horizontal header, then every row in the model's current
 * (sorted) order, each cell's display text.
 */
void exportTableCsv(const QAbstractItemModel *model, const QString &path);
//! The file-dialog filter for CSV.
QString csvExportFilter();

/** Copies the HTML report \a source to \a path atomically; throws core::Error naming the file. */
void exportReport(const QString &source, const QString &path);

} // namespace cropmap::ui
