// SPDX-License-Identifier: GPL-3.0-or-later
#include "thematic/legend_proposer.h"

#include <vector>

#include <QCoreApplication>
#include <QSet>

#include "thematic/csv_table.h"
#include "util/error.h"

namespace cropmap::core::thematic {

namespace {

QString tr(const char *text)
{
    return QCoreApplication::translate("cropmap::core::thematic", text);
}

struct Rule
{
    std::vector<const char *> hcatNames;
    const char *seedClass;

    bool covers(const QString &hcatName) const
    {
        for (const char *name : hcatNames) {
            if (hcatName == QLatin1String(name))
                return true;
        }
        return false;
    }
};

// HCAT3 names → the seed's 15 classes (Weikmann et al., Table 1). Clover and lucerne are
// legumes as in the seed; spring triticale stays a spring cereal.
const QVector<Rule> &rules()
{
    static const QVector<Rule> table = {
        {{"clover", "alfalfa_lucerne", "peas", "beans", "vetches", "lentils", "chickpeas",
          "sweet_lupins", "esparsette_onobrychis"}, "Legumes"},
        {{"pasture_meadow_grassland_grass", "temporary_grass"}, "Grassland"},
        {{"grain_maize_corn_popcorn", "green_silo_maize"}, "Maize"},
        {{"potatoes"}, "Potato"},
        {{"sunflower"}, "Sunflower"},
        {{"soy_soybeans"}, "Soybean"},
        {{"winter_barley"}, "Winter Barley"},
        {{"caraway"}, "Winter Caraway"},
        {{"winter_rapeseed_rape", "summer_rapeseed_rape"}, "Rapeseed"},
        {{"sugar_beet", "mangelwurzel_fodder_beet", "beetroot_beets"}, "Beet"},
        {{"spring_barley", "spring_common_soft_wheat", "spring_durum_hard_wheat", "spring_oats",
          "spring_rye", "spring_triticale", "spring_spelt", "spring_einkorn", "spring_emmer",
          "spring_meslin"}, "Spring Cereals"},
        {{"winter_common_soft_wheat", "winter_durum_hard_wheat", "winter_spelt", "winter_emmer"},
         "Winter Wheat"},
        {{"winter_triticale"}, "Triticale"},
        {{"orchards_fruits", "apples", "pears", "cherry_cherries", "plums", "apricots", "peach",
          "nectarine", "quinces", "nuts", "sweet_chestnuts", "elder_elderberry", "hops",
          "vineyards_wine_vine_rebland_grapes", "other_permanent_crops_plantations"},
         "Permanent Plantations"},
    };
    return table;
}

} // namespace

LegendProposer::LegendProposer(QVector<TaxonomyEntry> entries)
    : m_entries(std::move(entries))
{
    for (int i = 0; i < m_entries.size(); ++i) {
        if (!m_byCode.contains(m_entries[i].code))
            m_byCode.insert(m_entries[i].code, i);
        if (!m_byName.contains(m_entries[i].name.toUpper()))
            m_byName.insert(m_entries[i].name.toUpper(), i);
    }
}

LegendProposer LegendProposer::fromTaxonomyCsv(const QString &path)
{
    const QVector<CsvRecord> records = CsvTable::read(path);
    if (records.isEmpty())
        throw Error(tr("The taxonomy \"%1\" is empty").arg(path));
    const QStringList header = records.first().fields;
    const int code = header.indexOf(QStringLiteral("original_code"));
    const int name = header.indexOf(QStringLiteral("original_name"));
    const int hcat = header.indexOf(QStringLiteral("HCAT3_name"));
    const int hcatCode = header.indexOf(QStringLiteral("HCAT3_code"));
    if (code < 0 || name < 0 || hcat < 0) {
        throw Error(tr("%1, line 1: a taxonomy needs the columns original_code, original_name and "
                       "HCAT3_name (found: %2)")
                        .arg(path, header.join(QStringLiteral(", "))));
    }
    QVector<TaxonomyEntry> entries;
    for (qsizetype i = 1; i < records.size(); ++i) {
        const QStringList &f = records[i].fields;
        if (f.size() < header.size()) {
            throw Error(tr("%1, line %2: %3 fields, the header has %4")
                            .arg(path).arg(records[i].line).arg(f.size()).arg(header.size()));
        }
        if (f[code].trimmed().isEmpty())
            continue; // a second HCAT class of the code above (mixed crops): the first wins
        entries.push_back({f[code].trimmed(), f[name].trimmed(), f[hcat].trimmed(),
                           hcatCode >= 0 ? f[hcatCode].trimmed() : QString()});
    }
    return LegendProposer(entries);
}

QVector<DeclaredValue> LegendProposer::taxonomyValues() const
{
    QVector<DeclaredValue> values;
    QSet<QString> seen;
    for (const TaxonomyEntry &entry : m_entries) {
        if (!seen.contains(entry.code))
            values.push_back({entry.code, 0, 0, entry.name});
        seen.insert(entry.code);
    }
    return values;
}

bool LegendProposer::isLandscapeElement(const QString &hcatName, const QString &declaredName)
{
    static const QStringList hcat = {QStringLiteral("tree_wood_forest"),
                                     QStringLiteral("afforestation_reforestation"),
                                     QStringLiteral("shrubberries_shrubs")};
    static const QStringList words = {QStringLiteral("GLÖZ"), QStringLiteral("LSE "),
                                      QStringLiteral("HECKE"), QStringLiteral("FELDGEHÖLZ"),
                                      QStringLiteral("BÖSCHUNG"), QStringLiteral("LANDSCHAFTSELEMENT"),
                                      QStringLiteral("HEDGE")};
    if (hcat.contains(hcatName))
        return true;
    const QString upper = declaredName.toUpper();
    for (const QString &word : words) {
        if (upper.contains(word))
            return true;
    }
    return false;
}

QString LegendProposer::seedClassFor(const QString &hcatName, const QString &declaredName)
{
    for (const Rule &rule : rules()) {
        if (!rule.covers(hcatName))
            continue;
        // The seed keeps winter-sown sugar beet apart from the other beets.
        if (hcatName == QStringLiteral("sugar_beet") && declaredName.toUpper().contains(QStringLiteral("WINTER")))
            return QStringLiteral("Winter Sugar Beet");
        return QString::fromLatin1(rule.seedClass);
    }
    return {};
}

QVector<ProposedRow> LegendProposer::propose(const QVector<DeclaredValue> &values) const
{
    QVector<ProposedRow> rows;
    for (const DeclaredValue &value : values) {
        ProposedRow row;
        row.declared = value;
        int index = m_byCode.value(value.value, -1);
        if (index < 0)
            index = m_byName.value(value.value.toUpper(), -1);
        const QString name = index >= 0 ? m_entries[index].name
                                        : (value.label.isEmpty() ? value.value : value.label);
        if (index >= 0)
            row.taxonomy = m_entries[index];
        if (isLandscapeElement(row.taxonomy.hcatName, name)) {
            row.matched = true;
            row.reason = tr("landscape element → ignore");
        } else if (index < 0) {
            row.reason = tr("not in the taxonomy → ignore");
        } else {
            row.className = seedClassFor(row.taxonomy.hcatName, name);
            row.matched = !row.className.isEmpty();
            row.reason = row.matched ? QStringLiteral("%1 → %2").arg(row.taxonomy.hcatName, row.className)
                                     : tr("no rule for %1 → ignore").arg(row.taxonomy.hcatName);
        }
        rows.push_back(row);
    }
    return rows;
}

LegendAggregation LegendProposer::toLegend(const QVector<ProposedRow> &rows, const QString &field)
{
    LegendAggregation legend(field, ClassTable::seedClasses());
    for (const ProposedRow &row : rows) {
        const int index = legend.classes().indexOfName(row.className);
        legend.setMapping(row.declared.value, index < 0 ? LegendAggregation::Ignore : legend.classes().at(index).id);
    }
    return legend;
}

} // namespace cropmap::core::thematic
