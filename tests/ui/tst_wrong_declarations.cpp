// SPDX-License-Identifier: GPL-3.0-or-later
// On a synthetic scene the reliable-samples dock outlines the wrongly declared parcels.
#include <set>

#include <QCheckBox>
#include <QFile>
#include <QJsonDocument>
#include <QJsonObject>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QTest>

#include <ogrsf_frmts.h>

#include "app/error_reporter.h"
#include "app/main_window.h"
#include "gui_test_data.h"
#include "io/gdal_handles.h"
#include "layers/layer_tree_model.h"
#include "layers/vector_layer.h"
#include "results/posterior_inspector.h"
#include "results/wrong_declarations.h"
#include "common/synthetic_scene.h"
#include "synth/scene_job.h"
#include "util/error.h"
#include "util/feedback.h"

using namespace cropmap::ui;

namespace {

//! FS_KENNUNG of the parcels in \a path with DECLARATION_WRONG = \a wrong, read with OGR alone.
std::set<qint64> parcelIds(const QString &path, int wrong)
{
    std::set<qint64> ids;
    const cropmap::core::io::DatasetPtr dataset = cropmap::core::io::openVector(path);
    OGRLayer *layer = dataset->GetLayer(0);
    for (cropmap::core::io::FeaturePtr f(layer->GetNextFeature()); f; f.reset(layer->GetNextFeature())) {
        if (f->GetFieldAsInteger("DECLARATION_WRONG") == wrong)
            ids.insert(f->GetFieldAsInteger64("FS_KENNUNG"));
    }
    return ids;
}

} // namespace

class TestWrongDeclarations : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase()
    {
        QStandardPaths::setTestModeEnabled(true);
        QVERIFY(m_dir.isValid());
        // One 96 × 96 px tile, two acquisitions (the overlay needs only the parcels); a third of
        // the crop parcels declared wrongly so the tile surely has some.
        cropmap::core::synth::SceneOptions scene;
        scene.tiles = 1;
        scene.size = 96;
        scene.acquisitions = {2};
        scene.wrongShare = 0.35;
        scene.seed = 7;
        const QString failed = cropmap::tests::writeSyntheticScene(m_dir.path(), scene);
        QVERIFY2(failed.isEmpty(), qPrintable(failed));
        ErrorReporter::setHandler([this](QWidget *, const QString &, const QString &message) { m_errors << message; });
    }

    void outlinesExactlyTheWronglyDeclaredParcels()
    {
        const QString parcels = m_dir.filePath(QStringLiteral("scene/parcels.gpkg"));
        const std::set<qint64> wrong = parcelIds(parcels, 1);
        QVERIFY(!wrong.empty());
        QVERIFY(!parcelIds(parcels, 0).empty());

        const QString project = m_dir.filePath(QStringLiteral("project.json"));
        QFile file(project);
        QVERIFY(file.open(QIODevice::WriteOnly));
        file.write(QJsonDocument(QJsonObject{{QStringLiteral("archive"), QStringLiteral("scene/archive")},
                                             {QStringLiteral("parcels"), QStringLiteral("scene/parcels.gpkg")},
                                             {QStringLiteral("field"), QStringLiteral("SNAR_BEZEICHNUNG")},
                                             {QStringLiteral("legend"), QStringLiteral("scene/legend.json")},
                                             {QStringLiteral("output"), QStringLiteral("out")}})
                       .toJson());
        file.close();
        MainWindow window;
        window.resize(1000, 700);
        window.show();
        QVERIFY(window.openProject(project));
        QCheckBox *box = window.posteriorInspector()->wrongDeclarationsBox();
        QVERIFY(box->isEnabled());
        QVERIFY(!box->isChecked());
        const int before = window.layerModel()->count();

        QTest::mouseClick(box, Qt::LeftButton);
        QVERIFY(box->isChecked());
        QCOMPARE(window.layerModel()->count(), before + 1);
        VectorLayer *overlay = nullptr;
        for (MapLayer *layer : window.layerModel()->layers()) {
            if (layer->property("wrongDeclarations").toBool())
                overlay = qobject_cast<VectorLayer *>(layer);
        }
        QVERIFY(overlay);
        // Exactly the parcels the scene declared wrongly: same count, same ids.
        QCOMPARE(overlay->featureCount(), int(wrong.size()));
        const int idField = overlay->fields().indexOf(QStringLiteral("FS_KENNUNG"));
        QVERIFY(idField >= 0);
        std::set<qint64> shown;
        for (int i = 0; i < overlay->featureCount(); ++i)
            shown.insert(overlay->feature(i).values[idField].toLongLong());
        QCOMPARE(shown, wrong);
        QCOMPARE(overlay->style().outlineColour, QColor(255, 0, 255));
        QCOMPARE(overlay->style().outlineWidth, 4.0);
        QCOMPARE(overlay->style().mode, VectorStyle::Mode::Outline);

        // Unticking removes the overlay again.
        QTest::mouseClick(box, Qt::LeftButton);
        QCOMPARE(window.layerModel()->count(), before);
        QVERIFY(m_errors.isEmpty());
    }

    void realParcelsHaveNoOverlay()
    {
        // Parcels without DECLARATION_WRONG (real declarations): nothing to highlight.
        const QString parcels = uitest::writeParcels(m_dir.path());
        QVERIFY(!WrongDeclarations::isAvailable(parcels));
        QVERIFY_THROWS_EXCEPTION(cropmap::core::Error,
                                 WrongDeclarations::write(parcels, m_dir.filePath(QStringLiteral("none.gpkg"))));
        QVERIFY(!QFile::exists(m_dir.filePath(QStringLiteral("none.gpkg"))));
    }

private:
    QTemporaryDir m_dir;
    QStringList m_errors;
};

QTEST_MAIN(TestWrongDeclarations)
#include "tst_wrong_declarations.moc"
