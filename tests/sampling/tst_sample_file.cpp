// SPDX-License-Identifier: GPL-3.0-or-later
// Sample files read and written in parts (issue 17, item 5): the same bytes as SampleSet's
// save, parts and subsets equal to what the whole set gives, and bad files named.
#include <QFile>
#include <QDir>
#include <QTemporaryDir>
#include <QTest>

#include "sampling/sample_file.h"
#include "sampling/sample_set.h"
#include "util/error.h"
#include "util/feedback.h"

using namespace cropmap::core;
using namespace cropmap::core::sampling;

namespace {

// 50 samples of 3 steps × 2 bands on two tiles; value k of sample i is i + k / 10.
SampleSet makeSet()
{
    SampleSet set({QStringLiteral("B04"), QStringLiteral("B08")},
                  {QStringLiteral("2018-01"), QStringLiteral("2018-02"), QStringLiteral("2018-03")},
                  thematic::ClassTable({{1, QStringLiteral("Maize"), QStringLiteral("#ffd700")},
                                        {2, QStringLiteral("Wheat"), QStringLiteral("#a0522d")}}));
    const int tiles[2] = {set.tileIndexOf(QStringLiteral("T33UUP")), set.tileIndexOf(QStringLiteral("T33UVP"))};
    for (int i = 0; i < 50; ++i) {
        float values[6];
        for (int k = 0; k < 6; ++k)
            values[k] = float(i) + float(k) / 10.0f;
        set.append(tiles[i % 2], i, 2 * i, std::uint32_t(100 + i / 5), i % 3 == 0 ? -1 : i % 2, i % 2, values);
    }
    set.metadata().insert(QStringLiteral("set"), QStringLiteral("test"));
    return set;
}

QByteArray bytesOf(const QString &path)
{
    QFile f(path);
    return f.open(QIODevice::ReadOnly) ? f.readAll() : QByteArray();
}

bool sameSamples(const SampleSet &a, const SampleSet &b)
{
    if (a.size() != b.size() || a.allValues() != b.allValues())
        return false;
    for (qint64 i = 0; i < a.size(); ++i) {
        if (a.tiles().at(a.tileIndex(i)) != b.tiles().at(b.tileIndex(i)) || a.column(i) != b.column(i)
            || a.row(i) != b.row(i) || a.parcelId(i) != b.parcelId(i) || a.classIndex(i) != b.classIndex(i)
            || a.trueClassIndex(i) != b.trueClassIndex(i))
            return false;
    }
    return true;
}

} // namespace

class TestSampleFile : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void writerWritesWhatSaveWrites()
    {
        QTemporaryDir dir;
        const SampleSet set = makeSet();
        set.save(dir.filePath(QStringLiteral("whole.samples")));
        {
            SampleWriter writer(dir.filePath(QStringLiteral("parts.samples")), set.bands(), set.steps(), set.classes());
            writer.metadata() = set.metadata();
            writer.appendAll(set.subset({0, 1, 2, 3, 4, 5, 6}));
            for (qint64 i = 7; i < set.size(); ++i)
                writer.append(writer.tileIndexOf(set.tiles().at(set.tileIndex(i))), set.column(i), set.row(i),
                              set.parcelId(i), set.classIndex(i), set.trueClassIndex(i), set.values(i));
            QCOMPARE(writer.size(), qint64(50));
            writer.commit();
        }
        QCOMPARE(bytesOf(dir.filePath(QStringLiteral("parts.samples"))), bytesOf(dir.filePath(QStringLiteral("whole.samples"))));
        QCOMPARE(QDir(dir.path()).entryList(QDir::Files).size(), 2); // no temporary file left
    }

    void writerWithoutCommitLeavesNothing()
    {
        QTemporaryDir dir;
        const SampleSet set = makeSet();
        const QString path = dir.filePath(QStringLiteral("lost.samples"));
        {
            SampleWriter writer(path, set.bands(), set.steps(), set.classes());
            writer.appendAll(set);
        }
        QVERIFY(QDir(dir.path()).entryList(QDir::Files).isEmpty());
        // An earlier file of that name is kept as it was.
        set.save(path);
        const QByteArray before = bytesOf(path);
        {
            SampleWriter writer(path, set.bands(), set.steps(), set.classes());
            writer.appendAll(set.subset({1}));
        }
        QCOMPARE(bytesOf(path), before);
    }

    void readerGivesPartsAndSubsetsOfTheWholeSet()
    {
        QTemporaryDir dir;
        const SampleSet set = makeSet();
        const QString path = dir.filePath(QStringLiteral("set.samples"));
        set.save(path);
        const SampleReader reader(path);
        QCOMPARE(reader.size(), qint64(50));
        QCOMPARE(reader.index().countsPerClass(), set.countsPerClass());
        QCOMPARE(reader.index().parcelId(49), std::uint32_t(109));
        QVERIFY(reader.index().allValues().empty()); // the values stay on disk
        QVERIFY(sameSamples(reader.read(10, 17), set.subset({10, 11, 12, 13, 14, 15, 16})));
        QVERIFY(sameSamples(reader.read(45, 99), set.subset({45, 46, 47, 48, 49})));
        QCOMPARE(reader.read(20, 20).size(), qint64(0));
        // Any order, repeats, read in runs of 3 samples.
        const std::vector<qint64> picks{42, 3, 3, 17, 0, 49, 18, 19};
        QVERIFY(sameSamples(reader.subset(picks, 3), set.subset(picks)));
        QVERIFY(sameSamples(reader.subset(picks), set.subset(picks)));
        // Few rows far apart are read one by one (3 of a 50-sample span), the same samples.
        QVERIFY(sameSamples(reader.subset({49, 0, 25}), set.subset({49, 0, 25})));
        // Parts of 16: begins 0, 16, 32, 48, and together the whole set.
        std::vector<qint64> begins;
        SampleSet joined(set.bands(), set.steps(), set.classes());
        reader.forEachPart(16, [&](qint64 begin, const SampleSet &part) {
            begins.push_back(begin);
            joined.appendAll(part);
        });
        QCOMPARE(begins, (std::vector<qint64>{0, 16, 32, 48}));
        QVERIFY(sameSamples(joined, set));
        try {
            reader.subset({50});
            QFAIL("an index past the end was read");
        } catch (const Error &e) {
            QVERIFY2(e.message().contains(path), qPrintable(e.message()));
        }
    }

    void trueClassesAreReplacedWithoutTouchingTheRest()
    {
        QTemporaryDir dir;
        SampleSet set = makeSet();
        const QString path = dir.filePath(QStringLiteral("set.samples"));
        set.save(path);
        std::vector<int> truth(50);
        for (int i = 0; i < 50; ++i) {
            truth[std::size_t(i)] = i < 10 ? -1 : 1 - i % 2;
            set.setTrueClassIndex(i, truth[std::size_t(i)]);
        }
        replaceTrueClasses(path, truth);
        QVERIFY(sameSamples(SampleSet::load(path), set));
        try {
            replaceTrueClasses(path, std::vector<int>(49, 0));
            QFAIL("a short truth column was written");
        } catch (const Error &e) {
            QVERIFY2(e.message().contains(path), qPrintable(e.message()));
        }
        QVERIFY(sameSamples(SampleSet::load(path), set)); // the failed call changed nothing
    }

    void truncatedFileIsNamed()
    {
        QTemporaryDir dir;
        const QString path = dir.filePath(QStringLiteral("cut.samples"));
        makeSet().save(path);
        QFile f(path);
        QVERIFY(f.open(QIODevice::ReadWrite));
        QVERIFY(f.resize(f.size() - 4));
        f.close();
        try {
            SampleReader reader(path);
            QFAIL("a truncated file was opened");
        } catch (const Error &e) {
            QVERIFY2(e.message().contains(path) && e.message().contains(QStringLiteral("truncated")), qPrintable(e.message()));
        }
    }
};

QTEST_GUILESS_MAIN(TestSampleFile)
#include "tst_sample_file.moc"
