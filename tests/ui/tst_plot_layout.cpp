// SPDX-License-Identifier: GPL-3.0-or-later
// Category axes keep every label, legends stay off the bars, empty charts say what to do.
#include <cmath>

#include <QTest>

#include "plots/plot_layout.h"
#include "plots/qcustomplot_wrapper.h"
#include "results/class_accuracy_chart.h"
#include "results/selection_view.h"
#include "training/training_monitor.h"

using namespace cropmap::ui;

namespace {

//! How far right of the widget's border the label of \a key reaches after a replot (≤ 0: inside).
double overshoot(QCustomPlot *plot, double key, const QString &label)
{
    const QFontMetricsF metrics(plot->xAxis->tickLabelFont());
    const double radians = plot->xAxis->tickLabelRotation() * M_PI / 180.0;
    // QCustomPlot starts a label rotated by a positive angle at its tick and runs it right.
    const double reach = std::cos(radians) * metrics.horizontalAdvance(label) + std::sin(radians) * metrics.height() / 2;
    return plot->xAxis->coordToPixel(key) + reach - plot->width();
}

} // namespace

class TestPlotLayout : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void categoryAxesHoldEveryLabel_data()
    {
        QTest::addColumn<double>("rotation");
        QTest::addColumn<double>("gap");
        QTest::newRow("bars at 45°, prior and selection charts") << 45.0 << 0.7;
        QTest::newRow("confusion matrix at 60°") << 60.0 << 0.5;
    }

    void categoryAxesHoldEveryLabel()
    {
        QFETCH(double, rotation);
        QFETCH(double, gap);
        QCustomPlot plot;
        plot.resize(420, 300);
        plot.show();
        QVERIFY(QTest::qWaitForWindowExposed(&plot));
        QSharedPointer<QCPAxisTickerText> ticks(new QCPAxisTickerText);
        const QStringList labels = {QStringLiteral("Maize"), QStringLiteral("Grass"),
                                    QStringLiteral("Permanent grassland and meadows")};
        for (int i = 0; i < labels.size(); ++i)
            ticks->addTick(i + 1, labels[i]);
        plot.xAxis->setTicker(ticks);
        plot.xAxis->setTickLabelRotation(rotation);
        plot.xAxis->setRange(1 - gap, labels.size() + gap);
        plot.replot();
        // Without room, the long last label would cross the border: QCustomPlot drops it.
        QVERIFY(overshoot(&plot, 3, labels.last()) > 0);
        reserveTickLabelRoom(plot.xAxis);
        plot.replot();
        for (int i = 0; i < labels.size(); ++i)
            QVERIFY2(overshoot(&plot, i + 1, labels[i]) <= 0, qPrintable(labels[i]));
    }

    void legendsSitAboveTheBars()
    {
        SelectionView view;
        view.resize(600, 500);
        view.show();
        QVERIFY(QTest::qWaitForWindowExposed(&view));
        QCustomPlot *plot = view.findChild<QCustomPlot *>();
        QVERIFY(plot);
        plot->replot();
        QVERIFY(!plot->legend->outerRect().intersects(plot->axisRect()->rect()));
        QVERIFY(plot->legend->outerRect().bottom() <= plot->axisRect()->outerRect().top());
    }

    void emptyChartsSayWhatToDo()
    {
        ClassAccuracyChart accuracy;
        QCOMPARE(plotHint(accuracy.plot()), QStringLiteral("No accuracy report yet: run the Evaluate step."));
        QVERIFY(!accuracy.plot()->xAxis->visible());
        SelectionView selection;
        QCOMPARE(plotHint(selection.findChild<QCustomPlot *>()), QStringLiteral("No selection yet: run the Select step."));
        TrainingMonitor training;
        for (QCustomPlot *plot : training.findChildren<QCustomPlot *>())
            QCOMPARE(plotHint(plot), QStringLiteral("No validation checks yet: run the Train step."));

        // Data brings the axes back, and the legend the plot had.
        QCustomPlot plot;
        plot.legend->setVisible(true);
        setPlotHint(&plot, QStringLiteral("Run something"));
        QVERIFY(!plot.legend->visible());
        setPlotHint(&plot, QString());
        QCOMPARE(plotHint(&plot), QString());
        QVERIFY(plot.xAxis->visible() && plot.legend->visible());
    }

    void epochAxesHaveWholeNumbers()
    {
        TrainingMonitor training;
        for (QCustomPlot *plot : training.findChildren<QCustomPlot *>()) {
            const auto fixed = qSharedPointerDynamicCast<QCPAxisTickerFixed>(plot->xAxis->ticker());
            QVERIFY(fixed);
            QCOMPARE(fixed->tickStep(), 1.0);
        }
    }
};

QTEST_MAIN(TestPlotLayout)
#include "tst_plot_layout.moc"
