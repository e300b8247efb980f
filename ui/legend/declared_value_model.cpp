// SPDX-License-Identifier: GPL-3.0-or-later
#include "legend/declared_value_model.h"

#include <QColor>
#include <QLocale>

#include "legend/legend_document.h"

namespace cropmap::ui {

using core::thematic::LegendAggregation;

DeclaredValueModel::DeclaredValueModel(LegendDocument *document, QObject *parent)
    : QAbstractTableModel(parent)
    , m_document(document)
{
    connect(m_document, &LegendDocument::changed, this, &DeclaredValueModel::refresh);
    refresh();
}

void DeclaredValueModel::refresh()
{
    const QStringList values = m_document->allValues();
    if (values == m_values) {
        // Same rows: only the classes (and so colours) changed; keep selection and scroll.
        if (!m_values.isEmpty())
            Q_EMIT dataChanged(index(0, 0), index(int(m_values.size()) - 1, ColumnCount - 1));
        return;
    }
    beginResetModel();
    m_values = values;
    endResetModel();
}

int DeclaredValueModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : int(m_values.size());
}

int DeclaredValueModel::columnCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

QVariant DeclaredValueModel::data(const QModelIndex &index, int role) const
{
    if (!index.isValid() || index.row() >= m_values.size())
        return {};
    const QString &value = m_values[index.row()];
    const LegendAggregation &legend = m_document->legend();
    const int classId = legend.classIdOf(value);
    const int classIndex = legend.classes().indexOfId(classId);
    switch (index.column()) {
    case Value:
        return role == Qt::DisplayRole || role == Qt::EditRole ? QVariant(value) : QVariant();
    case Label:
        return role == Qt::DisplayRole ? QVariant(m_document->statistics(value).label) : QVariant();
    case Parcels:
        if (role == Qt::DisplayRole || role == Qt::EditRole)
            return m_document->statistics(value).parcels;
        return role == Qt::TextAlignmentRole ? QVariant(int(Qt::AlignRight | Qt::AlignVCenter)) : QVariant();
    case Area:
        if (role == Qt::DisplayRole)
            return QLocale().toString(m_document->statistics(value).areaHa, 'f', 2);
        if (role == Qt::EditRole)
            return m_document->statistics(value).areaHa;
        return role == Qt::TextAlignmentRole ? QVariant(int(Qt::AlignRight | Qt::AlignVCenter)) : QVariant();
    case TargetClassColumn:
        if (role == Qt::EditRole)
            return classId;
        if (role == Qt::DisplayRole) {
            if (classIndex >= 0)
                return legend.classes().at(classIndex).name;
            return classId == LegendAggregation::Unknown ? tr("unknown (ignored)") : tr("ignore");
        }
        if (role == Qt::DecorationRole && classIndex >= 0)
            return QColor(legend.classes().at(classIndex).colour);
        if (role == Qt::ForegroundRole && classIndex < 0)
            return QColor(Qt::gray);
        return {};
    default:
        return {};
    }
}

bool DeclaredValueModel::setData(const QModelIndex &index, const QVariant &value, int role)
{
    if (!index.isValid() || index.column() != TargetClassColumn || role != Qt::EditRole)
        return false;
    const int classId = value.toInt();
    if (classId != LegendAggregation::Ignore && m_document->legend().classes().indexOfId(classId) < 0)
        return false;
    if (m_document->legend().classIdOf(m_values[index.row()]) == classId)
        return true;
    m_document->assign({m_values[index.row()]}, classId);
    return true;
}

Qt::ItemFlags DeclaredValueModel::flags(const QModelIndex &index) const
{
    Qt::ItemFlags f = QAbstractTableModel::flags(index);
    if (index.column() == TargetClassColumn)
        f |= Qt::ItemIsEditable;
    return f;
}

QVariant DeclaredValueModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
        return {};
    switch (section) {
    case Value: return tr("Declared value");
    case Label: return tr("Label");
    case Parcels: return tr("Parcels");
    case Area: return tr("Area (ha)");
    case TargetClassColumn: return tr("Target class");
    default: return {};
    }
}

} // namespace cropmap::ui
