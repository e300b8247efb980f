// SPDX-License-Identifier: GPL-3.0-or-later
#include "results/selection_view.h"

#include <cmath>

#include <QFile>
#include <QHeaderView>
#include <QJsonArray>
#include <QJsonDocument>
#include <QLabel>
#include <QLocale>
#include <QSplitter>
#include <QTableWidget>
#include <QVBoxLayout>

#include "app/error_reporter.h"
#include "plots/export_actions.h"
#include "plots/plot_layout.h"
#include "plots/qcustomplot_wrapper.h"
#include "util/error.h"

namespace cropmap::ui {

using core::select::ClassSelectionStats;
using core::select::SelectionSummary;

namespace {

QString notAvailable()
{
    return SelectionView::tr("n/a");
}

QTableWidgetItem *numberItem(double value, int decimals = 0)
{
    auto *item = new QTableWidgetItem(std::isnan(value) || value < 0 ? notAvailable()
                                                                     : QLocale().toString(value, 'f', decimals));
    item->setTextAlignment(Qt::AlignRight | Qt::AlignVCenter);
    return item;
}

QString percent(double share)
{
    return std::isnan(share) ? notAvailable() : QLocale().toString(100.0 * share, 'f', 1) + QStringLiteral(" %");
}

} // namespace

SelectionView::SelectionView(QWidget *parent)
    : QWidget(parent)
{
    m_cleaning = new QLabel(tr("No selection yet: run the Select step."), this);
    m_cleaning->setObjectName(QStringLiteral("cleaningLabel"));
    m_cleaning->setWordWrap(true);
    m_table = new QTableWidget(0, 10, this);
    m_table->setObjectName(QStringLiteral("selectionTable"));
    m_table->setHorizontalHeaderLabels({tr("Class"), tr("Declared px"), tr("Candidates"), tr("r_u"), tr("Kept"),
                                        tr("Dropped (disagreeing)"), tr("Dropped (agreeing)"),
                                        tr("Wrongly declared"), tr("Of those removed"), tr("Note")});
    const QString headerTips[] = {
        {},
        tr("Declared pixels of the class in the train pool"),
        tr("Declared pixels the weak model also predicts as the class"),
        tr("Disagreement rate: the share of declared pixels the weak model predicts otherwise"),
        tr("Pixels kept for retraining. A class kept whole (r_u below the adaptive floor, or rule "
           "none) keeps its disagreeing pixels too, so its kept count can exceed its candidates."),
        tr("Declared pixels dropped because the weak model predicts another class"),
        tr("Candidates dropped for low confidence or as part of a disagreeing parcel"),
        tr("Synthetic scenes: declared pixels whose true class differs"),
        tr("Synthetic scenes: wrongly declared pixels the selection removed"),
        tr("Why a class was kept whole")};
    for (int column = 1; column < m_table->columnCount(); ++column)
        m_table->horizontalHeaderItem(column)->setToolTip(headerTips[column]);
    m_table->verticalHeader()->hide();
    m_table->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_plot = new QCustomPlot(this);
    m_plot->setMinimumHeight(280);
    m_plot->yAxis->setLabel(tr("pixels"));
    m_plot->xAxis->setTickLabelRotation(45);
    m_plot->legend->setVisible(true);
    m_plot->legend->setFont(QFont(m_plot->font().family(), int(m_plot->font().pointSize() * 0.85)));
    const struct
    {
        const char *name;
        QColor colour;
    } series[] = {{QT_TR_NOOP("kept"), QColor(46, 160, 67)},
                  {QT_TR_NOOP("dropped, prediction disagrees"), QColor(214, 39, 40)},
                  {QT_TR_NOOP("dropped, low confidence or bad parcel"), QColor(255, 152, 0)}};
    QCPBars *below = nullptr;
    for (const auto &s : series) {
        auto *bars = new QCPBars(m_plot->xAxis, m_plot->yAxis);
        bars->setName(tr(s.name));
        bars->setBrush(s.colour);
        bars->setPen(QPen(s.colour.darker(130)));
        bars->setWidth(0.7);
        if (below)
            bars->moveAbove(below);
        below = bars;
    }
    placeLegendAbove(m_plot);
    addPlotExport(m_plot, QStringLiteral("selection_counts"));
    addTableExport(m_table, QStringLiteral("selection_counts"));
    auto *splitter = new QSplitter(Qt::Vertical, this);
    splitter->addWidget(m_plot);
    splitter->addWidget(m_table);
    splitter->setStretchFactor(0, 1);
    splitter->setStretchFactor(1, 1);
    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(2, 2, 2, 2);
    layout->addWidget(m_cleaning);
    layout->addWidget(splitter, 1);
    redraw();
}

bool SelectionView::showSummary(const QString &path)
{
    m_path = path;
    m_summary.reset();
    m_names.clear();
    QFile file(path);
    if (!file.exists()) {
        redraw();
        return true;
    }
    try {
        if (!file.open(QIODevice::ReadOnly))
            throw core::Error(tr("Cannot read the selection \"%1\": %2").arg(path, file.errorString()));
        const QJsonObject json = QJsonDocument::fromJson(file.readAll()).object();
        m_summary = SelectionSummary::fromJson(json, path);
        for (const QJsonValue &row : json.value(QStringLiteral("classes")).toArray())
            m_names << row.toObject().value(QStringLiteral("name")).toString();
    } catch (const core::Error &error) {
        ErrorReporter::report(this, tr("Cannot show the selection"), error.message());
        redraw();
        return false;
    }
    redraw();
    return true;
}

void SelectionView::reload()
{
    if (!m_path.isEmpty())
        showSummary(m_path);
}

QVector<double> SelectionView::barHeights(int series) const
{
    QVector<double> heights;
    auto *bars = qobject_cast<QCPBars *>(m_plot->plottable(series));
    if (!bars)
        return heights;
    for (auto it = bars->data()->constBegin(); it != bars->data()->constEnd(); ++it)
        heights << it->value;
    return heights;
}

void SelectionView::redraw()
{
    m_table->setRowCount(0);
    QSharedPointer<QCPAxisTickerText> ticks(new QCPAxisTickerText);
    for (int s = 0; s < 3; ++s)
        qobject_cast<QCPBars *>(m_plot->plottable(s))->data()->clear();
    double top = 0;
    const std::size_t rows = m_summary ? m_summary->perClass.size() : 0;
    for (std::size_t i = 0; i < rows; ++i) {
        const ClassSelectionStats &s = m_summary->perClass[i];
        const int row = int(i);
        const QString name = m_names.value(row, QString::number(row));
        m_table->insertRow(row);
        m_table->setItem(row, 0, new QTableWidgetItem(name));
        m_table->setItem(row, 1, numberItem(double(s.labelled)));
        m_table->setItem(row, 2, numberItem(double(s.candidates)));
        m_table->setItem(row, 3, numberItem(s.disagreementRate, 3));
        QTableWidgetItem *kept = numberItem(double(s.kept));
        if (s.keptWhole) {
            // Kept whole: set apart in italics, since kept may then exceed the candidates.
            QFont font = kept->font();
            font.setItalic(true);
            kept->setFont(font);
            kept->setToolTip(tr("Kept whole: all %L1 declared pixels, disagreeing ones included").arg(s.labelled));
        }
        m_table->setItem(row, 4, kept);
        m_table->setItem(row, 5, numberItem(double(s.droppedDisagreeing)));
        m_table->setItem(row, 6, numberItem(double(s.droppedAgreeing)));
        m_table->setItem(row, 7, numberItem(double(s.wrongDeclared)));
        m_table->setItem(row, 8, numberItem(double(s.wrongRemoved)));
        m_table->setItem(row, 9, new QTableWidgetItem(core::select::classNote(s)));
        ticks->addTick(row + 1, name);
        const double values[] = {double(s.kept), double(s.droppedDisagreeing), double(s.droppedAgreeing)};
        for (int series = 0; series < 3; ++series)
            qobject_cast<QCPBars *>(m_plot->plottable(series))->addData(row + 1, values[series]);
        top = std::max(top, values[0] + values[1] + values[2]);
    }
    m_table->resizeColumnsToContents();
    m_plot->xAxis->setTicker(ticks);
    m_plot->xAxis->setRange(0.3, double(rows) + 0.7);
    m_plot->yAxis->setRange(0, top > 0 ? top * 1.1 : 1.0);
    reserveTickLabelRoom(m_plot->xAxis);
    setPlotHint(m_plot, rows > 0 ? QString() : tr("No selection yet: run the Select step."));
    m_plot->replot(QCustomPlot::rpQueuedReplot);
    if (!m_summary) {
        m_cleaning->setText(tr("No selection yet: run the Select step."));
        return;
    }
    qint64 kept = 0, labelled = 0;
    QStringList keptWhole;
    for (std::size_t i = 0; i < m_summary->perClass.size(); ++i) {
        const ClassSelectionStats &s = m_summary->perClass[i];
        kept += s.kept;
        labelled += s.labelled;
        // Kept > candidates looks like an error unless the reason stands beside it.
        if (const QString note = core::select::classNote(s); s.kept > s.candidates && !note.isEmpty())
            keptWhole << tr("%1 (kept %L2 > candidates %L3) is %4.")
                             .arg(m_names.value(int(i), QString::number(i)))
                             .arg(s.kept)
                             .arg(s.candidates)
                             .arg(note);
    }
    QString text = tr("%L1 of %L2 declared pixels kept as reliable.").arg(kept).arg(labelled);
    if (!keptWhole.isEmpty())
        text += QLatin1Char(' ') + keptWhole.join(QLatin1Char(' '));
    if (m_summary->cleaning) {
        const auto &c = *m_summary->cleaning;
        text += tr(" Cleaning against the synthetic truth: %L1 of %L2 wrongly declared pixels removed "
                   "(recall %3), %4 of the removed were wrong (precision), %5 of the correct ones kept.")
                    .arg(c.removedWrong)
                    .arg(c.wrong)
                    .arg(percent(c.recall), percent(c.precision), percent(c.correctKeptShare));
    }
    m_cleaning->setText(text);
}

} // namespace cropmap::ui
