// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <optional>

#include <QStringList>
#include <QWidget>

#include "select/selection_summary.h"

class QCustomPlot;
class QLabel;
class QTableWidget;

namespace cropmap::ui {

/**
 * \brief The reliable-sample selection of the select step, per class: declared pixels N_u,
 * candidates (weak prediction agrees), disagreement rate r_u, kept, dropped for disagreeing
 * and dropped among the agreeing, and, on synthetic scenes, the wrongly declared pixels and
 * how many of them the cleaning removed; a stacked bar chart of kept and dropped pixels.
 *
 * Reads <output>/select/selection.json through core's SelectionSummary.
 */
class SelectionView : public QWidget
{
    Q_OBJECT

public:
    explicit SelectionView(QWidget *parent = nullptr);

    /** Shows \a path (a selection.json); a missing file clears the view. False after telling
     *  the user when the file cannot be read. */
    bool showSummary(const QString &path);
    //! Re-reads the last file (after a run).
    void reload();

    const std::optional<core::select::SelectionSummary> &summary() const { return m_summary; }
    QTableWidget *classTable() const { return m_table; }
    QLabel *cleaningLabel() const { return m_cleaning; }
    //! Heights of the drawn bars: kept, dropped (disagreeing), dropped (agreeing), per class.
    QVector<double> barHeights(int series) const;

private:
    void redraw();

    QString m_path;
    std::optional<core::select::SelectionSummary> m_summary;
    QStringList m_names;
    QLabel *m_cleaning = nullptr;
    QTableWidget *m_table = nullptr;
    QCustomPlot *m_plot = nullptr;
};

} // namespace cropmap::ui
