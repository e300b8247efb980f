// SPDX-License-Identifier: GPL-3.0-or-later
#include "layers/layer_tree_model.h"

#include <QMimeData>

#include "layers/map_layer.h"

namespace cropmap::ui {

namespace {
const QString kRowMimeType = QStringLiteral("application/x-cropmap-layer-row");
}

LayerTreeModel::LayerTreeModel(QObject *parent)
    : QAbstractListModel(parent)
{}

LayerTreeModel::~LayerTreeModel()
{
    qDeleteAll(m_layers);
}

void LayerTreeModel::addLayer(std::unique_ptr<MapLayer> layer)
{
    MapLayer *added = layer.release();
    added->setParent(this);
    beginInsertRows({}, 0, 0);
    m_layers.prepend(added);
    endInsertRows();
    connect(added, &MapLayer::nameChanged, this, [this, added] {
        const QModelIndex changed = index(rowOf(added));
        Q_EMIT dataChanged(changed, changed, {Qt::DisplayRole});
    });
    Q_EMIT layersChanged();
}

void LayerTreeModel::removeLayer(int row)
{
    if (row < 0 || row >= count())
        return;
    beginRemoveRows({}, row, row);
    MapLayer *removed = m_layers.takeAt(row);
    endRemoveRows();
    // Renderers hold copies, so an image in flight does not need the layer any more.
    removed->deleteLater();
    Q_EMIT layersChanged();
}

void LayerTreeModel::clear()
{
    beginResetModel();
    for (MapLayer *layer : std::as_const(m_layers))
        layer->deleteLater();
    m_layers.clear();
    endResetModel();
    Q_EMIT layersChanged();
}

bool LayerTreeModel::moveLayer(int from, int to)
{
    if (from < 0 || from >= count() || to < 0 || to >= count() || from == to)
        return false;
    // beginMoveRows wants the destination row as seen before the move.
    beginMoveRows({}, from, from, {}, to > from ? to + 1 : to);
    m_layers.move(from, to);
    endMoveRows();
    Q_EMIT layersChanged();
    return true;
}

int LayerTreeModel::rowOf(const MapLayer *layer) const
{
    return int(m_layers.indexOf(const_cast<MapLayer *>(layer)));
}

int LayerTreeModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : count();
}

QVariant LayerTreeModel::data(const QModelIndex &index, int role) const
{
    MapLayer *item = layer(index.row());
    if (!item || index.column() != 0)
        return {};
    switch (role) {
    case Qt::DisplayRole:
    case Qt::EditRole: return item->name();
    case Qt::ToolTipRole: return item->source();
    case Qt::CheckStateRole: return item->isVisible() ? Qt::Checked : Qt::Unchecked;
    case LayerRole: return QVariant::fromValue(static_cast<QObject *>(item));
    default: return {};
    }
}

bool LayerTreeModel::setData(const QModelIndex &index, const QVariant &value, int role)
{
    MapLayer *item = layer(index.row());
    if (!item)
        return false;
    if (role == Qt::CheckStateRole) {
        item->setVisible(value.toInt() == Qt::Checked);
        Q_EMIT dataChanged(index, index, {Qt::CheckStateRole});
        Q_EMIT layersChanged();
        return true;
    }
    if (role == Qt::EditRole && !value.toString().trimmed().isEmpty()) {
        item->setName(value.toString().trimmed());
        return true;
    }
    return false;
}

Qt::ItemFlags LayerTreeModel::flags(const QModelIndex &index) const
{
    if (!index.isValid())
        return Qt::ItemIsDropEnabled;
    return Qt::ItemIsEnabled | Qt::ItemIsSelectable | Qt::ItemIsUserCheckable
           | Qt::ItemIsEditable | Qt::ItemIsDragEnabled;
}

Qt::DropActions LayerTreeModel::supportedDropActions() const
{
    return Qt::MoveAction;
}

QStringList LayerTreeModel::mimeTypes() const
{
    return {kRowMimeType};
}

QMimeData *LayerTreeModel::mimeData(const QModelIndexList &indexes) const
{
    if (indexes.isEmpty())
        return nullptr;
    auto *mime = new QMimeData;
    mime->setData(kRowMimeType, QByteArray::number(indexes.first().row()));
    return mime;
}

bool LayerTreeModel::dropMimeData(const QMimeData *data, Qt::DropAction action, int row, int,
                                  const QModelIndex &parent)
{
    if (action != Qt::MoveAction || !data || !data->hasFormat(kRowMimeType))
        return false;
    const int from = data->data(kRowMimeType).toInt();
    // A drop on an item means "before it"; a drop below the last row has row == -1.
    int before = row >= 0 ? row : (parent.isValid() ? parent.row() : count());
    const int to = before > from ? before - 1 : before;
    moveLayer(from, to);
    // The move is done here, so the view must not remove the source row itself.
    return false;
}

} // namespace cropmap::ui
