// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <array>
#include <vector>

#include <QAbstractTableModel>
#include <QColor>
#include <QPainterPath>
#include <QRectF>

#include "check/check_options.h"
#include "check/parcel_verdicts.h"

namespace cropmap::ui {

class VectorLayer;

/** \brief One checked parcel as the check's GeoPackage holds it. */
struct ParcelRow
{
    QString key;
    QString tile;
    quint32 rasterId = 0;
    QString declared;
    QString declaredClass;
    int declaredClassId = 0;
    QString otherClass; //!< the class the map proposes (its most frequent other class)
    int otherClassId = 0;
    double otherShare = 0;
    qint64 pixels = 0;
    qint64 mappedPixels = 0;
    double agreement = 0;
    double posterior = 0; //!< NaN without probability rasters
    double areaHa = 0;
    QString splitSet;
    bool trained = false;
    QPainterPath path; //!< in the layer's coordinates (the canvas CRS when read for a map)
    QRectF bounds;
};

/**
 * \brief The parcels of a declaration check with a status that follows the thresholds, and
 * the analyst's verdicts.
 *
 * The status is recomputed from mapped_pixels and agreement with the current CheckOptions,
 * so new thresholds re-label every row at once without re-running the check; the GeoPackage's
 * own status field (written with the thresholds of the last run) is not used. Sorting uses
 * SortRole (numbers as numbers, statuses in the order agrees … too small).
 */
class ParcelTableModel : public QAbstractTableModel
{
    Q_OBJECT

public:
    enum Column { StatusColumn, ClassColumn, MapClassColumn, AgreementColumn, PosteriorColumn,
                  AreaColumn, SetColumn, VerdictColumn, NoteColumn, KeyColumn, ColumnCount };
    static constexpr int SortRole = Qt::UserRole + 1;
    static constexpr int StatusRole = Qt::UserRole + 2; //!< core::check::ParcelStatus as int

    explicit ParcelTableModel(QObject *parent = nullptr);

    /** Reads the rows from \a layer, the check's parcels.gpkg opened as a map layer. */
    void setParcels(const VectorLayer &layer);
    void clear();
    const ParcelRow &parcel(int row) const { return m_rows[std::size_t(row)]; }
    int rowOfKey(const QString &key) const;

    const core::check::CheckOptions &thresholds() const { return m_thresholds; }
    void setThresholds(const core::check::CheckOptions &thresholds);
    core::check::ParcelStatus status(int row) const;
    //! Parcels per status (indexed by ParcelStatus).
    std::array<int, 4> statusCounts() const;
    static QString statusText(core::check::ParcelStatus status);
    static QColor statusColour(core::check::ParcelStatus status);
    static QString verdictText(core::check::Verdict verdict);

    const core::check::ParcelVerdicts &verdicts() const { return m_verdicts; }
    void setVerdicts(const core::check::ParcelVerdicts &verdicts);
    core::check::ParcelVerdict verdict(int row) const { return m_verdicts.value(parcel(row).key); }
    void setVerdict(int row, const core::check::ParcelVerdict &verdict);

    int rowCount(const QModelIndex &parent = {}) const override;
    int columnCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role) const override;

Q_SIGNALS:
    //! Statuses changed (new thresholds or new parcels): the map overlay follows.
    void statusesChanged();
    void verdictsChanged();

private:
    QVariant displayData(const ParcelRow &p, int row, int column) const;
    QVariant sortData(const ParcelRow &p, int row, int column) const;

    std::vector<ParcelRow> m_rows;
    core::check::CheckOptions m_thresholds;
    core::check::ParcelVerdicts m_verdicts;
};

} // namespace cropmap::ui
