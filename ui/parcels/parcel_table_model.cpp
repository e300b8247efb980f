// SPDX-License-Identifier: GPL-3.0-or-later
#include "parcels/parcel_table_model.h"

#include <cmath>
#include <limits>

#include <QLocale>

#include "layers/vector_layer.h"

namespace cropmap::ui {

using core::check::ParcelStatus;
using core::check::Verdict;

namespace {

double number(const QString &text)
{
    bool ok = false;
    const double value = text.toDouble(&ok);
    return ok ? value : std::numeric_limits<double>::quiet_NaN();
}

QString percent(double share)
{
    return std::isfinite(share) ? QLocale().toString(100.0 * share, 'f', 0) + QStringLiteral(" %") : QString();
}

} // namespace

ParcelTableModel::ParcelTableModel(QObject *parent)
    : QAbstractTableModel(parent)
{}

void ParcelTableModel::setParcels(const VectorLayer &layer)
{
    const QStringList &fields = layer.fields();
    const auto field = [&fields](const char *name) { return int(fields.indexOf(QString::fromLatin1(name))); };
    const int key = field("parcel_key"), tile = field("tile"), rasterId = field("raster_id"),
              declared = field("declared"), declaredClass = field("declared_class"),
              declaredClassId = field("declared_class_id"), otherClass = field("other_class"),
              otherClassId = field("other_class_id"), otherShare = field("other_share"),
              pixels = field("pixels"), mapped = field("mapped_pixels"), agreement = field("agreement"),
              posterior = field("declared_posterior"), area = field("area_ha"), set = field("split_set"),
              trained = field("trained");
    beginResetModel();
    m_rows.clear();
    m_rows.reserve(std::size_t(layer.featureCount()));
    for (int i = 0; i < layer.featureCount(); ++i) {
        const VectorFeature &f = layer.feature(i);
        ParcelRow p;
        p.key = f.values.value(key);
        p.tile = f.values.value(tile);
        p.rasterId = f.values.value(rasterId).toUInt();
        p.declared = f.values.value(declared);
        p.declaredClass = f.values.value(declaredClass);
        p.declaredClassId = f.values.value(declaredClassId).toInt();
        p.otherClass = f.values.value(otherClass);
        p.otherClassId = f.values.value(otherClassId).toInt();
        p.otherShare = number(f.values.value(otherShare));
        p.pixels = f.values.value(pixels).toLongLong();
        p.mappedPixels = f.values.value(mapped).toLongLong();
        p.agreement = number(f.values.value(agreement));
        p.posterior = number(f.values.value(posterior));
        p.areaHa = number(f.values.value(area));
        p.splitSet = f.values.value(set);
        p.trained = f.values.value(trained) == QLatin1String("1");
        p.path = f.path;
        p.bounds = f.bounds;
        m_rows.push_back(std::move(p));
    }
    endResetModel();
    Q_EMIT statusesChanged();
}

void ParcelTableModel::clear()
{
    beginResetModel();
    m_rows.clear();
    endResetModel();
    Q_EMIT statusesChanged();
}

int ParcelTableModel::rowOfKey(const QString &key) const
{
    for (std::size_t i = 0; i < m_rows.size(); ++i)
        if (m_rows[i].key == key)
            return int(i);
    return -1;
}

void ParcelTableModel::setThresholds(const core::check::CheckOptions &thresholds)
{
    m_thresholds = thresholds;
    if (!m_rows.empty())
        Q_EMIT dataChanged(index(0, StatusColumn), index(rowCount() - 1, StatusColumn));
    Q_EMIT statusesChanged();
}

ParcelStatus ParcelTableModel::status(int row) const
{
    const ParcelRow &p = parcel(row);
    return m_thresholds.statusOf(p.mappedPixels, std::isfinite(p.agreement) ? p.agreement : 0.0);
}

std::array<int, 4> ParcelTableModel::statusCounts() const
{
    std::array<int, 4> counts{};
    for (int row = 0; row < rowCount(); ++row)
        ++counts[std::size_t(status(row))];
    return counts;
}

QString ParcelTableModel::statusText(ParcelStatus status)
{
    switch (status) {
    case ParcelStatus::Agrees: return tr("agrees");
    case ParcelStatus::Doubtful: return tr("doubtful");
    case ParcelStatus::Disagrees: return tr("disagrees");
    case ParcelStatus::TooSmall: return tr("too small");
    }
    return {};
}

QColor ParcelTableModel::statusColour(ParcelStatus status)
{
    // The colours of the check's QGIS style (ParcelCheckWriter::writeQgisStyle).
    switch (status) {
    case ParcelStatus::Agrees: return QColor(51, 160, 44);
    case ParcelStatus::Doubtful: return QColor(255, 215, 0);
    case ParcelStatus::Disagrees: return QColor(227, 26, 28);
    case ParcelStatus::TooSmall: return QColor(128, 128, 128);
    }
    return {};
}

QString ParcelTableModel::verdictText(Verdict verdict)
{
    switch (verdict) {
    case Verdict::None: return {};
    case Verdict::DeclarationConfirmed: return tr("declaration confirmed");
    case Verdict::MapConfirmed: return tr("map confirmed");
    case Verdict::Unsure: return tr("unsure");
    }
    return {};
}

void ParcelTableModel::setVerdicts(const core::check::ParcelVerdicts &verdicts)
{
    m_verdicts = verdicts;
    if (!m_rows.empty())
        Q_EMIT dataChanged(index(0, VerdictColumn), index(rowCount() - 1, NoteColumn));
}

void ParcelTableModel::setVerdict(int row, const core::check::ParcelVerdict &verdict)
{
    if (m_verdicts.value(parcel(row).key) == verdict)
        return;
    m_verdicts.set(parcel(row).key, verdict);
    Q_EMIT dataChanged(index(row, VerdictColumn), index(row, NoteColumn));
    Q_EMIT verdictsChanged();
}

int ParcelTableModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : int(m_rows.size());
}

int ParcelTableModel::columnCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

QVariant ParcelTableModel::displayData(const ParcelRow &p, int row, int column) const
{
    switch (column) {
    case StatusColumn: return statusText(status(row));
    case ClassColumn: return p.declaredClass;
    case MapClassColumn:
        return p.otherClass.isEmpty() ? QString() : tr("%1 (%2)").arg(p.otherClass, percent(p.otherShare));
    case AgreementColumn: return percent(p.agreement);
    case PosteriorColumn: return std::isfinite(p.posterior) ? QLocale().toString(p.posterior, 'f', 2) : QString();
    case AreaColumn: return QLocale().toString(p.areaHa, 'f', 2);
    case SetColumn: return p.trained ? tr("%1, trained").arg(p.splitSet) : p.splitSet;
    case VerdictColumn: return verdictText(m_verdicts.value(p.key).verdict);
    case NoteColumn: return m_verdicts.value(p.key).note;
    case KeyColumn: return p.key;
    }
    return {};
}

QVariant ParcelTableModel::sortData(const ParcelRow &p, int row, int column) const
{
    const auto finite = [](double v) { return std::isfinite(v) ? v : -1.0; };
    switch (column) {
    case StatusColumn: {
        // Worst first: disagrees, doubtful, agrees, then the parcels too small to judge.
        static const int rank[] = {2, 1, 0, 3};
        return rank[int(status(row))];
    }
    case AgreementColumn: return finite(p.agreement);
    case PosteriorColumn: return finite(p.posterior);
    case AreaColumn: return p.areaHa;
    case MapClassColumn: return p.otherClass;
    case VerdictColumn: return int(m_verdicts.value(p.key).verdict);
    default: return displayData(p, row, column);
    }
}

QVariant ParcelTableModel::data(const QModelIndex &index, int role) const
{
    if (!index.isValid() || index.row() >= rowCount())
        return {};
    const ParcelRow &p = parcel(index.row());
    switch (role) {
    case Qt::DisplayRole: return displayData(p, index.row(), index.column());
    case SortRole: return sortData(p, index.row(), index.column());
    case StatusRole: return int(status(index.row()));
    case Qt::DecorationRole:
        return index.column() == StatusColumn ? QVariant(statusColour(status(index.row()))) : QVariant();
    case Qt::TextAlignmentRole:
        if (index.column() == AgreementColumn || index.column() == PosteriorColumn || index.column() == AreaColumn)
            return int(Qt::AlignRight | Qt::AlignVCenter);
        return {};
    case Qt::ToolTipRole:
        return tr("Parcel %1 (declared \"%2\", tile %3): %L4 of %L5 eroded pixels mapped")
            .arg(p.key, p.declared, p.tile)
            .arg(p.mappedPixels)
            .arg(p.pixels);
    }
    return {};
}

QVariant ParcelTableModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
        return QAbstractTableModel::headerData(section, orientation, role);
    switch (section) {
    case StatusColumn: return tr("Status");
    case ClassColumn: return tr("Declared class");
    case MapClassColumn: return tr("Map proposes");
    case AgreementColumn: return tr("Agreement");
    case PosteriorColumn: return tr("Posterior");
    case AreaColumn: return tr("Area (ha)");
    case SetColumn: return tr("Set");
    case VerdictColumn: return tr("Verdict");
    case NoteColumn: return tr("Note");
    case KeyColumn: return tr("Parcel key");
    }
    return {};
}

} // namespace cropmap::ui
