// SPDX-License-Identifier: GPL-3.0-or-later
#include <QTest>

#include "util/error.h"
#include "util/memory_budget.h"

using cropmap::core::Error;
using cropmap::core::MemoryBudget;

class TestMemoryBudget : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void sizesParse_data()
    {
        QTest::addColumn<QString>("text");
        QTest::addColumn<qint64>("bytes");
        const qint64 mib = qint64(1) << 20;
        QTest::newRow("empty: default") << QString() << qint64(0);
        QTest::newRow("zero: default") << QStringLiteral("0") << qint64(0);
        QTest::newRow("MiB without unit") << QStringLiteral("2048") << 2048 * mib;
        QTest::newRow("G") << QStringLiteral("4G") << 4096 * mib;
        QTest::newRow("GiB, space") << QStringLiteral("1.5 GiB") << 1536 * mib;
        QTest::newRow("MB lower case") << QStringLiteral("512mb") << 512 * mib;
        QTest::newRow("T") << QStringLiteral("1T") << 1024 * 1024 * mib;
    }

    void sizesParse()
    {
        QFETCH(QString, text);
        QFETCH(qint64, bytes);
        QCOMPARE(MemoryBudget::parse(text, QStringLiteral("--memory")).bytes, bytes);
    }

    void badSizesAreRefusedByName_data()
    {
        QTest::addColumn<QString>("text");
        QTest::newRow("words") << QStringLiteral("lots");
        QTest::newRow("negative") << QStringLiteral("-4G");
        QTest::newRow("unknown unit") << QStringLiteral("4X");
        QTest::newRow("below 256 MiB") << QStringLiteral("100M");
        QTest::newRow("bytes as KiB") << QStringLiteral("4096k");
    }

    void badSizesAreRefusedByName()
    {
        QFETCH(QString, text);
        try {
            MemoryBudget::parse(text, QStringLiteral("project.json, line 3: \"memory\""));
            QFAIL("accepted");
        } catch (const Error &e) {
            QVERIFY2(e.message().startsWith(QStringLiteral("project.json, line 3: \"memory\"")), qPrintable(e.message()));
        }
    }

    void itemsFitTheShareWithinBounds()
    {
        const MemoryBudget budget{qint64(1) << 30}; // 1 GiB
        // A quarter of 1 GiB in items of 484 bytes (120 floats + a pixel): 554 689.
        QCOMPARE(budget.items(484, 0.25), qint64((qint64(1) << 28) / 484));
        QCOMPARE(budget.items(484, 0.25, 4096, 1000), qint64(4096)); // the minimum wins
        QCOMPARE(MemoryBudget{1}.items(484, 0.25, 64), qint64(64));
        QCOMPARE(budget.items(1, 1.0), qint64(1) << 24); // the default maximum
        QCOMPARE(MemoryBudget{}.resolved(), MemoryBudget::defaultBytes());
        QVERIFY(MemoryBudget::defaultBytes() >= qint64(256) << 20);
        QVERIFY(MemoryBudget::physicalRam() > 0);
        QVERIFY(MemoryBudget{}.describe().contains(QStringLiteral("RAM")));
    }
};

QTEST_GUILESS_MAIN(TestMemoryBudget)
#include "tst_memory_budget.moc"
