// SPDX-License-Identifier: GPL-3.0-or-later
#include "plots/table_export.h"

#include <QAbstractItemModel>
#include <QCoreApplication>
#include <QFile>

#include "io/atomic_output.h"
#include "util/error.h"

namespace cropmap::ui {

QString csvField(const QString &text)
{
    if (!text.contains(u',') && !text.contains(u'"') && !text.contains(u'\n') && !text.contains(u'\r'))
        return text;
    QString quoted = text;
    quoted.replace(QStringLiteral("\""), QStringLiteral("\"\""));
    return u'"' + quoted + u'"';
}

QByteArray csvText(const QStringList &header, const QList<QStringList> &rows)
{
    QString text;
    const auto line = [&text](const QStringList &fields) {
        QStringList quoted;
        for (const QString &field : fields)
            quoted << csvField(field);
        text += quoted.join(u',') + u'\n';
    };
    line(header);
    for (const QStringList &row : rows)
        line(row);
    return text.toUtf8();
}

void exportCsv(const QStringList &header, const QList<QStringList> &rows, const QString &path)
{
    core::io::writeFileAtomically(path, csvText(header, rows));
}

void exportTableCsv(const QAbstractItemModel *model, const QString &path)
{
    QStringList header;
    for (int column = 0; column < model->columnCount(); ++column)
        header << model->headerData(column, Qt::Horizontal, Qt::DisplayRole).toString();
    QList<QStringList> rows;
    for (int row = 0; row < model->rowCount(); ++row) {
        QStringList fields;
        for (int column = 0; column < model->columnCount(); ++column)
            fields << model->index(row, column).data(Qt::DisplayRole).toString();
        rows << fields;
    }
    exportCsv(header, rows, path);
}

QString csvExportFilter()
{
    return QCoreApplication::translate("cropmap::ui::TableExport", "CSV table (*.csv)");
}

void exportReport(const QString &source, const QString &path)
{
    QFile file(source);
    if (!file.open(QIODevice::ReadOnly))
        throw core::Error(QCoreApplication::translate("cropmap::ui::TableExport", "Cannot read the report \"%1\": %2").arg(source, file.errorString()));
    core::io::writeFileAtomically(path, file.readAll());
}

} // namespace cropmap::ui
