// SPDX-License-Identifier: GPL-3.0-or-later
#include <QTest>

#include "common/l2a_products.h"
#include "io/l2a_product_metadata.h"
#include "util/error.h"

using namespace cropmap::core;
using io::L2AProductMetadata;

class TestL2AProductMetadata : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void offsetsAreKeyedByTheBandFileNames()
    {
        const L2AProductMetadata m = L2AProductMetadata::parse(
            cropmap::tests::l2aMetadataXml(QStringLiteral("05.09"), true), QStringLiteral("MTD_MSIL2A.xml"));
        QCOMPARE(m.processingBaseline, QStringLiteral("05.09"));
        // band_id 0 … 12: B1 … B8, B8A (id 8), B9 … B12.
        QCOMPARE(m.boaOffsets.size(), 13);
        QCOMPARE(m.boaOffsets.value(QStringLiteral("B01")), -1000.0);
        QCOMPARE(m.boaOffsets.value(QStringLiteral("B8A")), -1000.0);
        QCOMPARE(m.boaOffsets.value(QStringLiteral("B12")), -1000.0);
        QVERIFY(!m.boaOffsets.contains(QStringLiteral("B1")));
    }

    void physicalBandsDecideWhichBandAnIdIs()
    {
        // A product that numbered its bands otherwise: band_id 8 is B09 here, 9 is B8A.
        QByteArray xml = cropmap::tests::l2aMetadataXml(QStringLiteral("04.00"), true);
        xml.replace("bandId=\"8\" physicalBand=\"B8A\"", "bandId=\"8\" physicalBand=\"B9\"");
        xml.replace("bandId=\"9\" physicalBand=\"B9\"", "bandId=\"9\" physicalBand=\"B8A\"");
        xml.replace("<BOA_ADD_OFFSET band_id=\"8\">-1000<", "<BOA_ADD_OFFSET band_id=\"8\">-900<");
        const L2AProductMetadata m = L2AProductMetadata::parse(xml, QStringLiteral("MTD_MSIL2A.xml"));
        QCOMPARE(m.boaOffsets.value(QStringLiteral("B09")), -900.0);
        QCOMPARE(m.boaOffsets.value(QStringLiteral("B8A")), -1000.0);
    }

    void olderBaselinesHaveNoOffsets()
    {
        const L2AProductMetadata m = L2AProductMetadata::parse(
            cropmap::tests::l2aMetadataXml(QStringLiteral("02.06"), false), QStringLiteral("MTD_MSIL2A.xml"));
        QCOMPARE(m.processingBaseline, QStringLiteral("02.06"));
        QVERIFY(m.boaOffsets.isEmpty());
        QVERIFY(!L2AProductMetadata::baselineHasOffset(QStringLiteral("02.06")));
        QVERIFY(L2AProductMetadata::baselineHasOffset(QStringLiteral("04.00")));
        QCOMPARE(L2AProductMetadata::baselineFromProductName(
                     QStringLiteral("S2B_MSIL2A_20220405T100029_N0400_R122_T33UVP_20220405T120000.SAFE")),
                 QStringLiteral("04.00"));
    }

    void malformedMetadataNamesFileAndLine_data()
    {
        QTest::addColumn<QByteArray>("xml");
        QTest::addColumn<QString>("expected");
        QTest::newRow("broken XML") << QByteArray("<a>\n<b></a>") << QStringLiteral("line 2");
        QTest::newRow("offset not a number")
            << QByteArray("<a>\n<BOA_ADD_OFFSET band_id=\"1\">minus</BOA_ADD_OFFSET></a>")
            << QStringLiteral("line 2: BOA_ADD_OFFSET band_id=\"1\" holds \"minus\"");
    }

    void malformedMetadataNamesFileAndLine()
    {
        QFETCH(QByteArray, xml);
        QFETCH(QString, expected);
        try {
            L2AProductMetadata::parse(xml, QStringLiteral("/p/MTD_MSIL2A.xml"));
            QFAIL("expected an error");
        } catch (const Error &e) {
            QVERIFY2(e.message().contains(QStringLiteral("/p/MTD_MSIL2A.xml")) && e.message().contains(expected),
                     qPrintable(e.message()));
        }
    }
};

QTEST_GUILESS_MAIN(TestL2AProductMetadata)
#include "tst_l2a_product_metadata.moc"
