// SPDX-License-Identifier: GPL-3.0-or-later
// A saved window geometry that does not fit the screen is moved and shrunk onto it.
#include <QGuiApplication>
#include <QScreen>
#include <QSettings>
#include <QStandardPaths>
#include <QTest>

#include "app/main_window.h"
#include "app/window_geometry.h"

using namespace cropmap::ui;

class TestWindowGeometry : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase() { QStandardPaths::setTestModeEnabled(true); }

    void clampsToTheAvailableScreen_data()
    {
        QTest::addColumn<QRect>("window");
        QTest::addColumn<QRect>("clamped");
        // Screen 1600 × 1000 with a 30 px panel on top: available y 30…999.
        QTest::newRow("inside stays") << QRect(100, 100, 800, 600) << QRect(100, 100, 800, 600);
        QTest::newRow("right edge off screen") << QRect(1200, 100, 800, 600) << QRect(800, 100, 800, 600);
        QTest::newRow("above the panel") << QRect(100, -50, 800, 600) << QRect(100, 30, 800, 600);
        QTest::newRow("larger than the screen") << QRect(-20, 0, 2000, 1200) << QRect(0, 30, 1600, 970);
    }

    void clampsToTheAvailableScreen()
    {
        QFETCH(QRect, window);
        QFETCH(QRect, clamped);
        QCOMPARE(clampToScreen(window, QRect(0, 30, 1600, 970)), clamped);
    }

    void restoredWindowOpensOnScreen()
    {
        const QRect available = QGuiApplication::primaryScreen()->availableGeometry();
        {
            // A geometry saved on a larger screen, far right and below.
            MainWindow saved;
            saved.setGeometry(available.right() - 100, available.bottom() - 100,
                              available.width() + 300, available.height() + 200);
            QSettings().setValue(QStringLiteral("mainWindow/geometry"), saved.saveGeometry());
        }
        MainWindow window;
        QVERIFY2(available.contains(window.geometry()),
                 qPrintable(QStringLiteral("%1,%2 %3x%4").arg(window.x()).arg(window.y()).arg(window.width()).arg(window.height())));
        QSettings().remove(QStringLiteral("mainWindow/geometry"));
    }
};

QTEST_MAIN(TestWindowGeometry)
#include "tst_window_geometry.moc"
