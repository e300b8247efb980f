// SPDX-License-Identifier: GPL-3.0-or-later
#include "plots/export_actions.h"

#include <QAbstractItemView>
#include <QAction>
#include <QCoreApplication>
#include <QDir>
#include <QFileDialog>
#include <QFileInfo>
#include <QRegularExpression>
#include <QSettings>

#include "app/error_reporter.h"
#include "plots/plot_export.h"
#include "plots/qcustomplot_wrapper.h"
#include "plots/table_export.h"
#include "util/error.h"

namespace cropmap::ui {

namespace {

const QString kFolderKey = QStringLiteral("export/folder");

// The suffix of a filter such as "PDF document (*.pdf)", for a name typed without one.
QString suffixOf(const QString &filter)
{
    const QRegularExpressionMatch match = QRegularExpression(QStringLiteral("\\*\\.(\\w+)")).match(filter);
    return match.hasMatch() ? match.captured(1) : QString();
}

} // namespace

QAction *addExportAction(QWidget *widget, const QString &text, const QString &filter, const QString &baseName,
                         ExportWriter write)
{
    auto *action = new QAction(text, widget);
    action->setObjectName(QStringLiteral("export:") + baseName);
    widget->setContextMenuPolicy(Qt::ActionsContextMenu);
    widget->addAction(action);
    QObject::connect(action, &QAction::triggered, widget, [widget, filter, baseName, write = std::move(write)] {
        QSettings settings;
        const QString folder = settings.value(kFolderKey, QDir::homePath()).toString();
        QString selected;
        QString path = QFileDialog::getSaveFileName(widget, QCoreApplication::translate("cropmap::ui::ExportActions", "Export"), QDir(folder).filePath(baseName), filter, &selected);
        if (path.isEmpty())
            return;
        if (QFileInfo(path).suffix().isEmpty() && !suffixOf(selected).isEmpty())
            path += u'.' + suffixOf(selected);
        settings.setValue(kFolderKey, QFileInfo(path).absolutePath());
        try {
            write(path);
        } catch (const core::Error &error) {
            ErrorReporter::report(widget, QCoreApplication::translate("cropmap::ui::ExportActions", "Cannot export"), error.message());
        }
    });
    return action;
}

QAction *addPlotExport(QCustomPlot *plot, const QString &baseName)
{
    return addExportAction(plot, QCoreApplication::translate("cropmap::ui::ExportActions", "Export plot…"), plotExportFilter(), baseName,
                           [plot](const QString &path) { exportPlot(plot, path); });
}

QAction *addTableExport(QAbstractItemView *view, const QString &baseName)
{
    return addExportAction(view, QCoreApplication::translate("cropmap::ui::ExportActions", "Export table as CSV…"), csvExportFilter(), baseName,
                           [view](const QString &path) { exportTableCsv(view->model(), path); });
}

} // namespace cropmap::ui
