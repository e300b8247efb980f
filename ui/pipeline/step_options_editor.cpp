// SPDX-License-Identifier: GPL-3.0-or-later
#include "pipeline/step_options_editor.h"

#include <QFont>
#include <QHeaderView>
#include <QJsonArray>
#include <QJsonDocument>
#include <QLineEdit>
#include <QTableWidget>
#include <QVBoxLayout>

#include "app/error_reporter.h"
#include "pipeline/step_options.h"
#include "select/selection_options.h"
#include "util/error.h"

namespace cropmap::ui {

using core::pipeline::PipelineStep;
using core::pipeline::Project;

namespace {

enum Column { SectionColumn, KeyColumn, ValueColumn };

QString jsonText(const QJsonValue &value)
{
    if (value.isUndefined() || value.isNull())
        return {};
    // A one-element array gives any JSON value its compact text form.
    const QByteArray array = QJsonDocument(QJsonArray{value}).toJson(QJsonDocument::Compact);
    return QString::fromUtf8(array.mid(1, array.size() - 2));
}

//! \a text as JSON (a number, true, [1, 2], "text"); anything else is taken as a string.
QJsonValue parseValue(const QString &text)
{
    const QJsonDocument doc = QJsonDocument::fromJson(QByteArray("[") + text.toUtf8() + "]");
    if (doc.isArray() && doc.array().size() == 1)
        return doc.array().first();
    return QJsonValue(text);
}

} // namespace

StepOptionsEditor::StepOptionsEditor(QWidget *parent)
    : QWidget(parent)
{
    m_table = new QTableWidget(0, 3, this);
    m_table->setObjectName(QStringLiteral("stepOptionsTable"));
    m_table->setHorizontalHeaderLabels({tr("Section"), tr("Option"), tr("Value (empty: default)")});
    m_table->verticalHeader()->hide();
    // One line of text a row: the style's default row is twice that, and the train section
    // alone has two dozen rows.
    m_table->verticalHeader()->setDefaultSectionSize(m_table->fontMetrics().height() + 6);
    m_table->horizontalHeader()->setStretchLastSection(true);
    // Section and option names whole, headers included; the value takes what is left.
    m_table->horizontalHeader()->setSectionResizeMode(0, QHeaderView::ResizeToContents);
    m_table->horizontalHeader()->setSectionResizeMode(1, QHeaderView::ResizeToContents);
    m_table->setEditTriggers(QAbstractItemView::DoubleClicked | QAbstractItemView::EditKeyPressed
                             | QAbstractItemView::SelectedClicked);
    m_filter = new QLineEdit(this);
    m_filter->setObjectName(QStringLiteral("stepOptionsFilter"));
    m_filter->setPlaceholderText(tr("Filter options (say mix, rate or a value)"));
    m_filter->setClearButtonEnabled(true);
    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addWidget(m_filter);
    layout->addWidget(m_table);
    connect(m_filter, &QLineEdit::textChanged, this, &StepOptionsEditor::applyFilter);
    connect(m_table, &QTableWidget::itemChanged, this, [this](QTableWidgetItem *item) {
        if (m_filling || item->column() != ValueColumn)
            return;
        const int row = item->row();
        if (!setOption(m_table->item(row, SectionColumn)->text(), m_table->item(row, KeyColumn)->text(),
                       item->text().trimmed()))
            fill(); // back to what the file holds
    });
}

QStringList StepOptionsEditor::sections(PipelineStep step)
{
    switch (step) {
    case PipelineStep::Composite: return {QStringLiteral("composite")};
    case PipelineStep::Rasterize: return {QStringLiteral("rasterize")};
    case PipelineStep::Sample: return {QStringLiteral("split"), QStringLiteral("sampling")};
    case PipelineStep::TrainWeak:
    case PipelineStep::TrainFinal: return {QStringLiteral("train")};
    case PipelineStep::Select: return {QStringLiteral("select")};
    case PipelineStep::Classify: return {QStringLiteral("classify")};
    case PipelineStep::Evaluate: return {QStringLiteral("evaluate")};
    case PipelineStep::Check: return {QStringLiteral("check")};
    }
    return {};
}

void StepOptionsEditor::setProject(const std::optional<Project> &project)
{
    m_project = project;
    fill();
}

void StepOptionsEditor::setStep(PipelineStep step)
{
    m_step = step;
    fill();
}

void StepOptionsEditor::fill()
{
    m_filling = true;
    m_table->setRowCount(0);
    if (m_project) {
        for (const QString &section : sections(m_step)) {
            const QJsonObject options = m_project->stepOptions(section);
            for (const QString &key : Project::allowedKeys(section)) {
                const int row = m_table->rowCount();
                m_table->insertRow(row);
                auto *sectionItem = new QTableWidgetItem(section);
                auto *keyItem = new QTableWidgetItem(key);
                sectionItem->setFlags(Qt::ItemIsEnabled | Qt::ItemIsSelectable);
                keyItem->setFlags(Qt::ItemIsEnabled | Qt::ItemIsSelectable);
                m_table->setItem(row, SectionColumn, sectionItem);
                m_table->setItem(row, KeyColumn, keyItem);
                m_table->setItem(row, ValueColumn, new QTableWidgetItem(jsonText(options.value(key))));
                if (options.contains(key)) {
                    QFont bold = keyItem->font();
                    bold.setBold(true);
                    keyItem->setFont(bold);
                    keyItem->setToolTip(tr("Set in the project file"));
                }
            }
        }
    }
    m_table->resizeColumnToContents(SectionColumn);
    m_table->resizeColumnToContents(KeyColumn);
    applyFilter();
    m_filling = false;
}

void StepOptionsEditor::applyFilter()
{
    const QString text = m_filter->text().trimmed();
    for (int row = 0; row < m_table->rowCount(); ++row) {
        bool shown = text.isEmpty();
        for (int column = SectionColumn; column <= ValueColumn && !shown; ++column)
            shown = m_table->item(row, column)->text().contains(text, Qt::CaseInsensitive);
        m_table->setRowHidden(row, !shown);
    }
}

bool StepOptionsEditor::setOption(const QString &section, const QString &key, const QString &text)
{
    if (!m_project)
        return false;
    Project edited = *m_project;
    QJsonObject options = edited.stepOptions(section);
    if (text.isEmpty())
        options.remove(key);
    else
        options.insert(key, parseValue(text));
    edited.steps.insert(section, options);
    try {
        // The checks `cropmap run` makes: every key of the file, then the option parsers.
        const QByteArray json = QJsonDocument(edited.toJson()).toJson(QJsonDocument::Indented);
        Project checked = Project::fromJson(json, edited.path);
        if (section == QLatin1String("train"))
            core::pipeline::trainOptions(checked);
        if (section == QLatin1String("select")) {
            QJsonObject select = options;
            select.remove(QStringLiteral("keep"));
            core::select::SelectionOptions::fromJson(select, edited.path + QStringLiteral(" (select)"));
        }
        checked.save(edited.path);
        m_project = checked;
    } catch (const core::Error &error) {
        ErrorReporter::report(this, tr("Invalid option"), error.message());
        return false;
    }
    Q_EMIT projectChanged(*m_project);
    return true;
}

} // namespace cropmap::ui
