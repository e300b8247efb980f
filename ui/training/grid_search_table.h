// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <vector>

#include <QString>
#include <QWidget>

#include "model/hyperparameter_grid.h"

class QLabel;
class QStandardItemModel;
class QTableView;

namespace cropmap::ui {

/**
 * \brief The grid-search table of a model (learning rate, dropout, batch size, validation OA,
 * macro F1 and loss, epochs), sortable by any column, the point the search kept (best
 * validation macro F1) in bold and marked in the last column.
 *
 * Reads "<models>/<name>.grid.json", which GridSearch rewrites atomically after every point.
 */
class GridSearchTable : public QWidget
{
    Q_OBJECT

public:
    enum Column { Point, LearningRate, Dropout, BatchSize, ValOa, ValMacroF1, ValLoss, Epochs, Best, ColumnCount };

    explicit GridSearchTable(QWidget *parent = nullptr);

    /** Shows the table in \a path (a .grid.json); a missing or unreadable file empties it. */
    void showTable(const QString &path);
    //! Shows \a points with \a bestIndex (−1: none yet) as the kept point.
    void setPoints(const std::vector<core::model::GridPoint> &points, int bestIndex);

    QTableView *view() const { return m_view; }
    QStandardItemModel *model() const { return m_model; }
    int pointCount() const;
    //! The row where the kept point is shown now (after sorting), −1 when there is none.
    int bestRow() const;

private:
    QString m_path;
    QByteArray m_lastJson;
    QStandardItemModel *m_model = nullptr;
    QTableView *m_view = nullptr;
    QLabel *m_status = nullptr;
};

} // namespace cropmap::ui
