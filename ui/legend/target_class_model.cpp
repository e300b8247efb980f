// SPDX-License-Identifier: GPL-3.0-or-later
#include "legend/target_class_model.h"

#include <QColor>
#include <QLocale>

#include "legend/legend_document.h"

namespace cropmap::ui {

TargetClassModel::TargetClassModel(LegendDocument *document, QObject *parent)
    : QAbstractTableModel(parent)
    , m_document(document)
{
    connect(m_document, &LegendDocument::changed, this, &TargetClassModel::refresh);
    refresh();
}

void TargetClassModel::refresh()
{
    const int rows = m_document->legend().classes().size();
    if (rows == m_rows) {
        if (rows > 0)
            Q_EMIT dataChanged(index(0, 0), index(rows - 1, ColumnCount - 1));
        return;
    }
    beginResetModel();
    m_rows = rows;
    endResetModel();
}

int TargetClassModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : m_rows;
}

int TargetClassModel::columnCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

int TargetClassModel::classIdAt(int row) const
{
    const auto &classes = m_document->legend().classes();
    return row >= 0 && row < classes.size() ? classes.at(row).id : 0;
}

QVariant TargetClassModel::data(const QModelIndex &index, int role) const
{
    const auto &classes = m_document->legend().classes();
    if (!index.isValid() || index.row() >= classes.size())
        return {};
    const auto &targetClass = classes.at(index.row());
    const bool text = role == Qt::DisplayRole || role == Qt::EditRole;
    switch (index.column()) {
    case Id:
        return text ? QVariant(targetClass.id) : QVariant();
    case Name:
        return text ? QVariant(targetClass.name) : QVariant();
    case Colour:
        if (role == Qt::DecorationRole || role == Qt::EditRole)
            return QColor(targetClass.colour);
        return role == Qt::DisplayRole ? QVariant(targetClass.colour) : QVariant();
    case Parcels:
        if (text)
            return m_document->classStatistics(targetClass.id).parcels;
        return role == Qt::TextAlignmentRole ? QVariant(int(Qt::AlignRight | Qt::AlignVCenter)) : QVariant();
    case Area:
        if (role == Qt::DisplayRole)
            return QLocale().toString(m_document->classStatistics(targetClass.id).areaHa, 'f', 2);
        if (role == Qt::EditRole)
            return m_document->classStatistics(targetClass.id).areaHa;
        return role == Qt::TextAlignmentRole ? QVariant(int(Qt::AlignRight | Qt::AlignVCenter)) : QVariant();
    default:
        return {};
    }
}

bool TargetClassModel::setData(const QModelIndex &index, const QVariant &value, int role)
{
    if (!index.isValid() || role != Qt::EditRole)
        return false;
    const int id = classIdAt(index.row());
    if (index.column() == Name)
        return m_document->renameClass(id, value.toString());
    if (index.column() == Colour)
        return m_document->recolourClass(id, value.value<QColor>());
    return false;
}

Qt::ItemFlags TargetClassModel::flags(const QModelIndex &index) const
{
    Qt::ItemFlags f = QAbstractTableModel::flags(index);
    // The colour is picked with a dialog (double-click), not typed.
    if (index.column() == Name)
        f |= Qt::ItemIsEditable;
    return f;
}

QVariant TargetClassModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
        return {};
    switch (section) {
    case Id: return tr("Id");
    case Name: return tr("Class");
    case Colour: return tr("Colour");
    case Parcels: return tr("Parcels");
    case Area: return tr("Area (ha)");
    default: return {};
    }
}

} // namespace cropmap::ui
