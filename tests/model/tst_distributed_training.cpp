// SPDX-License-Identifier: GPL-3.0-or-later
#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QCoreApplication>
#include <QProcess>
#include <cstdio>
#include <QTemporaryDir>
#include <QTest>
#include <cmath>
#include <memory>
#include <netinet/in.h>
#include <sys/socket.h>
#include <unistd.h>

#include "model/crop_model.h"
#include "model/train_job.h"
#include "util/feedback.h"
#include "synthetic_samples.h"

using namespace cropmap::core;

namespace {

/** A TCP port that was free a moment ago (bind to port 0, read it back, release it). */
int freePort()
{
    const int fd = ::socket(AF_INET, SOCK_STREAM, 0);
    sockaddr_in address{};
    address.sin_family = AF_INET;
    address.sin_addr.s_addr = htonl(INADDR_LOOPBACK);
    address.sin_port = 0;
    socklen_t length = sizeof(address);
    if (fd < 0 || ::bind(fd, reinterpret_cast<sockaddr *>(&address), sizeof(address)) != 0
        || ::getsockname(fd, reinterpret_cast<sockaddr *>(&address), &length) != 0)
        return 0;
    const int port = ntohs(address.sin_port);
    ::close(fd);
    return port;
}

/**
 * The rank side: the test executable re-started with CROPMAP_TEST_TRAIN_OUT set runs the
 * TrainJob that `cropmap train` runs (the same job, options and environment variables), so
 * the test needs only core/model and not the whole CLI with every other module.
 */
int runTrainingChild()
{
    model::TrainJobSettings settings;
    settings.trainPath = qEnvironmentVariable("CROPMAP_TEST_TRAIN");
    settings.validationPath = qEnvironmentVariable("CROPMAP_TEST_VAL");
    settings.modelPath = qEnvironmentVariable("CROPMAP_TEST_TRAIN_OUT");
    settings.everyRankWritesModel = true;
    // One epoch, no stage 2, no dropout: the only difference between one process and two
    // is how each global batch of 40 is split (20 + 20) and summed.
    settings.options.spec.lstmHiddenSizes = {32, 16};
    settings.options.epochs = 1;
    settings.options.fineTuneEpochs = 0;
    settings.options.batchSize = 40;
    settings.options.spec.dropout = 0.0;
    settings.options.threads = 1;
    settings.options.seed = 5;
    // Mixup's λ and shuffle are drawn for the global batch on every rank, so a rank's share of
    // the mixed batch is the single process's (the row "mixup and label smoothing").
    settings.options.mixup = qEnvironmentVariable("CROPMAP_TEST_MIXUP", QStringLiteral("0")).toDouble();
    settings.options.labelSmoothing = settings.options.mixup > 0.0 ? 0.1 : 0.0;
    model::TrainJob job(settings);
    Feedback feedback;
    const JobResult result = job.run(feedback);
    if (!result.succeeded())
        std::fprintf(stderr, "rank failed: %s\n", qPrintable(result.message));
    return result.succeeded() ? 0 : 1;
}

QJsonObject firstEpoch(const QString &logPath)
{
    QFile file(logPath);
    if (!file.open(QIODevice::ReadOnly))
        return {};
    return QJsonDocument::fromJson(file.readAll()).array().first().toObject();
}

} // namespace

class TestDistributedTraining : public QObject
{
    Q_OBJECT

private:
    QTemporaryDir m_dir;

    /** Starts this executable as a training process with \a extra environment variables. */
    std::unique_ptr<QProcess> startTraining(const QString &out,
                                            QList<QPair<QString, QString>> extra) const
    {
        QFETCH(QString, mixup);
        extra.append({QStringLiteral("CROPMAP_TEST_MIXUP"), mixup});
        auto process = std::make_unique<QProcess>();
        QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
        env.insert(QStringLiteral("CROPMAP_TEST_TRAIN"), m_dir.filePath(QStringLiteral("train.samples")));
        env.insert(QStringLiteral("CROPMAP_TEST_VAL"), m_dir.filePath(QStringLiteral("val.samples")));
        env.insert(QStringLiteral("CROPMAP_TEST_TRAIN_OUT"), out);
        for (const auto &[name, value] : extra)
            env.insert(name, value);
        process->setProcessEnvironment(env);
        process->setProcessChannelMode(QProcess::ForwardedChannels);
        process->start(QCoreApplication::applicationFilePath(), {});
        return process;
    }

private Q_SLOTS:
    void initTestCase()
    {
        // Unbalanced on purpose (40, 25, 15 samples): the weighted loss must still match.
        auto train = cropmap::tests::separableSamples(15, 6, 2, 21);
        train.appendAll(cropmap::tests::separableSamples(10, 6, 2, 22, {0, 1}));
        train.appendAll(cropmap::tests::separableSamples(15, 6, 2, 23, {0}));
        train.save(m_dir.filePath(QStringLiteral("train.samples")));
        cropmap::tests::separableSamples(10, 6, 2, 24).save(m_dir.filePath(QStringLiteral("val.samples")));
    }

    void twoRanksAgreeWithEachOtherAndWithOneProcess_data()
    {
        QTest::addColumn<QString>("mixup");
        QTest::newRow("plain") << QStringLiteral("0");
        QTest::newRow("mixup and label smoothing") << QStringLiteral("0.4");
    }

    void twoRanksAgreeWithEachOtherAndWithOneProcess()
    {
        QFETCH(QString, mixup);
        const QString tag = mixup == QStringLiteral("0") ? QString() : QStringLiteral("-mixup");
        const QString single = m_dir.filePath(QStringLiteral("single%1.pt").arg(tag));
        const auto one = startTraining(single, {});
        QVERIFY(one->waitForFinished(120000));
        QCOMPARE(one->exitCode(), 0);

        const int port = freePort();
        QVERIFY(port > 0);
        const QString parallel = m_dir.filePath(QStringLiteral("parallel%1.pt").arg(tag));
        std::vector<std::unique_ptr<QProcess>> ranks;
        for (int rank = 0; rank < 2; ++rank)
            ranks.push_back(startTraining(
                parallel, {{QStringLiteral("MASTER_ADDR"), QStringLiteral("127.0.0.1")},
                           {QStringLiteral("MASTER_PORT"), QString::number(port)},
                           {QStringLiteral("RANK"), QString::number(rank)},
                           {QStringLiteral("WORLD_SIZE"), QStringLiteral("2")}}));
        for (auto &process : ranks) {
            QVERIFY(process->waitForFinished(120000));
            QCOMPARE(process->exitCode(), 0);
        }

        // Both ranks end with the same weights: identical logits on the validation set.
        const auto val = sampling::SampleSet::load(m_dir.filePath(QStringLiteral("val.samples")));
        const float *values = val.allValues().data();
        const auto rank0 = model::CropModel::load(parallel).predictLogits(values, val.size());
        const auto rank1 = model::CropModel::load(parallel + QStringLiteral(".rank1"))
                               .predictLogits(values, val.size());
        QCOMPARE(rank0, rank1);

        // The ranks trained with the row's options (absent from the record when off).
        QCOMPARE(model::CropModel::load(parallel).metadata().training.value(QStringLiteral("mixup")).toDouble(),
                 mixup.toDouble());

        // And they match one process on the whole batch, up to float summation order.
        const auto alone = model::CropModel::load(single).predictLogits(values, val.size());
        for (std::size_t i = 0; i < alone.size(); ++i)
            QVERIFY2(std::abs(alone[i] - rank0[i]) < 1e-4f,
                     qPrintable(QStringLiteral("%1 vs %2").arg(alone[i]).arg(rank0[i])));
        const QJsonObject singleEpoch = firstEpoch(m_dir.filePath(QStringLiteral("single%1.log.json").arg(tag)));
        const QJsonObject parallelEpoch = firstEpoch(m_dir.filePath(QStringLiteral("parallel%1.log.json").arg(tag)));
        const double singleLoss = singleEpoch.value(QStringLiteral("train_loss")).toDouble();
        QVERIFY(singleLoss > 0.0);
        QVERIFY(std::abs(parallelEpoch.value(QStringLiteral("train_loss")).toDouble() - singleLoss)
                < 1e-5 * singleLoss);
        QVERIFY(std::abs(parallelEpoch.value(QStringLiteral("val_loss")).toDouble()
                         - singleEpoch.value(QStringLiteral("val_loss")).toDouble())
                < 1e-4);
    }
};

int main(int argc, char **argv)
{
    QCoreApplication app(argc, argv);
    if (qEnvironmentVariableIsSet("CROPMAP_TEST_TRAIN_OUT"))
        return runTrainingChild();
    TestDistributedTraining test;
    return QTest::qExec(&test, argc, argv);
}
#include "tst_distributed_training.moc"
