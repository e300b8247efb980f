// SPDX-License-Identifier: GPL-3.0-or-later
#include <algorithm>
#include <cmath>
#include <map>

#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QTemporaryDir>
#include <QTest>

#include "select/crossfit_folds.h"
#include "select/pool_draw.h"
#include "select/selection_summary.h"
#include "util/error.h"

using namespace cropmap::core;
using namespace cropmap::core::select;

class TestSelectionTools : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void crossfitFoldsKeepParcelsTogetherAndBalancePixels()
    {
        // 10 parcels of 10 pixels (ids 1…10) plus 4 pixels outside parcels (id 0).
        std::vector<std::uint32_t> parcels;
        for (std::uint32_t id = 1; id <= 10; ++id)
            parcels.insert(parcels.end(), 10, id);
        parcels.insert(parcels.end(), 4, 0u);
        const auto folds = assignCrossfitFolds(parcels, 2, 42);
        QCOMPARE(folds.size(), parcels.size());
        std::map<std::uint32_t, int> foldOfParcel;
        std::vector<int> pixelsPerFold(2, 0);
        for (std::size_t i = 0; i < parcels.size(); ++i) {
            QVERIFY(folds[i] == 0 || folds[i] == 1);
            ++pixelsPerFold[std::size_t(folds[i])];
            if (parcels[i] == 0)
                continue;
            const auto [it, inserted] = foldOfParcel.emplace(parcels[i], folds[i]);
            QCOMPARE(it->second, folds[i]); // one fold per parcel
        }
        // Greedy to the lightest fold: 104 pixels in units of 10 and 1 end balanced within one
        // unit: the ten parcels alternate, 50 + 50, and the four lone pixels split 2 + 2 at the
        // latest when they arrive, whatever the order → |difference| ≤ 10.
        QVERIFY(std::abs(pixelsPerFold[0] - pixelsPerFold[1]) <= 10);
        QCOMPARE(pixelsPerFold[0] + pixelsPerFold[1], 104);
        // Reproducible with the same seed.
        QCOMPARE(assignCrossfitFolds(parcels, 2, 42), folds);
        QVERIFY_THROWS_EXCEPTION(Error, assignCrossfitFolds(parcels, 1, 42));
    }

    void crossfitFoldsUseEveryFold()
    {
        // 6 equal parcels in 3 folds: the greedy rule puts exactly 2 parcels in each fold.
        std::vector<std::uint32_t> parcels;
        for (std::uint32_t id = 1; id <= 6; ++id)
            parcels.insert(parcels.end(), 5, id);
        const auto folds = assignCrossfitFolds(parcels, 3, 7);
        for (int k = 0; k < 3; ++k)
            QCOMPARE(std::count(folds.begin(), folds.end(), k), 10);
    }

    void poolDrawCapsEachClassByItsPool()
    {
        // Pixels:     0  1  2  3  4  5  6  7  8  9 10
        // class:      0  0  0  0  0  0  1  1  1  2 -1
        // keep:       1  1  0  1  1  1  1  0  1  1  1
        // Pools: class 0 → {0,1,3,4,5} (5), class 1 → {6,8} (2), class 2 → {9} (1).
        // Targets 3, 10, 0 → drawn min(3,5) = 3, min(10,2) = 2, min(0,1) = 0.
        const std::vector<int> cls = {0, 0, 0, 0, 0, 0, 1, 1, 1, 2, -1};
        const std::vector<std::uint8_t> keep = {1, 1, 0, 1, 1, 1, 1, 0, 1, 1, 1};
        const auto draw = drawFromPool(cls, keep, {3, 10, 0}, 5);
        QCOMPARE(draw.poolPerClass, (std::vector<qint64>{5, 2, 1}));
        QCOMPARE(draw.drawnPerClass, (std::vector<qint64>{3, 2, 0}));
        QCOMPARE(draw.indices.size(), std::size_t(5));
        QVERIFY(std::is_sorted(draw.indices.begin(), draw.indices.end()));
        int class0 = 0;
        for (qint64 i : draw.indices) {
            QVERIFY(keep[std::size_t(i)] == 1);
            class0 += cls[std::size_t(i)] == 0 ? 1 : 0;
        }
        QCOMPARE(class0, 3);
        QVERIFY(std::count(draw.indices.begin(), draw.indices.end(), 6) == 1);
        QVERIFY(std::count(draw.indices.begin(), draw.indices.end(), 8) == 1);
        QCOMPARE(drawFromPool(cls, keep, {3, 10, 0}, 5).indices, draw.indices);
        QVERIFY_THROWS_EXCEPTION(Error, drawFromPool(cls, {1, 0}, {1, 1, 1}, 5));
    }

    void optionsReadFromJsonAndRejectTypos()
    {
        const auto json = QJsonDocument::fromJson(
                              R"({"rule": "Parcel", "percentile": 10, "parcel_guard": 0.4,
                                  "crossfit_folds": 3, "seed": "18446744073709551615"})")
                              .object();
        const auto options = SelectionOptions::fromJson(json, QStringLiteral("project.json"));
        QCOMPARE(options.rule, SelectionRule::Parcel);
        QCOMPARE(options.percentile, 10.0);
        QCOMPARE(options.parcelGuard, 0.4);
        QCOMPARE(options.adaptiveFloor, 0.05); // default kept
        QCOMPARE(options.crossfitFolds, 3);
        QCOMPARE(options.seed, quint64(18446744073709551615ULL));
        QCOMPARE(SelectionOptions::fromJson(options.toJson(), QString()), options);
        QCOMPARE(SelectionOptions().rule, SelectionRule::Adaptive);

        try {
            SelectionOptions::fromJson(QJsonObject{{QStringLiteral("percentil"), 10}},
                                       QStringLiteral("project.json"));
            QFAIL("a mistyped key must be rejected");
        } catch (const Error &e) {
            QVERIFY(e.message().contains(QStringLiteral("percentil")));
            QVERIFY(e.message().contains(QStringLiteral("project.json")));
        }
        QVERIFY_THROWS_EXCEPTION(Error, SelectionOptions::fromJson(
                                            QJsonObject{{QStringLiteral("rule"), QStringLiteral("best")}}, {}));
        QVERIFY_THROWS_EXCEPTION(Error, SelectionOptions::fromJson(
                                            QJsonObject{{QStringLiteral("crossfit_folds"), 1}}, {}));
        QVERIFY_THROWS_EXCEPTION(Error, SelectionOptions::fromJson(
                                            QJsonObject{{QStringLiteral("percentile"), 100}}, {}));
    }

    void summaryRoundTripsThroughJsonFile()
    {
        SelectionSummary summary;
        summary.options.rule = SelectionRule::Seed;
        ClassSelectionStats a;
        a.labelled = 10;
        a.candidates = 8;
        a.disagreementRate = 0.2;
        a.kept = 6;
        a.droppedDisagreeing = 2;
        a.droppedAgreeing = 2;
        a.wrongDeclared = 3;
        a.wrongRemoved = 2;
        ClassSelectionStats empty; // a class with no labelled pixels: r undefined → null
        summary.perClass = {a, empty};
        summary.cleaning = CleaningScore{3, 4, 2, 7, 5, 0.5, 2.0 / 3.0, 5.0 / 7.0};

        const thematic::ClassTable classes({{1, QStringLiteral("Maize"), QStringLiteral("#ffcc00")},
                                            {2, QStringLiteral("Wheat"), QStringLiteral("#aa5500")}});
        QTemporaryDir dir;
        const QString path = dir.filePath(QStringLiteral("selection.json"));
        summary.write(path, classes);
        QFile file(path);
        QVERIFY(file.open(QIODevice::ReadOnly));
        const QJsonObject json = QJsonDocument::fromJson(file.readAll()).object();
        const auto rows = json.value(QStringLiteral("classes")).toArray();
        QCOMPARE(rows.at(0).toObject().value(QStringLiteral("name")).toString(), QStringLiteral("Maize"));
        QVERIFY(rows.at(1).toObject().value(QStringLiteral("disagreement_rate")).isNull());
        // totals: labelled 10 + 0, kept 6 + 0
        QCOMPARE(json.value(QStringLiteral("totals")).toObject().value(QStringLiteral("kept")).toInt(), 6);

        const auto back = SelectionSummary::fromJson(json, path);
        QCOMPARE(back.options, summary.options);
        QCOMPARE(back.perClass[0], a);
        QVERIFY(std::isnan(back.perClass[1].disagreementRate));
        QCOMPARE(back.perClass[1].wrongDeclared, -1);
        QCOMPARE(back.cleaning->removedWrong, 2);
        QCOMPARE(back.cleaning->recall, 2.0 / 3.0);
        QVERIFY(!back.fit);
    }

    void summaryWarnsWhenTheWeakModelLearntItsPool()
    {
        // 99.4 % agreement with the pool it was trained on, 66.1 % with validation parcels:
        // 33.3 points apart (> 10), so the judge has memorised its parcels.
        SelectionSummary summary;
        summary.options.rule = SelectionRule::Adaptive;
        summary.fit = WeakModelFit{0.994, 0.661, false};
        QVERIFY(summary.fit->memorised());
        QVERIFY(summary.fitWarning().contains(QStringLiteral("99.4 % of the pool")));
        QVERIFY(summary.fitWarning().contains(QStringLiteral("66.1 % of the validation pixels")));
        QVERIFY(summary.describe({}).endsWith(summary.fitWarning()));
        const QJsonObject json = summary.toJson({});
        const QJsonObject fit = json.value(QStringLiteral("weak_model_fit")).toObject();
        QCOMPARE(fit.value(QStringLiteral("memorised")).toBool(), true);
        QCOMPARE(fit.value(QStringLiteral("warning")).toString(), summary.fitWarning());
        const auto back = SelectionSummary::fromJson(json, {});
        QCOMPARE(back.fit->poolAgreement, 0.994);
        QCOMPARE(back.fit->validationAgreement, 0.661);
        // 8 points apart, or judged cross-fitted: no warning.
        summary.fit = WeakModelFit{0.90, 0.82, false};
        QVERIFY(summary.fitWarning().isEmpty());
        summary.fit = WeakModelFit{0.994, 0.661, true};
        QVERIFY(summary.fitWarning().isEmpty());
        QVERIFY(!summary.toJson({}).value(QStringLiteral("weak_model_fit")).toObject().contains(QStringLiteral("warning")));
    }

    void summarySaysWhichClassesAGuardKeptWhole()
    {
        // Class 0 went by the rule; class 1 ("Rye") has 3 pixels, none predicted as Rye.
        SelectionSummary summary;
        summary.options.rule = SelectionRule::Adaptive;
        ClassSelectionStats pruned;
        pruned.labelled = 4;
        pruned.candidates = 3;
        pruned.disagreementRate = 0.25;
        pruned.kept = 3;
        pruned.droppedDisagreeing = 1;
        ClassSelectionStats unpredicted;
        unpredicted.labelled = 3;
        unpredicted.disagreementRate = 1.0;
        unpredicted.kept = 3;
        unpredicted.keptWhole = unpredicted.guardApplied = true;
        unpredicted.guard = SelectionGuard::NoCandidates;
        summary.perClass = {pruned, unpredicted};
        const thematic::ClassTable classes({{1, QStringLiteral("Maize"), QStringLiteral("#ffcc00")},
                                            {2, QStringLiteral("Rye"), QStringLiteral("#aa5500")}});

        const QJsonObject json = summary.toJson(classes);
        const auto rows = json.value(QStringLiteral("classes")).toArray();
        QCOMPARE(rows.at(0).toObject().value(QStringLiteral("guard_reason")).toString(), QStringLiteral("none"));
        QCOMPARE(rows.at(1).toObject().value(QStringLiteral("guard_reason")).toString(),
                 QStringLiteral("no_candidates"));
        QVERIFY(rows.at(1).toObject().value(QStringLiteral("guard_applied")).toBool());
        QCOMPARE(SelectionSummary::fromJson(json, {}).perClass[1], unpredicted);

        // The text table: one row per class and the totals, the guard's reason as Rye's note.
        const QStringList lines = summary.describe(classes).split(u'\n');
        QCOMPARE(lines.size(), 5); // title, header, Maize, Rye, total
        QVERIFY(lines[1].startsWith(QStringLiteral("class")));
        QVERIFY(lines[2].startsWith(QStringLiteral("Maize")));
        QVERIFY(!lines[2].contains(QStringLiteral("kept whole")));
        QVERIFY(lines[3].startsWith(QStringLiteral("Rye")));
        QVERIFY(lines[3].endsWith(classNote(unpredicted)));
        QVERIFY(classNote(unpredicted).contains(QStringLiteral("predicts none")));
        QVERIFY(lines[4].startsWith(QStringLiteral("total")));
        QVERIFY(lines[4].contains(QStringLiteral(" 7 "))); // 4 + 3 labelled

        // A summary written before guard_reason existed: only `parcel` had a guard.
        QJsonObject old = json;
        QJsonArray oldRows = rows;
        QJsonObject row = oldRows.at(1).toObject();
        row.remove(QStringLiteral("guard_reason"));
        oldRows.replace(1, row);
        old.insert(QStringLiteral("classes"), oldRows);
        QCOMPARE(SelectionSummary::fromJson(old, {}).perClass[1].guard, SelectionGuard::ParcelShare);
    }
};

QTEST_GUILESS_MAIN(TestSelectionTools)
#include "tst_selection_tools.moc"
