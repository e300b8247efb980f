// SPDX-License-Identifier: GPL-3.0-or-later
#include "synth/crop_catalogue.h"

#include <QJsonArray>

#include "thematic/class_table.h"

namespace cropmap::core::synth {

namespace {

QVector<DeclaredCrop> buildCatalogue()
{
    auto crop = [](const char *name, int code, const char *cls, Cover cover, double weight) {
        return DeclaredCrop{QString::fromUtf8(name), code,
                            cls ? QString::fromUtf8(cls) : QString(), cover, weight};
    };
    const char *legumes = "Legumes", *grass = "Grassland", *maize = "Maize",
               *potato = "Potato", *spring = "Spring Cereals", *wheat = "Winter Wheat",
               *beet = "Beet", *plantation = "Permanent Plantations";
    return {
        crop("KLEEGRAS", 634, legumes, Cover::ForageLegume, 3),
        crop("LUZERNE", 635, legumes, Cover::ForageLegume, 2),
        crop("KLEE", 633, legumes, Cover::ForageLegume, 1),
        crop("KOERNERERBSEN", 201, legumes, Cover::GrainLegume, 1.5),
        crop("ACKERBOHNEN (PUFFBOHNEN)", 202, legumes, Cover::GrainLegume, 1),
        crop("SUESSLUPINEN", 203, legumes, Cover::GrainLegume, 0.5),
        crop("SOMMERWICKEN", 624, legumes, Cover::GrainLegume, 0.5),
        crop("MAEHWIESE/-WEIDE ZWEI NUTZUNGEN", 716, grass, Cover::Grassland, 3),
        crop("MAEHWIESE/-WEIDE DREI UND MEHR NUTZUNGEN", 717, grass, Cover::Grassland, 3),
        crop("WECHSELWIESE (EGART, ACKERWEIDE)", 636, grass, Cover::Grassland, 1.5),
        crop("DAUERWEIDE", 715, grass, Cover::Grassland, 1.5),
        crop("EINMAEHDIGE WIESE", 701, grass, Cover::Grassland, 1),
        crop("HUTWEIDE", 707, grass, Cover::Grassland, 1),
        crop("STREUWIESE", 704, grass, Cover::Grassland, 0.5),
        crop("KOERNERMAIS", 105, maize, Cover::Maize, 4),
        crop("SILOMAIS", 109, maize, Cover::Maize, 4),
        crop("MAIS CORN-COB-MIX (CCM)", 106, maize, Cover::Maize, 1),
        crop("ZUCKERMAIS", 107, maize, Cover::Maize, 0.5),
        crop("GRUENMAIS", 135, maize, Cover::Maize, 0.5),
        crop("SAATMAISVERMEHRUNG", 173, maize, Cover::Maize, 0.3),
        crop("SPEISEKARTOFFELN", 524, potato, Cover::Potato, 3),
        crop("STAERKEINDUSTRIEKARTOFFELN", 519, potato, Cover::Potato, 1.5),
        crop("FRUEHKARTOFFELN", 513, potato, Cover::Potato, 1),
        crop("SPEISEINDUSTRIEKARTOFFELN", 525, potato, Cover::Potato, 1),
        crop("SAATKARTOFFELN", 527, potato, Cover::Potato, 0.5),
        crop("FUTTERKARTOFFELN", 528, potato, Cover::Potato, 0.5),
        crop("SONNENBLUMEN", 307, "Sunflower", Cover::Sunflower, 1),
        crop("SOJABOHNEN", 308, "Soybean", Cover::Soybean, 4),
        crop("SOJABOHNEN / SOMMERWICKEN IN GETRENNTEN REIHEN", 309, "Soybean", Cover::Soybean, 0.5),
        crop("WINTERGERSTE", 110, "Winter Barley", Cover::WinterBarley, 1),
        crop("WINTERKUEMMEL", 536, "Winter Caraway", Cover::WinterCaraway, 1),
        crop("WINTERRAPS", 301, "Rapeseed", Cover::Rapeseed, 1),
        crop("WINTERRUEBSEN", 303, "Winter Sugar Beet", Cover::WinterTurnipRape, 1),
        crop("ZUCKERRUEBEN", 651, beet, Cover::Beet, 4),
        crop("FUTTERRUEBEN (RUNKELRUEBEN, BURGUND KOHLRUEBEN)", 631, beet, Cover::Beet, 0.7),
        crop("RUEBENVERMEHRUNG", 691, beet, Cover::Beet, 0.3),
        crop("SOMMERGERSTE", 111, spring, Cover::SpringCereal, 3),
        crop("SOMMERHAFER", 155, spring, Cover::SpringCereal, 2),
        crop("SOMMERWEICHWEIZEN", 137, spring, Cover::SpringCereal, 1),
        crop("SOMMERHARTWEIZEN (DURUM)", 166, spring, Cover::SpringCereal, 0.7),
        crop("SOMMERROGGEN", 141, spring, Cover::SpringCereal, 0.3),
        crop("SOMMERTRITICALE", 157, spring, Cover::SpringCereal, 0.3),
        crop("WINTERWEICHWEIZEN", 138, wheat, Cover::WinterWheat, 6),
        crop("WINTERHARTWEIZEN (DURUM)", 165, wheat, Cover::WinterWheat, 1.5),
        crop("WINTERDINKEL (SPELZ)", 145, wheat, Cover::WinterWheat, 1),
        crop("WINTERTRITICALE", 116, "Triticale", Cover::Triticale, 1),
        crop("WEIN", 901, plantation, Cover::Vineyard, 3),
        crop("SCHNITTWEINGARTEN", 906, plantation, Cover::Vineyard, 0.5),
        crop("TAFELAEPFEL", 817, plantation, Cover::Orchard, 2),
        crop("MARILLEN", 813, plantation, Cover::Orchard, 1),
        crop("ZWETSCHKEN", 820, plantation, Cover::Orchard, 0.5),
        crop("HOLUNDER", 832, plantation, Cover::Orchard, 0.5),
        crop("ANDERES OBST", 809, plantation, Cover::Orchard, 0.5),
        // Declared, but not crops: a legend maps them to "ignore".
        crop("GRUENBRACHE", 771, nullptr, Cover::Fallow, 3),
        crop("BIENENTRACHTBRACHE", 773, nullptr, Cover::Fallow, 1),
        crop("LSE HECKE / UFERGEHOELZ", 351, nullptr, Cover::Hedge, 1.5),
        crop("LSE FELDGEHOELZ / BAUM- / GEBUESCHGRUPPE", 350, nullptr, Cover::Hedge, 1),
    };
}

} // namespace

const QVector<DeclaredCrop> &CropCatalogue::crops()
{
    static const QVector<DeclaredCrop> catalogue = buildCatalogue();
    return catalogue;
}

int CropCatalogue::indexOf(const QString &name)
{
    const QVector<DeclaredCrop> &all = crops();
    for (int i = 0; i < all.size(); ++i) {
        if (all[i].name == name)
            return i;
    }
    return -1;
}

QVector<double> CropCatalogue::classShares()
{
    // Seed class order: Legumes, Grassland, Maize, Potato, Sunflower, Soybean, Winter Barley,
    // Winter Caraway, Rapeseed, Winter Sugar Beet, Beet, Spring Cereals, Winter Wheat,
    // Triticale, Permanent Plantations (percent; sums to 100).
    const QVector<double> percent = {3.5, 25, 18, 3, 1, 4, 8, 1, 5, 2, 4, 6, 15, 1.5, 3};
    QVector<double> shares;
    for (double p : percent)
        shares << p / 100.0;
    return shares;
}

QJsonObject CropCatalogue::legendJson()
{
    QJsonArray mapping;
    for (const DeclaredCrop &c : crops()) {
        mapping.append(QJsonObject{
            {QStringLiteral("value"), c.name},
            {QStringLiteral("class"),
             c.className.isEmpty() ? QJsonValue(QJsonValue::Null) : QJsonValue(c.className)}});
    }
    return QJsonObject{{QStringLiteral("field"), QStringLiteral("SNAR_BEZEICHNUNG")},
                       {QStringLiteral("classes"), thematic::ClassTable::seedClasses().toJson()},
                       {QStringLiteral("mapping"), mapping}};
}

} // namespace cropmap::core::synth
