// SPDX-License-Identifier: GPL-3.0-or-later
#include "legend/legend_editor.h"

#include <QColorDialog>
#include <QComboBox>
#include <QFileDialog>
#include <QFileInfo>
#include <QHeaderView>
#include <QInputDialog>
#include <QLabel>
#include <QLineEdit>
#include <QPixmap>
#include <QPushButton>
#include <QSortFilterProxyModel>
#include <QSplitter>
#include <QTableView>
#include <QToolBar>
#include <QUndoStack>
#include <QVBoxLayout>
#include <QtConcurrent/QtConcurrentRun>

#include "app/error_reporter.h"
#include "legend/class_combo_delegate.h"
#include "legend/declared_value_model.h"
#include "legend/legend_document.h"
#include "legend/prior_chart.h"
#include "legend/target_class_model.h"
#include "util/error.h"
#include "util/feedback.h"

namespace cropmap::ui {

using core::thematic::ClassTable;
using core::thematic::LegendAggregation;

LegendEditor::LegendEditor(QWidget *parent)
    : QWidget(parent)
    , m_document(new LegendDocument(this))
{
    m_document->reset(LegendAggregation(QString(), ClassTable::seedClasses()));
    m_values = new DeclaredValueModel(m_document, this);
    m_classes = new TargetClassModel(m_document, this);
    m_chart = new PriorChart(m_document, this);

    auto *splitter = new QSplitter(Qt::Vertical, this);
    splitter->addWidget(createValuePane());
    splitter->addWidget(createClassPane());
    splitter->addWidget(m_chart);
    splitter->setStretchFactor(0, 4);
    splitter->setStretchFactor(1, 3);
    splitter->setStretchFactor(2, 4);
    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(2, 2, 2, 2);
    layout->addWidget(splitter);

    connect(m_document, &LegendDocument::changed, this, [this] {
        const QVariant current = m_assignCombo->currentData();
        fillClassCombo(m_assignCombo, m_document->legend().classes());
        const int at = m_assignCombo->findData(current);
        m_assignCombo->setCurrentIndex(at < 0 ? 0 : at);
        Q_EMIT legendChanged();
    });
    connect(m_document, &LegendDocument::editRejected, this, [this](const QString &reason) {
        ErrorReporter::report(this, tr("Legend editor"), reason);
    });
    connect(&m_watcher, &QFutureWatcher<Count>::finished, this, &LegendEditor::countFinished);
    fillClassCombo(m_assignCombo, m_document->legend().classes());
}

LegendEditor::~LegendEditor()
{
    m_watcher.waitForFinished();
}

QUndoStack *LegendEditor::undoStack() const
{
    return m_document->undoStack();
}

QWidget *LegendEditor::createValuePane()
{
    auto *pane = new QWidget(this);
    m_fieldCombo = new QComboBox(pane);
    m_fieldCombo->setObjectName(QStringLiteral("legendFieldCombo"));
    m_fieldCombo->setToolTip(tr("The attribute of the parcels that holds the declared crop"));
    connect(m_fieldCombo, &QComboBox::activated, this,
            [this] { setField(m_fieldCombo->currentText()); });
    m_filter = new QLineEdit(pane);
    m_filter->setObjectName(QStringLiteral("legendFilter"));
    m_filter->setPlaceholderText(tr("Filter values and classes…"));
    m_filter->setClearButtonEnabled(true);

    m_proxy = new QSortFilterProxyModel(this);
    m_proxy->setSourceModel(m_values);
    m_proxy->setFilterCaseSensitivity(Qt::CaseInsensitive);
    m_proxy->setFilterKeyColumn(-1);
    m_proxy->setSortRole(Qt::EditRole);
    connect(m_filter, &QLineEdit::textChanged, m_proxy, &QSortFilterProxyModel::setFilterFixedString);

    m_valueView = new QTableView(pane);
    m_valueView->setObjectName(QStringLiteral("declaredValueView"));
    m_valueView->setModel(m_proxy);
    m_valueView->setSortingEnabled(true);
    m_valueView->sortByColumn(DeclaredValueModel::Value, Qt::AscendingOrder);
    m_valueView->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_valueView->setSelectionMode(QAbstractItemView::ExtendedSelection);
    m_valueView->setEditTriggers(QAbstractItemView::DoubleClicked | QAbstractItemView::EditKeyPressed
                                 | QAbstractItemView::SelectedClicked);
    m_valueView->setItemDelegateForColumn(DeclaredValueModel::TargetClassColumn,
                                          new ClassComboDelegate(m_document, m_valueView));
    m_valueView->verticalHeader()->hide();
    m_valueView->setWordWrap(false);
    m_valueView->horizontalHeader()->setStretchLastSection(true);

    m_assignCombo = new QComboBox(pane);
    m_assignCombo->setObjectName(QStringLiteral("assignCombo"));
    auto *assign = new QPushButton(tr("Assign to selection"), pane);
    assign->setToolTip(tr("Map every selected declared value to this class"));
    connect(assign, &QPushButton::clicked, this,
            [this] { assignSelection(m_assignCombo->currentData().toInt()); });

    auto *top = new QHBoxLayout;
    top->addWidget(new QLabel(tr("Field:"), pane));
    top->addWidget(m_fieldCombo, 1);
    top->addWidget(m_filter, 2);
    auto *bottom = new QHBoxLayout;
    bottom->addWidget(new QLabel(tr("Selected values →"), pane));
    bottom->addWidget(m_assignCombo, 1);
    bottom->addWidget(assign);
    auto *layout = new QVBoxLayout(pane);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addLayout(top);
    layout->addWidget(m_valueView, 1);
    layout->addLayout(bottom);
    return pane;
}

QWidget *LegendEditor::createClassPane()
{
    auto *pane = new QWidget(this);
    auto *tools = new QToolBar(pane);
    tools->setToolButtonStyle(Qt::ToolButtonTextOnly);
    tools->addAction(tr("Add class…"), this, &LegendEditor::addClassInteractively);
    tools->addAction(tr("Rename"), this, [this] {
        const QModelIndex current = m_classView->currentIndex();
        if (current.isValid())
            m_classView->edit(m_classes->index(current.row(), TargetClassModel::Name));
    });
    tools->addAction(tr("Merge"), this, &LegendEditor::mergeSelectedClasses)
        ->setToolTip(tr("Merge the selected classes into the first of them"));
    tools->addAction(tr("Delete"), this, &LegendEditor::deleteSelectedClasses)
        ->setToolTip(tr("Delete the selected classes; their values become \"ignore\""));
    tools->addSeparator();
    tools->addAction(tr("Save"), this, [this] {
        if (m_legendPath.isEmpty())
            chooseAndExport();
        else
            saveLegend();
    })->setToolTip(tr("Write the legend back to its file"));
    tools->addAction(tr("Import…"), this, &LegendEditor::chooseAndImport);
    tools->addAction(tr("Export…"), this, &LegendEditor::chooseAndExport);

    m_classView = new QTableView(pane);
    m_classView->setObjectName(QStringLiteral("targetClassView"));
    m_classView->setModel(m_classes);
    m_classView->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_classView->setSelectionMode(QAbstractItemView::ExtendedSelection);
    m_classView->setEditTriggers(QAbstractItemView::DoubleClicked | QAbstractItemView::EditKeyPressed);
    m_classView->verticalHeader()->hide();
    m_classView->horizontalHeader()->setStretchLastSection(true);
    connect(m_classView, &QTableView::doubleClicked, this, [this](const QModelIndex &index) {
        if (index.column() == TargetClassModel::Colour)
            pickColour(index);
    });
    auto *layout = new QVBoxLayout(pane);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addWidget(tools);
    layout->addWidget(m_classView, 1);
    return pane;
}

void LegendEditor::fillClassCombo(QComboBox *combo, const ClassTable &classes)
{
    combo->clear();
    combo->addItem(tr("ignore"), LegendAggregation::Ignore);
    for (const auto &c : classes.classes()) {
        QPixmap swatch(12, 12);
        swatch.fill(QColor(c.colour));
        combo->addItem(QIcon(swatch), c.name, c.id);
    }
}

void LegendEditor::setParcelSource(const QString &path, const QStringList &fields)
{
    m_parcelPath = path;
    m_fieldCombo->clear();
    if (path.isEmpty()) {
        m_watcher.waitForFinished();
        m_document->setDeclaredValues({});
        return;
    }
    m_fieldCombo->addItems(fields);
    const QString legendField = m_document->legend().field();
    if (!legendField.isEmpty() && fields.contains(legendField))
        setField(legendField);
    else
        m_fieldCombo->setCurrentIndex(-1);
}

QString LegendEditor::field() const
{
    return m_fieldCombo->currentText();
}

void LegendEditor::setField(const QString &field)
{
    m_fieldCombo->setCurrentText(field);
    // A legend without rows is not yet for any field: it becomes this field's legend.
    if (m_document->legend().size() == 0 && m_document->legend().field() != field)
        m_document->reset(LegendAggregation(field, m_document->legend().classes()));
    m_watcher.waitForFinished();
    const QString path = m_parcelPath;
    m_watcher.setFuture(QtConcurrent::run([path, field] {
        Count count;
        try {
            core::Feedback feedback;
            count.values = core::thematic::ParcelLayer::open(path, field).declaredValues(feedback);
        } catch (const core::Error &error) {
            count.error = error.message();
        }
        return count;
    }));
}

void LegendEditor::countFinished()
{
    const Count count = m_watcher.result();
    if (!count.error.isEmpty()) {
        ErrorReporter::report(this, tr("Cannot read the declared values"), count.error);
        return;
    }
    m_document->setDeclaredValues(count.values);
    bool labelled = false;
    for (const auto &value : count.values)
        labelled = labelled || !value.label.isEmpty();
    m_valueView->setColumnHidden(DeclaredValueModel::Label, !labelled);
    m_valueView->resizeColumnsToContents();
    // Long declared names (whole crop descriptions) must not push the class column away.
    m_valueView->setColumnWidth(DeclaredValueModel::Value,
                                std::min(m_valueView->columnWidth(DeclaredValueModel::Value), 260));
    Q_EMIT declaredValuesLoaded();
}

bool LegendEditor::openLegend(const QString &path)
{
    try {
        m_document->reset(LegendAggregation::load(path));
    } catch (const core::Error &error) {
        ErrorReporter::report(this, tr("Cannot open the legend"), error.message());
        return false;
    }
    m_legendPath = path;
    const QString legendField = m_document->legend().field();
    if (!m_parcelPath.isEmpty() && !legendField.isEmpty() && legendField != field()
        && m_fieldCombo->findText(legendField) >= 0)
        setField(legendField);
    return true;
}

bool LegendEditor::importLegend(const QString &path)
{
    try {
        m_document->replace(LegendAggregation::load(path),
                            tr("Import %1").arg(QFileInfo(path).fileName()));
    } catch (const core::Error &error) {
        ErrorReporter::report(this, tr("Cannot import the legend"), error.message());
        return false;
    }
    return true;
}

bool LegendEditor::exportLegend(const QString &path)
{
    try {
        m_document->legend().save(path);
    } catch (const core::Error &error) {
        ErrorReporter::report(this, tr("Cannot export the legend"), error.message());
        return false;
    }
    Q_EMIT legendSaved(path);
    return true;
}

bool LegendEditor::saveLegend()
{
    if (m_legendPath.isEmpty() || !exportLegend(m_legendPath))
        return false;
    undoStack()->setClean();
    return true;
}

void LegendEditor::assignSelection(int classId)
{
    QStringList values;
    for (const QModelIndex &index : m_valueView->selectionModel()->selectedRows())
        values << m_values->valueAt(m_proxy->mapToSource(index).row());
    m_document->assign(values, classId);
}

QList<int> LegendEditor::selectedClassIds() const
{
    QList<int> rows;
    for (const QModelIndex &index : m_classView->selectionModel()->selectedRows())
        rows << index.row();
    std::sort(rows.begin(), rows.end());
    QList<int> ids;
    for (int row : rows)
        ids << m_classes->classIdAt(row);
    return ids;
}

void LegendEditor::mergeSelectedClasses()
{
    const QList<int> ids = selectedClassIds();
    m_document->mergeClasses(ids.value(0), ids.mid(1));
}

void LegendEditor::deleteSelectedClasses()
{
    const QList<int> ids = selectedClassIds();
    if (ids.size() > 1)
        undoStack()->beginMacro(tr("Delete %n classes", nullptr, int(ids.size())));
    for (int id : ids)
        m_document->deleteClass(id);
    if (ids.size() > 1)
        undoStack()->endMacro();
}

void LegendEditor::addClassInteractively()
{
    bool ok = false;
    const QString name = QInputDialog::getText(this, tr("Add class"), tr("Name of the new class:"),
                                               QLineEdit::Normal, QString(), &ok);
    if (!ok)
        return;
    // Golden-angle hues keep a new class apart from the last one.
    const QColor colour = QColor::fromHsv((m_document->legend().classes().size() * 137) % 360, 170, 220);
    m_document->addClass(name, colour);
}

void LegendEditor::pickColour(const QModelIndex &index)
{
    const QColor current = index.data(Qt::EditRole).value<QColor>();
    const QColor colour = QColorDialog::getColor(current, this, tr("Class colour"));
    if (colour.isValid())
        m_classes->setData(index, colour, Qt::EditRole);
}

void LegendEditor::chooseAndImport()
{
    const QString path = QFileDialog::getOpenFileName(this, tr("Import legend"), m_legendPath,
                                                      tr("Legends (*.json *.csv)"));
    if (!path.isEmpty())
        importLegend(path);
}

void LegendEditor::chooseAndExport()
{
    const QString path = QFileDialog::getSaveFileName(this, tr("Export legend"), m_legendPath,
                                                      tr("Legend JSON (*.json);;Legend CSV (*.csv)"));
    if (!path.isEmpty())
        exportLegend(path);
}

} // namespace cropmap::ui
