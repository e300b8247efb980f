// SPDX-License-Identifier: GPL-3.0-or-later
// The German and Italian translations reach the real widgets; the preferences store the choice.
#include <QComboBox>
#include <QDialogButtonBox>
#include <QDockWidget>
#include <QFileDialog>
#include <QKeySequence>
#include <QLabel>
#include <QLibraryInfo>
#include <QLocale>
#include <QPushButton>
#include <QTableWidget>
#include <QTemporaryDir>
#include <QMenuBar>
#include <QSettings>
#include <QStandardPaths>
#include <QTest>
#include <QTranslator>

#include "app/language.h"
#include "evaluate/accuracy_report.h"
#include "app/main_window.h"
#include "plots/qcustomplot_wrapper.h"
#include "results/results_view.h"
#include "app/preferences_dialog.h"
#include "pipeline/pipeline_panel.h"

using namespace cropmap::ui;

class TestTranslations : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase() { QStandardPaths::setTestModeEnabled(true); }

    void menusAndDocksFollowTheLanguage_data()
    {
        QTest::addColumn<QString>("language");
        QTest::addColumn<bool>("installed");
        QTest::addColumn<QString>("projectMenu");
        QTest::addColumn<QString>("editMenu");
        QTest::addColumn<QString>("legendDock");
        QTest::addColumn<QString>("notRun");
        QTest::addColumn<QString>("trainStep");
        QTest::addColumn<QString>("exportPlot");
        QTest::newRow("German") << "de" << true << "&Projekt" << "&Bearbeiten" << "Legendeneditor"
                                << "nicht ausgeführt" << "Schwaches Modell trainieren" << "Diagramm exportieren…";
        QTest::newRow("Italian") << "it" << true << "&Progetto" << "&Modifica" << "Editor della legenda"
                                 << "non eseguito" << "Addestra il modello debole" << "Esporta il grafico…";
        QTest::newRow("English") << "en" << false << "&Project" << "&Edit" << "Legend editor"
                                 << "not run" << "Train the weak model" << "Export plot…";
    }

    void menusAndDocksFollowTheLanguage()
    {
        QFETCH(QString, language);
        QFETCH(bool, installed);
        QTranslator translator;
        QTranslator qtTranslator;
        // The .qm files the build compiles from translations/*.ts (embedded in the app as :/i18n).
        QCOMPARE(Language::install(translator, qtTranslator, language, QStringLiteral(CROPMAP_QM_DIR)),
                 installed);
        {
            MainWindow window;
            const QList<QAction *> menus = window.menuBar()->actions();
            QVERIFY(menus.size() >= 2);
            QTEST(menus[0]->text(), "projectMenu");
            QTEST(menus[1]->text(), "editMenu");
            QTEST(window.findChild<QDockWidget *>(QStringLiteral("legendDock"))->windowTitle(), "legendDock");
            QTEST(PipelinePanel::stateText(PipelinePanel::State::NotRun), "notRun");
            QTEST(cropmap::core::pipeline::PipelineRunner::stepTitle(cropmap::core::pipeline::PipelineStep::TrainWeak), "trainStep");
            // A string of a free function (QCoreApplication::translate with its own context).
            const QList<QAction *> plotActions = window.resultsView()->plot()->actions();
            QVERIFY(!plotActions.isEmpty());
            QTEST(plotActions.first()->text(), "exportPlot");
        }
        QCoreApplication::removeTranslator(&translator);
        QCoreApplication::removeTranslator(&qtTranslator);
    }

    void germanQtDialogsResultsAndNumbers()
    {
        QTranslator translator;
        QTranslator qtTranslator;
        QVERIFY(Language::install(translator, qtTranslator, QStringLiteral("de"), QStringLiteral(CROPMAP_QM_DIR)));
        QVERIFY2(!qtTranslator.isEmpty(), qPrintable(QStringLiteral("no qtbase_de.qm in %1: install qt6-translations-l10n")
                                                          .arg(QLibraryInfo::path(QLibraryInfo::TranslationsPath))));
        // Qt's own widgets: the standard buttons, the file dialog, the shortcut names.
        QDialogButtonBox box(QDialogButtonBox::Ok | QDialogButtonBox::Cancel);
        QCOMPARE(box.button(QDialogButtonBox::Cancel)->text(), QStringLiteral("Abbrechen"));
        QFileDialog dialog;
        dialog.setOption(QFileDialog::DontUseNativeDialog);
        auto *buttons = dialog.findChild<QDialogButtonBox *>();
        QVERIFY(buttons);
        QCOMPARE(buttons->button(QDialogButtonBox::Cancel)->text(), QStringLiteral("Abbrechen"));
        QCOMPARE(QKeySequence(Qt::CTRL | Qt::Key_Delete).toString(QKeySequence::NativeText), QStringLiteral("Strg+Entf"));

        // The Results summary: core's labels, as the report stores them in English, and German
        // numbers. Rows = reference A, B, C; C is never mapped (UA n/a). Diagonal 8 + 6 + 0 =
        // 14 of 20: OA 0.700 → "0,700".
        cropmap::core::evaluate::AccuracyReport report;
        report.title = QStringLiteral("test");
        report.referenceLabel = QStringLiteral("declarations (eroded)");
        report.classes = cropmap::core::thematic::ClassTable({{1, QStringLiteral("A"), QStringLiteral("#ff0000")},
                                                              {2, QStringLiteral("B"), QStringLiteral("#00ff00")},
                                                              {3, QStringLiteral("C"), QStringLiteral("#0000ff")}});
        report.matrix = cropmap::core::evaluate::ConfusionMatrix::fromCounts(3, {8, 2, 0, 1, 6, 0, 0, 3, 0});
        report.comparisons.push_back({QStringLiteral("weak model"), report.matrix});
        report.comparisons.push_back({QStringLiteral("final model"), report.matrix});
        QTemporaryDir dir;
        report.write(dir.path());
        {
            ResultsView view;
            view.setReportFolder(dir.path());
            const QString summary = view.summary()->text();
            for (const char *words : {"Deklarationen (erodiert)", "schwaches Modell", "finales Modell", "OA 0,700"})
                QVERIFY2(summary.contains(QString::fromUtf8(words)), qPrintable(summary));
            QVERIFY2(!summary.contains(QStringLiteral("0.700")), qPrintable(summary));
            // UA of the never mapped C.
            QCOMPARE(view.classTable()->item(2, 4)->text(), QStringLiteral("k. A."));
            QCOMPARE(view.classTable()->item(0, 3)->text(), QStringLiteral("0,800"));
        }
        QCoreApplication::removeTranslator(&translator);
        QCoreApplication::removeTranslator(&qtTranslator);
        QLocale::setDefault(QLocale::system());
    }

    void preferencesStoreTheLanguage()
    {
        Language::setConfigured({});
        PreferencesDialog dialog;
        QComboBox *combo = dialog.languageCombo();
        // System default, English, Deutsch, Italiano.
        QCOMPARE(combo->count(), 4);
        QCOMPARE(combo->currentData().toString(), QString());
        combo->setCurrentIndex(combo->findText(QStringLiteral("Italiano")));
        dialog.apply();
        QCOMPARE(Language::configured(), QStringLiteral("it"));
        QCOMPARE(QSettings().value(QStringLiteral("ui/language")).toString(), QStringLiteral("it"));
        PreferencesDialog again;
        QCOMPARE(again.languageCombo()->currentText(), QStringLiteral("Italiano"));
        Language::setConfigured({});
    }
};

QTEST_MAIN(TestTranslations)
#include "tst_translations.moc"
