// SPDX-License-Identifier: GPL-3.0-or-later
#include "layers/layer_tree_model.h"

#include <algorithm>

#include <QMimeData>

#include "layers/map_layer.h"

namespace cropmap::ui {

namespace {
const QString kRowMimeType = QStringLiteral("application/x-cropmap-layer-row");
}

LayerTreeModel::LayerTreeModel(QObject *parent)
    : QAbstractItemModel(parent)
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
    m_legends.insert(added, added->legend());
    endInsertRows();
    watch(added);
    Q_EMIT layersChanged();
}

void LayerTreeModel::watch(MapLayer *layer)
{
    connect(layer, &MapLayer::nameChanged, this, [this, layer] {
        const QModelIndex changed = index(rowOf(layer));
        Q_EMIT dataChanged(changed, changed, {Qt::DisplayRole});
    });
    connect(layer, &MapLayer::changed, this, [this, layer] { updateLegendRows(layer); });
}

void LayerTreeModel::updateLegendRows(MapLayer *layer)
{
    const int row = rowOf(layer);
    if (row < 0)
        return;
    const QList<LegendSymbol> legend = layer->legend();
    QList<LegendSymbol> &shown = m_legends[layer];
    const bool same = std::equal(legend.begin(), legend.end(), shown.begin(), shown.end(),
                                 [](const LegendSymbol &a, const LegendSymbol &b) {
                                     return a.colour == b.colour && a.label == b.label;
                                 });
    if (same)
        return;
    const QModelIndex parent = index(row);
    if (!shown.isEmpty()) {
        beginRemoveRows(parent, 0, int(shown.size()) - 1);
        shown.clear();
        endRemoveRows();
    }
    if (!legend.isEmpty()) {
        beginInsertRows(parent, 0, int(legend.size()) - 1);
        shown = legend;
        endInsertRows();
    }
}

void LayerTreeModel::removeLayer(int row)
{
    if (row < 0 || row >= count())
        return;
    beginRemoveRows({}, row, row);
    MapLayer *removed = m_layers.takeAt(row);
    m_legends.remove(removed);
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
    m_legends.clear();
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

MapLayer *LayerTreeModel::layerAt(const QModelIndex &index) const
{
    if (!index.isValid())
        return nullptr;
    if (isLegendRow(index))
        return static_cast<MapLayer *>(index.internalPointer());
    return layer(index.row());
}

// Layer rows carry no pointer; a legend row carries its layer, which stays valid when
// layers move (rows do not).
QModelIndex LayerTreeModel::index(int row, int column, const QModelIndex &parent) const
{
    if (column != 0 || row < 0)
        return {};
    if (!parent.isValid())
        return row < count() ? createIndex(row, 0) : QModelIndex();
    if (isLegendRow(parent))
        return {};
    MapLayer *owner = layer(parent.row());
    if (!owner || row >= m_legends.value(owner).size())
        return {};
    return createIndex(row, 0, owner);
}

QModelIndex LayerTreeModel::parent(const QModelIndex &child) const
{
    if (!child.isValid() || !isLegendRow(child))
        return {};
    return index(rowOf(static_cast<MapLayer *>(child.internalPointer())));
}

int LayerTreeModel::columnCount(const QModelIndex &) const
{
    return 1;
}

int LayerTreeModel::rowCount(const QModelIndex &parent) const
{
    if (!parent.isValid())
        return count();
    if (isLegendRow(parent) || parent.column() != 0)
        return 0;
    return int(m_legends.value(layer(parent.row())).size());
}

QVariant LayerTreeModel::legendData(const QModelIndex &index, int role) const
{
    const auto *owner = static_cast<const MapLayer *>(index.internalPointer());
    const LegendSymbol symbol = m_legends.value(owner).value(index.row());
    switch (role) {
    case Qt::DisplayRole: return symbol.label;
    case Qt::DecorationRole: return symbol.colour;
    default: return {};
    }
}

QVariant LayerTreeModel::data(const QModelIndex &index, int role) const
{
    if (!index.isValid() || index.column() != 0)
        return {};
    if (isLegendRow(index))
        return legendData(index, role);
    MapLayer *item = layer(index.row());
    if (!item)
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
    MapLayer *item = isLegendRow(index) ? nullptr : layer(index.row());
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
    if (isLegendRow(index))
        return Qt::ItemIsEnabled | Qt::ItemNeverHasChildren;
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
    if (indexes.isEmpty() || isLegendRow(indexes.first()))
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
    // A drop on an item means "before it"; a drop below the last row has row == -1. A drop
    // among a layer's legend rows means before that layer.
    QModelIndex target = parent;
    if (target.isValid() && isLegendRow(target))
        target = target.parent();
    if (target.isValid())
        row = -1;
    int before = row >= 0 ? row : (target.isValid() ? target.row() : count());
    const int to = before > from ? before - 1 : before;
    moveLayer(from, to);
    // The move is done here, so the view must not remove the source row itself.
    return false;
}

} // namespace cropmap::ui
