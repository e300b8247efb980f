// SPDX-License-Identifier: GPL-3.0-or-later
// Plots export to PNG, PDF and SVG, tables to CSV, each file written atomically.
#include <QDir>
#include <QFile>
#include <QImage>
#include <QStandardItemModel>
#include <QTableWidget>
#include <QTemporaryDir>
#include <QTest>
#include <QXmlStreamReader>

#include "plots/plot_export.h"
#include "plots/qcustomplot_wrapper.h"
#include "plots/table_export.h"
#include "util/error.h"

using namespace cropmap::ui;

namespace {

QByteArray readAll(const QString &path)
{
    QFile file(path);
    return file.open(QIODevice::ReadOnly) ? file.readAll() : QByteArray();
}

} // namespace

class TestExport : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void plotExportWritesEachFormat_data()
    {
        QTest::addColumn<QString>("name");
        QTest::newRow("png") << QStringLiteral("curves.png");
        QTest::newRow("pdf") << QStringLiteral("curves.pdf");
        QTest::newRow("svg") << QStringLiteral("curves.svg");
        QTest::newRow("upper-case suffix") << QStringLiteral("CURVES.PNG");
    }

    void plotExportWritesEachFormat()
    {
        QFETCH(QString, name);
        QTemporaryDir dir;
        QVERIFY(dir.isValid());
        QCustomPlot plot;
        plot.resize(320, 240);
        plot.addGraph()->setData({1, 2, 3}, {0.2, 0.6, 0.4});
        plot.rescaleAxes();
        const QString path = dir.filePath(name);
        exportPlot(&plot, path, 400, 300);
        const QByteArray bytes = readAll(path);
        QVERIFY(!bytes.isEmpty());
        const QString suffix = name.section(u'.', -1).toLower();
        if (suffix == QLatin1String("png")) {
            // The asked size, not the widget's 320 × 240.
            const QImage image(path, "PNG");
            QCOMPARE(image.size(), QSize(400, 300));
        } else if (suffix == QLatin1String("pdf")) {
            QVERIFY(bytes.startsWith("%PDF"));
        } else {
            QXmlStreamReader xml(bytes);
            QString root;
            while (!xml.atEnd()) {
                if (xml.readNext() == QXmlStreamReader::StartElement && root.isEmpty())
                    root = xml.name().toString();
            }
            QVERIFY2(!xml.hasError(), qPrintable(xml.errorString()));
            QCOMPARE(root, QStringLiteral("svg"));
            QVERIFY(bytes.contains("width=\"400") || bytes.contains("viewBox=\"0 0 400 300\""));
        }
        // Written as <name>.tmp and renamed: nothing else is left in the folder.
        QCOMPARE(QDir(dir.path()).entryList(QDir::Files), QStringList({name}));
    }

    void plotExportRejectsUnknownFormats()
    {
        QTemporaryDir dir;
        QCustomPlot plot;
        QVERIFY_THROWS_EXCEPTION(cropmap::core::Error, exportPlot(&plot, dir.filePath(QStringLiteral("plot.jpg")), 100, 100));
        QVERIFY(QDir(dir.path()).entryList(QDir::Files).isEmpty());
    }

    void csvQuotesCommasQuotesAndLineBreaks()
    {
        // Fields with a comma, a quote or a line break are quoted, inner quotes doubled.
        const QByteArray text = csvText({QStringLiteral("class"), QStringLiteral("note")},
                                        {{QStringLiteral("Maize, silage"), QStringLiteral("say \"hi\"")},
                                         {QStringLiteral("Grass"), QStringLiteral("two\nlines")},
                                         {QStringLiteral("Wheat"), QStringLiteral("0.5")}});
        QCOMPARE(text, QByteArray("class,note\n"
                                  "\"Maize, silage\",\"say \"\"hi\"\"\"\n"
                                  "Grass,\"two\nlines\"\n"
                                  "Wheat,0.5\n"));
    }

    void tableExportKeepsTheShownOrder()
    {
        QTableWidget table(3, 2);
        table.setHorizontalHeaderLabels({QStringLiteral("Class"), QStringLiteral("F1")});
        const char *rows[][2] = {{"A", "0.842"}, {"B", "0.667"}, {"C, late", "0.769"}};
        for (int row = 0; row < 3; ++row) {
            for (int column = 0; column < 2; ++column)
                table.setItem(row, column, new QTableWidgetItem(QString::fromUtf8(rows[row][column])));
        }
        // Sorted by F1 descending as the user sees it: A 0.842, "C, late" 0.769, B 0.667.
        table.sortItems(1, Qt::DescendingOrder);
        QTemporaryDir dir;
        const QString path = dir.filePath(QStringLiteral("table.csv"));
        exportTableCsv(table.model(), path);
        QCOMPARE(readAll(path), QByteArray("Class,F1\nA,0.842\n\"C, late\",0.769\nB,0.667\n"));
        QCOMPARE(QDir(dir.path()).entryList(QDir::Files), QStringList({QStringLiteral("table.csv")}));
    }

    void reportExportCopiesTheFile()
    {
        QTemporaryDir dir;
        const QString source = dir.filePath(QStringLiteral("accuracy.html"));
        QFile file(source);
        QVERIFY(file.open(QIODevice::WriteOnly));
        file.write("<html><body>OA 0.760</body></html>");
        file.close();
        const QString copy = dir.filePath(QStringLiteral("report.html"));
        exportReport(source, copy);
        QCOMPARE(readAll(copy), QByteArray("<html><body>OA 0.760</body></html>"));
        QVERIFY_THROWS_EXCEPTION(cropmap::core::Error, exportReport(dir.filePath(QStringLiteral("missing.html")), copy));
        // The failed export left the earlier copy whole.
        QCOMPARE(readAll(copy), QByteArray("<html><body>OA 0.760</body></html>"));
    }
};

QTEST_MAIN(TestExport)
#include "tst_export.moc"
