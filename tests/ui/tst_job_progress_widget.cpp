// SPDX-License-Identifier: GPL-3.0-or-later
// The job widget both docks share: progress, Cancel through the feedback, how a run ended.
#include <QLabel>
#include <QProgressBar>
#include <QPushButton>
#include <QSignalSpy>
#include <QTest>

#include "pipeline/job_progress_widget.h"
#include "pipeline/pipeline_feedback.h"

using namespace cropmap::ui;
using cropmap::core::JobResult;

class TestJobProgressWidget : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void formatsDurations_data()
    {
        QTest::addColumn<qint64>("milliseconds");
        QTest::addColumn<QString>("text");
        QTest::newRow("seconds") << qint64(5400) << QStringLiteral("0:05");
        QTest::newRow("minutes") << qint64(65000) << QStringLiteral("1:05");
        // 3723 s = 1 h 2 min 3 s: hours appear from one hour on.
        QTest::newRow("hours") << qint64(3723000) << QStringLiteral("1:02:03");
    }

    void formatsDurations()
    {
        QFETCH(qint64, milliseconds);
        QFETCH(QString, text);
        QCOMPARE(JobProgressWidget::formatDuration(milliseconds), text);
    }

    void followsProgressAndCancelsThroughTheFeedback()
    {
        JobProgressWidget widget;
        widget.show();
        QVERIFY(!widget.isRunning());
        QVERIFY(!widget.cancelButton()->isEnabled());
        QVERIFY(!widget.cancel());

        PipelineFeedback feedback;
        QSignalSpy canceled(&widget, &JobProgressWidget::cancelRequested);
        widget.start(&feedback, QStringLiteral("Composite"));
        QVERIFY(widget.isRunning());
        QVERIFY(widget.cancelButton()->isEnabled());
        QCOMPARE(widget.message(), QStringLiteral("Composite"));
        QVERIFY2(widget.timeText().startsWith(QLatin1String("Elapsed 0:0")), qPrintable(widget.timeText()));
        // Same thread here, so the feedback's signal arrives at once: 0.25 → 250 of 1000.
        feedback.setProgress(0.25, QStringLiteral("tile 1 of 4"));
        QCOMPARE(widget.progressBar()->value(), 250);
        QCOMPARE(widget.message(), QStringLiteral("tile 1 of 4"));
        // Past 1 %, the time line estimates what is left.
        QVERIFY2(widget.timeText().contains(QLatin1String("left")), qPrintable(widget.timeText()));

        QTest::mouseClick(widget.cancelButton(), Qt::LeftButton);
        QVERIFY(feedback.isCanceled());
        QCOMPARE(canceled.size(), 1);
        QCOMPARE(widget.message(), QStringLiteral("Cancelling…"));

        widget.finish(JobResult::canceled(), QStringLiteral("Stopped after %1; kept"));
        QVERIFY(!widget.isRunning());
        QVERIFY(!widget.cancelButton()->isEnabled());
        QCOMPARE(widget.message(), QStringLiteral("Stopped after 0:00; kept"));
        QVERIFY(widget.timeText().isEmpty());
        // Progress after the end no longer reaches the widget.
        feedback.setProgress(0.5, QStringLiteral("late"));
        QCOMPARE(widget.progressBar()->value(), 250);
    }

    // Idle, the widget is its bar: the message and time lines show only while they say something.
    void showsOnlyLinesWithText()
    {
        JobProgressWidget widget;
        widget.show();
        const QList<QLabel *> labels = widget.findChildren<QLabel *>();
        QCOMPARE(labels.size(), 2); // the message and the time
        auto visibleLines = [&] {
            int n = 0;
            for (const QLabel *label : labels)
                n += label->isVisible() ? 1 : 0;
            return n;
        };
        QCOMPARE(visibleLines(), 0);
        PipelineFeedback feedback;
        widget.start(&feedback, QStringLiteral("Train"));
        QCOMPARE(visibleLines(), 2);
        QVERIFY(widget.messageLabel()->isVisible());
        widget.finish(JobResult::ok());
        QCOMPARE(visibleLines(), 1); // "Finished in …"; the time line is cleared
        QVERIFY(widget.messageLabel()->isVisible());
        widget.setMessage(QString());
        QCOMPARE(visibleLines(), 0);
    }

    void saysHowTheRunEnded()
    {
        JobProgressWidget widget;
        PipelineFeedback first;
        widget.start(&first, QStringLiteral("Train"));
        widget.finish(JobResult::ok());
        QCOMPARE(widget.progressBar()->value(), 1000);
        QCOMPARE(widget.message(), QStringLiteral("Finished in 0:00"));

        PipelineFeedback second;
        widget.start(&second, QStringLiteral("Classify"));
        QCOMPARE(widget.progressBar()->value(), 0);
        widget.finish(JobResult::failed(QStringLiteral("Cannot read \"a.tif\"")));
        QCOMPARE(widget.message(), QStringLiteral("Cannot read \"a.tif\""));

        PipelineFeedback third;
        widget.start(&third, QStringLiteral("Select"));
        widget.finish(JobResult::canceled());
        QCOMPARE(widget.message(), QStringLiteral("Canceled after 0:00"));
    }
};

QTEST_MAIN(TestJobProgressWidget)
#include "tst_job_progress_widget.moc"
