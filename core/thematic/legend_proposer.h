// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QHash>
#include <QString>
#include <QVector>

#include "thematic/legend_aggregation.h"
#include "thematic/parcel_layer.h"

namespace cropmap::core::thematic {

/** \brief One declared value of a taxonomy table (EuroCrops: original code → HCAT class). */
struct TaxonomyEntry
{
    QString code;
    QString name;      //!< the declared name in the original language
    QString hcatName;  //!< HCAT3_name, e.g. "winter_barley"
    QString hcatCode;
};

/** \brief How one declared value was proposed, for the analyst to review. */
struct ProposedRow
{
    DeclaredValue declared;
    TaxonomyEntry taxonomy; //!< empty when the value is not in the taxonomy
    QString className;      //!< empty: ignore
    QString reason;         //!< "winter_barley → Winter Barley", "landscape element", …
    bool matched = false;   //!< a rule gave a class (or recognised a landscape element)
};

/**
 * \brief Drafts a legend aggregation from a crop taxonomy table, so an analyst starts from a
 * sensible table instead of a blank one.
 *
 * Declared value → taxonomy row (by code, else by name) → HCAT3 class → one of the seed's 15
 * classes by the rules in rules(). Landscape elements (hedges, field copses, balks, GLÖZ/LSE
 * elements, woods) go to ignore; values without a rule or missing from the taxonomy go to
 * ignore too and are listed as unmatched.
 */
class LegendProposer
{
public:
    /** Reads a EuroCrops mapping CSV (original_code, original_name, …, HCAT3_name, HCAT3_code).
     *  A row with an empty code adds a second HCAT class to the code above it; the first wins. */
    static LegendProposer fromTaxonomyCsv(const QString &path);
    explicit LegendProposer(QVector<TaxonomyEntry> entries);

    int taxonomySize() const { return int(m_entries.size()); }
    //! Every code of the taxonomy as a declared value (no parcels), its name as label.
    QVector<DeclaredValue> taxonomyValues() const;

    /** The draft for \a values (from ParcelLayer::declaredValues), for attribute \a field. */
    QVector<ProposedRow> propose(const QVector<DeclaredValue> &values) const;
    /** The legend of a draft: seed classes, each row mapped or ignored. */
    static LegendAggregation toLegend(const QVector<ProposedRow> &rows, const QString &field);

    /** The seed class for an HCAT3 name and declared name, or empty (no rule). */
    static QString seedClassFor(const QString &hcatName, const QString &declaredName);
    //! True for hedges, copses, balks and other landscape elements (not crops).
    static bool isLandscapeElement(const QString &hcatName, const QString &declaredName);

private:
    QVector<TaxonomyEntry> m_entries;
    QHash<QString, int> m_byCode;
    QHash<QString, int> m_byName;
};

} // namespace cropmap::core::thematic
