// SPDX-License-Identifier: GPL-3.0-or-later
// ResultsView: reports shown from outside the report folder and the exports of the matrix
// and the HTML page (the plots and the table export through their context menus).
#include "results/results_view.h"

#include <QComboBox>
#include <QDir>
#include <QFileInfo>

#include "plots/table_export.h"
#include "util/error.h"

namespace cropmap::ui {

QString ResultsView::htmlReportPath() const
{
    if (m_reportPath.isEmpty())
        return {};
    const QFileInfo json(m_reportPath);
    return json.dir().filePath(json.completeBaseName() + QStringLiteral(".html"));
}

void ResultsView::exportMatrixCsv(const QString &path) const
{
    if (!m_report)
        throw core::Error(tr("No accuracy report to export to \"%1\"").arg(path));
    QStringList header = {tr("reference \\ map")};
    QList<QStringList> rows;
    for (int r = 0; r < m_report->classes.size(); ++r) {
        header << m_report->classes.at(r).name;
        QStringList row = {m_report->classes.at(r).name};
        for (int c = 0; c < m_report->classes.size(); ++c)
            row << QString::number(m_report->matrix.at(r, c));
        rows << row;
    }
    exportCsv(header, rows, path);
}

bool ResultsView::showExternalReport(const QString &path, const QString &label)
{
    if (!m_external.contains(path))
        m_external << path;
    int at = m_reports->findData(path);
    if (at < 0) {
        m_reports->addItem(label, path);
        at = m_reports->count() - 1;
    }
    m_reports->setCurrentIndex(at);
    return showReport(path);
}

void ResultsView::exportHtmlReport(const QString &path) const
{
    exportReport(htmlReportPath(), path);
}

} // namespace cropmap::ui
