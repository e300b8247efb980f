// SPDX-License-Identifier: GPL-3.0-or-later
#include "legend/class_combo_delegate.h"

#include <QComboBox>

#include "legend/legend_document.h"
#include "legend/legend_editor.h"

namespace cropmap::ui {

ClassComboDelegate::ClassComboDelegate(LegendDocument *document, QObject *parent)
    : QStyledItemDelegate(parent)
    , m_document(document)
{}

QWidget *ClassComboDelegate::createEditor(QWidget *parent, const QStyleOptionViewItem &,
                                          const QModelIndex &) const
{
    auto *combo = new QComboBox(parent);
    LegendEditor::fillClassCombo(combo, m_document->legend().classes());
    // Commit as soon as a class is picked, as a QGIS attribute form does.
    connect(combo, &QComboBox::activated, this, [this, combo] {
        Q_EMIT const_cast<ClassComboDelegate *>(this)->commitData(combo);
        Q_EMIT const_cast<ClassComboDelegate *>(this)->closeEditor(combo);
    });
    return combo;
}

void ClassComboDelegate::setEditorData(QWidget *editor, const QModelIndex &index) const
{
    auto *combo = static_cast<QComboBox *>(editor);
    const int at = combo->findData(index.data(Qt::EditRole).toInt());
    combo->setCurrentIndex(at < 0 ? 0 : at);
}

void ClassComboDelegate::setModelData(QWidget *editor, QAbstractItemModel *model,
                                      const QModelIndex &index) const
{
    model->setData(index, static_cast<QComboBox *>(editor)->currentData(), Qt::EditRole);
}

} // namespace cropmap::ui
