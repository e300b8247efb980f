// SPDX-License-Identifier: GPL-3.0-or-later
// Every benchmark and Python peer in bench/ answers --help and refuses what it does not know,
// before it does any work (issue 18: `bench_classify --help` ran with 0 pixels).
#include <QFile>
#include <QProcess>
#include <QTest>

namespace {

struct Result
{
    int code = -1;
    QString output;
};

Result run(const QString &program, const QStringList &arguments)
{
    QProcess process;
    process.setProcessChannelMode(QProcess::MergedChannels);
    process.start(program, arguments);
    process.waitForFinished(60000);
    return {process.exitStatus() == QProcess::NormalExit ? process.exitCode() : -1,
            QString::fromUtf8(process.readAll())};
}

} // namespace

class TestBenchCommandLines : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void answersHelpAndRefusesUnknownOptions_data()
    {
        QTest::addColumn<QString>("program");
        QTest::addColumn<QStringList>("prefix"); // the script, for the Python peers
        QTest::addColumn<QString>("usage");
        QTest::addColumn<QStringList>("required"); // before the unknown option, so that it is the only fault
        QTest::newRow("bench_classify") << QStringLiteral(BENCH_CLASSIFY) << QStringList() << QStringLiteral("usage: bench_classify") << QStringList();
        QTest::newRow("bench_composite") << QStringLiteral(BENCH_COMPOSITE) << QStringList() << QStringLiteral("usage: bench_composite") << QStringList();
        QTest::newRow("bench_train") << QStringLiteral(BENCH_TRAIN) << QStringList() << QStringLiteral("usage: bench_train") << QStringList();
        QTest::newRow("bench_forest") << QStringLiteral(BENCH_FOREST) << QStringList() << QStringLiteral("usage: bench_forest") << QStringList();
        const QString python = QStringLiteral("/usr/bin/python3");
        if (!QFile::exists(python))
            return;
        for (const char *script : {"classify_peer.py", "composite_peer.py", "forest_peer.py", "train_peer.py",
                                   "peer_cv.py", "seed_lstm.py"}) {
            const QString name = QString::fromLatin1(script);
            // peer_cv.py's argparse names missing required arguments before unknown ones.
            const QStringList required = name == QStringLiteral("peer_cv.py")
                ? QStringList{QStringLiteral("t.csv"), QStringLiteral("--out"), QStringLiteral("o"), QStringLiteral("--bands"),
                              QStringLiteral("b"), QStringLiteral("--steps"), QStringLiteral("1")}
                : QStringList();
            QTest::newRow(script) << python << QStringList{QStringLiteral(BENCH_SOURCE_DIR "/") + name}
                                  << QStringLiteral("usage: ") + name << required;
        }
    }

    void answersHelpAndRefusesUnknownOptions()
    {
        QFETCH(QString, program);
        QFETCH(QStringList, prefix);
        QFETCH(QString, usage);
        QFETCH(QStringList, required);
        for (const QString &help : {QStringLiteral("--help"), QStringLiteral("-h")}) {
            const Result r = run(program, prefix + QStringList{help});
            QVERIFY2(r.code == 0 && r.output.startsWith(usage), qPrintable(help + QStringLiteral(": ") + r.output));
        }
        const Result r = run(program, prefix + required + QStringList{QStringLiteral("--no-such-option")});
        QVERIFY2(r.code == 2 && r.output.contains(QStringLiteral("--no-such-option")) && r.output.contains(usage),
                 qPrintable(r.output));
    }

    // A count that is not a number used to become 0 (0 pixels, 0 training steps).
    void refusesANumberThatIsNone()
    {
        for (const QString &program : {QStringLiteral(BENCH_CLASSIFY), QStringLiteral(BENCH_TRAIN), QStringLiteral(BENCH_FOREST)}) {
            const Result r = run(program, {QStringLiteral("many")});
            QVERIFY2(r.code == 2 && r.output.contains(QStringLiteral("\"many\" is not a whole number")), qPrintable(r.output));
        }
        const Result r = run(QStringLiteral(BENCH_COMPOSITE), {QStringLiteral("--repeat"), QStringLiteral("x")});
        QVERIFY2(r.code == 2 && r.output.contains(QStringLiteral("--repeat takes a whole number")), qPrintable(r.output));
    }
};

QTEST_GUILESS_MAIN(TestBenchCommandLines)
#include "tst_bench_command_lines.moc"
