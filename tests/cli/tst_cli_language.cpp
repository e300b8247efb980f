// SPDX-License-Identifier: GPL-3.0-or-later
// The command line speaks the user's language: the help and error texts of every command come
// from the same translations as the desktop application. The five commands whose texts were
// once missing from the .ts files (check, classify, experiment, run, select) are checked in
// German and Italian, a help text and an error each, from the real binary (each expected
// text short enough not to be wrapped by the help's columns).
#include <QProcess>
#include <QProcessEnvironment>
#include <QTest>

namespace {

QString runCli(const QStringList &arguments, const QString &language)
{
    QProcess cli;
    cli.setProcessChannelMode(QProcess::MergedChannels);
    QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
    env.insert(QStringLiteral("LC_ALL"), language + QStringLiteral(".UTF-8"));
    env.insert(QStringLiteral("LANG"), language + QStringLiteral(".UTF-8"));
    env.insert(QStringLiteral("LANGUAGE"), language.left(2));
    cli.setProcessEnvironment(env);
    cli.start(QStringLiteral(CROPMAP_CLI), arguments);
    if (!cli.waitForFinished(60000))
        return {};
    return QString::fromUtf8(cli.readAll());
}

} // namespace

class TestCliLanguage : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void commandsSpeakTheUsersLanguage_data()
    {
        QTest::addColumn<QString>("language");
        QTest::addColumn<QStringList>("arguments");
        QTest::addColumn<QString>("expected");
        const auto help = [](const char *command) { return QStringList{QString::fromLatin1(command), QStringLiteral("--help")}; };
        QTest::newRow("select help, de") << "de_DE" << help("select") << QStringLiteral("Das schwache Modell, das den Pool beurteilt");
        QTest::newRow("select help, it") << "it_IT" << help("select") << QStringLiteral("Il modello debole che valuta il pool");
        QTest::newRow("check help, de") << "de_DE" << help("check") << QStringLiteral("Auch dann erneut prüfen, wenn aktuell");
        QTest::newRow("check help, it") << "it_IT" << help("check") << QStringLiteral("Controlla di nuovo anche se aggiornato");
        QTest::newRow("classify help, de") << "de_DE" << help("classify") << QStringLiteral("Von 'cropmap train' geschriebene Modelldatei");
        QTest::newRow("classify help, it") << "it_IT" << help("classify") << QStringLiteral("File di modello scritto da 'cropmap train'");
        QTest::newRow("run help, de") << "de_DE" << help("run") << QStringLiteral("Projektdatei (JSON)");
        QTest::newRow("run help, it") << "it_IT" << help("run") << QStringLiteral("File di progetto (JSON)");
        const QStringList badSeeds{QStringLiteral("experiment"), QStringLiteral("table1"), QStringLiteral("project.json"),
                                   QStringLiteral("--seeds"), QStringLiteral("1,zwei")};
        QTest::newRow("experiment error, de") << "de_DE" << badSeeds << QStringLiteral("--seeds braucht durch Kommas getrennte ganze Zahlen, nicht „zwei“");
        QTest::newRow("experiment error, it") << "it_IT" << badSeeds << QStringLiteral("--seeds richiede numeri interi separati da virgole, non «zwei»");
        QTest::newRow("English stays English") << "en_US" << help("select") << QStringLiteral("The weak model that judges the pool");
    }

    void commandsSpeakTheUsersLanguage()
    {
        QFETCH(QString, language);
        QFETCH(QStringList, arguments);
        QFETCH(QString, expected);
        const QString output = runCli(arguments, language);
        QVERIFY2(output.contains(expected), qPrintable(output));
    }
};

QTEST_GUILESS_MAIN(TestCliLanguage)
#include "tst_cli_language.moc"
