// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QSortFilterProxyModel>

namespace cropmap::ui {

/**
 * \brief The Parcels dock's view of a ParcelTableModel: a status filter, a text filter over
 * every column (class, key, note…), and sorting by ParcelTableModel::SortRole.
 */
class ParcelFilterModel : public QSortFilterProxyModel
{
    Q_OBJECT

public:
    enum class StatusFilter { All, Flagged, Agrees, Doubtful, Disagrees, TooSmall };

    explicit ParcelFilterModel(QObject *parent = nullptr);

    StatusFilter statusFilter() const { return m_status; }
    void setStatusFilter(StatusFilter filter);
    //! Rows whose status is doubtful or disagrees: the ones an analyst steps through.
    static bool isFlagged(int status);

protected:
    bool filterAcceptsRow(int sourceRow, const QModelIndex &sourceParent) const override;

private:
    StatusFilter m_status = StatusFilter::All;
};

} // namespace cropmap::ui
