// SPDX-License-Identifier: GPL-3.0-or-later
#include "parcels/parcel_filter_model.h"

#include "parcels/parcel_table_model.h"

namespace cropmap::ui {

using core::check::ParcelStatus;

ParcelFilterModel::ParcelFilterModel(QObject *parent)
    : QSortFilterProxyModel(parent)
{
    setSortRole(ParcelTableModel::SortRole);
    setFilterKeyColumn(-1);
    setFilterCaseSensitivity(Qt::CaseInsensitive);
    // New thresholds change statuses: the status filter and the order follow.
    setDynamicSortFilter(true);
}

void ParcelFilterModel::setStatusFilter(StatusFilter filter)
{
    if (filter == m_status)
        return;
    m_status = filter;
    invalidateFilter();
}

bool ParcelFilterModel::isFlagged(int status)
{
    return status == int(ParcelStatus::Doubtful) || status == int(ParcelStatus::Disagrees);
}

bool ParcelFilterModel::filterAcceptsRow(int sourceRow, const QModelIndex &sourceParent) const
{
    const int status = sourceModel()->index(sourceRow, 0, sourceParent).data(ParcelTableModel::StatusRole).toInt();
    switch (m_status) {
    case StatusFilter::All: break;
    case StatusFilter::Flagged:
        if (!isFlagged(status))
            return false;
        break;
    case StatusFilter::Agrees: if (status != int(ParcelStatus::Agrees)) return false; break;
    case StatusFilter::Doubtful: if (status != int(ParcelStatus::Doubtful)) return false; break;
    case StatusFilter::Disagrees: if (status != int(ParcelStatus::Disagrees)) return false; break;
    case StatusFilter::TooSmall: if (status != int(ParcelStatus::TooSmall)) return false; break;
    }
    return QSortFilterProxyModel::filterAcceptsRow(sourceRow, sourceParent);
}

} // namespace cropmap::ui
