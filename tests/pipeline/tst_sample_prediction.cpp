// SPDX-License-Identifier: GPL-3.0-or-later
// Predicting samples from a sample file part by part (pipeline/sample_prediction.h): what the
// evaluate step and the experiments score a model with, without holding the test set's values
// (issue 17, item 5). The classes must be the ones of the whole set predicted at once.
#include <QTemporaryDir>
#include <QTest>

#include <algorithm>

#include "../model/synthetic_samples.h"
#include "classify/classifier.h"
#include "forest/random_forest.h"
#include "pipeline/sample_prediction.h"
#include "sampling/sample_file.h"
#include "sampling/sample_set.h"
#include "util/error.h"
#include "util/feedback.h"

using namespace cropmap::core;

namespace {

std::vector<int> argmaxOf(const std::vector<float> &probabilities, int classes)
{
    std::vector<int> best(probabilities.size() / std::size_t(classes));
    for (std::size_t i = 0; i < best.size(); ++i) {
        const float *p = probabilities.data() + i * std::size_t(classes);
        best[i] = int(std::max_element(p, p + classes) - p);
    }
    return best;
}

// Logs the progress messages, so the test sees that the values came in several parts.
class CountingFeedback : public Feedback
{
public:
    int messages = 0;

protected:
    void onProgress(double, const QString &message) override
    {
        if (!message.isEmpty())
            ++messages;
    }
};

} // namespace

class TestSamplePrediction : public QObject
{
    Q_OBJECT

private:
    QTemporaryDir m_dir;
    QString m_samples, m_model;
    sampling::SampleSet m_set;

private Q_SLOTS:
    void initTestCase()
    {
        // 3 × 3 000 samples of 6 steps × 2 bands, and a small forest that cannot be perfect on
        // them (noise), so its classes differ between samples and an off-by-one shows.
        m_set = cropmap::tests::separableSamples(3000, 6, 2, 5);
        m_samples = m_dir.filePath(QStringLiteral("test.samples"));
        m_set.save(m_samples);
        forest::RandomForestOptions options;
        options.trees = 5;
        options.maxDepth = 3;
        options.threads = 1;
        m_model = m_dir.filePath(QStringLiteral("forest.model"));
        Feedback quiet;
        forest::RandomForest::train(m_set, options, quiet).save(m_model);
    }

    void chosenSamplesInSmallPartsMatchTheWholeSetAtOnce()
    {
        classify::Classifier classifier = classify::Classifier::load(m_model);
        const std::vector<int> all =
            argmaxOf(classifier.predictAll(m_set.allValues().data(), m_set.size()), classifier.classCount());
        // Every third sample from 100 on, and a run across the parts' boundaries.
        std::vector<qint64> indices;
        for (qint64 i = 100; i < m_set.size(); i += 3)
            indices.push_back(i);
        for (qint64 i = 8100; i < 8300; ++i)
            if (i % 3 != 1)
                indices.push_back(i);
        std::sort(indices.begin(), indices.end());
        // A budget whose quarter holds 4 096 samples of 12 values and 3 probabilities: parts
        // of 4 096, so the chosen samples come in one part and the whole set in three.
        MemoryBudget memory;
        memory.bytes = 4096 * (12 + 3) * 4 * 4;
        const sampling::SampleReader reader(m_samples);
        CountingFeedback feedback;
        const std::vector<int> chosen = pipeline::predictedClasses(m_model, reader, &indices, memory, feedback);
        QCOMPARE(chosen.size(), indices.size());
        for (std::size_t k = 0; k < indices.size(); ++k)
            QCOMPARE(chosen[k], all[std::size_t(indices[k])]);

        Feedback quiet;
        QCOMPARE(pipeline::predictedClasses(m_model, reader, nullptr, memory, quiet), all);
        // The classes are not all alike (else the comparisons above prove little).
        QVERIFY(std::count(all.begin(), all.end(), all.front()) < qint64(all.size()));
    }

    void moreChosenSamplesThanOnePartComeInParts()
    {
        std::vector<qint64> indices(std::size_t(m_set.size() - 10));
        for (std::size_t k = 0; k < indices.size(); ++k)
            indices[k] = qint64(k) + 10;
        MemoryBudget memory;
        memory.bytes = 4096 * (12 + 3) * 4 * 4;
        const sampling::SampleReader reader(m_samples);
        CountingFeedback feedback;
        const std::vector<int> parts = pipeline::predictedClasses(m_model, reader, &indices, memory, feedback);
        QCOMPARE(feedback.messages, 3); // 8 990 samples: 4 096 + 4 096 + 798
        const std::vector<int> whole = pipeline::predictedClasses(m_model, reader, nullptr, MemoryBudget{}, feedback);
        QCOMPARE(parts, std::vector<int>(whole.begin() + 10, whole.end()));
    }

    void aModelOfOtherBandsIsRefusedNamingTheModel()
    {
        const sampling::SampleSet other = cropmap::tests::separableSamples(20, 6, 3, 1);
        const QString otherModel = m_dir.filePath(QStringLiteral("three-bands.model"));
        forest::RandomForestOptions options;
        options.trees = 2;
        options.threads = 1;
        Feedback quiet;
        forest::RandomForest::train(other, options, quiet).save(otherModel);
        const sampling::SampleReader reader(m_samples);
        try {
            pipeline::predictedClasses(otherModel, reader, nullptr, MemoryBudget{}, quiet);
            QFAIL("a model of three bands predicted samples of two");
        } catch (const Error &e) {
            QVERIFY2(QString::fromUtf8(e.what()).contains(QStringLiteral("test samples")), e.what());
        }
    }

    void cancelStopsBetweenParts()
    {
        std::vector<qint64> indices(std::size_t(m_set.size()));
        for (std::size_t k = 0; k < indices.size(); ++k)
            indices[k] = qint64(k);
        const sampling::SampleReader reader(m_samples);
        Feedback feedback;
        feedback.cancel();
        QVERIFY_THROWS_EXCEPTION(Canceled,
                                 pipeline::predictedClasses(m_model, reader, &indices, MemoryBudget{}, feedback));
    }
};

QTEST_GUILESS_MAIN(TestSamplePrediction)
#include "tst_sample_prediction.moc"
