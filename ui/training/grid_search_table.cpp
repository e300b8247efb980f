// SPDX-License-Identifier: GPL-3.0-or-later
#include "training/grid_search_table.h"

#include <QFile>
#include <QHeaderView>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QLabel>
#include <QLocale>
#include <QStandardItemModel>
#include <QTableView>
#include <QVBoxLayout>

namespace cropmap::ui {

using core::model::GridPoint;

namespace {

// Numbers go in as numbers so that sorting a column orders them by value, not as text.
QStandardItem *numberItem(const QVariant &value, const QString &text)
{
    auto *item = new QStandardItem;
    item->setData(value, Qt::DisplayRole);
    item->setData(text, Qt::ToolTipRole);
    item->setData(int(Qt::AlignRight | Qt::AlignVCenter), Qt::TextAlignmentRole);
    item->setEditable(false);
    return item;
}

} // namespace

GridSearchTable::GridSearchTable(QWidget *parent)
    : QWidget(parent)
{
    m_model = new QStandardItemModel(0, ColumnCount, this);
    m_model->setHorizontalHeaderLabels({tr("#"), tr("learning rate"), tr("dropout"), tr("batch size"), tr("val. OA"),
                                        tr("val. macro F1"), tr("val. loss"), tr("checks"), tr("kept")});
    m_view = new QTableView(this);
    m_view->setObjectName(QStringLiteral("gridSearchTable"));
    m_view->setModel(m_model);
    m_view->setSortingEnabled(true);
    m_view->sortByColumn(Point, Qt::AscendingOrder);
    m_view->verticalHeader()->hide();
    m_view->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_view->horizontalHeader()->setSectionResizeMode(QHeaderView::ResizeToContents);
    m_status = new QLabel(this);
    m_status->setWordWrap(true);
    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addWidget(m_status);
    layout->addWidget(m_view, 1);
    setPoints({}, -1);
}

void GridSearchTable::showTable(const QString &path)
{
    QByteArray json;
    QFile file(path);
    if (!path.isEmpty() && file.open(QIODevice::ReadOnly))
        json = file.readAll();
    // Polled with the epoch log: parse only when the search wrote a new point.
    if (path == m_path && json == m_lastJson)
        return;
    m_path = path;
    m_lastJson = json;
    const QJsonObject table = QJsonDocument::fromJson(json).object();
    std::vector<GridPoint> points;
    for (const QJsonValue &value : table.value(QStringLiteral("points")).toArray())
        points.push_back(GridPoint::fromJson(value.toObject()));
    setPoints(points, table.value(QStringLiteral("best")).toInt(-1));
}

void GridSearchTable::setPoints(const std::vector<GridPoint> &points, int bestIndex)
{
    m_model->removeRows(0, m_model->rowCount());
    for (std::size_t k = 0; k < points.size(); ++k) {
        const GridPoint &p = points[k];
        const bool best = int(k) == bestIndex;
        QList<QStandardItem *> row;
        row << numberItem(int(k), QString::number(k));
        row << numberItem(p.learningRate, QLocale().toString(p.learningRate, 'g', 6));
        row << numberItem(p.dropout, QLocale().toString(p.dropout, 'g', 6));
        row << numberItem(p.batchSize, p.batchSize > 0 ? QString::number(p.batchSize) : tr("auto"));
        // Points not trained yet show empty figures rather than zeros that read as results.
        for (const double figure : {p.valOa, p.valMacroF1, p.valLoss})
            row << (p.done ? numberItem(figure, QLocale().toString(figure, 'f', 4)) : numberItem(QVariant(), tr("not trained yet")));
        row << (p.done ? numberItem(p.epochs, QString::number(p.epochs)) : numberItem(QVariant(), tr("not trained yet")));
        auto *kept = new QStandardItem(best ? tr("best") : QString());
        kept->setEditable(false);
        row << kept;
        if (best) {
            for (QStandardItem *item : row) {
                QFont font = item->font();
                font.setBold(true);
                item->setFont(font);
            }
        }
        m_model->appendRow(row);
    }
    const QHeaderView *header = m_view->horizontalHeader();
    if (header->sortIndicatorSection() >= 0)
        m_model->sort(header->sortIndicatorSection(), header->sortIndicatorOrder());
    if (points.empty())
        m_status->setText(tr("No grid search for this model (set \"grid\" in the train options to run one)."));
    else if (bestIndex < 0)
        m_status->setText(tr("Grid search: %n point(s), none finished yet.", nullptr, int(points.size())));
    else
        m_status->setText(tr("Grid search: %n point(s); the kept one (best validation macro F1) is in bold.", nullptr,
                             int(points.size())));
}

int GridSearchTable::pointCount() const
{
    return m_model->rowCount();
}

int GridSearchTable::bestRow() const
{
    for (int row = 0; row < m_model->rowCount(); ++row) {
        if (!m_model->item(row, Best)->text().isEmpty())
            return row;
    }
    return -1;
}

} // namespace cropmap::ui
