// SPDX-License-Identifier: GPL-3.0-or-later
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QFile>
#include <QTemporaryDir>
#include <QTest>
#include <algorithm>
#include <cmath>
#include <cstring>

#include "model/crop_model.h"
#include "model/model_trainer.h"
#include "model/train_job.h"
#include "synthetic_samples.h"
#include "util/error.h"
#include "util/feedback.h"

using namespace cropmap::core;
using namespace cropmap::core::model;

namespace {

TrainOptions tinyOptions()
{
    TrainOptions options;
    options.spec.lstmHiddenSizes = {8};
    options.epochs = 2;
    options.fineTuneEpochs = 1;
    options.batchSize = 32;
    options.threads = 1;
    return options;
}

class RecordingFeedback : public Feedback
{
public:
    QStringList lines;

protected:
    void onLog(const QString &message) override { lines << message; }
};

QByteArray readAll(const QString &path)
{
    QFile file(path);
    return file.open(QIODevice::ReadOnly) ? file.readAll() : QByteArray();
}

/** \a model with its header's section table changed by \a edit (the header length updated). */
template<typename Edit>
QByteArray withSections(const QByteArray &model, Edit edit)
{
    // Magic line (14 bytes), version (4), header length (8, little-endian), JSON header.
    quint64 length = 0;
    std::memcpy(&length, model.constData() + 18, 8);
    QJsonObject header = QJsonDocument::fromJson(model.mid(26, qsizetype(length))).object();
    QJsonArray sections = header.value(QStringLiteral("sections")).toArray();
    edit(sections);
    header[QStringLiteral("sections")] = sections;
    const QByteArray json = QJsonDocument(header).toJson(QJsonDocument::Compact);
    const quint64 newLength = quint64(json.size());
    return model.left(18) + QByteArray(reinterpret_cast<const char *>(&newLength), 8) + json
        + model.mid(26 + qsizetype(length));
}

} // namespace

class TestTrainingBadInput : public QObject
{
    Q_OBJECT

private:
    QTemporaryDir m_dir;
    QString m_modelPath;

    QString path(const QString &name) const { return m_dir.filePath(name); }

private Q_SLOTS:
    void initTestCase()
    {
        // A good model of T = 6, B = 2 that the failing runs below must leave untouched.
        Feedback feedback;
        const auto train = cropmap::tests::separableSamples(10, 6, 2, 1);
        const auto val = cropmap::tests::separableSamples(5, 6, 2, 2);
        m_modelPath = path(QStringLiteral("good.pt"));
        ModelTrainer(tinyOptions()).train(train, val, feedback).model.save(m_modelPath);
    }

    void dataWithOtherBandsOrStepsIsRejectedNamingBoth_data()
    {
        QTest::addColumn<int>("steps");
        QTest::addColumn<int>("bands");
        QTest::newRow("one band (NDVI)") << 6 << 1;
        QTest::newRow("twelve steps") << 12 << 2;
    }

    void dataWithOtherBandsOrStepsIsRejectedNamingBoth()
    {
        QFETCH(int, steps);
        QFETCH(int, bands);
        const CropModel model = CropModel::load(m_modelPath);
        const auto other = cropmap::tests::separableSamples(2, steps, bands, 3);
        try {
            model.predictProbabilities(other, QStringLiteral("\"other.samples\""));
            QFAIL("no error");
        } catch (const Error &e) {
            // The message names the data and both layouts: the model's T = 6, B = 2 and the data's.
            QVERIFY2(e.message().contains(QStringLiteral("other.samples")), qPrintable(e.message()));
            QVERIFY2(e.message().contains(QStringLiteral("T = 6 steps, B = 2 bands")),
                     qPrintable(e.message()));
            QVERIFY2(e.message().contains(QStringLiteral("T = %1 steps, B = %2 bands").arg(steps).arg(bands)),
                     qPrintable(e.message()));
        }
        // Training with a validation set of another layout fails the same way.
        Feedback feedback;
        const auto train = cropmap::tests::separableSamples(5, 6, 2, 4);
        QVERIFY_THROWS_EXCEPTION(Error, ModelTrainer(tinyOptions()).train(train, other, feedback));
    }

    void classMissingFromTrainingIsReportedAndWeightsStayFinite()
    {
        // Class 2 ("Grassland") only in validation: n = (10, 10, 0) → w = (1, 1, 0).
        const auto train = cropmap::tests::separableSamples(10, 6, 2, 5, {0, 1});
        const auto val = cropmap::tests::separableSamples(5, 6, 2, 6);
        RecordingFeedback feedback;
        const TrainingResult result = ModelTrainer(tinyOptions()).train(train, val, feedback);
        QCOMPARE(result.classWeights.weights, (std::vector<double>{1.0, 1.0, 0.0}));
        QCOMPARE(result.classWeights.absentClasses, std::vector<int>{2});
        QVERIFY(feedback.lines.filter(QStringLiteral("Grassland")).size() == 1);
        for (const EpochRecord &record : result.log) {
            QVERIFY(std::isfinite(record.trainLoss));
            QVERIFY(std::isfinite(record.valLoss));
        }
        QVERIFY(std::isfinite(result.valLoss));
    }

    void emptySampleFileFailsAndKeepsTheOldModel()
    {
        const auto empty = cropmap::tests::separableSamples(0, 6, 2, 7);
        const QString emptyPath = path(QStringLiteral("empty.samples"));
        empty.save(emptyPath);
        const auto val = cropmap::tests::separableSamples(5, 6, 2, 8);
        const QString valPath = path(QStringLiteral("val.samples"));
        val.save(valPath);
        const QByteArray before = readAll(m_modelPath);

        TrainJobSettings settings;
        settings.trainPath = emptyPath;
        settings.validationPath = valPath;
        settings.modelPath = m_modelPath;
        settings.options = tinyOptions();
        settings.useDistributedEnvironment = false;
        TrainJob job(settings);
        Feedback feedback;
        const JobResult result = job.run(feedback);
        QCOMPARE(result.status, JobResult::Status::Failed);
        QVERIFY2(result.message.contains(QStringLiteral("empty.samples"))
                     && result.message.contains(QStringLiteral("no samples")),
                 qPrintable(result.message));
        QCOMPARE(readAll(m_modelPath), before);
    }

    void corruptModelFilesGiveClearErrors_data()
    {
        QTest::addColumn<QByteArray>("content");
        QTest::addColumn<QString>("reason");
        const QByteArray good = readAll(m_modelPath);
        QTest::newRow("not a model") << QByteArray("PK\x03\x04 a zip file") << QStringLiteral("wrong signature");
        QTest::newRow("truncated weights") << good.left(good.size() - 100) << QStringLiteral("truncated");
        QTest::newRow("truncated header") << good.left(30) << QStringLiteral("truncated");
        // Magic line (14 bytes), version (4) and header length (8): the JSON header starts at 26.
        QByteArray garbledHeader = good;
        QCOMPARE(garbledHeader.at(26), '{');
        garbledHeader[26] = 'x';
        QTest::newRow("garbled header") << garbledHeader
                                        << QStringLiteral("header is not valid JSON (line 1, column 1:");
        QByteArray garbledWeights = good;
        // The archive's end-of-central-directory record lies in the last 1000 bytes.
        for (qsizetype i = good.size() - 1000; i < good.size(); ++i)
            garbledWeights[i] = char(0x5a);
        QTest::newRow("garbled weights") << garbledWeights << QStringLiteral("weights");
        // Found by fuzzing: a section table whose entries lost their names read as sections
        // named "", the second one unreachable behind the first.
        QTest::newRow("section without a name")
            << withSections(good, [](QJsonArray &sections) {
                   QJsonObject first = sections.at(0).toObject();
                   first.remove(QStringLiteral("name"));
                   sections[0] = first;
               })
            << QStringLiteral("bad section table: section 1 has no name");
        QTest::newRow("section named twice")
            << withSections(good, [](QJsonArray &sections) {
                   QJsonObject again = sections.at(0).toObject();
                   again[QStringLiteral("bytes")] = 0;
                   sections.append(again);
               })
            << QStringLiteral("is listed twice");
    }

    void corruptModelFilesGiveClearErrors()
    {
        QFETCH(QByteArray, content);
        QFETCH(QString, reason);
        const QString corrupt = path(QStringLiteral("corrupt.pt"));
        QFile file(corrupt);
        QVERIFY(file.open(QIODevice::WriteOnly | QIODevice::Truncate));
        file.write(content);
        file.close();
        try {
            CropModel::load(corrupt);
            QFAIL("no error");
        } catch (const Error &e) {
            QVERIFY2(e.message().contains(corrupt), qPrintable(e.message()));
            QVERIFY2(e.message().contains(reason), qPrintable(e.message()));
        }
    }
};

QTEST_GUILESS_MAIN(TestTrainingBadInput)
#include "tst_training_bad_input.moc"
