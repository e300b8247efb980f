// SPDX-License-Identifier: GPL-3.0-or-later
#include <algorithm>

#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QSet>
#include <QTemporaryDir>
#include <QTest>

#include <ogrsf_frmts.h>

#include "io/gdal_handles.h"
#include "synth/crop_catalogue.h"
#include "synth/field_layout.h"
#include "synth/parcel_writer.h"
#include "thematic/class_table.h"

using namespace cropmap::core;
using synth::CropCatalogue;
using synth::FieldLayout;
using synth::SceneOptions;

namespace {

SceneOptions smallScene(quint64 seed = 42)
{
    SceneOptions o;
    o.seed = seed;
    o.tiles = 2;
    o.size = 64;
    return o;
}

// 3 tiles of 512 px with fields every 15 px: about 3·512·512 / 15² ≈ 3500 cells.
SceneOptions largeScene()
{
    SceneOptions o;
    o.fieldSize = 15;
    return o;
}

// Pixel centre inside a convex polygon (either orientation).
bool inside(const synth::Polygon &polygon, QPointF p)
{
    int sign = 0;
    for (int k = 0; k < polygon.size(); ++k) {
        const QPointF a = polygon[k], b = polygon[(k + 1) % polygon.size()];
        const double cross = (b.x() - a.x()) * (p.y() - a.y()) - (b.y() - a.y()) * (p.x() - a.x());
        if (std::abs(cross) < 1e-9)
            continue;
        const int s = cross > 0 ? 1 : -1;
        if (sign != 0 && s != sign)
            return false;
        sign = s;
    }
    return true;
}

} // namespace

class TestFieldLayout : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase()
    {
        io::ensureGdalRegistered();
        m_large = FieldLayout::generate(largeScene());
    }

    void cellsPartitionTheArea()
    {
        // 2 tiles × 64 × 64 px = 8192 px², covered exactly once by the convex cells.
        const FieldLayout layout = FieldLayout::generate(smallScene());
        double area = 0;
        for (const synth::Field &f : layout.fields())
            area += f.area;
        QVERIFY(qAbs(area - 8192.0) < 1e-6);
        // Automatic spacing at 64 px: max(8, 40·64/512 = 5) = 8 px, about 128·64/64 = 128 cells.
        QVERIFY(layout.fields().size() > 90 && layout.fields().size() <= 128);
    }

    void everyPixelCentreLiesInItsFieldsPolygon()
    {
        const FieldLayout layout = FieldLayout::generate(smallScene());
        std::vector<synth::PixelCover> covers;
        layout.render(0, 0, layout.width(), layout.height(), covers);
        int mixed = 0;
        for (int y = 0; y < layout.height(); ++y) {
            for (int x = 0; x < layout.width(); ++x) {
                const synth::PixelCover &c = covers[std::size_t(y) * layout.width() + x];
                QVERIFY(c.field >= 0);
                QVERIFY(inside(layout.fields()[c.field].polygon, QPointF(x + 0.5, y + 0.5)));
                QVERIFY(c.neighbourWeight >= 0 && c.neighbourWeight <= 0.5);
                mixed += c.neighbourWeight > 0;
            }
        }
        // Border pixels mix: with ~120 cells of ~8 px side, each border row/column of about
        // 8 px per cell side yields mixed pixels, well over 10 % and under 60 % of 8192.
        QVERIFY2(mixed > 819 && mixed < 4915, qPrintable(QString::number(mixed)));
    }

    void sameSeedSameLayoutOtherSeedOtherLayout()
    {
        const FieldLayout a = FieldLayout::generate(smallScene(5));
        const FieldLayout b = FieldLayout::generate(smallScene(5));
        const FieldLayout c = FieldLayout::generate(smallScene(6));
        QCOMPARE(a.fields().size(), b.fields().size());
        for (int i = 0; i < a.fields().size(); ++i) {
            QCOMPARE(a.fields()[i].polygon, b.fields()[i].polygon);
            QCOMPARE(a.fields()[i].declaredCrop, b.fields()[i].declaredCrop);
            QCOMPARE(a.fields()[i].traits.shift, b.fields()[i].traits.shift);
        }
        QVERIFY(a.fields().size() != c.fields().size()
                || a.fields().front().polygon != c.fields().front().polygon);
    }

    void wrongDeclarationShareIsTheOption()
    {
        int crops = 0, wrong = 0;
        for (const synth::Field &f : m_large.fields()) {
            if (!f.isParcel() || CropCatalogue::crops()[f.trueCrop].className.isEmpty())
                continue;
            ++crops;
            const QString declared = CropCatalogue::crops()[f.declaredCrop].className;
            const QString truth = CropCatalogue::crops()[f.trueCrop].className;
            if (f.wrong) {
                ++wrong;
                QVERIFY(declared != truth && !declared.isEmpty());
            } else {
                QCOMPARE(f.declaredCrop, f.trueCrop);
            }
        }
        // Exactly round(0.08 · crops) wrong: the share is within half a field of 8 %.
        QVERIFY(crops > 2000);
        QCOMPARE(wrong, int(std::lround(0.08 * crops)));
    }

    void classAreaSharesFollowTheTargets()
    {
        const QVector<double> target = CropCatalogue::classShares();
        const QVector<double> realised = m_large.classAreaShares();
        for (int c = 0; c < target.size(); ++c) {
            // Drawn by remaining deficit, largest fields first: within 0.5 percentage points.
            QVERIFY2(qAbs(realised[c] - target[c]) < 0.005,
                     qPrintable(QStringLiteral("class %1: %2 vs %3").arg(c).arg(realised[c]).arg(target[c])));
        }
    }

    void fieldSizesVaryAndBackgroundHasItsShare()
    {
        const FieldLayout layout = FieldLayout::generate(SceneOptions{});
        QVector<double> sides;
        int background = 0;
        for (const synth::Field &f : layout.fields()) {
            sides << std::sqrt(f.area);
            background += !f.isParcel();
        }
        std::sort(sides.begin(), sides.end());
        // Spacing 40 px: the 10 % smallest are under 30 px across, the 10 % largest over 48 px.
        QVERIFY2(sides[sides.size() / 10] < 30, qPrintable(QString::number(sides[sides.size() / 10])));
        QVERIFY2(sides[sides.size() * 9 / 10] > 48, qPrintable(QString::number(sides[sides.size() * 9 / 10])));
        QVERIFY(sides.front() >= std::sqrt(0.05 * 40 * 40)); // slivers under 80 px² are merged away
        // round(0.12 · cells) background cells (forest, villages).
        QCOMPARE(background, int(std::lround(0.12 * layout.fields().size())));
    }

    void parcelsGeoPackageCarriesTheDeclarations_data()
    {
        QTest::addColumn<int>("epsg");
        QTest::newRow("UTM 33N") << 32633;
        QTest::newRow("MGI / Austria Lambert") << 31287;
    }

    void parcelsGeoPackageCarriesTheDeclarations()
    {
        QFETCH(int, epsg);
        QTemporaryDir dir;
        SceneOptions options = largeScene();
        options.parcelsEpsg = epsg;
        const QString path = dir.filePath(QStringLiteral("parcels.gpkg"));
        synth::ParcelWriter::write(m_large, options, path);

        QFile legendFile(QStringLiteral(CROPMAP_SOURCE_DIR "/resources/legends/synthetic.json"));
        QVERIFY(legendFile.open(QIODevice::ReadOnly));
        QHash<QString, QJsonValue> legend;
        for (const QJsonValue &m :
             QJsonDocument::fromJson(legendFile.readAll())[QStringLiteral("mapping")].toArray())
            legend.insert(m[QStringLiteral("value")].toString(), m[QStringLiteral("class")]);
        const thematic::ClassTable seed = thematic::ClassTable::seedClasses();

        io::DatasetPtr dataset = io::openVector(path);
        OGRLayer *layer = dataset->GetLayerByName("parcels");
        QVERIFY(layer);
        QCOMPARE(layer->GetSpatialRef()->GetAuthorityCode(nullptr), QByteArray::number(epsg).constData());
        int parcels = 0;
        for (const synth::Field &f : m_large.fields())
            parcels += f.isParcel();
        QCOMPARE(int(layer->GetFeatureCount()), parcels);
        QSet<QString> names;
        int wrong = 0;
        for (auto &feature : *layer) {
            const QString name = QString::fromUtf8(feature->GetFieldAsString("SNAR_BEZEICHNUNG"));
            names.insert(name);
            QVERIFY2(legend.contains(name), qPrintable(name));
            const QJsonValue cls = legend.value(name);
            QVERIFY(cls.isNull() || seed.indexOfName(cls.toString()) >= 0);
            wrong += feature->GetFieldAsInteger("DECLARATION_WRONG");
            // The area attribute is the polygon's area (UTM), or within 1 % of it after
            // reprojection to Lambert (scale error near 48.4° N is far below that).
            const double hectares = feature->GetFieldAsDouble("SL_FLAECHE_BRUTTO_HA");
            const double area = feature->GetGeometryRef()->toPolygon()->get_Area() / 10000.0;
            QVERIFY(qAbs(area - hectares) <= (epsg == 32633 ? 1e-9 : 0.01) * hectares);
        }
        QVERIFY2(names.size() >= 40, qPrintable(QString::number(names.size())));
        int expectedWrong = 0;
        for (const synth::Field &f : m_large.fields())
            expectedWrong += f.wrong;
        QCOMPARE(wrong, expectedWrong);
    }

private:
    FieldLayout m_large;
};

QTEST_GUILESS_MAIN(TestFieldLayout)
#include "tst_field_layout.moc"
