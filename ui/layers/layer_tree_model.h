// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <memory>

#include <QAbstractItemModel>
#include <QHash>
#include <QList>

#include "layers/map_layer.h"

namespace cropmap::ui {

/**
 * \brief The project's layers, topmost first, as a model for the Layers dock: names,
 * visibility checkboxes and drag-and-drop reordering; under a class layer, its legend
 * (one child row per class, a colour swatch and the class name).
 *
 * The model owns the layers. layersChanged() fires after any change of the order, the set
 * of layers or their visibility, which is when the canvas needs the new list.
 */
class LayerTreeModel : public QAbstractItemModel
{
    Q_OBJECT

public:
    enum Role { LayerRole = Qt::UserRole + 1 };

    explicit LayerTreeModel(QObject *parent = nullptr);
    ~LayerTreeModel() override;

    //! Adds \a layer on top (row 0) and takes ownership.
    void addLayer(std::unique_ptr<MapLayer> layer);
    void removeLayer(int row);
    void clear();
    //! Moves the layer at \a from to \a to (rows after the move).
    bool moveLayer(int from, int to);

    QList<MapLayer *> layers() const { return m_layers; }
    MapLayer *layer(int row) const { return m_layers.value(row); }
    int rowOf(const MapLayer *layer) const;
    int count() const { return int(m_layers.size()); }
    //! The layer of a layer row or of a legend row under it (nullptr for none).
    MapLayer *layerAt(const QModelIndex &index) const;
    //! True for the legend rows under a class layer.
    static bool isLegendRow(const QModelIndex &index) { return index.internalPointer() != nullptr; }

    QModelIndex index(int row, int column = 0, const QModelIndex &parent = {}) const override;
    QModelIndex parent(const QModelIndex &child) const override;
    int columnCount(const QModelIndex &parent = {}) const override;

    int rowCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role) const override;
    bool setData(const QModelIndex &index, const QVariant &value, int role) override;
    Qt::ItemFlags flags(const QModelIndex &index) const override;
    Qt::DropActions supportedDropActions() const override;
    QStringList mimeTypes() const override;
    QMimeData *mimeData(const QModelIndexList &indexes) const override;
    bool dropMimeData(const QMimeData *data, Qt::DropAction action, int row, int column,
                      const QModelIndex &parent) override;

Q_SIGNALS:
    void layersChanged();

private:
    void watch(MapLayer *layer);
    //! Replaces the legend rows of \a layer when its legend changed (a new style).
    void updateLegendRows(MapLayer *layer);
    QVariant legendData(const QModelIndex &index, int role) const;

    QList<MapLayer *> m_layers;
    // The legend rows shown, per layer; compared with the layer's legend on every change.
    QHash<const MapLayer *, QList<LegendSymbol>> m_legends;
};

} // namespace cropmap::ui
