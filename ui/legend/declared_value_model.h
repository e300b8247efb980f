// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QAbstractTableModel>
#include <QStringList>

namespace cropmap::ui {

class LegendDocument;

/**
 * \brief The declared values of a LegendDocument as a table: value, label, parcel count,
 * area and target class.
 *
 * The class column is editable: its EditRole is the class id (0 = ignore); setting it pushes
 * an undoable assignment onto the document. Values no legend row covers show as "unknown"
 * (treated as ignore by every step, as the CLI does).
 */
class DeclaredValueModel : public QAbstractTableModel
{
    Q_OBJECT

public:
    enum Column { Value, Label, Parcels, Area, TargetClassColumn, ColumnCount };

    explicit DeclaredValueModel(LegendDocument *document, QObject *parent = nullptr);

    int rowCount(const QModelIndex &parent = {}) const override;
    int columnCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    bool setData(const QModelIndex &index, const QVariant &value, int role = Qt::EditRole) override;
    Qt::ItemFlags flags(const QModelIndex &index) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role) const override;

    QString valueAt(int row) const { return m_values.value(row); }
    int rowOfValue(const QString &value) const { return int(m_values.indexOf(value)); }

private:
    void refresh();

    LegendDocument *m_document;
    QStringList m_values;
};

} // namespace cropmap::ui
