// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QStyledItemDelegate>

namespace cropmap::ui {

class LegendDocument;

/**
 * \brief Edits a target-class cell with a combobox: "ignore" and the document's classes,
 * each with its colour; the model receives the class id (0 = ignore).
 */
class ClassComboDelegate : public QStyledItemDelegate
{
    Q_OBJECT

public:
    explicit ClassComboDelegate(LegendDocument *document, QObject *parent = nullptr);

    QWidget *createEditor(QWidget *parent, const QStyleOptionViewItem &option,
                          const QModelIndex &index) const override;
    void setEditorData(QWidget *editor, const QModelIndex &index) const override;
    void setModelData(QWidget *editor, QAbstractItemModel *model,
                      const QModelIndex &index) const override;

private:
    LegendDocument *m_document;
};

} // namespace cropmap::ui
