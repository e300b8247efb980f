// SPDX-License-Identifier: GPL-3.0-or-later
// ParcelsPanel: the table, its filters, the thresholds and the verdicts (the series and the
// map are in parcels_panel_series.cpp).
#include "parcels/parcels_panel.h"

#include <QComboBox>
#include <QDir>
#include <QDoubleSpinBox>
#include <QFileInfo>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QShortcut>
#include <QSpinBox>
#include <QSplitter>
#include <QTableView>
#include <QVBoxLayout>

#include "app/error_reporter.h"
#include "check/declaration_check.h"
#include "layers/layer_tree_model.h"
#include "layers/vector_layer.h"
#include "parcels/parcel_filter_model.h"
#include "parcels/parcel_series_plot.h"
#include "parcels/parcel_table_model.h"
#include "pipeline/pipeline_runner.h"
#include "plots/export_actions.h"
#include "util/error.h"

namespace cropmap::ui {

using core::check::CheckOptions;
using core::check::ParcelStatus;
using core::check::Verdict;

ParcelsPanel::ParcelsPanel(QWidget *parent)
    : QWidget(parent)
{
    m_model = new ParcelTableModel(this);
    m_filter = new ParcelFilterModel(this);
    m_filter->setSourceModel(m_model);

    auto *top = new QWidget(this);
    auto *topLayout = new QVBoxLayout(top);
    topLayout->setContentsMargins(0, 0, 0, 0);
    m_message = new QLabel(top);
    m_message->setWordWrap(true);
    topLayout->addWidget(m_message);
    buildThresholds(top);
    m_counts = new QLabel(top);
    m_counts->setObjectName(QStringLiteral("parcelCounts"));
    topLayout->addWidget(m_counts);
    auto *filters = new QHBoxLayout;
    m_textFilter = new QLineEdit(top);
    m_textFilter->setObjectName(QStringLiteral("parcelTextFilter"));
    m_textFilter->setPlaceholderText(tr("Filter: class, key, note…"));
    m_textFilter->setClearButtonEnabled(true);
    m_statusFilter = new QComboBox(top);
    m_statusFilter->setObjectName(QStringLiteral("parcelStatusFilter"));
    using Filter = ParcelFilterModel::StatusFilter;
    for (const auto &[text, filter] : {std::pair{tr("All statuses"), Filter::All},
                                       std::pair{tr("Doubtful and disagreeing"), Filter::Flagged},
                                       std::pair{ParcelTableModel::statusText(ParcelStatus::Agrees), Filter::Agrees},
                                       std::pair{ParcelTableModel::statusText(ParcelStatus::Doubtful), Filter::Doubtful},
                                       std::pair{ParcelTableModel::statusText(ParcelStatus::Disagrees), Filter::Disagrees},
                                       std::pair{ParcelTableModel::statusText(ParcelStatus::TooSmall), Filter::TooSmall}})
        m_statusFilter->addItem(text, int(filter));
    filters->addWidget(m_textFilter, 1);
    filters->addWidget(m_statusFilter);
    topLayout->addLayout(filters);
    m_table = new QTableView(top);
    m_table->setObjectName(QStringLiteral("parcelTable"));
    m_table->setModel(m_filter);
    m_table->setSortingEnabled(true);
    m_table->sortByColumn(ParcelTableModel::StatusColumn, Qt::AscendingOrder);
    m_table->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_table->setSelectionMode(QAbstractItemView::SingleSelection);
    m_table->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_table->verticalHeader()->hide();
    m_table->verticalHeader()->setDefaultSectionSize(m_table->fontMetrics().height() + 6);
    m_table->horizontalHeader()->setSectionResizeMode(QHeaderView::ResizeToContents);
    m_table->horizontalHeader()->setStretchLastSection(true);
    addTableExport(m_table, QStringLiteral("parcels"));
    topLayout->addWidget(m_table, 1);

    auto *bottom = new QWidget(this);
    buildDetails(bottom);
    auto *splitter = new QSplitter(Qt::Vertical, this);
    splitter->addWidget(top);
    splitter->addWidget(bottom);
    splitter->setStretchFactor(0, 1);
    splitter->setStretchFactor(1, 1);
    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(4, 4, 4, 4);
    layout->addWidget(splitter);

    connect(m_textFilter, &QLineEdit::textChanged, m_filter, &QSortFilterProxyModel::setFilterFixedString);
    connect(m_statusFilter, &QComboBox::currentIndexChanged, this, [this] {
        m_filter->setStatusFilter(ParcelFilterModel::StatusFilter(m_statusFilter->currentData().toInt()));
    });
    connect(m_table->selectionModel(), &QItemSelectionModel::currentRowChanged, this, &ParcelsPanel::showCurrent);
    connect(m_model, &ParcelTableModel::statusesChanged, this, [this] {
        updateCounts();
        recolourOverlay();
    });
    // The analyst's keys: next / previous doubtful or disagreeing parcel.
    const auto addStep = [this](const QKeySequence &keys, bool forward) {
        auto *shortcut = new QShortcut(keys, this, [this, forward] { stepFlagged(forward); });
        shortcut->setContext(Qt::WidgetWithChildrenShortcut);
    };
    addStep(QKeySequence(tr("N")), true);
    addStep(QKeySequence(tr("Ctrl+Down")), true);
    addStep(QKeySequence(tr("P")), false);
    addStep(QKeySequence(tr("Ctrl+Up")), false);
    m_message->setText(tr("Open a method project to check its declarations parcel by parcel."));
    updateCounts();
}

ParcelsPanel::~ParcelsPanel() = default;

void ParcelsPanel::buildThresholds(QWidget *box)
{
    auto *row = new QHBoxLayout;
    m_agree = new QDoubleSpinBox(box);
    m_agree->setObjectName(QStringLiteral("agreeThreshold"));
    m_disagree = new QDoubleSpinBox(box);
    m_disagree->setObjectName(QStringLiteral("disagreeThreshold"));
    for (QDoubleSpinBox *spin : {m_agree, m_disagree}) {
        spin->setRange(0.0, 1.0);
        spin->setSingleStep(0.05);
        spin->setDecimals(2);
    }
    m_agree->setToolTip(tr("A parcel agrees from this share of its mapped pixels in the declared class"));
    m_disagree->setToolTip(tr("A parcel disagrees under this share; between the two it is doubtful"));
    m_minPixels = new QSpinBox(box);
    m_minPixels->setObjectName(QStringLiteral("minPixelsThreshold"));
    m_minPixels->setRange(1, 1000000);
    m_minPixels->setToolTip(tr("Parcels with fewer mapped pixels are too small to judge"));
    const CheckOptions defaults;
    m_agree->setValue(defaults.agree);
    m_disagree->setValue(defaults.disagree);
    m_minPixels->setValue(defaults.minPixels);
    row->addWidget(new QLabel(tr("Agrees ≥"), box));
    row->addWidget(m_agree);
    row->addWidget(new QLabel(tr("disagrees <"), box));
    row->addWidget(m_disagree);
    row->addWidget(new QLabel(tr("min. pixels"), box));
    row->addWidget(m_minPixels);
    row->addStretch(1);
    static_cast<QVBoxLayout *>(box->layout())->addLayout(row);
    connect(m_agree, &QDoubleSpinBox::valueChanged, this, &ParcelsPanel::thresholdsEdited);
    connect(m_disagree, &QDoubleSpinBox::valueChanged, this, &ParcelsPanel::thresholdsEdited);
    connect(m_minPixels, &QSpinBox::valueChanged, this, &ParcelsPanel::thresholdsEdited);
}

void ParcelsPanel::buildDetails(QWidget *box)
{
    auto *layout = new QVBoxLayout(box);
    layout->setContentsMargins(0, 0, 0, 0);
    m_details = new QLabel(box);
    m_details->setObjectName(QStringLiteral("parcelDetails"));
    m_details->setWordWrap(true);
    m_details->setTextInteractionFlags(Qt::TextSelectableByMouse);
    layout->addWidget(m_details);
    auto *verdictRow = new QHBoxLayout;
    m_verdict = new QComboBox(box);
    m_verdict->setObjectName(QStringLiteral("parcelVerdict"));
    m_verdict->addItem(tr("No verdict"), int(Verdict::None));
    for (Verdict v : {Verdict::DeclarationConfirmed, Verdict::MapConfirmed, Verdict::Unsure})
        m_verdict->addItem(ParcelTableModel::verdictText(v), int(v));
    m_note = new QLineEdit(box);
    m_note->setObjectName(QStringLiteral("parcelNote"));
    m_note->setPlaceholderText(tr("Note"));
    m_export = new QPushButton(tr("Export verdicts"), box);
    m_export->setObjectName(QStringLiteral("exportVerdicts"));
    m_export->setToolTip(tr("Write the verdicts and notes into the check's parcels.gpkg (fields verdict, note)"));
    verdictRow->addWidget(new QLabel(tr("Verdict"), box));
    verdictRow->addWidget(m_verdict);
    verdictRow->addWidget(m_note, 1);
    verdictRow->addWidget(m_export);
    layout->addLayout(verdictRow);
    auto *seriesRow = new QHBoxLayout;
    m_series = new QComboBox(box);
    m_series->setObjectName(QStringLiteral("parcelSeriesChoice"));
    m_series->setToolTip(tr("Band or index to plot"));
    seriesRow->addWidget(new QLabel(tr("Series"), box));
    seriesRow->addWidget(m_series);
    seriesRow->addStretch(1);
    layout->addLayout(seriesRow);
    m_plot = new ParcelSeriesPlot(box);
    layout->addWidget(m_plot, 1);
    connect(m_verdict, &QComboBox::activated, this,
            [this] { setVerdict(Verdict(m_verdict->currentData().toInt())); });
    connect(m_note, &QLineEdit::editingFinished, this, [this] { setNote(m_note->text()); });
    connect(m_export, &QPushButton::clicked, this, &ParcelsPanel::exportVerdicts);
    connect(m_series, &QComboBox::currentTextChanged, this, [this] {
        if (!m_filling)
            plotCurrent();
    });
}

QString ParcelsPanel::gpkgPath() const
{
    return m_project ? core::check::DeclarationCheck::geoPackagePath(
                           core::pipeline::PipelineRunner(*m_project).checkFolder())
                     : QString();
}

void ParcelsPanel::setProject(const core::pipeline::Project &project)
{
    const bool sameOutput = m_project && m_project->path == project.path
                            && m_project->outputDir() == project.outputDir();
    m_project = project;
    CheckOptions thresholds;
    core::check::ParcelVerdicts verdicts;
    try {
        thresholds = CheckOptions::fromJson(project.stepOptions(QStringLiteral("check")), project.path);
        verdicts = core::check::ParcelVerdicts::fromJson(project.verdicts, project.path);
    } catch (const core::Error &error) {
        ErrorReporter::report(this, tr("Cannot read the check settings"), error.message());
    }
    {
        const QSignalBlocker a(m_agree), d(m_disagree), m(m_minPixels);
        m_agree->setValue(thresholds.agree);
        m_disagree->setValue(thresholds.disagree);
        m_minPixels->setValue(thresholds.minPixels);
    }
    m_model->setThresholds(thresholds);
    m_model->setVerdicts(verdicts);
    // Opening the same project again cleared the map: the overlay comes back too.
    if (!sameOutput || !m_overlay)
        reload();
    else
        showVerdictOf(currentParcel());
}

int ParcelsPanel::currentParcel() const
{
    const QModelIndex current = m_table->currentIndex();
    return current.isValid() ? m_filter->mapToSource(current).row() : -1;
}

void ParcelsPanel::selectParcel(int modelRow)
{
    const QModelIndex index = m_filter->mapFromSource(m_model->index(modelRow, 0));
    if (!index.isValid())
        return;
    m_table->setCurrentIndex(index);
    m_table->scrollTo(index);
}

bool ParcelsPanel::stepFlagged(bool forward)
{
    const int rows = m_filter->rowCount();
    if (rows == 0)
        return false;
    const int start = m_table->currentIndex().isValid() ? m_table->currentIndex().row() : (forward ? -1 : rows);
    for (int i = 1; i <= rows; ++i) {
        // Wraps around: the last flagged parcel leads back to the first.
        const int row = ((start + (forward ? i : -i)) % rows + rows) % rows;
        const QModelIndex index = m_filter->index(row, 0);
        if (ParcelFilterModel::isFlagged(index.data(ParcelTableModel::StatusRole).toInt())) {
            m_table->setCurrentIndex(index);
            m_table->scrollTo(index);
            return true;
        }
    }
    return false;
}

void ParcelsPanel::setThresholds(const CheckOptions &thresholds)
{
    const QSignalBlocker a(m_agree), d(m_disagree);
    m_agree->setValue(thresholds.agree);
    m_disagree->setValue(thresholds.disagree);
    m_minPixels->setValue(thresholds.minPixels); // one edit: saves and re-labels
    thresholdsEdited();
}

void ParcelsPanel::thresholdsEdited()
{
    // Keep 0 ≤ disagree ≤ agree ≤ 1 by moving the other threshold along.
    if (m_disagree->value() > m_agree->value()) {
        const QSignalBlocker a(m_agree), d(m_disagree);
        if (sender() == m_disagree)
            m_agree->setValue(m_disagree->value());
        else
            m_disagree->setValue(m_agree->value());
    }
    CheckOptions thresholds;
    thresholds.agree = m_agree->value();
    thresholds.disagree = m_disagree->value();
    thresholds.minPixels = m_minPixels->value();
    if (thresholds.agree == m_model->thresholds().agree && thresholds.disagree == m_model->thresholds().disagree
        && thresholds.minPixels == m_model->thresholds().minPixels)
        return;
    m_model->setThresholds(thresholds);
    showCurrent();
    saveProject(true);
}

void ParcelsPanel::setVerdict(Verdict verdict)
{
    const int row = currentParcel();
    if (row < 0)
        return;
    core::check::ParcelVerdict v = m_model->verdict(row);
    v.verdict = verdict;
    m_model->setVerdict(row, v);
    showVerdictOf(row);
    saveProject(false);
}

void ParcelsPanel::setNote(const QString &note)
{
    const int row = currentParcel();
    if (row < 0 || m_model->verdict(row).note == note)
        return;
    core::check::ParcelVerdict v = m_model->verdict(row);
    v.note = note;
    m_model->setVerdict(row, v);
    showVerdictOf(row);
    saveProject(false);
}

void ParcelsPanel::saveProject(bool withThresholds)
{
    if (!m_project || m_project->path.isEmpty())
        return;
    try {
        // Re-read the file: another dock may have saved other keys since this copy was made.
        core::pipeline::Project project = core::pipeline::Project::load(m_project->path);
        // Only thresholds the analyst chose: a verdict alone must not put the check step out of date.
        if (withThresholds)
            project.steps.insert(QStringLiteral("check"), m_model->thresholds().toJson());
        project.verdicts = m_model->verdicts().toJson();
        project.save(m_project->path);
        m_project = project;
        Q_EMIT projectSaved(project);
    } catch (const core::Error &error) {
        ErrorReporter::report(this, tr("Cannot save the verdicts and thresholds"), error.message());
    }
}

bool ParcelsPanel::exportVerdicts()
{
    const QString path = gpkgPath();
    try {
        m_model->verdicts().writeToGeoPackage(path);
    } catch (const core::Error &error) {
        ErrorReporter::report(this, tr("Cannot export the verdicts"), error.message());
        return false;
    }
    m_message->setText(tr("%n verdict(s) written to %1 (fields verdict, note).", nullptr, m_model->verdicts().size())
                           .arg(QDir::toNativeSeparators(path)));
    return true;
}

void ParcelsPanel::updateCounts()
{
    const std::array<int, 4> counts = m_model->statusCounts();
    m_counts->setText(tr("%L1 agree · %L2 doubtful · %L3 disagree · %L4 too small")
                          .arg(counts[0])
                          .arg(counts[1])
                          .arg(counts[2])
                          .arg(counts[3]));
}

void ParcelsPanel::showVerdictOf(int row)
{
    const bool enabled = row >= 0;
    m_verdict->setEnabled(enabled);
    m_note->setEnabled(enabled);
    const core::check::ParcelVerdict v = enabled ? m_model->verdict(row) : core::check::ParcelVerdict{};
    const QSignalBlocker blocker(m_verdict);
    m_verdict->setCurrentIndex(std::max(0, m_verdict->findData(int(v.verdict))));
    if (m_note->text() != v.note)
        m_note->setText(v.note);
}

QString ParcelsPanel::message() const
{
    return m_message->text();
}

QString ParcelsPanel::plottedSeries() const
{
    return m_series->currentText();
}

void ParcelsPanel::setPlottedSeries(const QString &name)
{
    m_series->setCurrentText(name);
}

} // namespace cropmap::ui
