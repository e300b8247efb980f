// SPDX-License-Identifier: GPL-3.0-or-later
#include "app/identify_panel.h"

#include <cmath>

#include <QComboBox>
#include <QDate>
#include <QLocale>
#include <QHeaderView>
#include <QLabel>
#include <QTreeWidget>
#include <QVBoxLayout>

#include "plots/export_actions.h"
#include "plots/qcustomplot_wrapper.h"

namespace cropmap::ui {

namespace {
const QString kNdvi = QStringLiteral("NDVI");
}

IdentifyPanel::IdentifyPanel(QWidget *parent)
    : QWidget(parent)
{
    m_header = new QLabel(this);
    m_header->setWordWrap(true);
    m_table = new QTreeWidget(this);
    m_table->setObjectName(QStringLiteral("identifyTable"));
    m_table->setColumnCount(2);
    m_table->setHeaderLabels({tr("Field"), tr("Value")});
    m_table->header()->setSectionResizeMode(0, QHeaderView::ResizeToContents);
    m_seriesChoice = new QComboBox(this);
    m_seriesChoice->setToolTip(tr("Band or index to plot"));
    m_plot = new QCustomPlot(this);
    m_plot->setObjectName(QStringLiteral("identifyPlot"));
    m_plot->setMinimumHeight(180);
    addPlotExport(m_plot, QStringLiteral("pixel_series"));
    m_plot->addGraph();
    m_plot->graph(0)->setPen(QPen(QColor(30, 120, 60), 2));
    m_plot->graph(0)->setScatterStyle(QCPScatterStyle(QCPScatterStyle::ssDisc, 6));
    m_plot->xAxis->setLabel(tr("Month"));
    m_hint = new QCPItemText(m_plot);
    m_hint->position->setType(QCPItemPosition::ptAxisRectRatio);
    m_hint->position->setCoords(0.5, 0.5);
    m_hint->setPositionAlignment(Qt::AlignCenter);
    m_hint->setTextAlignment(Qt::AlignCenter);
    m_hint->setColor(palette().color(QPalette::PlaceholderText));
    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(4, 4, 4, 4);
    layout->addWidget(m_header);
    layout->addWidget(m_table, 1);
    layout->addWidget(m_seriesChoice);
    layout->addWidget(m_plot, 2);
    connect(m_seriesChoice, &QComboBox::currentTextChanged, this, &IdentifyPanel::replot);
    clear();
}

void IdentifyPanel::showResult(const IdentifyResult &result)
{
    m_result = result;
    m_identified = true;
    m_table->clear();
    for (const IdentifyResult::Section &section : result.sections) {
        auto *layer = new QTreeWidgetItem(QStringList{section.layer});
        QFont bold = layer->font(0);
        bold.setBold(true);
        layer->setFont(0, bold);
        for (const auto &[field, value] : section.rows)
            layer->addChild(new QTreeWidgetItem(QStringList{field, value}));
        m_table->addTopLevelItem(layer);
        layer->setExpanded(true);
    }
    QStringList header;
    header << (result.sections.isEmpty() ? tr("Nothing here in any layer.")
                                         : result.featureSource.isEmpty()
                                             ? tr("No field here.")
                                             : tr("Field of %1, outlined on the map.").arg(result.featureSource));
    if (result.series.isValid())
        header << tr("Pixel (%1, %2) of %3").arg(result.series.column).arg(result.series.row).arg(result.seriesSource);
    m_header->setText(header.join(QLatin1Char('\n')));

    const QString previous = m_seriesChoice->currentText();
    const QSignalBlocker blocker(m_seriesChoice);
    m_seriesChoice->clear();
    if (result.series.isValid()) {
        if (!result.series.ndvi().isEmpty())
            m_seriesChoice->addItem(kNdvi);
        m_seriesChoice->addItems(result.series.bandNames);
        const int keep = m_seriesChoice->findText(previous);
        m_seriesChoice->setCurrentIndex(keep >= 0 ? keep : 0);
    }
    m_seriesChoice->setEnabled(result.series.isValid());
    replot();
}

void IdentifyPanel::clear()
{
    showResult(IdentifyResult{});
    m_identified = false;
    m_header->setText(tr("Choose the Identify tool (I) and click on the map: every layer under "
                         "the point answers, whichever is selected."));
    replot();
}

QString IdentifyPanel::plottedSeries() const
{
    return m_seriesChoice->currentText();
}

void IdentifyPanel::setPlottedSeries(const QString &name)
{
    m_seriesChoice->setCurrentText(name);
}

QString IdentifyPanel::plotHint() const
{
    return m_hint->visible() ? m_hint->text() : QString();
}

void IdentifyPanel::replot()
{
    const QString name = plottedSeries();
    const PixelSeries &series = m_result.series;
    m_plotted = !series.isValid() ? QVector<double>() : name == kNdvi ? series.ndvi() : series.band(name);
    QVector<double> x, y;
    auto ticker = QSharedPointer<QCPAxisTickerText>::create();
    for (qsizetype i = 0; i < m_plotted.size(); ++i) {
        // "2018-06" reads as "Jun" under the axis; other labels (dates) stay as they are.
        const QString label = series.stepLabels.value(i);
        const QDate month = QDate::fromString(label, QStringLiteral("yyyy-MM"));
        ticker->addTick(double(i), month.isValid() ? QLocale().toString(month, QStringLiteral("MMM")) : label);
        if (std::isfinite(m_plotted[i])) {
            x << double(i);
            y << m_plotted[i];
        }
    }
    // An empty chart says why it is empty and what to do.
    m_hint->setVisible(m_plotted.isEmpty());
    m_hint->setText(!m_identified ? tr("Click on the map with the Identify tool\nto plot the pixel's months.")
                                  : tr("No monthly composite under this point:\nclick inside a tile."));
    m_plot->xAxis->setTicker(ticker);
    m_plot->xAxis->setTickLabelRotation(m_plotted.size() > 6 ? 60 : 0);
    m_plot->xAxis->setTickLabels(!m_plotted.isEmpty());
    m_plot->yAxis->setTickLabels(!m_plotted.isEmpty());
    m_plot->yAxis->setLabel(m_plotted.isEmpty() ? QString() : name);
    m_plot->graph(0)->setData(x, y);
    m_plot->xAxis->setRange(-0.5, std::max<double>(0.5, double(m_plotted.size()) - 0.5));
    if (name == kNdvi) {
        m_plot->yAxis->setRange(-0.2, 1.0);
    } else {
        bool found = false;
        const QCPRange range = m_plot->graph(0)->data()->valueRange(found);
        if (found)
            m_plot->yAxis->setRange(range.lower - 0.05 * range.size() - 1, range.upper + 0.05 * range.size() + 1);
    }
    m_plot->replot();
}

} // namespace cropmap::ui
