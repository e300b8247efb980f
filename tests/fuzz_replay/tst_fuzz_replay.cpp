// SPDX-License-Identifier: GPL-3.0-or-later
// Replays the libFuzzer targets of tests/fuzz in the normal build: every seed of every corpus,
// and deterministic variants of it (every sixteenth prefix, seeded byte edits that insert the
// characters parsers split on, and for the targets whose first byte chooses options, every
// choice), go through the same entry points with the same invariants (FUZZ_CHECK throws here).
// A parser may refuse a variant with cropmap::core::Error; anything else fails the suite with
// the input named. The fuzzer searches far wider (scripts/fuzz.sh); this keeps what it checks
// from breaking between fuzzing runs.
#include "fuzz_common.h"
#include "sampling/seeded_random.h"

#include <QDir>
#include <QFileInfo>
#include <QTest>

#include <functional>

extern "C" {
int cropmapFuzz_project(const std::uint8_t *data, std::size_t size);
int cropmapFuzz_legend(const std::uint8_t *data, std::size_t size);
int cropmapFuzz_sample_table(const std::uint8_t *data, std::size_t size);
int cropmapFuzz_model_header(const std::uint8_t *data, std::size_t size);
int cropmapFuzz_csv_rows(const std::uint8_t *data, std::size_t size);
int cropmapFuzz_l2a_metadata(const std::uint8_t *data, std::size_t size);
}

namespace {

using Entry = int (*)(const std::uint8_t *, std::size_t);

struct Target
{
    const char *name;
    Entry entry;
    int optionBits; // the first byte chooses options from this many low bits (0: none)
};

const Target kTargets[] = {
    {"fuzz_project", cropmapFuzz_project, 0},
    {"fuzz_legend", cropmapFuzz_legend, 1},
    {"fuzz_sample_table", cropmapFuzz_sample_table, 6},
    {"fuzz_model_header", cropmapFuzz_model_header, 0},
    {"fuzz_csv_rows", cropmapFuzz_csv_rows, 2},
    {"fuzz_l2a_metadata", cropmapFuzz_l2a_metadata, 0},
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
    void replay_data();
    void replay();
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
        try {
            t->entry(reinterpret_cast<const std::uint8_t *>(bytes.constData()), std::size_t(bytes.size()));
        } catch (const std::exception &e) {
            QFAIL(qPrintable(QStringLiteral("%1, %2: %3").arg(QFileInfo(path).fileName(), what,
                                                               QString::fromUtf8(e.what()))));
        }
    }
}

QTEST_GUILESS_MAIN(TestFuzzReplay)
#include "tst_fuzz_replay.moc"
