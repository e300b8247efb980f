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

#include "plots/qcustomplot_wrapper.h"

namespace cropmap::ui {

namespace {
const QString kNdvi = QStringLiteral("NDVI");
}

IdentifyPanel::IdentifyPanel(QWidget *parent)
    : QWidget(parent)
{
    m_header = new QLabel(tr("Choose the Identify tool and click on the map."), this);
    m_header->setWordWrap(true);
    m_table = new QTreeWidget(this);
    m_table->setColumnCount(2);
    m_table->setHeaderLabels({tr("Field"), tr("Value")});
    m_table->setRootIsDecorated(false);
    m_table->header()->setSectionResizeMode(0, QHeaderView::ResizeToContents);
    m_seriesChoice = new QComboBox(this);
    m_seriesChoice->setToolTip(tr("Band or index to plot"));
    m_plot = new QCustomPlot(this);
    m_plot->setMinimumHeight(180);
    m_plot->addGraph();
    m_plot->graph(0)->setPen(QPen(QColor(30, 120, 60), 2));
    m_plot->graph(0)->setScatterStyle(QCPScatterStyle(QCPScatterStyle::ssDisc, 6));
    m_plot->xAxis->setLabel(tr("Month"));
    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(4, 4, 4, 4);
    layout->addWidget(m_header);
    layout->addWidget(m_table, 1);
    layout->addWidget(m_seriesChoice);
    layout->addWidget(m_plot, 2);
    connect(m_seriesChoice, &QComboBox::currentTextChanged, this, &IdentifyPanel::replot);
}

void IdentifyPanel::showResult(const QString &featureSource,
                               const QList<QPair<QString, QString>> &attributes,
                               const QString &seriesSource, const PixelSeries &series)
{
    m_attributes = attributes;
    m_series = series;
    m_table->clear();
    for (const auto &[field, value] : attributes)
        m_table->addTopLevelItem(new QTreeWidgetItem(QStringList{field, value}));
    QStringList header;
    header << (attributes.isEmpty() ? tr("No feature here.") : tr("Feature of %1").arg(featureSource));
    if (series.isValid())
        header << tr("Pixel (%1, %2) of %3").arg(series.column).arg(series.row).arg(seriesSource);
    m_header->setText(header.join(QLatin1Char('\n')));

    const QString previous = m_seriesChoice->currentText();
    const QSignalBlocker blocker(m_seriesChoice);
    m_seriesChoice->clear();
    if (series.isValid()) {
        if (!series.ndvi().isEmpty())
            m_seriesChoice->addItem(kNdvi);
        m_seriesChoice->addItems(series.bandNames);
        const int keep = m_seriesChoice->findText(previous);
        m_seriesChoice->setCurrentIndex(keep >= 0 ? keep : 0);
    }
    replot();
}

void IdentifyPanel::clear()
{
    showResult({}, {}, {}, PixelSeries{});
}

QString IdentifyPanel::plottedSeries() const
{
    return m_seriesChoice->currentText();
}

void IdentifyPanel::setPlottedSeries(const QString &name)
{
    m_seriesChoice->setCurrentText(name);
}

void IdentifyPanel::replot()
{
    const QString name = plottedSeries();
    m_plotted = name == kNdvi ? m_series.ndvi() : m_series.band(name);
    QVector<double> x, y;
    auto ticker = QSharedPointer<QCPAxisTickerText>::create();
    for (qsizetype i = 0; i < m_plotted.size(); ++i) {
        // "2018-06" reads as "Jun" under the axis; other labels (dates) stay as they are.
        const QString label = m_series.stepLabels.value(i);
        const QDate month = QDate::fromString(label, QStringLiteral("yyyy-MM"));
        ticker->addTick(double(i), month.isValid() ? QLocale().toString(month, QStringLiteral("MMM")) : label);
        if (std::isfinite(m_plotted[i])) {
            x << double(i);
            y << m_plotted[i];
        }
    }
    m_plot->xAxis->setTicker(ticker);
    m_plot->xAxis->setTickLabelRotation(m_plotted.size() > 6 ? 60 : 0);
    m_plot->yAxis->setLabel(name);
    m_plot->graph(0)->setData(x, y);
    m_plot->xAxis->setRange(-0.5, std::max<double>(0.5, double(m_plotted.size()) - 0.5));
    if (name == kNdvi) {
        m_plot->yAxis->setRange(-0.2, 1.0);
    } else {
        bool found = false;
        m_plot->graph(0)->rescaleValueAxis(false, false);
        const QCPRange range = m_plot->graph(0)->data()->valueRange(found);
        if (found)
            m_plot->yAxis->setRange(range.lower - 0.05 * range.size() - 1, range.upper + 0.05 * range.size() + 1);
    }
    m_plot->replot();
}

} // namespace cropmap::ui
