// SPDX-License-Identifier: GPL-3.0-or-later
// The one delimited-text reader of legends, taxonomies and sample tables.
#include <QTest>

#include "util/csv_rows.h"
#include "util/error.h"

using cropmap::core::CsvRows;
using cropmap::core::Error;

namespace {

struct Record
{
    int line;
    std::vector<std::string> fields;
};

std::vector<Record> readAll(const QByteArray &data, char delimiter = 0)
{
    CsvRows rows(data, delimiter, QStringLiteral("t.csv"));
    std::vector<Record> records;
    std::vector<std::string> fields;
    while (rows.next(fields))
        records.push_back({rows.line(), fields});
    return records;
}

QString errorOf(const QByteArray &data)
{
    try {
        readAll(data);
    } catch (const Error &e) {
        return e.message();
    }
    return {};
}

} // namespace

class TestCsvRows : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void quotedFieldsHoldDelimitersQuotesAndLineBreaks()
    {
        const auto records = readAll("value,class\n"
                                     "\"110, winter\",\"Wheat \"\"soft\"\"\"\r\n"
                                     "\"two\r\nlines\",  Maize  \n"
                                     "\n"
                                     " , \n"
                                     "last,\"\"\n");
        QCOMPARE(records.size(), std::size_t(4));
        QCOMPARE(records[0].line, 1);
        QCOMPARE(records[1].fields, (std::vector<std::string>{"110, winter", "Wheat \"soft\""}));
        QCOMPARE(records[1].line, 2);
        // A CRLF inside quotes is one line break; the record starts on line 3, the next
        // record (after a blank line and a line of blanks) on line 6.
        QCOMPARE(records[2].fields, (std::vector<std::string>{"two\nlines", "Maize"}));
        QCOMPARE(records[2].line, 3);
        QCOMPARE(records[3].fields, (std::vector<std::string>{"last", ""}));
        QCOMPARE(records[3].line, 7);
    }

    void spreadsheetExportsAreRead()
    {
        // A German Excel export: BOM, ';', CRLF, decimal commas inside the fields.
        const QByteArray excel = "\xEF\xBB\xBF" "Wert;Klasse;Anteil\r\n110;Weizen;0,5\r\n\"a;b\";Mais;1,25\r\n";
        QCOMPARE(CsvRows::detectDelimiter(excel), ';');
        const auto records = readAll(excel);
        QCOMPARE(records.size(), std::size_t(3));
        QCOMPARE(records[0].fields, (std::vector<std::string>{"Wert", "Klasse", "Anteil"}));
        QCOMPARE(records[1].fields, (std::vector<std::string>{"110", "Weizen", "0,5"}));
        QCOMPARE(records[2].fields, (std::vector<std::string>{"a;b", "Mais", "1,25"}));
        QCOMPARE(CsvRows::detectDelimiter("a\tb\tc\n1,5\t2\t3\n"), '\t');
        QCOMPARE(CsvRows::detectDelimiter("\"x;y;z\",b\n"), ','); // quoted ';' do not count
        QCOMPARE(CsvRows::detectDelimiter("single\n"), ',');
        // A given delimiter is used as is.
        QCOMPARE(readAll("a;b,c\n", ',').front().fields, (std::vector<std::string>{"a;b", "c"}));
    }

    void badQuotesNameTheFileAndLine_data()
    {
        QTest::addColumn<QByteArray>("data");
        QTest::addColumn<QString>("expected");
        QTest::newRow("never closed") << QByteArray("a,b\n1,\"open\n2,3\n")
                                      << QStringLiteral("\"t.csv\", line 2: a quoted field is never closed");
        QTest::newRow("text after the quote") << QByteArray("a,b\n\n\"x\"y,1\n")
                                              << QStringLiteral("\"t.csv\", line 3: text after a closing quote");
        QTest::newRow("quote inside") << QByteArray("a,b\nsay \"hi\",1\n")
                                      << QStringLiteral("\"t.csv\", line 2: a quote inside an unquoted field");
    }
    void badQuotesNameTheFileAndLine()
    {
        QFETCH(QByteArray, data);
        QFETCH(QString, expected);
        const QString message = errorOf(data);
        QVERIFY2(message.startsWith(expected), qPrintable(message));
    }

    void formattedFieldsReadBack()
    {
        const QStringList fields = {QStringLiteral("plain"), QStringLiteral("with,comma"),
                                    QStringLiteral("say \"hi\""), QStringLiteral("two\nlines"),
                                    QStringLiteral(" padded "), QString()};
        QByteArray line;
        for (const QString &f : fields)
            line += (line.isEmpty() ? QByteArray() : QByteArray(",")) + CsvRows::formatField(f, ',');
        const auto records = readAll(line + "\n", ',');
        QCOMPARE(records.size(), std::size_t(1));
        QCOMPARE(int(records[0].fields.size()), int(fields.size()));
        for (int i = 0; i < fields.size(); ++i)
            QCOMPARE(QString::fromStdString(records[0].fields[std::size_t(i)]), fields[i]);
    }
};

QTEST_GUILESS_MAIN(TestCsvRows)
#include "tst_csv_rows.moc"
