// SPDX-License-Identifier: GPL-3.0-or-later
#include <numeric>

#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QSet>
#include <QTest>

#include "synth/cloud_model.h"
#include "synth/crop_catalogue.h"
#include "synth/spectral_model.h"
#include "thematic/class_table.h"

using namespace cropmap::core;
using synth::Cover;
using synth::CropCatalogue;
using synth::SpectralModel;

Q_DECLARE_METATYPE(synth::Cover)

class TestSynthModel : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void catalogueHasFortyCropNamesCoveringEverySeedClass()
    {
        const thematic::ClassTable seed = thematic::ClassTable::seedClasses();
        QSet<QString> names;
        QSet<int> codes;
        QSet<QString> classesCovered;
        int ignored = 0;
        for (const synth::DeclaredCrop &c : CropCatalogue::crops()) {
            names.insert(c.name);
            codes.insert(c.code);
            if (c.className.isEmpty()) {
                ++ignored;
                continue;
            }
            QVERIFY2(seed.indexOfName(c.className) >= 0, qPrintable(c.className));
            classesCovered.insert(c.className);
        }
        const int total = int(CropCatalogue::crops().size());
        QCOMPARE(names.size(), total); // names are unique
        QCOMPARE(codes.size(), total); // and so are codes
        // 53 crop names + 4 non-crop declarations (2 fallows, 2 landscape elements).
        QCOMPARE(total - ignored, 53);
        QCOMPARE(ignored, 4);
        QCOMPARE(classesCovered.size(), 15);
    }

    void classSharesSumToOneWithTheSeedsImbalance()
    {
        const QVector<double> shares = CropCatalogue::classShares();
        QCOMPARE(shares.size(), 15);
        // 3.5 + 25 + 18 + 3 + 1 + 4 + 8 + 1 + 5 + 2 + 4 + 6 + 15 + 1.5 + 3 = 100 %
        QVERIFY(qAbs(std::accumulate(shares.begin(), shares.end(), 0.0) - 1.0) < 1e-12);
        const thematic::ClassTable seed = thematic::ClassTable::seedClasses();
        auto share = [&](const char *name) {
            return shares[seed.indexOfName(QString::fromUtf8(name))];
        };
        QCOMPARE(share("Grassland"), 0.25);
        QCOMPARE(share("Maize"), 0.18);
        QCOMPARE(share("Winter Wheat"), 0.15);
        QCOMPARE(share("Sunflower"), 0.01);
        QCOMPARE(share("Winter Caraway"), 0.01);
        QCOMPARE(share("Triticale"), 0.015);
    }

    void shippedLegendIsTheCataloguesLegend()
    {
        QFile file(QStringLiteral(CROPMAP_SOURCE_DIR "/resources/legends/synthetic.json"));
        QVERIFY(file.open(QIODevice::ReadOnly));
        const QJsonObject shipped = QJsonDocument::fromJson(file.readAll()).object();
        QCOMPARE(shipped, CropCatalogue::legendJson());
        QCOMPARE(shipped.value(QStringLiteral("field")).toString(), QStringLiteral("SNAR_BEZEICHNUNG"));
        const QJsonArray mapping = shipped.value(QStringLiteral("mapping")).toArray();
        QCOMPARE(mapping.size(), 57);
        QHash<QString, QJsonValue> classOf;
        for (const QJsonValue &m : mapping)
            classOf.insert(m[QStringLiteral("value")].toString(), m[QStringLiteral("class")]);
        QCOMPARE(classOf.value(QStringLiteral("KLEEGRAS")).toString(), QStringLiteral("Legumes"));
        QCOMPARE(classOf.value(QStringLiteral("WINTERRUEBSEN")).toString(),
                 QStringLiteral("Winter Sugar Beet"));
        QVERIFY(classOf.value(QStringLiteral("GRUENBRACHE")).isNull());
        QVERIFY(classOf.value(QStringLiteral("LSE HECKE / UFERGEHOELZ")).isNull());
    }

    void ndviFollowsThePhenology_data()
    {
        QTest::addColumn<Cover>("cover");
        QTest::addColumn<QDate>("date");
        QTest::addColumn<double>("expected");
        // Maize on 15 July (day 317): green = 0.06 + 0.9·(σ(35/8) − σ(−55/8)) = 0.948, dry 0.001,
        // soil 0.051; B04 = 0.948·400 + 0.051·1550 = 458.5, B08 = 0.948·3900 + 0.051·2300 =
        // 3814.5; NDVI = 3356 / 4273 = 0.785.
        QTest::newRow("maize July") << Cover::Maize << QDate(2018, 7, 15) << 0.785;
        // Maize on 15 November (day 75): green 0.06, soil 0.94 darkened by wet soil (× 0.925);
        // B04 = 24 + 0.94·1550·0.925 = 1371.7, B08 = 234 + 0.94·2300·0.925 = 2233.9;
        // NDVI = 862.2 / 3605.6 = 0.239.
        QTest::newRow("maize November") << Cover::Maize << QDate(2017, 11, 15) << 0.239;
        // Winter wheat on 20 April (day 231): main = 0.88·(σ(16/9) − σ(−67/7)) = 0.753,
        // green 0.833, soil 0.167; B04 = 333.1 + 259.2 = 592.3,
        // B08 = 0.833·3900·0.97 + 0.167·2300 = 3535; NDVI = 2942.7 / 4127.3 = 0.713.
        QTest::newRow("wheat April") << Cover::WinterWheat << QDate(2018, 4, 20) << 0.713;
        // Winter wheat on 15 August (day 348), harvested: green 0.0807, soil 0.919;
        // B04 = 32.3 + 1424.5 = 1456.8, B08 = 305.3 + 2113.7 = 2419; NDVI = 962 / 3876 = 0.248.
        QTest::newRow("wheat August") << Cover::WinterWheat << QDate(2018, 8, 15) << 0.248;
    }

    void ndviFollowsThePhenology()
    {
        QFETCH(Cover, cover);
        QFETCH(QDate, date);
        QFETCH(double, expected);
        synth::FieldTraits field;
        field.cover = cover;
        const double day = SpectralModel::dayOfSeason(date);
        const double ndvi = SpectralModel::ndvi(SpectralModel::signal(field, day).value);
        QVERIFY2(qAbs(ndvi - expected) < 0.005, qPrintable(QString::number(ndvi)));
    }

    void confusableCropsStayClose()
    {
        // Winter wheat and triticale differ by a few days: on 20 April triticale's NDVI is
        // 0.764 (main = 0.92·(σ(19/9) − σ(−74/7)) = 0.821, B04 = 514.3, B08 = 3846.3) against
        // wheat's 0.713, while wheat and maize differ by more than 0.4 (0.713 vs ≈ 0.24).
        synth::FieldTraits wheat, triticale, maize;
        wheat.cover = Cover::WinterWheat;
        triticale.cover = Cover::Triticale;
        maize.cover = Cover::Maize;
        const double day = SpectralModel::dayOfSeason(QDate(2018, 4, 20));
        const double w = SpectralModel::ndvi(SpectralModel::signal(wheat, day).value);
        const double t = SpectralModel::ndvi(SpectralModel::signal(triticale, day).value);
        const double m = SpectralModel::ndvi(SpectralModel::signal(maize, day).value);
        QVERIFY(qAbs(w - t) < 0.06);
        QVERIFY(w - m > 0.4);
    }

    void dayOfSeasonCountsFromFirstSeptember()
    {
        // 1 Sep 2017 = 0; 1 Jul 2018 = 30+31+30+31+31+28+31+30+31+30 = 303; 31 Aug 2018 = 364.
        QCOMPARE(SpectralModel::dayOfSeason(QDate(2017, 9, 1)), 0.0);
        QCOMPARE(SpectralModel::dayOfSeason(QDate(2018, 7, 1)), 303.0);
        QCOMPARE(SpectralModel::dayOfSeason(QDate(2018, 8, 31)), 364.0);
    }

    void skiesRangeFromClearToOvercastAndFlagBrightClouds()
    {
        // 120 dates of one tile: covers are drawn from a mixture with 35 % nearly clear
        // (< 3 %) and 18 % nearly overcast (≥ 90 %) before the winter shift, so at least
        // 20 clear and 12 overcast skies are expected with a wide margin.
        int clear = 0, overcast = 0;
        for (int k = 0; k < 120; ++k) {
            const synth::Sky sky =
                synth::CloudModel::draw(7, 0, QDate(2017, 9, 1).addDays(3 * k), 32, 32);
            const double flagged = sky.flaggedShare();
            clear += flagged < 0.05;
            overcast += flagged > 0.85;
            for (std::size_t i = 0; i < sky.scl.size(); ++i) {
                // Thick cloud (9) is ≥ 75 % opaque: B02 ≥ 0.75·6500·0.8 = 3900 over any surface.
                if (sky.scl[i] == 9)
                    QVERIFY(sky.opacity[i] >= 0.75f);
                if (sky.scl[i] == 0) // unflagged haze stays below 8 %
                    QVERIFY(sky.opacity[i] <= 0.08f);
            }
        }
        QVERIFY2(clear >= 20, qPrintable(QString::number(clear)));
        QVERIFY2(overcast >= 12, qPrintable(QString::number(overcast)));
    }
};

QTEST_GUILESS_MAIN(TestSynthModel)
#include "tst_synth_model.moc"
