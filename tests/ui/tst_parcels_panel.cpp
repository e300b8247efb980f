// SPDX-License-Identifier: GPL-3.0-or-later
// The Parcels dock on a hand-made declaration check (parcels_test_data.h): table, filters,
// sorting, step-through keys, series against the class envelopes, verdicts and thresholds.
#include <QComboBox>
#include <QDoubleSpinBox>
#include <QHeaderView>
#include <QLabel>
#include <QLineEdit>
#include <QSpinBox>
#include <QTableView>
#include <QTemporaryDir>
#include <QtTest>

#include "layers/vector_layer.h"
#include "parcels/parcel_filter_model.h"
#include "parcels/parcel_series_plot.h"
#include "parcels/parcel_table_model.h"
#include "parcels/parcels_panel.h"
#include "parcels_test_data.h"
#include "pipeline/project.h"
#include "plots/qcustomplot_wrapper.h"

using namespace cropmap;
using cropmap::ui::ParcelTableModel;

class TestParcelsPanel : public QObject
{
    Q_OBJECT

private:
    QTemporaryDir m_dir;
    QString m_project;

    std::unique_ptr<ui::ParcelsPanel> openPanel()
    {
        auto panel = std::make_unique<ui::ParcelsPanel>();
        panel->resize(900, 700);
        panel->setProject(core::pipeline::Project::load(m_project));
        panel->show();
        return panel;
    }
    //! The parcel keys in the table's order.
    static QStringList shownKeys(const ui::ParcelsPanel &panel)
    {
        QStringList keys;
        for (int row = 0; row < panel.filterModel()->rowCount(); ++row)
            keys << panel.filterModel()->index(row, ParcelTableModel::KeyColumn).data().toString();
        return keys;
    }
    static QString currentKey(const ui::ParcelsPanel &panel)
    {
        const int row = panel.currentParcel();
        return row < 0 ? QString() : panel.model()->parcel(row).key;
    }
    static QString statusOf(const ui::ParcelsPanel &panel, const QString &key)
    {
        const int row = panel.model()->rowOfKey(key);
        return panel.model()->index(row, ParcelTableModel::StatusColumn).data().toString();
    }

private Q_SLOTS:
    void init()
    {
        QVERIFY(m_dir.isValid());
        m_project = uitest::writeParcelCheckProject(m_dir.path());
    }

    void tableShowsEveryParcelWithItsStatus()
    {
        const auto panel = openPanel();
        QCOMPARE(panel->model()->rowCount(), 4);
        QCOMPARE(statusOf(*panel, QStringLiteral("k-agrees")), QStringLiteral("agrees"));
        QCOMPARE(statusOf(*panel, QStringLiteral("k-doubtful")), QStringLiteral("doubtful"));
        QCOMPARE(statusOf(*panel, QStringLiteral("k-disagrees")), QStringLiteral("disagrees"));
        QCOMPARE(statusOf(*panel, QStringLiteral("k-small")), QStringLiteral("too small"));
        const int row = panel->model()->rowOfKey(QStringLiteral("k-disagrees"));
        QCOMPARE(panel->model()->index(row, ParcelTableModel::ClassColumn).data().toString(), QStringLiteral("Grass"));
        QCOMPARE(panel->model()->index(row, ParcelTableModel::MapClassColumn).data().toString(),
                 QStringLiteral("Maize (90 %)"));
        QCOMPARE(panel->model()->index(row, ParcelTableModel::AgreementColumn).data().toString(), QStringLiteral("10 %"));
        QCOMPARE(panel->model()->index(row, ParcelTableModel::SetColumn).data().toString(), QStringLiteral("test"));
        QCOMPARE(panel->findChild<QLabel *>(QStringLiteral("parcelCounts"))->text(),
                 QStringLiteral("1 agree · 1 doubtful · 1 disagree · 1 too small"));
        // The overlay: every parcel filled with its status's colour, through its key.
        QVERIFY(panel->overlay());
        QCOMPARE(panel->overlay()->style().attribute, QStringLiteral("parcel_key"));
        QCOMPARE(panel->overlay()->style().categories.value(QStringLiteral("k-disagrees")),
                 ParcelTableModel::statusColour(core::check::ParcelStatus::Disagrees));
    }

    void missingCheckSaysWhatToRun()
    {
        QFile::remove(m_dir.filePath(QStringLiteral("out/check/parcels.gpkg")));
        const auto panel = openPanel();
        QCOMPARE(panel->model()->rowCount(), 0);
        QVERIFY2(panel->message().contains(QStringLiteral("run the check step")), qPrintable(panel->message()));
    }

    void filtersByStatusAndText()
    {
        const auto panel = openPanel();
        auto *status = panel->findChild<QComboBox *>(QStringLiteral("parcelStatusFilter"));
        status->setCurrentIndex(status->findData(int(ui::ParcelFilterModel::StatusFilter::Flagged)));
        QCOMPARE(panel->filterModel()->rowCount(), 2);
        status->setCurrentIndex(status->findData(int(ui::ParcelFilterModel::StatusFilter::TooSmall)));
        QCOMPARE(shownKeys(*panel), QStringList{QStringLiteral("k-small")});
        status->setCurrentIndex(0);
        auto *text = panel->findChild<QLineEdit *>(QStringLiteral("parcelTextFilter"));
        QTest::keyClicks(text, QStringLiteral("k-dis"));
        QCOMPARE(shownKeys(*panel), QStringList{QStringLiteral("k-disagrees")});
        text->clear();
        QCOMPARE(panel->filterModel()->rowCount(), 4);
    }

    void sortsByAgreementAsNumbers()
    {
        const auto panel = openPanel();
        QHeaderView *header = panel->table()->horizontalHeader();
        panel->table()->sortByColumn(ParcelTableModel::AgreementColumn, Qt::AscendingOrder);
        // 0 % (too small), 10 %, 50 %, 95 %.
        QCOMPARE(shownKeys(*panel), (QStringList{QStringLiteral("k-small"), QStringLiteral("k-disagrees"),
                                                 QStringLiteral("k-doubtful"), QStringLiteral("k-agrees")}));
        // A click on the header turns the order round.
        QTest::mouseClick(header->viewport(), Qt::LeftButton, {},
                          QPoint(header->sectionViewportPosition(ParcelTableModel::AgreementColumn) + 5, 5));
        QCOMPARE(shownKeys(*panel).first(), QStringLiteral("k-agrees"));
        panel->table()->sortByColumn(ParcelTableModel::AreaColumn, Qt::DescendingOrder);
        QCOMPARE(shownKeys(*panel).first(), QStringLiteral("k-agrees")); // 6 ha before 3 ha
        QCOMPARE(shownKeys(*panel).last(), QStringLiteral("k-small"));
    }

    void keysStepThroughDoubtfulAndDisagreeing()
    {
        const auto panel = openPanel();
        panel->table()->sortByColumn(ParcelTableModel::AgreementColumn, Qt::AscendingOrder);
        // Shortcuts answer in the active window only.
        panel->activateWindow();
        QVERIFY(QTest::qWaitForWindowActive(panel.get()));
        panel->table()->setFocus();
        QTest::keyClick(panel->table(), Qt::Key_N);
        QCOMPARE(currentKey(*panel), QStringLiteral("k-disagrees"));
        QTest::keyClick(panel->table(), Qt::Key_N);
        QCOMPARE(currentKey(*panel), QStringLiteral("k-doubtful"));
        // Past the last flagged parcel: back to the first.
        QTest::keyClick(panel->table(), Qt::Key_Down, Qt::ControlModifier);
        QCOMPARE(currentKey(*panel), QStringLiteral("k-disagrees"));
        QTest::keyClick(panel->table(), Qt::Key_P);
        QCOMPARE(currentKey(*panel), QStringLiteral("k-doubtful"));
        QTest::keyClick(panel->table(), Qt::Key_Up, Qt::ControlModifier);
        QCOMPARE(currentKey(*panel), QStringLiteral("k-disagrees"));
    }

    void selectedParcelIsPlottedAgainstBothEnvelopes()
    {
        const auto panel = openPanel();
        panel->selectParcel(panel->model()->rowOfKey(QStringLiteral("k-disagrees")));
        auto *choice = panel->findChild<QComboBox *>(QStringLiteral("parcelSeriesChoice"));
        QCOMPARE(choice->itemText(0), QStringLiteral("NDVI"));
        QVERIFY(choice->findText(QStringLiteral("B08")) > 0);
        panel->setPlottedSeries(QStringLiteral("B08"));
        QCustomPlot *plot = panel->seriesPlot()->plot();
        // Declared Grass (band, median), the map's Maize (band, median), the parcel.
        QCOMPARE(panel->seriesPlot()->curveLabels().size(), 5);
        QCPGraph *parcel = plot->graph(plot->graphCount() - 1);
        QCOMPARE(parcel->data()->size(), 12);
        QCOMPARE(parcel->data()->at(0)->value, 2000.0); // rows 15–29 of columns 20–39
        // Grass samples 500 + 10·s, s = 0…9: median 545; 10 % at h = 0.9: 509; 90 %: 581.
        QCOMPARE(plot->graph(0)->data()->at(0)->value, 509.0);
        QCOMPARE(plot->graph(1)->data()->at(0)->value, 581.0);
        QCOMPARE(plot->graph(2)->data()->at(0)->value, 545.0);
        // Maize B08 (band 3) in June 2018 (month 9): 1000 + 450 + 300 + 45.
        QCOMPARE(plot->graph(5)->data()->at(9)->value, 1795.0);
        QVERIFY(panel->seriesPlot()->hint().isEmpty());
    }

    void verdictIsSavedAndSurvivesARerun()
    {
        const auto panel = openPanel();
        panel->selectParcel(panel->model()->rowOfKey(QStringLiteral("k-disagrees")));
        auto *verdict = panel->findChild<QComboBox *>(QStringLiteral("parcelVerdict"));
        verdict->setCurrentIndex(verdict->findData(int(core::check::Verdict::MapConfirmed)));
        Q_EMIT verdict->activated(verdict->currentIndex());
        auto *note = panel->findChild<QLineEdit *>(QStringLiteral("parcelNote"));
        note->setFocus();
        QTest::keyClicks(note, QStringLiteral("maize, not grass"));
        QTest::keyClick(note, Qt::Key_Return);

        const core::pipeline::Project saved = core::pipeline::Project::load(m_project);
        const QJsonObject entry = saved.verdicts.value(QStringLiteral("k-disagrees")).toObject();
        QCOMPARE(entry.value(QStringLiteral("verdict")).toString(), QStringLiteral("map confirmed"));
        QCOMPARE(entry.value(QStringLiteral("note")).toString(), QStringLiteral("maize, not grass"));
        // A verdict leaves the check section alone, so the check step stays up to date.
        QVERIFY(!saved.steps.contains(QStringLiteral("check")));

        // A re-run rewrites parcels.gpkg (other thresholds, other statuses): the verdict,
        // keyed by the parcel key, is still there, in this dock and in a new one.
        core::check::CheckOptions strict;
        strict.agree = 0.99;
        uitest::writeCheckOutput(m_dir.path(), strict);
        panel->reload();
        const int row = panel->model()->rowOfKey(QStringLiteral("k-disagrees"));
        QCOMPARE(panel->model()->index(row, ParcelTableModel::VerdictColumn).data().toString(),
                 QStringLiteral("map confirmed"));
        QCOMPARE(currentKey(*panel), QStringLiteral("k-disagrees"));
        QCOMPARE(note->text(), QStringLiteral("maize, not grass"));
        const auto reopened = openPanel();
        QCOMPARE(reopened->model()->verdict(row).verdict, core::check::Verdict::MapConfirmed);

        // Exported into the GeoPackage as the fields verdict and note.
        QVERIFY(panel->exportVerdicts());
        const cropmap::core::io::DatasetPtr gpkg =
            cropmap::core::io::openVector(m_dir.filePath(QStringLiteral("out/check/parcels.gpkg")));
        OGRLayer *layer = gpkg->GetLayerByName("parcels");
        int found = 0;
        for (auto &feature : *layer) {
            const QString key = QString::fromUtf8(feature->GetFieldAsString("parcel_key"));
            if (key == QLatin1String("k-disagrees")) {
                QCOMPARE(QString::fromUtf8(feature->GetFieldAsString("verdict")), QStringLiteral("map confirmed"));
                QCOMPARE(QString::fromUtf8(feature->GetFieldAsString("note")), QStringLiteral("maize, not grass"));
                ++found;
            } else {
                QVERIFY(feature->IsFieldNull(feature->GetFieldIndex("verdict")));
            }
        }
        QCOMPARE(found, 1);
    }

    void thresholdsRelabelAtOnceAndGoToTheProject()
    {
        const auto panel = openPanel();
        auto *agree = panel->findChild<QDoubleSpinBox *>(QStringLiteral("agreeThreshold"));
        auto *minPixels = panel->findChild<QSpinBox *>(QStringLiteral("minPixelsThreshold"));
        agree->setValue(0.4); // 50 % now agrees
        QCOMPARE(statusOf(*panel, QStringLiteral("k-doubtful")), QStringLiteral("agrees"));
        QCOMPARE(panel->overlay()->style().categories.value(QStringLiteral("k-doubtful")),
                 ParcelTableModel::statusColour(core::check::ParcelStatus::Agrees));
        minPixels->setValue(2); // 3 mapped pixels are enough now; agreement 0 < 0.3
        QCOMPARE(statusOf(*panel, QStringLiteral("k-small")), QStringLiteral("disagrees"));
        QCOMPARE(panel->findChild<QLabel *>(QStringLiteral("parcelCounts"))->text(),
                 QStringLiteral("2 agree · 0 doubtful · 2 disagree · 0 too small"));
        const QJsonObject check = core::pipeline::Project::load(m_project).stepOptions(QStringLiteral("check"));
        QCOMPARE(check.value(QStringLiteral("agree")).toDouble(), 0.4);
        QCOMPARE(check.value(QStringLiteral("min_pixels")).toInt(), 2);
        // disagree above agree pulls agree along: 0 ≤ disagree ≤ agree ≤ 1 always holds.
        panel->findChild<QDoubleSpinBox *>(QStringLiteral("disagreeThreshold"))->setValue(0.6);
        QCOMPARE(agree->value(), 0.6);
        QCOMPARE(statusOf(*panel, QStringLiteral("k-doubtful")), QStringLiteral("disagrees"));
    }
};

QTEST_MAIN(TestParcelsPanel)
#include "tst_parcels_panel.moc"
