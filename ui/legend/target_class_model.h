// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QAbstractTableModel>

namespace cropmap::ui {

class LegendDocument;

/**
 * \brief The target classes of a LegendDocument: id, name, colour, and the parcels and area
 * the declared values mapped to each class add up to.
 *
 * Name and colour are editable (EditRole: the name; a QColor for the colour); each edit is
 * an undoable rename or recolour on the document.
 */
class TargetClassModel : public QAbstractTableModel
{
    Q_OBJECT

public:
    enum Column { Id, Name, Colour, Parcels, Area, ColumnCount };

    explicit TargetClassModel(LegendDocument *document, QObject *parent = nullptr);

    int rowCount(const QModelIndex &parent = {}) const override;
    int columnCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    bool setData(const QModelIndex &index, const QVariant &value, int role = Qt::EditRole) override;
    Qt::ItemFlags flags(const QModelIndex &index) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role) const override;

    //! Class id of \a row, or 0.
    int classIdAt(int row) const;

private:
    void refresh();

    LegendDocument *m_document;
    int m_rows = 0;
};

} // namespace cropmap::ui
