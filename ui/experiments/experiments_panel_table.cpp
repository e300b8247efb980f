// SPDX-License-Identifier: GPL-3.0-or-later
// ExperimentsPanel: reading a finished experiment's table JSON, the table and its grouped
// per-class F1 bars.
#include <cmath>

#include <QComboBox>
#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QHeaderView>
#include <QJsonArray>
#include <QJsonDocument>
#include <QLabel>
#include <QLocale>
#include <QTableWidget>

#include "app/error_reporter.h"
#include "experiment/experiment_options.h"
#include "experiments/experiment_column_report.h"
#include "experiments/experiments_panel.h"
#include "plots/qcustomplot_wrapper.h"
#include "util/error.h"
#include "util/json_syntax_error.h"

namespace cropmap::ui {

namespace {

// A {mean, sd, n} figure: mean, and "± sd" when more than one repeat gave it; "–" when no
// repeat did (a class absent from the test set, a precision without removals).
QString figure(const QJsonValue &value, double scale, int decimals)
{
    const QJsonObject stat = value.toObject();
    const QJsonValue mean = stat.value(QStringLiteral("mean"));
    if (!mean.isDouble())
        return QStringLiteral("–");
    QString text = QLocale().toString(mean.toDouble() * scale, 'f', decimals);
    if (stat.value(QStringLiteral("n")).toInt() > 1 && stat.value(QStringLiteral("sd")).isDouble())
        text += QStringLiteral(" ± ") + QLocale().toString(stat.value(QStringLiteral("sd")).toDouble() * scale, 'f', decimals);
    return text;
}

// Distinct colours for up to eight columns (ColorBrewer Set2, then darker repeats).
QColor columnColour(int index)
{
    static const QColor colours[] = {QColor(102, 194, 165), QColor(252, 141, 98), QColor(141, 160, 203),
                                     QColor(231, 138, 195), QColor(166, 216, 84), QColor(255, 217, 47),
                                     QColor(229, 196, 148), QColor(179, 179, 179)};
    const QColor c = colours[index % 8];
    return index < 8 ? c : c.darker(140);
}

} // namespace

bool ExperimentsPanel::showReport(const QString &path)
{
    QFile file(path);
    QJsonParseError error{};
    const QByteArray json = file.open(QIODevice::ReadOnly) ? file.readAll() : QByteArray();
    const QJsonDocument document = file.isOpen() ? QJsonDocument::fromJson(json, &error) : QJsonDocument();
    if (!document.isObject() || !document.object().value(QStringLiteral("columns")).isArray()) {
        const QString why = !file.isOpen() ? file.errorString()
                            : error.error != QJsonParseError::NoError
                                ? core::JsonSyntaxError(json, error).located()
                                : tr("no \"columns\" list");
        ErrorReporter::report(this, tr("Cannot show the experiment"),
                              tr("\"%1\" is not an experiment table: %2").arg(QDir::toNativeSeparators(path), why));
        return false;
    }
    m_report = document.object();
    m_reportPath = path;
    const QSignalBlocker blockReference(m_reference);
    const QSignalBlocker blockModel(m_model);
    const QString reference = m_reference->currentData().toString();
    m_reference->clear();
    if (m_report.value(QStringLiteral("has_truth")).toBool())
        m_reference->addItem(tr("Synthetic truth"), QStringLiteral("truth"));
    m_reference->addItem(tr("Declarations"), QStringLiteral("declarations"));
    if (m_reference->findData(reference) >= 0)
        m_reference->setCurrentIndex(m_reference->findData(reference));
    const QString model = m_model->currentData().toString();
    m_model->clear();
    m_model->addItem(tr("Final model"), QStringLiteral("final"));
    const QJsonArray columns = m_report.value(QStringLiteral("columns")).toArray();
    if (!columns.isEmpty() && columns.first().toObject().contains(QStringLiteral("weak")))
        m_model->addItem(tr("Weak model"), QStringLiteral("weak"));
    if (m_model->findData(model) >= 0)
        m_model->setCurrentIndex(m_model->findData(model));
    m_model->setEnabled(m_model->count() > 1);
    refresh();
    return true;
}

void ExperimentsPanel::clearReport()
{
    m_report = {};
    m_reportPath.clear();
    m_reference->clear();
    m_model->clear();
    refresh();
}

void ExperimentsPanel::setReference(const QString &reference)
{
    m_reference->setCurrentIndex(m_reference->findData(reference));
}

QString ExperimentsPanel::reference() const
{
    return m_reference->currentData().toString();
}

void ExperimentsPanel::setModel(const QString &model)
{
    m_model->setCurrentIndex(m_model->findData(model));
}

QString ExperimentsPanel::model() const
{
    return m_model->currentData().toString();
}

QJsonObject ExperimentsPanel::metricsOf(const QJsonObject &column) const
{
    return column.value(model()).toObject().value(reference()).toObject();
}

QList<int> ExperimentsPanel::presentClasses() const
{
    // Every column is scored on the same test pixels: the first column's reference counts
    // say which classes the reference has.
    QList<int> present;
    const QJsonArray columns = m_report.value(QStringLiteral("columns")).toArray();
    if (columns.isEmpty())
        return present;
    const QJsonArray classes = metricsOf(columns.first().toObject()).value(QStringLiteral("classes")).toArray();
    for (int u = 0; u < classes.size(); ++u) {
        if (classes.at(u).toObject().value(QStringLiteral("reference_count")).toDouble() > 0)
            present << u;
    }
    return present;
}

void ExperimentsPanel::refresh()
{
    fillTable();
    drawBars();
    if (m_report.isEmpty()) {
        m_summary->setText(tr("No experiment computed for this table yet."));
        return;
    }
    const int repeats = m_report.value(QStringLiteral("repeats")).toInt();
    m_summary->setText(tr("%1 on target tile %2: %L3 test pixels, %n repeat(s)", nullptr, repeats)
                           .arg(m_report.value(QStringLiteral("table")).toString(),
                                m_report.value(QStringLiteral("target_tile")).toString())
                           .arg(qint64(m_report.value(QStringLiteral("test_pixels")).toDouble())));
}

void ExperimentsPanel::fillTable()
{
    m_table->clear();
    const QJsonArray columns = m_report.value(QStringLiteral("columns")).toArray();
    const QJsonArray classNames = m_report.value(QStringLiteral("classes")).toArray();
    const QList<int> present = presentClasses();
    m_table->setColumnCount(int(columns.size()));
    m_table->setRowCount(columns.isEmpty() ? 0 : 5 + int(present.size()));
    if (columns.isEmpty())
        return;
    QStringList rows = {tr("Overall accuracy (%)"), tr("Kappa"), tr("Macro F1 (%)"), tr("Minimum F1 (%)"),
                        tr("Training (s)")};
    for (int u : present)
        rows << tr("F1 %1 (%)").arg(classNames.at(u).toString());
    m_table->setVerticalHeaderLabels(rows);
    for (int c = 0; c < columns.size(); ++c) {
        const QJsonObject column = columns.at(c).toObject();
        auto *header = new QTableWidgetItem(column.value(QStringLiteral("title")).toString());
        header->setToolTip(column.value(QStringLiteral("column")).toString());
        m_table->setHorizontalHeaderItem(c, header);
        const QJsonObject metrics = metricsOf(column);
        const QStringList cells = {figure(metrics.value(QStringLiteral("overall_accuracy")), 100, 1),
                                   figure(metrics.value(QStringLiteral("kappa")), 1, 3),
                                   figure(metrics.value(QStringLiteral("macro_f1")), 100, 1),
                                   figure(metrics.value(QStringLiteral("min_f1")), 100, 1),
                                   figure(column.value(QStringLiteral("train_seconds")), 1, 1)};
        for (int r = 0; r < cells.size(); ++r)
            m_table->setItem(r, c, new QTableWidgetItem(cells[r]));
        const QJsonArray classes = metrics.value(QStringLiteral("classes")).toArray();
        for (int i = 0; i < present.size(); ++i) {
            const QJsonObject cls = classes.at(present[i]).toObject();
            auto *item = new QTableWidgetItem(figure(cls.value(QStringLiteral("f1")), 100, 1));
            item->setToolTip(tr("PA %1 %, UA %2 %")
                                 .arg(figure(cls.value(QStringLiteral("producers_accuracy")), 100, 1),
                                      figure(cls.value(QStringLiteral("users_accuracy")), 100, 1)));
            m_table->setItem(5 + i, c, item);
        }
        for (int r = 0; r < m_table->rowCount(); ++r)
            m_table->item(r, c)->setTextAlignment(Qt::AlignRight | Qt::AlignVCenter);
    }
    m_table->resizeColumnsToContents();
}

void ExperimentsPanel::drawBars()
{
    m_plot->clearPlottables();
    const QJsonArray columns = m_report.value(QStringLiteral("columns")).toArray();
    const QJsonArray classNames = m_report.value(QStringLiteral("classes")).toArray();
    const QList<int> present = presentClasses();
    QSharedPointer<QCPAxisTickerText> ticks(new QCPAxisTickerText);
    for (int i = 0; i < present.size(); ++i)
        ticks->addTick(i + 1, classNames.at(present[i]).toString());
    // The group's width split over the columns leaves a gap between classes.
    const double width = columns.isEmpty() ? 0.8 : 0.8 / double(columns.size());
    for (int c = 0; c < columns.size(); ++c) {
        const QJsonObject column = columns.at(c).toObject();
        auto *bars = new QCPBars(m_plot->xAxis, m_plot->yAxis);
        bars->setName(column.value(QStringLiteral("title")).toString());
        bars->setWidth(width);
        bars->setPen(QPen(columnColour(c).darker(130)));
        bars->setBrush(columnColour(c));
        bars->setBarsGroup(m_group);
        const QJsonArray classes = metricsOf(column).value(QStringLiteral("classes")).toArray();
        for (int i = 0; i < present.size(); ++i) {
            const QJsonValue f1 = classes.at(present[i]).toObject().value(QStringLiteral("f1")).toObject().value(QStringLiteral("mean"));
            if (f1.isDouble())
                bars->addData(i + 1, f1.toDouble() * 100);
        }
    }
    m_group->setSpacingType(QCPBarsGroup::stAbsolute);
    m_group->setSpacing(1);
    m_plot->xAxis->setTicker(ticks);
    m_plot->xAxis->setRange(0.4, double(present.size()) + 0.6);
    m_plot->yAxis->setRange(0, 105);
    m_plot->legend->setVisible(!columns.isEmpty());
    m_plot->replot(QCustomPlot::rpQueuedReplot);
}

int ExperimentsPanel::barCount() const
{
    int count = 0;
    for (int p = 0; p < m_plot->plottableCount(); ++p) {
        if (auto *bars = qobject_cast<QCPBars *>(m_plot->plottable(p)))
            count += bars->data()->size();
    }
    return count;
}

QString ExperimentsPanel::reportFolder() const
{
    const QFileInfo info(m_reportPath);
    return info.path() + u'/' + info.completeBaseName();
}

QString ExperimentsPanel::columnReportPath(int index) const
{
    const QJsonObject column = m_report.value(QStringLiteral("columns")).toArray().at(index).toObject();
    const QJsonArray seeds = column.value(QStringLiteral("seeds")).toArray();
    if (m_reportPath.isEmpty() || seeds.isEmpty())
        return {};
    return reportFolder() + u'/' + column.value(QStringLiteral("column")).toString() + QStringLiteral("-s")
           + QString::number(seeds.first().toInt()) + QStringLiteral(".json");
}

QString ExperimentsPanel::modelPath(int index) const
{
    const QString scores = columnReportPath(index);
    if (scores.isEmpty())
        return {};
    const QString stem = scores.chopped(5); // <folder>/<column>-s<seed>
    // Table 3 runs a pipeline per rule: its final model lies in that run's models folder.
    if (m_report.value(QStringLiteral("table")).toString()
        == core::experiment::ExperimentOptions::tableName(ExperimentTable::Table3))
        return stem + QStringLiteral("/models/final.model");
    return stem + QStringLiteral(".model");
}

void ExperimentsPanel::activateColumn(int index)
{
    const QString model = modelPath(index);
    if (model.isEmpty())
        return;
    const QString title = m_table->horizontalHeaderItem(index)->text();
    m_summary->setText(QFileInfo::exists(model)
                           ? tr("%1: model %2, scores %3").arg(title, model, columnReportPath(index))
                           : tr("%1: the model %2 is missing (delete %3 to train it again)")
                                 .arg(title, model, columnReportPath(index)));
    Q_EMIT columnActivated(title, model, columnReportPath(index));
    if (QFileInfo::exists(columnReportPath(index)))
        openColumnResults(index);
}

bool ExperimentsPanel::openColumnResults(int index)
{
    const QString scores = columnReportPath(index);
    if (scores.isEmpty() || !m_columnReports.isValid())
        return false;
    const QString title = m_table->horizontalHeaderItem(index)->text();
    try {
        QFile file(scores);
        if (!file.open(QIODevice::ReadOnly))
            throw core::Error(tr("Cannot read \"%1\": %2").arg(scores, file.errorString()));
        const QJsonObject run = QJsonDocument::fromJson(file.readAll()).object();
        const QString label = model() == QLatin1String("weak") ? tr("%1, weak model").arg(title) : tr("%1, final model").arg(title);
        const core::evaluate::AccuracyReport report = columnAccuracyReport(
            run, model(), reference(), tr("%1: %2").arg(m_report.value(QStringLiteral("title")).toString(), label), scores);
        const QString base = QFileInfo(scores).completeBaseName() + u'_' + model() + u'_' + reference();
        Q_EMIT columnReportReady(report.write(m_columnReports.path(), base).json, label);
        return true;
    } catch (const core::Error &error) {
        ErrorReporter::report(this, tr("Cannot show the column's results"), error.message());
        return false;
    }
}

} // namespace cropmap::ui
