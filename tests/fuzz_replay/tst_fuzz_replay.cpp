// SPDX-License-Identifier: GPL-3.0-or-later
// Replays the fuzz targets of fuzz/ in the normal build, through the same check functions
// the libFuzzer entry points call. Every seed of every corpus is valid input: accepted, no
// invariant broken, and the summary of what was read equal to what the seed holds. Then
// deterministic variants of each seed (every sixteenth prefix, seeded byte edits that insert the
// characters parsers split on, and for the targets whose first byte chooses options, every
// choice): no invariant broken, no exception but cropmap::core::Error, and every refusal an error
// message naming the file. The fuzzer searches far wider (scripts/fuzz.sh); this keeps what it
// checks from breaking between fuzzing runs.
#include "fuzz_common.h"
#include "sampling/seeded_random.h"

#include <QDir>
#include <QFileInfo>
#include <QHash>
#include <QTest>

namespace {

using Check = cropmap::fuzz::Outcome (*)(const std::uint8_t *, std::size_t);

struct Target
{
    const char *name;
    Check check;
    int optionBits;        // the first byte chooses options from this many low bits (0: none)
    const char *fileName;  // what a refusal names: the file the parser was given
};

const Target kTargets[] = {
    {"fuzz_project", cropmap::fuzz::checkProject, 0, "project.json"},
    {"fuzz_legend", cropmap::fuzz::checkLegend, 1, "legend."},
    {"fuzz_sample_table", cropmap::fuzz::checkSampleTable, 6, "cropmap-fuzz-"},
    {"fuzz_model_header", cropmap::fuzz::checkModelHeader, 0, "cropmap-fuzz-"},
    {"fuzz_csv_rows", cropmap::fuzz::checkCsvRows, 2, "t.csv"},
    {"fuzz_l2a_metadata", cropmap::fuzz::checkL2AMetadata, 0, "MTD_MSIL2A.xml"},
};

const Target *targetNamed(const QString &name)
{
    for (const Target &t : kTargets)
        if (name == QLatin1String(t.name))
            return &t;
    return nullptr;
}

/** The variants of one seed, each with a description for the failure message. */
QList<QPair<QString, QByteArray>> variantsOf(const QByteArray &seed, int optionBits, const QString &stream)
{
    QList<QPair<QString, QByteArray>> variants{{QStringLiteral("the seed"), seed}};
    for (int k = 0; k < 16; ++k) {
        const qsizetype length = seed.size() * k / 16;
        variants.append({QStringLiteral("prefix of %1 bytes").arg(length), seed.left(length)});
    }
    if (optionBits > 0 && !seed.isEmpty())
        for (int choice = 0; choice < (1 << optionBits); ++choice) {
            QByteArray v = seed;
            v[0] = char(choice);
            variants.append({QStringLiteral("option byte %1").arg(choice), v});
        }
    // Seeded edits: replace, insert or delete bytes, favouring the ones parsers split on.
    static const char special[] = {',', ';', '\t', '"', '\n', '\r', '{', '}', '[', ']', ':', '<', '>',
                                   '/', '-', '.', 'e', '0', '9', '\0', '\xef', '\xbb', '\xbf', '\xff'};
    auto random = cropmap::core::sampling::SeededRandom::forStream(0x5eed, stream);
    for (int e = 0; e < 96 && !seed.isEmpty(); ++e) {
        QByteArray v = seed;
        const int edits = 1 + int(random.below(4));
        QStringList what;
        for (int i = 0; i < edits && !v.isEmpty(); ++i) {
            const qsizetype at = qsizetype(random.below(quint64(v.size())));
            const char byte = random.below(3) == 0 ? char(random.next() & 0xff)
                                                     : special[random.below(sizeof(special))];
            switch (random.below(3)) {
            case 0:
                v[at] = byte;
                what << QStringLiteral("set %1").arg(at);
                break;
            case 1:
                v.insert(at, byte);
                what << QStringLiteral("insert at %1").arg(at);
                break;
            default: {
                const qsizetype n = qMin<qsizetype>(v.size() - at, 1 + qsizetype(random.below(8)));
                v.remove(at, n);
                what << QStringLiteral("delete %1 at %2").arg(n).arg(at);
            }
            }
        }
        variants.append({QStringLiteral("edit %1 (%2)").arg(e).arg(what.join(QStringLiteral(", "))), v});
    }
    return variants;
}

} // namespace

class TestFuzzReplay : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void everyTargetHasASeedCorpus();
    void seeds_data();
    void seeds();
    void replay_data();
    void replay();
    void everyTargetAcceptsAndRefuses();

private:
    QHash<QString, int> m_accepted; // per target, over the variants replayed
    QHash<QString, int> m_refused;
};

void TestFuzzReplay::everyTargetHasASeedCorpus()
{
    for (const Target &t : kTargets) {
        const QDir dir(QStringLiteral(CROPMAP_FUZZ_CORPUS "/") + QLatin1String(t.name));
        QVERIFY2(!dir.entryList(QDir::Files).isEmpty(), qPrintable(dir.path() + QStringLiteral(" is empty")));
    }
    // And no corpus folder without its target here (a new fuzzer must be replayed as well).
    const QDir corpus(QStringLiteral(CROPMAP_FUZZ_CORPUS));
    for (const QString &name : corpus.entryList(QDir::Dirs | QDir::NoDotAndDotDot))
        QVERIFY2(targetNamed(name), qPrintable(name + QStringLiteral(" is not replayed")));
}

void TestFuzzReplay::seeds_data()
{
    // Every seed is a valid input; what each target reads from it, worked out from the file.
    QTest::addColumn<QString>("target");
    QTest::addColumn<QString>("file");
    QTest::addColumn<QString>("summary");
    // a flat archive: no tile list, the default period and seed
    QTest::addRow("fuzz_project/flat.json") << QStringLiteral("fuzz_project") << QStringLiteral("flat.json")
                                  << QStringLiteral("Slovenia: tiles , period 2017-09:2018-08, seed 1, steps split");
    QTest::addRow("fuzz_project/synthetic.json") << QStringLiteral("fuzz_project") << QStringLiteral("synthetic.json")
                                  << QStringLiteral("Synthetic scene (3 tiles): tiles T33UVP|T33UWP, period 2017-09:2018-08, seed 1, steps sampling|select|train");
    // the 15 classes of the thesis, 223 INVEKOS codes mapped
    QTest::addRow("fuzz_legend/austria-invekos.json") << QStringLiteral("fuzz_legend") << QStringLiteral("austria-invekos.json")
                                  << QStringLiteral("field SNAR_CODE, classes Legumes|Grassland|Maize|Potato|Sunflower|Soybean|Winter Barley|Winter Caraway|Rapeseed|Winter Sugar Beet|Beet|Spring Cereals|Winter Wheat|Triticale|Permanent Plantations, values 223");
    QTest::addRow("fuzz_legend/belgium-lpis.json") << QStringLiteral("fuzz_legend") << QStringLiteral("belgium-lpis.json")
                                  << QStringLiteral("field CT_CODE, classes Legumes|Grassland|Maize|Potato|Sunflower|Soybean|Winter Barley|Winter Caraway|Rapeseed|Winter Sugar Beet|Beet|Spring Cereals|Winter Wheat|Triticale|Permanent Plantations|Vegetables, values 5");
    // BOM, ';', CRLF, a quoted ';' and a value mapped to nothing
    QTest::addRow("fuzz_legend/excel.csv") << QStringLiteral("fuzz_legend") << QStringLiteral("excel.csv")
                                  << QStringLiteral("field NUTZUNG, classes Weizen|Mais, values 3");
    QTest::addRow("fuzz_legend/legend.csv") << QStringLiteral("fuzz_legend") << QStringLiteral("legend.csv")
                                  << QStringLiteral("field CROP, classes Alpha|Beta, values 3");
    QTest::addRow("fuzz_legend/slovenia-raba.json") << QStringLiteral("fuzz_legend") << QStringLiteral("slovenia-raba.json")
                                  << QStringLiteral("field RABA_ID, classes cultivated land|forest|grassland|shrubland|artificial surface, values 7");
    QTest::addRow("fuzz_legend/synthetic.json") << QStringLiteral("fuzz_legend") << QStringLiteral("synthetic.json")
                                  << QStringLiteral("field SNAR_BEZEICHNUNG, classes Legumes|Grassland|Maize|Potato|Sunflower|Soybean|Winter Barley|Winter Caraway|Rapeseed|Winter Sugar Beet|Beet|Spring Cereals|Winter Wheat|Triticale|Permanent Plantations, values 57");
    // 0.1 + 0.2 + 0.3 + 0.4 + 0.5 + 0.7 + 0.8 = 3, "NA" missing; a quoted class name with a comma
    QTest::addRow("fuzz_sample_table/header.csv") << QStringLiteral("fuzz_sample_table") << QStringLiteral("header.csv")
                                  << QStringLiteral("2 samples, 2 labelled, classes Wheat|Maize, silage, value sum 3, 1 missing");
    // 1 + 2 + … + 8
    QTest::addRow("fuzz_sample_table/noheader.csv") << QStringLiteral("fuzz_sample_table") << QStringLiteral("noheader.csv")
                                  << QStringLiteral("2 samples, 2 labelled, classes Wheat|Maize, value sum 36, 0 missing");
    // the date column skipped: 1 + 2 + 3 + 4
    QTest::addRow("fuzz_sample_table/semicolon.csv") << QStringLiteral("fuzz_sample_table") << QStringLiteral("semicolon.csv")
                                  << QStringLiteral("1 samples, 1 labelled, classes Wheat, value sum 10, 0 missing");
    QTest::addRow("fuzz_model_header/small.model") << QStringLiteral("fuzz_model_header") << QStringLiteral("small.model")
                                  << QStringLiteral("model lstm, sections weights 8|weights.2 8");
    // doubled quotes, an empty line skipped, CRLF inside quotes read as a line break
    QTest::addRow("fuzz_csv_rows/quotes.csv") << QStringLiteral("fuzz_csv_rows") << QStringLiteral("quotes.csv")
                                  << QStringLiteral("a|b|c / x \"y\"|2| / multi\nline||");
    QTest::addRow("fuzz_csv_rows/semicolon.csv") << QStringLiteral("fuzz_csv_rows") << QStringLiteral("semicolon.csv")
                                  << QStringLiteral("Wert|Klasse / 110|Weizen");
    // band_id 0, 12 and 8
    QTest::addRow("fuzz_l2a_metadata/baseline05.xml") << QStringLiteral("fuzz_l2a_metadata") << QStringLiteral("baseline05.xml")
                                  << QStringLiteral("baseline 05.09, offsets B01 -1000|B12 -1000|B8A -1000");
}

void TestFuzzReplay::seeds()
{
    QFETCH(QString, target);
    QFETCH(QString, file);
    QFETCH(QString, summary);
    const Target *t = targetNamed(target);
    QVERIFY(t);
    QFile in(QStringLiteral(CROPMAP_FUZZ_CORPUS "/%1/%2").arg(target, file));
    QVERIFY2(in.open(QIODevice::ReadOnly), qPrintable(in.fileName()));
    const QByteArray seed = in.readAll();
    const cropmap::fuzz::Outcome outcome =
        t->check(reinterpret_cast<const std::uint8_t *>(seed.constData()), std::size_t(seed.size()));
    QVERIFY2(outcome.accepted, qPrintable(outcome.refusal));
    QVERIFY2(outcome.broken.isEmpty(), qPrintable(outcome.broken.join(u'\n')));
    QCOMPARE(outcome.summary, summary);
}

void TestFuzzReplay::replay_data()
{
    QTest::addColumn<QString>("target");
    QTest::addColumn<QString>("path");
    for (const Target &t : kTargets) {
        const QDir dir(QStringLiteral(CROPMAP_FUZZ_CORPUS "/") + QLatin1String(t.name));
        for (const QFileInfo &file : dir.entryInfoList(QDir::Files, QDir::Name))
            QTest::addRow("%s/%s", t.name, qPrintable(file.fileName())) << QString::fromLatin1(t.name)
                                                                        << file.filePath();
    }
}

void TestFuzzReplay::replay()
{
    QFETCH(QString, target);
    QFETCH(QString, path);
    const Target *t = targetNamed(target);
    QVERIFY(t);
    QFile file(path);
    QVERIFY2(file.open(QIODevice::ReadOnly), qPrintable(path));
    const QByteArray seed = file.readAll();
    QVERIFY2(!seed.isEmpty(), qPrintable(path + QStringLiteral(" is empty")));

    const auto variants = variantsOf(seed, t->optionBits, target + QLatin1Char('/') + QFileInfo(path).fileName());
    QVERIFY(variants.size() >= 17 + 96);
    for (const auto &[what, bytes] : variants) {
        const QString input = QFileInfo(path).fileName() + QStringLiteral(", ") + what;
        cropmap::fuzz::Outcome outcome;
        try {
            outcome = t->check(reinterpret_cast<const std::uint8_t *>(bytes.constData()), std::size_t(bytes.size()));
        } catch (const std::exception &e) {
            QFAIL(qPrintable(QStringLiteral("%1: not a cropmap error: %2").arg(input, QString::fromUtf8(e.what()))));
        }
        QVERIFY2(outcome.broken.isEmpty(), qPrintable(input + QStringLiteral(": ") + outcome.broken.join(u'\n')));
        if (outcome.accepted) {
            ++m_accepted[target];
        } else if (!bytes.isEmpty() && !(t->optionBits > 0 && bytes.size() == 1)) {
            // A refusal of real input is an error message naming the file, with something after it.
            ++m_refused[target];
            QVERIFY2(outcome.refusal.contains(QLatin1String(t->fileName)),
                     qPrintable(input + QStringLiteral(": the error does not name the file: ") + outcome.refusal));
            QVERIFY2(outcome.refusal.size() > 24, qPrintable(input + QStringLiteral(": ") + outcome.refusal));
        }
    }
}

void TestFuzzReplay::everyTargetAcceptsAndRefuses()
{
    // The variants reach both answers of every parser: what the replay checks is not one path.
    for (const Target &t : kTargets) {
        const QString name = QString::fromLatin1(t.name);
        QVERIFY2(m_accepted.value(name) > 0, qPrintable(name + QStringLiteral(" accepted no variant")));
        QVERIFY2(m_refused.value(name) > 0, qPrintable(name + QStringLiteral(" refused no variant")));
    }
}

QTEST_GUILESS_MAIN(TestFuzzReplay)
#include "tst_fuzz_replay.moc"
