// SPDX-License-Identifier: GPL-3.0-or-later
// The German and Italian translations reach the real widgets; the preferences store the choice.
#include <QComboBox>
#include <QDockWidget>
#include <QMenuBar>
#include <QSettings>
#include <QStandardPaths>
#include <QTest>
#include <QTranslator>

#include "app/language.h"
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
